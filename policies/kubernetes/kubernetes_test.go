// Package kubernetes_test checks what the table-driven fixture test in
// package policies cannot express, because it scans every case with the
// default options: graph rules in a scan declared complete (§0.5), checks
// left to review (--show-unknown), and parameterised rules.
//
// Fixture lines carry, besides `# want: ID` (a failing finding in every
// mode):
//
//	# review: ID   a graph check not evaluated by default: status review with
//	               --show-unknown, a failing finding when the scan is complete
//	# unknown: ID  a check that stays review whatever the mode
package kubernetes_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
)

var marker = regexp.MustCompile(`#\s*(want|review|unknown):\s*([A-Z0-9, -]+)`)

// mark is one annotated line: line and status ("fail" or "review").
type mark struct {
	line   int
	status string
}

func (m mark) String() string { return fmt.Sprintf("%d:%s", m.line, m.status) }

// marks reads the annotations of rule in file, mapping each kind to the
// status expected in the given mode.
func marks(t *testing.T, file, rule string, complete, showUnknown bool) []mark {
	fh, err := os.Open(file)
	require.NoError(t, err)
	defer fh.Close()
	var out []mark
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		for _, m := range marker.FindAllStringSubmatch(sc.Text(), -1) {
			for _, id := range strings.Split(m[2], ",") {
				if strings.TrimSpace(id) != rule {
					continue
				}
				status := ""
				switch {
				case m[1] == "want":
					status = "fail"
				case m[1] == "review" && complete:
					status = "fail"
				case m[1] == "review" && showUnknown, m[1] == "unknown" && showUnknown:
					status = "review"
				}
				if status != "" {
					out = append(out, mark{n, status})
				}
			}
		}
	}
	require.NoError(t, sc.Err())
	sortMarks(out)
	return out
}

func sortMarks(ms []mark) {
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].line != ms[j].line {
			return ms[i].line < ms[j].line
		}
		return ms[i].status < ms[j].status
	})
}

// check scans one fixture file alone with eng and compares the findings
// of rule with the annotations for the mode.
func check(t *testing.T, eng *policies.Engine, file, rule string, complete, showUnknown bool) {
	t.Helper()
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	dir := t.TempDir()
	name := filepath.Base(file)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	rep, err := scan.Run(context.Background(), scan.Options{
		Paths: []string{name}, WorkDir: dir, Engine: eng,
		Policy: policies.Options{Complete: complete, ShowUnknown: showUnknown},
	})
	require.NoError(t, err)
	var got []mark
	for _, f := range rep.Findings {
		if f.RuleID == rule {
			assert.NotEmpty(t, f.Message)
			got = append(got, mark{f.Range.Start.Line, string(f.Status)})
		}
	}
	sortMarks(got)
	want := marks(t, file, rule, complete, showUnknown)
	if len(want) == 0 {
		want = nil
	}
	assert.Equal(t, want, got, "%s in %s (complete=%v, show-unknown=%v)", rule, file, complete, showUnknown)
}

func engine(t *testing.T, dirs []string, opts policies.Options) *policies.Engine {
	t.Helper()
	eng, err := scan.NewEngine(dirs, opts)
	require.NoError(t, err)
	return eng
}

// Graph rules: review by default, decided when the scan is complete.
func TestGraphRules(t *testing.T) {
	cases := map[string][]string{
		"K8S-SA-001":  {"serviceaccount/testdata/K8S-SA-001/fail.yaml", "serviceaccount/testdata/K8S-SA-001/pass.yaml"},
		"K8S-NET-003": {"network/testdata/K8S-NET-003/fail.yaml", "network/testdata/K8S-NET-003/pass.yaml"},
		"K8S-RES-001": {"resources/testdata/K8S-RES-001/fail.yaml", "resources/testdata/K8S-RES-001/pass.yaml"},
		"K8S-NS-001":  {"namespace/testdata/K8S-NS-001/fail.yaml", "namespace/testdata/K8S-NS-001/pass.yaml"},
	}
	modes := []struct{ complete, showUnknown bool }{{false, false}, {false, true}, {true, false}, {true, true}}
	for _, m := range modes {
		eng := engine(t, nil, policies.Options{Only: []string{"K8S"}, Complete: m.complete, ShowUnknown: m.showUnknown})
		for rule, files := range cases {
			for _, f := range files {
				t.Run(fmt.Sprintf("%s/%s/complete=%v/show-unknown=%v", rule, filepath.Base(f), m.complete, m.showUnknown), func(t *testing.T) {
					check(t, eng, f, rule, m.complete, m.showUnknown)
				})
			}
		}
	}
}

// K8S-POD-012 init_containers: false checks only the regular containers.
func TestReadOnlyRootInitContainersParam(t *testing.T) {
	eng := engine(t, nil, policies.Options{
		Only:   []string{"K8S-POD-012"},
		Params: map[string]map[string]any{"K8S-POD-012": {"init_containers": false}},
	})
	check(t, eng, "pod/testdata/K8S-POD-012/params/pass.yaml", "K8S-POD-012", false, false)
	// The default fixture still reports the init container with the
	// parameter at its default.
	check(t, engine(t, nil, policies.Options{Only: []string{"K8S-POD-012"}}), "pod/testdata/K8S-POD-012/fail.yaml", "K8S-POD-012", false, false)
}

// K8S-IMG-003 is parameterised: the fixture test runs its cases with the
// allow-list of testdata/K8S-IMG-003/config.json; here, the same control
// without an allow-list is not applicable and reports nothing.
func TestTrustedRegistriesUnconfigured(t *testing.T) {
	without := engine(t, nil, policies.Options{Only: []string{"K8S-IMG-003"}})
	check(t, without, "image/testdata/K8S-IMG-003/unconfigured/pass.yaml", "K8S-IMG-003", false, false)
	rep, err := scan.Run(context.Background(), scan.Options{Paths: []string{"image/testdata/K8S-IMG-003/fail.yaml"}, Engine: without})
	require.NoError(t, err)
	assert.Empty(t, rep.Findings)
}

// Objects without a namespace relate only within one directory: a
// ServiceAccount of the same name in another application's directory does
// not decide K8S-SA-001 for this one.
func TestUnsetNamespaceIsScopedToTheDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
	}
	write("qdrant/embedder.yaml", `apiVersion: apps/v1
kind: Deployment
metadata:
  name: embed-docs
spec:
  selector: {matchLabels: {app: embed}}
  template:
    metadata: {labels: {app: embed}}
    spec:
      serviceAccountName: embed-docs-sa
      containers:
        - name: embed
          image: registry.example.com/embed:1.0
`)
	write("qdrant/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: embed-docs-sa\n")
	write("weaviate/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: embed-docs-sa\nautomountServiceAccountToken: false\n")
	eng := engine(t, nil, policies.Options{Only: []string{"K8S-SA-001"}})
	rep, err := scan.Run(context.Background(), scan.Options{Paths: []string{"."}, WorkDir: dir, Engine: eng})
	require.NoError(t, err)
	require.Len(t, rep.Findings, 1, "the ServiceAccount beside the Deployment leaves automount on")
	assert.Equal(t, "qdrant/embedder.yaml", rep.Findings[0].Range.File)
	assert.NotContains(t, rep.Findings[0].Message, "weaviate")
}
