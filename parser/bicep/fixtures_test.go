package bicep

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata")

func fixtures(tb testing.TB) []string {
	tb.Helper()
	var names []string
	for _, pat := range []string{"testdata/*.bicep", "testdata/*.bicepparam"} {
		m, err := filepath.Glob(pat)
		require.NoError(tb, err)
		names = append(names, m...)
	}
	require.NotEmpty(tb, names)
	return names
}

// TestFixtures parses each file of testdata and compares the tree and the
// diagnostics with its .golden file (go test -update rewrites them).
func TestFixtures(t *testing.T) {
	t.Parallel()
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			name := filepath.Base(path)
			f, diags := Parse(name, src)
			var b strings.Builder
			b.WriteString(dumpFile(f))
			b.WriteString("\n")
			for _, d := range diags {
				b.WriteString(d.String() + "\n")
			}
			for _, s := range f.Statements {
				checkEnclosed(t, s)
			}
			golden := path + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), b.String())
		})
	}
}

// TestConcurrent parses the fixtures from several goroutines at once, as
// the scan driver does: the pooled token arrays and the shared names must
// give every file the tree it gets alone.
func TestConcurrent(t *testing.T) {
	t.Parallel()
	var srcs [][]byte
	var want []string
	for _, path := range fixtures(t) {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		f, _ := Parse(path, src)
		srcs = append(srcs, src)
		want = append(want, dumpFile(f))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(srcs))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range srcs {
				k := (i + g) % len(srcs)
				if f, _ := Parse("x", srcs[k]); dumpFile(f) != want[k] {
					errs <- fmt.Sprintf("goroutine %d, file %d: tree differs", g, k)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
