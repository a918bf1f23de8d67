package policies

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego unit test (a test_ rule).
type TestResult struct {
	Name     string // package.test_name
	Location string // file:line
	Pass     bool
	// Error is set when the test could not be evaluated (a runtime error),
	// as opposed to evaluating to false.
	Error string
}

// RunTests runs the Rego unit tests (rules named test_*) of a policy
// directory, as `opa test` would, with the built-in helper library
// available so tests of policies that import data.posture.lib work. A
// module that does not parse or compile is an error naming its file and
// line.
func (l *Library) RunTests(ctx context.Context, dir string) ([]TestResult, error) {
	modules := map[string]*ast.Module{}
	for k, m := range l.lib {
		modules[k] = m
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("policy directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("policy directory %s: not a directory", dir)
	}
	isRego := func(file string) bool { return strings.HasSuffix(file, ".rego") }
	err = walkRego(os.DirFS(dir), filepath.ToSlash(dir), isRego, func(u Unread) error { return u }, func(file string, src []byte) error {
		m, err := ast.ParseModuleWithOpts(file, string(src), parseOpts)
		if err != nil {
			return fmt.Errorf("parse policy: %w", withoutSource(err))
		}
		if err := checkPure(m); err != nil {
			return err
		}
		modules[file] = m
		return nil
	})
	if err != nil {
		return nil, err
	}
	store := inmem.New()
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	ch, err := tester.NewRunner().
		SetCompiler(newCompiler()).
		SetDefaultRegoVersion(ast.RegoV1).
		SetStore(store).
		SetModules(modules).
		RunTests(ctx, txn)
	if err != nil {
		return nil, fmt.Errorf("compile policies: %w", withoutSource(err))
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{
			Name: strings.TrimPrefix(r.Package, "data.") + "." + r.Name,
			Pass: r.Pass(),
		}
		if r.Location != nil {
			tr.Location = fmt.Sprintf("%s:%d", r.Location.File, r.Location.Row)
		}
		if r.Error != nil {
			tr.Error = r.Error.Error()
		}
		out = append(out, tr)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Location < out[j].Location })
	return out, nil
}
