package report_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
)

// reviewdogVersion is the reviewdog the rdjson output is checked with.
const reviewdogVersion = "v0.21.0"

var (
	reviewdogOnce sync.Once
	reviewdogBin  string
	reviewdogErr  error
)

// reviewdog builds reviewdog once per test binary, from the Go module
// proxy, outside this module so that its dependencies stay its own.
func reviewdog(t *testing.T) string {
	reviewdogOnce.Do(func() {
		dir, err := os.MkdirTemp("", "posture-reviewdog-")
		if err != nil {
			reviewdogErr = err
			return
		}
		cmd := exec.Command("go", "install", "github.com/reviewdog/reviewdog/cmd/reviewdog@"+reviewdogVersion)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOFLAGS=", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			reviewdogErr = &buildError{err: err, out: string(out)}
			return
		}
		reviewdogBin = filepath.Join(dir, "reviewdog")
	})
	if reviewdogErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("building reviewdog %s: %v", reviewdogVersion, reviewdogErr)
		}
		t.Skipf("reviewdog %s cannot be built here (CI builds it): %v", reviewdogVersion, reviewdogErr)
	}
	return reviewdogBin
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// TestRDJSONInReviewdog feeds the rdjson output to the real reviewdog:
// the local reporter must list every diagnostic, and reviewdog's own
// rdjsonl reporter must hand on every suggestion, unchanged, so that a
// pull-request reporter posts it as a suggested change.
func TestRDJSONInReviewdog(t *testing.T) {
	bin := reviewdog(t)
	rep := testutil.ScanScenario(t, "../testdata/scan")
	var b bytes.Buffer
	require.NoError(t, report.WriteRDJSON(&b, rep, policies.Low))

	var ours struct {
		Diagnostics []struct {
			Message string `json:"message"`
			Code    struct {
				Value string `json:"value"`
			} `json:"code"`
			Location struct {
				Path  string `json:"path"`
				Range struct {
					Start struct{ Line, Column int } `json:"start"`
				} `json:"range"`
			} `json:"location"`
			Suggestions []struct {
				Text string `json:"text"`
			} `json:"suggestions"`
		} `json:"diagnostics"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &ours))
	var texts []string
	for _, d := range ours.Diagnostics {
		for _, s := range d.Suggestions {
			texts = append(texts, s.Text)
		}
	}
	require.NotEmpty(t, ours.Diagnostics)
	suggested := 0
	for _, d := range ours.Diagnostics {
		suggested += len(d.Suggestions)
	}
	require.NotZero(t, suggested, "the scenario has no finding with a fix")

	run := func(reporter string) string {
		cmd := exec.Command(bin, "-f=rdjson", "-reporter="+reporter, "-filter-mode=nofilter", "-fail-level=none")
		cmd.Stdin = bytes.NewReader(b.Bytes())
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		require.NoError(t, cmd.Run(), "reviewdog -reporter=%s: %s", reporter, stderr.String())
		return stdout.String()
	}

	// For rdjson input the local reporter prints each diagnostic as it
	// read it, suggestions included.
	local := run("local")
	for _, d := range ours.Diagnostics {
		assert.Contains(t, local, `code:{value:"`+d.Code.Value+`"`, "reviewdog lists the diagnostic")
		assert.Contains(t, local, `path:"`+d.Location.Path+`"`)
	}
	assert.Equal(t, suggested, strings.Count(local, "suggestions:{"), "reviewdog reports every suggestion:\n%s", local)

	var handed []string
	sc := bufio.NewScanner(strings.NewReader(run("rdjsonl")))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d struct {
			Code struct {
				Value string `json:"value"`
			} `json:"code"`
			Suggestions []struct {
				Range struct {
					Start struct{ Line, Column int } `json:"start"`
					End   struct{ Line, Column int } `json:"end"`
				} `json:"range"`
				Text string `json:"text"`
			} `json:"suggestions"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		for _, s := range d.Suggestions {
			handed = append(handed, s.Text)
			assert.NotZero(t, s.Range.Start.Line, d.Code.Value)
			assert.GreaterOrEqual(t, s.Range.End.Line, s.Range.Start.Line, d.Code.Value)
		}
	}
	assert.Equal(t, texts, handed, "reviewdog hands on every suggestion unchanged")
}

// TestRDJSONSuggestionsApply checks that replacing each suggestion's
// lines by its text makes the file that fix.Apply makes.
func TestRDJSONSuggestionsApply(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	var b bytes.Buffer
	require.NoError(t, report.WriteRDJSON(&b, rep, policies.Low))
	var out struct {
		Diagnostics []struct {
			Code struct {
				Value string `json:"value"`
			} `json:"code"`
			Location struct {
				Path string `json:"path"`
			} `json:"location"`
			Suggestions []struct {
				Range struct {
					Start struct{ Line int } `json:"start"`
					End   struct{ Line int } `json:"end"`
				} `json:"range"`
				Text string `json:"text"`
			} `json:"suggestions"`
		} `json:"diagnostics"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &out))
	fixes := map[string][]*policies.Fix{}
	for i := range rep.Findings {
		if f := &rep.Findings[i]; f.Fix != nil && f.Suppression == nil {
			fixes[f.RuleID] = append(fixes[f.RuleID], f.Fix)
		}
	}
	checked := 0
	for _, d := range out.Diagnostics {
		for _, s := range d.Suggestions {
			fx := fixes[d.Code.Value][0]
			fixes[d.Code.Value] = fixes[d.Code.Value][1:]
			name := fx.Edits[0].Range.File
			src, ok := rep.SourceBytes(name)
			require.True(t, ok)
			want := fix.Apply(map[string][]byte{name: src}, []*policies.Fix{fx}).Files[name]
			lines := strings.Split(string(src), "\n")
			got := append(append(append([]string{}, lines[:s.Range.Start.Line-1]...), strings.Split(s.Text, "\n")...), lines[s.Range.End.Line:]...)
			assert.Equal(t, string(want), strings.Join(got, "\n"), d.Code.Value)
			checked++
		}
	}
	assert.NotZero(t, checked)
}
