package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
)

var unknownField = regexp.MustCompile(`field (\S+) not found in type cli\.config`)

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
	Policy            []string                  `yaml:"policy"`
	ShowUnknown       *bool                     `yaml:"show-unknown"`
	Complete          *bool                     `yaml:"complete"`
	IncludeSuppressed *bool                     `yaml:"include-suppressed"`
	Category          string                    `yaml:"category"`
	Baseline          string                    `yaml:"baseline"`
	Params            map[string]map[string]any `yaml:"params"`
	Ignore            []ignoreEntry             `yaml:"ignore"`

	// path is the file the configuration was read from; dir its directory.
	path, dir string
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
			return fmt.Errorf("line %d: unknown key %q in an ignore entry (want rule, path, resource, reason, until)", k.Line, k.Value)
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
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
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

// loadConfig reads and checks a configuration file.
func loadConfig(path string) (*config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			msgs := make([]string, len(te.Errors))
			for i, m := range te.Errors {
				msgs[i] = unknownField.ReplaceAllString(m, "unknown key $1 (the keys are listed in docs/workflows.md)")
			}
			return nil, fmt.Errorf("%s: %s", path, strings.Join(msgs, "; "))
		}
		return nil, fmt.Errorf("%s: %v", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	c.path = path
	c.dir = filepath.Dir(path)
	for rule, ps := range c.Params {
		for k, v := range ps {
			ps[k] = plain(v)
		}
		c.Params[rule] = ps
	}
	return &c, nil
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

// resolve makes a path from the configuration relative to its directory.
func (c *config) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.dir, filepath.FromSlash(p))
}
