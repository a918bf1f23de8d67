package report_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/score"
)

// htmlReport renders the HTML report of the score fixture
// (testdata/score) with its score and compliance views.
func htmlReport(t *testing.T) ([]byte, *score.Result) {
	t.Helper()
	rep, err := scan.Run(context.Background(), scan.Options{
		Version: "0.1.0-test",
		Paths:   []string{"."}, WorkDir: "../testdata/score",
		Policy: policies.Options{Only: []string{"AZ-AI-001", "AZ-AI-003", "AZ-ST-002", "AZ-NET-001", "K8S-POD-001", "K8S-IMG-001"}},
	})
	require.NoError(t, err)
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	sm, err := lib.ScoreModel()
	require.NoError(t, err)
	res := score.Compute(rep, sm, score.Options{})
	opts := report.HTMLOptions{Threshold: policies.Low, Score: res}
	for _, fw := range score.Frameworks {
		if c := score.ComputeCompliance(rep, sm, fw, score.Options{}); len(c.Controls) > 0 {
			opts.Compliance = append(opts.Compliance, c)
		}
	}
	var b bytes.Buffer
	require.NoError(t, report.WriteHTML(&b, rep, opts))
	return b.Bytes(), res
}

// TestHTMLSelfContained checks the page without a browser: everything is
// inline, nothing can be fetched, and the content is there without
// JavaScript.
func TestHTMLSelfContained(t *testing.T) {
	page, res := htmlReport(t)
	s := string(page)
	assert.Contains(t, s, `Content-Security-Policy" content="default-src 'none'`)
	// No external resource: no src= at all, no stylesheet link.
	assert.NotRegexp(t, `(?i)<(script|img|iframe)[^>]+src=`, s)
	assert.NotRegexp(t, `(?i)<link[^>]+stylesheet`, s)
	assert.NotContains(t, s, "@import")
	// The score, the controls, the recommendations, a compliance table and
	// every finding with its snippet are in the HTML itself.
	assert.Contains(t, s, `data-score="`+score.FormatScore(res.Score)+`"`)
	assert.Contains(t, s, "Secure management ports")
	assert.Contains(t, s, "Internet-reachable model endpoint that accepts keys")
	assert.Contains(t, s, `id="compliance-mcsb"`)
	assert.Equal(t, 7, strings.Count(s, `<details class="finding"`), "6 open findings and the suppressed or unsuppressed Job finding")
	assert.Contains(t, s, `<span class="hit"><i>82</i>`, "the snippet marks the offending line")
	assert.Contains(t, s, "Fix:</b>")
}

// TestHTMLEscapes checks that text from the scanned files is escaped.
func TestHTMLEscapes(t *testing.T) {
	page, _ := htmlReport(t)
	// The fixture's messages quote values such as "*"; nothing from them
	// may open a tag. html/template escapes quotes in text as &#34;.
	assert.NotContains(t, string(page), `<script>alert`)
	assert.Regexp(t, regexp.MustCompile(`&#34;|&quot;`), string(page))
}

// TestHTMLInChromium opens the report in headless Chromium, checks the
// rendered DOM and writes a screenshot to testdata/artifacts. CI installs
// chromium (.ci/run); elsewhere the test is skipped when it is absent.
func TestHTMLInChromium(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
	}
	page, res := htmlReport(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(file, page, 0o644))
	artifacts, err := filepath.Abs("testdata/artifacts")
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(artifacts, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(artifacts, "report.html"), page, 0o644))

	run := func(extra ...string) []byte {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
			"--user-data-dir=" + filepath.Join(dir, "profile")}, extra...)
		args = append(args, "file://"+file)
		cmd := exec.CommandContext(ctx, browser, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		require.NoError(t, err, stderr.String())
		return out
	}

	dom := string(run("--dump-dom"))
	// The script ran: the root has the js class and the filter count.
	assert.Regexp(t, `<html[^>]+class="[^"]*\bjs\b`, dom)
	assert.Contains(t, dom, "7 of 7 shown")
	assert.Contains(t, dom, `data-score="`+score.FormatScore(res.Score)+`"`)
	for _, id := range []string{"AZ-NET-001", "AZ-AI-001", "AZ-AI-003", "AZ-ST-002", "K8S-POD-001", "K8S-IMG-001"} {
		assert.Contains(t, dom, id)
	}
	assert.Contains(t, dom, "Prioritised recommendations")
	assert.Contains(t, dom, "Microsoft cloud security benchmark")

	shot := filepath.Join(artifacts, "report.png")
	_ = os.Remove(shot)
	run("--screenshot="+shot, "--window-size=1280,2000")
	info, err := os.Stat(shot)
	require.NoError(t, err, "chromium wrote no screenshot")
	assert.Greater(t, info.Size(), int64(10000), "the screenshot is not blank")
	t.Logf("screenshot: %s", shot)
}
