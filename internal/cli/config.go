package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

var unknownField = regexp.MustCompile(`field (.+) not found in type cli\.config`)

// ConfigFile is the name of the configuration file found upward from the
// first scanned path.
const ConfigFile = ".posture.yaml"

// config is .posture.yaml: defaults for the scan flags and ignore entries.
// Every key is optional; flags given on the command line win.
type config struct {
	Format            string                    `yaml:"format"`
	SeverityThreshold string                    `yaml:"severity-threshold"`
	Skip              []string                  `yaml:"skip"`
	Only              []string                  `yaml:"only"`
	Frameworks        []string                  `yaml:"frameworks"`
	Policy            []pathEntry               `yaml:"policy"`
	ShowUnknown       *bool                     `yaml:"show-unknown"`
	Complete          *bool                     `yaml:"complete"`
	IncludeSuppressed *bool                     `yaml:"include-suppressed"`
	Category          string                    `yaml:"category"`
	Baseline          pathEntry                 `yaml:"baseline"`
	Params            map[string]map[string]any `yaml:"params"`
	Ignore            []ignoreEntry             `yaml:"ignore"`

	// path is the file the configuration was read from; dir its directory.
	path, dir string
	// shown is path as messages name it.
	shown string
}

// pathEntry is a path-valued key, kept with its position: the paths a
// configuration names are confined to its directory (config.confine).
type pathEntry struct {
	value        string
	line, column int
}

// UnmarshalYAML keeps a path scalar and its position.
func (p *pathEntry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a path", n.Line)
	}
	if n.Tag != "!!null" {
		p.value = n.Value
	}
	p.line, p.column = n.Line, n.Column
	return nil
}

// ignoreEntry is one ignore: entry. rule, path and resource take one value
// or a list.
type ignoreEntry struct {
	Rule     []string
	Path     []string
	Resource []string
	Reason   string
	Until    string
	line     int
	column   int
}

// UnmarshalYAML decodes an entry strictly, keeping its position.
func (e *ignoreEntry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: an ignore entry is a mapping with rule, path, resource, reason and until", n.Line)
	}
	e.line, e.column = n.Line, n.Column
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		var err error
		switch k.Value {
		case "rule", "rules":
			e.Rule, err = stringOrList(v)
		case "path", "paths":
			e.Path, err = stringOrList(v)
		case "resource", "resources":
			e.Resource, err = stringOrList(v)
		case "reason":
			err = v.Decode(&e.Reason)
		case "until":
			err = v.Decode(&e.Until)
		default:
			return fmt.Errorf("line %d: unknown key %s in an ignore entry (want rule, path, resource, reason, until)", k.Line, quoteKey(k.Value))
		}
		if err != nil {
			return fmt.Errorf("line %d: %s: %v", v.Line, k.Value, err)
		}
	}
	return nil
}

func stringOrList(n *yaml.Node) ([]string, error) {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}, nil
	}
	var out []string
	if err := n.Decode(&out); err != nil {
		return nil, errors.New("want a string or a list of strings")
	}
	return out, nil
}

// findConfig looks for .posture.yaml in the directory of the first path and
// its parents, stopping at the repository root (the directory that holds
// .git). It returns "" when there is none.
func findConfig(firstPath string) string {
	abs, err := filepath.Abs(firstPath)
	if err != nil {
		return ""
	}
	dir := abs
	if info, err := os.Stat(abs); err != nil || !info.IsDir() {
		dir = filepath.Dir(abs)
	}
	for {
		p := filepath.Join(dir, ConfigFile)
		if info, err := os.Lstat(p); err == nil && !info.IsDir() {
			return p
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// repoRoot is the directory at or above dir that holds .git, or dir.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// Limits of what a configuration may make posture read: far above any
// real file (a baseline of 100,000 findings is about 25 MiB), low enough
// that a huge file cannot exhaust memory.
const (
	maxConfigSize   = 10 << 20
	maxBaselineSize = 64 << 20
)

// foundConfigInside refuses a .posture.yaml found in the scanned tree that
// is a link to a file outside its repository: its content is no business
// of the scan, and a configuration's errors quote its keys.
func foundConfigInside(path string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	dir := filepath.Dir(path)
	root, err := filepath.EvalSymlinks(repoRoot(dir))
	if err != nil {
		return err
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return plainPathError(err)
	}
	if !within(root, target) {
		return errors.New("a symbolic link to a file outside the repository; refused: pass it with --config if it is yours")
	}
	return nil
}

// within reports whether path is dir or below it; both are cleaned,
// absolute or both relative to the same directory.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readFile reads a regular file of at most limit bytes from the file
// system (parser.ReadRegular); errors say what is wrong, never what the
// file holds.
func readFile(name string, limit int64) ([]byte, error) {
	b, err := parser.ReadRegular(os.DirFS(filepath.Dir(name)), filepath.Base(name), limit)
	if err != nil {
		return nil, plainPathError(err)
	}
	return b, nil
}

// plainPathError keeps the reason of a path error: callers name the file
// as the user wrote it.
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

// unreadableError is a configuration that could not be read, as opposed
// to one that is broken.
type unreadableError struct {
	path string
	err  error
}

func (e unreadableError) Error() string { return e.path + ": " + e.err.Error() }

// shownPath names a path as messages show it: relative to wd when below it.
func shownPath(wd, p string) string {
	if filepath.IsAbs(p) {
		if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(p)
}

// typeError matches yaml.v3's "cannot unmarshal !!str `abc` into T",
// which quotes the value; typeError.rewrite says it without.
var typeError = regexp.MustCompile(`^(line \d+): cannot unmarshal !!(\w+) .*into (.+)$`)

// quoted matches what yaml.v3 quotes of a file in its syntax errors.
var quoted = regexp.MustCompile(`'[^']*'`)

// goTypes name the Go types of config for people.
var goTypes = map[string]string{
	"cli.config": "a mapping of the keys listed in docs/workflows.md", "[]string": "a list of strings",
	"string": "a string", "bool": "true or false", "[]cli.ignoreEntry": "a list of ignore entries",
	"[]cli.pathEntry": "a list of paths",
}

func rewriteTypeError(m string) string {
	sm := typeError.FindStringSubmatch(m)
	if sm == nil {
		return m
	}
	want := goTypes[sm[3]]
	if want == "" {
		want = "a value of another kind"
	}
	return fmt.Sprintf("%s: found a %s where %s is expected", sm[1], sm[2], want)
}

// loadConfig reads and checks a configuration file. wd is the directory
// messages name it relative to.
func loadConfig(path, wd string) (*config, error) {
	shown := shownPath(wd, path)
	b, err := readFile(path, maxConfigSize)
	if err != nil {
		return nil, unreadableError{shown, err}
	}
	var c config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			msgs := make([]string, len(te.Errors))
			for i, m := range te.Errors {
				if sm := unknownField.FindStringSubmatch(m); sm != nil {
					m = strings.Replace(m, sm[0], "unknown key "+bareKey(sm[1])+" (the keys are listed in docs/workflows.md)", 1)
				}
				msgs[i] = rewriteTypeError(m)
			}
			return nil, fmt.Errorf("%s: %s", shown, strings.Join(msgs, "; "))
		}
		// A syntax error may quote a name from the file (an anchor).
		msg := quoted.ReplaceAllString(strings.TrimPrefix(err.Error(), "yaml: "), "(a name)")
		return nil, fmt.Errorf("%s: %s", shown, msg)
	}
	c.path = path
	c.dir = filepath.Dir(path)
	c.shown = shown
	for rule, ps := range c.Params {
		for k, v := range ps {
			ps[k] = plain(v)
		}
		c.Params[rule] = ps
	}
	return &c, nil
}

// quoteKey names a key of a file in a message: quoted when it reads like
// a key, else not at all, so that a file that is not a configuration (a
// link to anything) does not have its text printed.
func quoteKey(k string) string {
	if !keyLike(k) {
		return unknownKey
	}
	return strconv.Quote(k)
}

// bareKey is quoteKey without the quotes.
func bareKey(k string) string {
	if !keyLike(k) {
		return unknownKey
	}
	return k
}

const unknownKey = "(a key posture does not know)"

func keyLike(k string) bool {
	if len(k) == 0 || len(k) > 64 {
		return false
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// plain turns what YAML decoded into JSON-like values: dates become their
// YYYY-MM-DD text, as a policy parameter is never a timestamp.
func plain(v any) any {
	switch x := v.(type) {
	case time.Time:
		return x.Format("2006-01-02")
	case map[string]any:
		for k, e := range x {
			x[k] = plain(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = plain(e)
		}
		return x
	}
	return v
}

// ignores converts the ignore entries for the scan; positions name the
// configuration file as the user sees it (relative to wd when possible).
func (c *config) ignores(wd string) []scan.Ignore {
	shown := c.path
	if r, err := filepath.Rel(wd, c.path); err == nil && !strings.HasPrefix(r, "..") {
		shown = filepath.ToSlash(r)
	}
	out := make([]scan.Ignore, 0, len(c.Ignore))
	for _, e := range c.Ignore {
		out = append(out, scan.Ignore{
			Rules: e.Rule, Paths: e.Path, Resources: e.Resource, Reason: strings.TrimSpace(e.Reason), Until: e.Until,
			Dir:    c.dir,
			Source: parser.Range{File: shown, Start: parser.Pos{Line: e.line, Column: e.column}, End: parser.Pos{Line: e.line, Column: e.column}},
		})
	}
	return out
}

// confine resolves a path the configuration names, relative to its
// directory, and refuses one that leaves it: an absolute path, a ".."
// escape, or a symbolic link pointing out. The configuration is part of
// the scanned tree, which may come from a stranger's pull request; it
// governs its own directory and nothing else. It returns the path relative
// to the configuration's directory (for an os.Root opened there) and as
// joined to the directory; a refusal is a diagnostic at the key's value.
func (c *config) confine(key string, e pathEntry) (rel, joined string, d *parser.Diagnostic) {
	at := parser.Range{File: c.shown, Start: parser.Pos{Line: e.line, Column: e.column}, End: parser.Pos{Line: e.line, Column: e.column}}
	refuse := func(format string, a ...any) (string, string, *parser.Diagnostic) {
		d := parser.Errorf(at, format, a...)
		return "", "", &d
	}
	outside := func() (string, string, *parser.Diagnostic) {
		return refuse("%s %q is outside the directory of this configuration; refused", key, e.value)
	}
	p := filepath.FromSlash(e.value)
	if filepath.IsAbs(p) || strings.HasPrefix(e.value, "/") || filepath.VolumeName(p) != "" {
		return outside()
	}
	joined = filepath.Join(c.dir, p)
	if !within(filepath.Clean(c.dir), joined) {
		return outside()
	}
	base, err := filepath.EvalSymlinks(c.dir)
	if err != nil {
		return refuse("%s %q: %v", key, e.value, plainPathError(err))
	}
	target, err := filepath.EvalSymlinks(joined)
	if err != nil {
		return refuse("%s %q: %v", key, e.value, plainPathError(err))
	}
	if !within(base, target) {
		return outside()
	}
	rel, err = filepath.Rel(filepath.Clean(c.dir), joined)
	if err != nil {
		return outside()
	}
	return filepath.ToSlash(rel), joined, nil
}

// readBaseline reads the baseline the configuration names, through an
// os.Root on its directory so no link leads out of it. One that cannot be
// read is a diagnostic: the scan runs without it.
func (c *config) readBaseline(e pathEntry) (data []byte, name string, d *parser.Diagnostic) {
	rel, name, d := c.confine("baseline", e)
	if d != nil {
		d.Message += " (the scan runs without a baseline)"
		return nil, "", d
	}
	at := parser.Range{File: c.shown, Start: parser.Pos{Line: e.line, Column: e.column}, End: parser.Pos{Line: e.line, Column: e.column}}
	root, err := os.OpenRoot(c.dir)
	if err == nil {
		defer root.Close()
		data, err = parser.ReadRegular(root.FS(), rel, maxBaselineSize)
	}
	if err != nil {
		d := parser.Errorf(at, "baseline %q: %v (the scan runs without a baseline)", e.value, plainPathError(err))
		return nil, "", &d
	}
	return data, name, nil
}

// engine builds the policy engine with the policy directories the
// configuration names, each read through an os.Root on the configuration's
// directory. It is scan.NewEngine for confined directories: undecided
// checks are always evaluated, as the score needs them, and a broken
// policy is reported before anything is scanned. A directory or file that
// cannot be read is a diagnostic, and the scan runs without it.
func (c *config) engine(dirs []pathEntry, opts policies.Options, wd string) (*policies.Engine, []parser.Diagnostic, error) {
	lib, err := policies.LoadBuiltin()
	if err != nil {
		return nil, nil, fmt.Errorf("built-in policies: %w", err)
	}
	var diags []parser.Diagnostic
	root, err := os.OpenRoot(c.dir)
	if err != nil {
		return nil, nil, usagef("config %s: %v", c.shown, plainPathError(err))
	}
	defer root.Close()
	for _, d := range dirs {
		rel, joined, diag := c.confine("policy", d)
		if diag != nil {
			diag.Message += " (the scan runs without it)"
			diags = append(diags, *diag)
			continue
		}
		unread, err := lib.AddDirIn(root, rel, filepath.ToSlash(joined))
		if err != nil {
			return nil, nil, usagef("%s:%d:%d: policy %q: %v", c.shown, d.line, d.column, d.value, err)
		}
		for _, u := range unread {
			diags = append(diags, parser.Errorf(parser.Range{File: shownPath(wd, filepath.FromSlash(u.File))},
				"policy not loaded: %v (the scan runs without it)", u.Err))
		}
	}
	opts.ShowUnknown = true
	eng, err := policies.New(lib, opts)
	if err != nil {
		return nil, nil, usageError{err.Error()}
	}
	if err := eng.Validate(); err != nil {
		return nil, nil, usageError{err.Error()}
	}
	return eng, diags, nil
}
