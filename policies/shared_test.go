package policies

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Loading the built-in library and compiling a group of it are most of
// what a test of this package costs. Neither an Engine nor RunTests
// changes the library, so the tests that add no policy of their own share
// one library, and one engine per set of options; a test that adds
// policies loads its own.
var (
	loadBuiltinOnce = sync.OnceValues(LoadBuiltin)

	sharedEnginesMu sync.Mutex
	sharedEngines   = map[string]*Engine{}
)

// builtinLibrary returns the built-in library shared by the tests. Do
// not add policies to it.
func builtinLibrary(t testing.TB) *Library {
	t.Helper()
	lib, err := loadBuiltinOnce()
	require.NoError(t, err)
	return lib
}

// builtinEngine returns the shared engine over the built-in library for
// opts, compiled on first use.
func builtinEngine(t testing.TB, opts Options) *Engine {
	t.Helper()
	key := fmt.Sprintf("%#v", opts)
	sharedEnginesMu.Lock()
	defer sharedEnginesMu.Unlock()
	if e := sharedEngines[key]; e != nil {
		return e
	}
	e, err := New(builtinLibrary(t), opts)
	require.NoError(t, err)
	sharedEngines[key] = e
	return e
}
