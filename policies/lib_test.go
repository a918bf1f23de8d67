package policies_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/policies"
)

// TestRegoLibrary runs the Rego unit tests of the helper library
// (policies/lib/*_test.rego) with RunTests, the runner of `posture policies
// test`: `posture policies test policies/lib` at the module root runs the
// same tests.
func TestRegoLibrary(t *testing.T) {
	lib := policies.BuiltinLibrary(t)
	// From the module root, RunTests names the library files as the
	// embedded library names them (policies/lib/aws.rego): the files on
	// disk replace the embedded modules instead of being compiled twice.
	t.Chdir("..")
	results, err := lib.RunTests(context.Background(), "policies/lib")
	require.NoError(t, err)
	require.NotEmpty(t, results)
	for _, r := range results {
		if r.Error != "" {
			t.Errorf("%s: %s: %s", r.Location, r.Name, r.Error)
		} else if !r.Pass {
			t.Errorf("%s: %s failed", r.Location, r.Name)
		}
	}
}

// TestRegoLibraryTested checks that every helper module of the library
// has a test module beside it.
func TestRegoLibraryTested(t *testing.T) {
	files, err := filepath.Glob("lib/*.rego")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.rego") || filepath.Base(f) == "controls.rego" {
			continue // controls.rego is data read by Go (controls_test.go)
		}
		test := strings.TrimSuffix(f, ".rego") + "_test.rego"
		_, err := os.Stat(test)
		assert.NoError(t, err, "%s has no unit tests (%s)", f, test)
	}
}

// TestRegoFormatted checks that every .rego file of the policies is
// formatted as `opa fmt` formats it.
func TestRegoFormatted(t *testing.T) {
	var unformatted []string
	err := filepath.WalkDir(".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".rego") {
			return err
		}
		if filepath.ToSlash(filepath.Dir(name)) == "testdata/unittest/broken" {
			return nil // a module that must not parse (unittest_test.go)
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		got, err := format.SourceWithOpts(name, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		if !bytes.Equal(got, src) {
			unformatted = append(unformatted, filepath.ToSlash(name))
		}
		return nil
	})
	require.NoError(t, err)
	assert.Empty(t, unformatted, "not formatted as `opa fmt` formats them (run opa fmt -w on them)")
}
