package policies

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/posture-dev/posture/parser"
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

// MaxPolicySize is the largest policy file loaded: far above any real
// policy (the largest built-in is a few KiB), low enough that a huge file
// cannot exhaust memory in the parser.
const MaxPolicySize = 4 << 20

// AddDir loads a policy directory the user named on the command line
// (--policy DIR): every .rego file below it that is not a test. Its
// modules compile in their own group with the built-in helpers, so a user
// policy can use posture.lib. Directory links below dir are not followed;
// file links are, as the user's own directory is trusted. A file that
// cannot be read is an error, as is a broken policy.
func (l *Library) AddDir(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("policy directory: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("policy directory %s: not a directory", dir)
	}
	return l.addFS(os.DirFS(dir), filepath.ToSlash(dir), func(u Unread) error { return u })
}

// Unread is a policy file that could not be read: not a regular file,
// too large, a link out of its directory, or an I/O error.
type Unread struct {
	File string
	Err  error
}

func (u Unread) Error() string { return u.File + ": " + u.Err.Error() }

// AddDirIn loads a policy directory that untrusted content names (a
// .posture.yaml in the scanned tree): dir is a slash-separated path inside
// root, and no file or directory is read through a link that leaves root.
// shown is how messages and findings name dir. Files that cannot be read
// are skipped and returned, so the scan can report them and go on; a
// broken policy is still an error.
func (l *Library) AddDirIn(root *os.Root, dir, shown string) ([]Unread, error) {
	fsys := root.FS()
	info, err := fs.Stat(fsys, dir)
	if err != nil {
		return []Unread{{shown, plainPathError(err)}}, nil
	}
	if !info.IsDir() {
		return []Unread{{shown, errors.New("not a directory")}}, nil
	}
	var unread []Unread
	err = l.addFS(subdir{fsys, dir}, shown, func(u Unread) error {
		unread = append(unread, u)
		return nil
	})
	return unread, err
}

// subdir is fsys below dir, as fs.Sub would give it, but able to stat a
// file without opening it (opening a named pipe blocks); links are still
// resolved in the whole of fsys.
type subdir struct {
	fsys fs.FS
	dir  string
}

func (s subdir) Open(name string) (fs.File, error) { return s.fsys.Open(path.Join(s.dir, name)) }

func (s subdir) Stat(name string) (fs.FileInfo, error) {
	return fs.Stat(s.fsys, path.Join(s.dir, name))
}

func (s subdir) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(s.fsys, path.Join(s.dir, name))
}

// addFS loads the policies of fsys, naming files below shown.
func (l *Library) addFS(fsys fs.FS, shown string, unreadable func(Unread) error) error {
	err := walkRego(fsys, shown, isPolicyFile, unreadable, func(file string, src []byte) error {
		return l.add(file, string(src), "custom")
	})
	if err != nil {
		return err
	}
	l.sortRules()
	return nil
}

// walkRego calls fn with every file of fsys whose name in fsys keep
// accepts (so a testdata directory above the policy directory does not
// count), named below shown, in lexical order, and unreadable with every
// file or directory it cannot read: the walk stops when either returns an
// error. Links to directories are not followed.
func walkRego(fsys fs.FS, shown string, keep func(name string) bool, unreadable func(Unread) error, fn func(file string, src []byte) error) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		file := path.Join(shown, name)
		if err != nil {
			if err := unreadable(Unread{file, plainPathError(err)}); err != nil {
				return err
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !keep(name) {
			return nil
		}
		src, err := readPolicyFile(fsys, name)
		if err != nil {
			return unreadable(Unread{file, err})
		}
		return fn(file, src)
	})
}

// readPolicyFile reads a policy file found by fs.WalkDir: only a regular
// file (or a link to one) no larger than MaxPolicySize, checked before
// opening, so that a FIFO named x.rego cannot block the scan.
func readPolicyFile(fsys fs.FS, name string) ([]byte, error) {
	b, err := parser.ReadRegular(fsys, name, MaxPolicySize)
	if err != nil {
		return nil, plainPathError(err)
	}
	return b, nil
}

// plainPathError keeps the reason of a path error: callers name the file
// as the user knows it, not as the file system was asked.
func plainPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	// os.Root's error for a link that leaves it is not exported.
	if err.Error() == "path escapes from parent" {
		return errors.New("a symbolic link leads outside the directory; refused")
	}
	return err
}

func isPolicyFile(name string) bool {
	return strings.HasSuffix(name, ".rego") && !strings.HasSuffix(name, "_test.rego") &&
		!strings.Contains("/"+path.Dir(filepath.ToSlash(name))+"/", "/testdata/")
}

func (l *Library) add(file, src, group string) error {
	m, err := ast.ParseModuleWithOpts(file, src, parseOpts)
	if err != nil {
		return fmt.Errorf("parse policy: %w", withoutSource(err))
	}
	if err := checkPure(m); err != nil {
		return err
	}
	if group == "lib" || strings.HasPrefix(m.Package.Path.String(), "data.posture.lib") && group != "custom" {
		l.lib[file] = m
		return nil
	}
	// A user's module with neither a package # METADATA annotation nor a
	// deny rule is a helper the policies beside it import. One with only
	// one of them is a policy missing the other, reported below.
	if group == "custom" && !definesDeny(m) && !hasPackageAnnotation(m) {
		if l.groups[group] == nil {
			l.groups[group] = map[string]*ast.Module{}
		}
		l.groups[group][file] = m
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

func hasPackageAnnotation(m *ast.Module) bool {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return true
		}
	}
	return false
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
