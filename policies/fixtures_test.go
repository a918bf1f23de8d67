package policies_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
)

// Policy fixtures live beside the policies:
//
//	policies/<provider>/<service>/testdata/<RULE-ID>/<case>.{tf,json,yaml}
//	policies/<provider>/<service>/testdata/<RULE-ID>/<case>/   (a module or chart)
//
// Cases named fail* must produce findings, pass* none. The expected
// findings are written in the fixture on the line they belong to:
// "# want: AZ-AI-002" (also "// want:") in HCL and YAML; JSON has no
// comments, so <file>.json.want lists "LINE RULE-ID" pairs. Every rule has
// a failing and a passing case for each format it declares.
//
// A rule's testdata directory may hold config.json, {"params": {...},
// "complete": true}, for parameterised controls and graph rules whose
// failing case needs a complete scan; its cases then run with those
// options.

var wantComment = regexp.MustCompile(`(?:#|//)\s*want:\s*([A-Z0-9, -]+)`)

type expectation struct {
	file string // relative to the case root's parent
	line int
	rule string
}

func (e expectation) String() string { return fmt.Sprintf("%s:%d %s", e.file, e.line, e.rule) }

var formatExt = map[string][]string{
	"terraform":  {".tf"},
	"arm":        {".json"},
	"kubernetes": {".yaml", ".yml"},
}

var (
	engineOnce sync.Once
	engine     *policies.Engine
	engineErr  error
)

func sharedEngine(t *testing.T) *policies.Engine {
	engineOnce.Do(func() { engine, engineErr = scan.NewEngine(nil, policies.Options{}) })
	require.NoError(t, engineErr)
	return engine
}

func TestPolicyFixtures(t *testing.T) {
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	eng := sharedEngine(t)
	dirs := ruleDirs(t)

	for _, rule := range lib.Rules {
		t.Run(rule.ID, func(t *testing.T) {
			dir, ok := dirs[rule.ID]
			require.True(t, ok, "no fixtures for %s: add testdata/%s/{fail,pass}.<ext> beside %s", rule.ID, rule.ID, rule.File)
			eng := eng
			if cfg, ok := fixtureConfig(t, dir); ok {
				var err error
				eng, err = scan.NewEngine(nil, policies.Options{
					Params:   map[string]map[string]any{rule.ID: cfg.Params},
					Complete: cfg.Complete,
				})
				require.NoError(t, err)
			}
			cases, err := os.ReadDir(dir)
			require.NoError(t, err)
			covered := map[string]map[string]bool{} // format → fail/pass
			for _, c := range cases {
				name := c.Name()
				if strings.HasSuffix(name, ".want") || strings.HasPrefix(name, ".") || name == "config.json" {
					continue
				}
				kind := ""
				switch {
				case strings.HasPrefix(name, "fail"):
					kind = "fail"
				case strings.HasPrefix(name, "pass"):
					kind = "pass"
				default:
					continue
				}
				format := caseFormat(filepath.Join(dir, name))
				if covered[format] == nil {
					covered[format] = map[string]bool{}
				}
				covered[format][kind] = true
				t.Run(name, func(t *testing.T) {
					want := expectations(t, dir, name)
					if kind == "fail" {
						require.NotEmpty(t, want, "%s is a failing case without `want:` annotations", name)
					} else {
						require.Empty(t, want, "%s is a passing case with `want:` annotations", name)
					}
					rep, err := scan.Run(context.Background(), scan.Options{
						Paths: []string{name}, WorkDir: caseRoot(t, dir, name), Engine: eng,
					})
					require.NoError(t, err)
					var got []expectation
					for _, f := range rep.Findings {
						if f.RuleID != rule.ID {
							continue
						}
						assert.NotEmpty(t, f.Message)
						assert.Positive(t, f.Range.Start.Column, "finding without a column: %+v", f)
						got = append(got, expectation{file: f.Range.File, line: f.Range.Start.Line, rule: f.RuleID})
					}
					for _, d := range rep.Diagnostics {
						assert.NotEqual(t, "error", d.Severity.String(), "fixture does not load: %s", d)
					}
					sortExp(got)
					assert.Equal(t, want, got, "findings of %s in %s (want: annotations vs. scan)", rule.ID, name)
				})
			}
			for _, format := range rule.Formats {
				assert.True(t, covered[format]["fail"], "%s has no failing %s fixture", rule.ID, format)
				assert.True(t, covered[format]["pass"], "%s has no passing %s fixture", rule.ID, format)
			}
		})
	}
}

type fixtureOptions struct {
	Params   map[string]any `json:"params"`
	Complete bool           `json:"complete"`
}

// fixtureConfig reads a rule's testdata/<ID>/config.json, if any.
func fixtureConfig(t *testing.T, dir string) (fixtureOptions, bool) {
	var cfg fixtureOptions
	b, err := os.ReadFile(filepath.Join(dir, "config.json"))
	if os.IsNotExist(err) {
		return cfg, false
	}
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &cfg), "%s/config.json", dir)
	return cfg, true
}

// caseRoot returns the directory to scan a case from. A single-file case
// is copied alone into a temporary directory, because a Terraform file is
// always read with its whole directory and the other cases of the rule sit
// beside it; a directory case is scanned in place.
func caseRoot(t *testing.T, dir, name string) string {
	p := filepath.Join(dir, name)
	info, err := os.Stat(p)
	require.NoError(t, err)
	if info.IsDir() {
		return dir
	}
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	tmp := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(tmp, name), b, 0o644))
	return tmp
}

// ruleDirs finds every testdata/<RULE-ID> directory below the policies.
func ruleDirs(t *testing.T) map[string]string {
	out := map[string]string{}
	err := filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && filepath.Base(filepath.Dir(p)) == "testdata" {
			out[d.Name()] = p
			return filepath.SkipDir
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

func caseFormat(p string) string {
	files := []string{p}
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		files = nil
		_ = filepath.WalkDir(p, func(q string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, q)
			}
			return nil
		})
	}
	for _, f := range files {
		for format, exts := range formatExt {
			for _, ext := range exts {
				if strings.HasSuffix(f, ext) && !strings.HasSuffix(f, ".parameters.json") {
					return format
				}
			}
		}
	}
	return "unknown"
}

// expectations reads the want annotations of a case (a file or a
// directory), with file names relative to dir.
func expectations(t *testing.T, dir, name string) []expectation {
	var out []expectation
	root := filepath.Join(dir, name)
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if strings.HasSuffix(p, ".want") {
			target := strings.TrimSuffix(rel, ".want")
			return scanLines(p, func(n int, line string) {
				f := strings.Fields(line)
				if len(f) == 2 {
					ln, err := strconv.Atoi(f[0])
					require.NoError(t, err, "%s:%d: want LINE RULE-ID", p, n)
					out = append(out, expectation{file: target, line: ln, rule: f[1]})
				}
			})
		}
		return scanLines(p, func(n int, line string) {
			if m := wantComment.FindStringSubmatch(line); m != nil {
				for _, id := range strings.Split(m[1], ",") {
					if id = strings.TrimSpace(id); id != "" {
						out = append(out, expectation{file: rel, line: n, rule: id})
					}
				}
			}
		})
	})
	require.NoError(t, err)
	if sidecar := root + ".want"; fileExists(sidecar) {
		require.NoError(t, scanLines(sidecar, func(n int, line string) {
			f := strings.Fields(line)
			if len(f) == 2 {
				ln, err := strconv.Atoi(f[0])
				require.NoError(t, err, "%s:%d: want LINE RULE-ID", sidecar, n)
				out = append(out, expectation{file: name, line: ln, rule: f[1]})
			}
		}))
	}
	sortExp(out)
	return out
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func scanLines(p string, f func(n int, line string)) error {
	fh, err := os.Open(p)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f(n, sc.Text())
	}
	return sc.Err()
}

func sortExp(es []expectation) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].file != es[j].file {
			return es[i].file < es[j].file
		}
		if es[i].line != es[j].line {
			return es[i].line < es[j].line
		}
		return es[i].rule < es[j].rule
	})
}
