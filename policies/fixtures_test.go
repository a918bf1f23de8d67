package policies_test

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
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
//	policies/<provider>/<service>/testdata/<RULE-ID>/<case>.{tf,json,bicep,yaml}
//	policies/<provider>/<service>/testdata/<RULE-ID>/<case>/   (a module or chart)
//
// Cases named fail* must produce findings, pass* none. The expected
// findings are written in the fixture on the line they belong to, with
// the column their range starts at: "# want: AZ-AI-002 col 7" (also
// "// want:"; several findings: "# want: AZ-AI-002 col 7, AZ-AI-002 col 21")
// in HCL and YAML; JSON has no comments, so <file>.json.want lists
// "LINE:COL RULE-ID" pairs. A finding that drifts to another token of
// the same line fails as surely as one on another line. Every rule has a
// failing and a passing case for each format it declares.
//
// Columns are recorded, not typed: annotate the line with the rule id
// alone ("# want: AZ-AI-002", or "12 AZ-AI-002" in a .want file), then run
//
//	go test ./policies -run TestPolicyFixtures -update
//
// which writes into the annotations the columns of the findings the scan
// reports on their lines, and fails the run. It never adds nor removes an
// expected finding, and rewrites nothing while lines or rule ids
// disagree: those stay a person's decision. Check by eye that each
// recorded column points at the offending value, not at a neighbour.
//
// A rule's testdata directory may hold config.json, {"params": {...},
// "complete": true}, for parameterised controls and graph rules whose
// failing case needs a complete scan; its cases then run with those
// options.

var update = flag.Bool("update", false, "write the columns of the findings into the fixtures' want annotations")

var (
	wantComment = regexp.MustCompile(`(?:#|//)\s*want:\s*([A-Za-z0-9, -]*[A-Za-z0-9])`)
	wantItem    = regexp.MustCompile(`^([A-Z0-9-]+)(?: col ([0-9]+))?$`)
	wantLine    = regexp.MustCompile(`^([0-9]+)(?::([0-9]+))?$`)
)

// An expectation is one finding, as annotated or as scanned. column is 0
// in an annotation that does not give it yet.
type expectation struct {
	file   string // relative to the case root's parent
	line   int
	column int
	rule   string
	// Where the annotation is written, for -update: the file (relative to
	// the rule's testdata directory) and its line.
	source     string
	sourceLine int
}

func (e expectation) String() string {
	return fmt.Sprintf("%s:%d:%d %s", e.file, e.line, e.column, e.rule)
}

var formatExt = map[string][]string{
	"terraform":  {".tf"},
	"arm":        {".json", ".bicep"},
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
	lib := policies.BuiltinLibrary(t)
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
						got = append(got, expectation{file: f.Range.File, line: f.Range.Start.Line, column: f.Range.Start.Column, rule: f.RuleID})
					}
					for _, d := range rep.Diagnostics {
						assert.NotEqual(t, "error", d.Severity.String(), "fixture does not load: %s", d)
					}
					sortExp(got)
					if *update {
						recordColumns(t, dir, want, got)
						return
					}
					for _, w := range want {
						assert.Positive(t, w.column, "%s: %s has no column: run with -update to record it", w.source, w)
					}
					assert.Equal(t, positions(want), positions(got), "findings of %s in %s (want: annotations vs. scan)", rule.ID, name)
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
			out = append(out, sidecarExpectations(t, p, rel, strings.TrimSuffix(rel, ".want"))...)
			return nil
		}
		return scanLines(p, func(n int, line string) {
			m := wantComment.FindStringSubmatch(line)
			if m == nil {
				return
			}
			for _, item := range strings.Split(m[1], ",") {
				item = strings.TrimSpace(item)
				if item == "" {
					continue
				}
				f := wantItem.FindStringSubmatch(item)
				require.NotNil(t, f, "%s:%d: want RULE-ID col N, not %q", p, n, item)
				out = append(out, expectation{file: rel, line: n, column: atoi(f[2]), rule: f[1], source: rel, sourceLine: n})
			}
		})
	})
	require.NoError(t, err)
	if sidecar := root + ".want"; fileExists(sidecar) {
		out = append(out, sidecarExpectations(t, sidecar, name+".want", name)...)
	}
	sortExp(out)
	return out
}

// sidecarExpectations reads a .want file of "LINE:COL RULE-ID" lines
// about target; source is the .want file's name relative to the rule's
// testdata directory.
func sidecarExpectations(t *testing.T, p, source, target string) []expectation {
	var out []expectation
	require.NoError(t, scanLines(p, func(n int, line string) {
		f := strings.Fields(line)
		if len(f) == 0 {
			return
		}
		require.Len(t, f, 2, "%s:%d: want LINE:COL RULE-ID", p, n)
		pos := wantLine.FindStringSubmatch(f[0])
		require.NotNil(t, pos, "%s:%d: want LINE:COL RULE-ID", p, n)
		out = append(out, expectation{file: target, line: atoi(pos[1]), column: atoi(pos[2]), rule: f[1], source: source, sourceLine: n})
	}))
	return out
}

func atoi(s string) int {
	if s == "" {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err) // the patterns above admit digits only
	}
	return n
}

// positions strips from expectations where they are written, leaving
// what a scan can be compared on.
func positions(es []expectation) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.String()
	}
	return out
}

// recordColumns writes into the annotations of want the columns of got,
// when both name the same findings by file, line and rule; it rewrites
// nothing otherwise, since which findings are expected is not its to
// decide.
func recordColumns(t *testing.T, dir string, want, got []expectation) {
	t.Helper()
	withoutColumn := func(es []expectation) []string {
		out := make([]string, len(es))
		for i, e := range es {
			out[i] = fmt.Sprintf("%s:%d %s", e.file, e.line, e.rule)
		}
		return out
	}
	if !assert.Equal(t, withoutColumn(want), withoutColumn(got), "-update records columns only: the annotated lines and rules must match the scan first") {
		return
	}
	// want and got are sorted alike, so the i-th expectation of a line
	// and rule takes the i-th column the scan reports for them.
	changed := false
	bySource := map[string]map[int][]expectation{}
	for i := range want {
		if want[i].column != got[i].column {
			changed = true
		}
		w := want[i]
		w.column = got[i].column
		if bySource[w.source] == nil {
			bySource[w.source] = map[int][]expectation{}
		}
		bySource[w.source][w.sourceLine] = append(bySource[w.source][w.sourceLine], w)
	}
	if !changed {
		return
	}
	for source, lines := range bySource {
		p := filepath.Join(dir, filepath.FromSlash(source))
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		text := strings.Split(string(b), "\n")
		for n, es := range lines {
			text[n-1] = annotate(t, text[n-1], strings.HasSuffix(source, ".want"), es)
		}
		require.NoError(t, os.WriteFile(p, []byte(strings.Join(text, "\n")), 0o644))
	}
	t.Errorf("recorded the columns of %d findings in %s: review them, then run without -update", len(want), dir)
}

// annotate rewrites one annotated line with the columns of es, the
// expectations written on it, keeping the order the rule ids are written in.
func annotate(t *testing.T, line string, sidecar bool, es []expectation) string {
	if sidecar {
		require.Len(t, es, 1)
		f := strings.Fields(line)
		return fmt.Sprintf("%d:%d %s", es[0].line, es[0].column, f[1])
	}
	m := wantComment.FindStringSubmatchIndex(line)
	require.NotNil(t, m)
	cols := map[string][]int{}
	for _, e := range es {
		cols[e.rule] = append(cols[e.rule], e.column)
	}
	var items []string
	for _, item := range strings.Split(line[m[2]:m[3]], ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		rule := wantItem.FindStringSubmatch(item)[1]
		items = append(items, fmt.Sprintf("%s col %d", rule, cols[rule][0]))
		cols[rule] = cols[rule][1:]
	}
	return line[:m[2]] + strings.Join(items, ", ") + line[m[3]:]
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
		if es[i].rule != es[j].rule {
			return es[i].rule < es[j].rule
		}
		return es[i].column < es[j].column
	})
}
