package report_test

import (
	"bytes"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
)

func TestMarkdownGolden(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	// One suppressed and one baseline finding for the footer.
	rep.Findings[0].Suppression = &policies.Suppression{Kind: "inline", Reason: "accepted"}
	rep.Findings[1].Suppression = &policies.Suppression{Kind: "baseline", Reason: "recorded in the baseline"}
	var b bytes.Buffer
	require.NoError(t, report.WriteMarkdown(&b, rep, report.MarkdownOptions{Threshold: policies.Low, LinkBase: "https://github.com/o/r/blob/abc123"}))
	testutil.Golden(t, "testdata/scan.md", b.Bytes())
	out := b.String()
	assert.Contains(t, out, "### posture: 2 new findings")
	assert.Regexp(t, `\[main\.tf:9\]\(https://github\.com/o/r/blob/abc123/(\S+/)?main\.tf#L9\)`, out)
	assert.Contains(t, out, "1 suppressed · 1 in the baseline")
	assert.NotContains(t, out, "K8S-POD-001", "suppressed findings are not listed")
}

func TestMarkdownNoFindings(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	rep.Findings = nil
	var b bytes.Buffer
	require.NoError(t, report.WriteMarkdown(&b, rep, report.MarkdownOptions{}))
	assert.Contains(t, b.String(), "no new findings")
	assert.NotContains(t, b.String(), "| Location |")
}

func TestMarkdownFitsTheCommentLimit(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	base := rep.Findings
	rep.Findings = nil
	for i := 0; i < 2000; i++ {
		f := base[i%len(base)]
		f.Message = strings.Repeat("a long message with <html> and | pipes ", 4)
		rep.Findings = append(rep.Findings, f)
	}
	tests := []struct {
		name  string
		limit int
	}{
		{"github's limit", 0},
		{"a small limit", 4000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, report.WriteMarkdown(&b, rep, report.MarkdownOptions{Limit: tc.limit}))
			limit := tc.limit
			if limit == 0 {
				limit = report.CommentLimit
			}
			n := utf8.RuneCount(b.Bytes())
			assert.LessOrEqual(t, n, limit)
			assert.Greater(t, n, limit/2, "truncation keeps as much as fits")
			assert.Contains(t, b.String(), "more findings are not shown: the comment would exceed GitHub's size limit")
			assert.Contains(t, b.String(), "<sub>posture", "the footer survives")
			assert.NotContains(t, b.String(), "<html>", "HTML in messages is escaped")
		})
	}
}

func TestGitHubGolden(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	var b bytes.Buffer
	require.NoError(t, report.WriteGitHub(&b, rep, policies.High))
	testutil.Golden(t, "testdata/scan.github", b.Bytes())
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 5, "4 findings and 1 diagnostic, one command each")
	for _, l := range lines {
		assert.Regexp(t, `^::(error|warning|notice) file=[^:,]+,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?,title=[^:]*::[^\n]*$`, l)
	}
	assert.Regexp(t, `::warning file=(\S+/)?deploy.yaml,line=15,`, b.String(), "medium is below the high threshold")
}

// TestGitHubAnnotationLimit: GitHub shows ten annotations of each level
// per step; the most severe come first and a notice says more were written.
func TestGitHubAnnotationLimit(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	base := rep.Findings
	rep.Findings = nil
	for i := 0; i < 12; i++ {
		for _, f := range base {
			f.Range.Start.Line += i * 100
			rep.Findings = append(rep.Findings, f)
		}
	}
	var b bytes.Buffer
	require.NoError(t, report.WriteGitHub(&b, rep, policies.Medium))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 2+len(rep.Findings), "the notice, the input error and every finding")
	assert.True(t, strings.HasPrefix(lines[0], "::notice title=posture%3A more annotations than GitHub shows::This step wrote 49 error annotations;"), lines[0])
	assert.Contains(t, lines[1], "title=posture%3A input problem", "a file that was not scanned comes first")
	var severities []string
	for _, l := range lines[2:12] {
		severities = append(severities, regexp.MustCompile(`title=([A-Z0-9-]+)`).FindStringSubmatch(l)[1])
	}
	for _, f := range base {
		if f.Severity < policies.High {
			assert.NotContains(t, severities, f.RuleID, "the first ten are the most severe")
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	rep.Diagnostics = nil
	rep.Findings = rep.Findings[:1]
	f := &rep.Findings[0]
	f.Message = "100% bad:\r\nsecond, line"
	f.Rule = &policies.Rule{ID: f.RuleID, Title: "a: b, c%"}
	f.Range = parser.Range{File: "dir,x/a:b.yaml", Start: parser.Pos{Line: 3, Column: 2}, End: parser.Pos{Line: 3, Column: 5}}
	var b bytes.Buffer
	require.NoError(t, report.WriteGitHub(&b, rep, policies.Low))
	prefix := strings.TrimSuffix(rep.RepoPath("x"), "x")
	// A line break from the input is shown, not kept: only posture's own
	// (before "Resource:") become %0A.
	assert.Equal(t, "::error file="+prefix+"dir%2Cx/a%3Ab.yaml,line=3,col=2,endLine=3,endColumn=5,title="+f.RuleID+"%3A a%3A b%2C c%25::100%25 bad:\\r\\nsecond, line%0AResource: "+f.ResourceID+"\n", b.String())
}

func TestJUnit(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	rep.Findings[1].Suppression = &policies.Suppression{Kind: "inline", Reason: "accepted"}
	var b bytes.Buffer
	require.NoError(t, report.WriteJUnit(&b, rep, policies.High))
	testutil.Golden(t, "testdata/scan.junit.xml", b.Bytes())

	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Skipped  int `xml:"skipped,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
				Skipped *struct {
					Message string `xml:"message,attr"`
				} `xml:"skipped"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(b.Bytes(), &doc), "valid XML")
	assert.Equal(t, 2, doc.Failures, "AZ-AI-003 and AZ-ST-002 are high: failures")
	assert.Equal(t, 2, doc.Skipped, "the suppressed critical finding and the medium one below the threshold")
	assert.GreaterOrEqual(t, doc.Tests, 4)
	assert.Len(t, doc.Suites, 4, "one suite per rule")
}
