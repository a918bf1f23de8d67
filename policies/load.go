package policies

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

//go:embed lib/*.rego azure/*/*.rego aws/*/*.rego gcp/*/*.rego kubernetes/*/*.rego
var builtin embed.FS

// Library is the set of policy modules a scan may use, parsed with their
// metadata but not yet compiled.
type Library struct {
	// Rules are all rules of the library, sorted by id.
	Rules []*Rule
	// lib holds the shared helper modules compiled into every group.
	lib    map[string]*ast.Module
	groups map[string]map[string]*ast.Module
}

// parseOpts keeps policies on Rego v1 and reads # METADATA.
var parseOpts = ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1}

// LoadBuiltin parses the embedded policy library. It is cheap (no
// compilation); an error here is a bug in a built-in policy.
func LoadBuiltin() (*Library, error) {
	l := &Library{lib: map[string]*ast.Module{}, groups: map[string]map[string]*ast.Module{}}
	err := fs.WalkDir(builtin, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isPolicyFile(name) {
			return err
		}
		src, err := builtin.ReadFile(name)
		if err != nil {
			return err
		}
		group := strings.SplitN(name, "/", 2)[0]
		return l.add("policies/"+name, string(src), group)
	})
	if err != nil {
		return nil, err
	}
	l.sortRules()
	return l, nil
}

// AddDir loads a user's policy directory (--policy DIR): every .rego file
// below it that is not a test. Its modules compile in their own group with
// the built-in helpers, so a user policy can use posture.lib.
func (l *Library) AddDir(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("policy directory: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("policy directory %s: not a directory", dir)
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isPolicyFile(p) {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return l.add(filepath.ToSlash(p), string(src), "custom")
	})
	if err != nil {
		return err
	}
	l.sortRules()
	return nil
}

func isPolicyFile(name string) bool {
	return strings.HasSuffix(name, ".rego") && !strings.HasSuffix(name, "_test.rego") &&
		!strings.Contains("/"+path.Dir(filepath.ToSlash(name))+"/", "/testdata/")
}

func (l *Library) add(file, src, group string) error {
	m, err := ast.ParseModuleWithOpts(file, src, parseOpts)
	if err != nil {
		return fmt.Errorf("parse policy: %w", err)
	}
	if group == "lib" || strings.HasPrefix(m.Package.Path.String(), "data.posture.lib") && group != "custom" {
		l.lib[file] = m
		return nil
	}
	r, err := ruleFromModule(m, group)
	if err != nil {
		return err
	}
	if !definesDeny(m) {
		return fmt.Errorf("%s:%d: %s: the policy defines no deny rule (write `deny contains {\"msg\": ..., \"path\": [...]} if { ... }`)", r.File, r.Line, r.ID)
	}
	for _, other := range l.Rules {
		if other.ID == r.ID {
			return fmt.Errorf("%s:%d: rule id %s is already defined in %s:%d", r.File, r.Line, r.ID, other.File, other.Line)
		}
		if other.Package == r.Package {
			return fmt.Errorf("%s:%d: package %s is already used by %s (%s)", r.File, r.Line, r.Package, other.ID, other.File)
		}
	}
	if l.groups[group] == nil {
		l.groups[group] = map[string]*ast.Module{}
	}
	l.groups[group][file] = m
	l.Rules = append(l.Rules, r)
	return nil
}

func definesDeny(m *ast.Module) bool {
	for _, r := range m.Rules {
		if r.Head.Name == "deny" || len(r.Head.Reference) > 0 && r.Head.Reference[0].Value.Compare(ast.Var("deny")) == 0 {
			return true
		}
	}
	return false
}

func (l *Library) sortRules() {
	sort.Slice(l.Rules, func(i, j int) bool { return l.Rules[i].ID < l.Rules[j].ID })
}

// Rule returns the rule with id, or nil.
func (l *Library) Rule(id string) *Rule {
	for _, r := range l.Rules {
		if strings.EqualFold(r.ID, id) {
			return r
		}
	}
	return nil
}
