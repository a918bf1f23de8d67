package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/testutil/hostile"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// ownColours are the escape sequences of the text output's palette.
var ownColours = regexp.MustCompile(`\x1b\[(0|1|2|31|32|33|36|1;31|1;35)m`)

func TestHostileText(t *testing.T) {
	rep := hostile.Scan(t)
	for _, color := range []bool{false, true} {
		var b bytes.Buffer
		require.NoError(t, report.WriteText(&b, rep, report.TextOptions{Threshold: policies.Low, Color: color}))
		out := b.String()
		if color {
			assert.Contains(t, out, "\x1b[1;31m", "colour is on")
			out = ownColours.ReplaceAllString(out, "")
		}
		hostile.AssertNoUnsafe(t, out)
		hostile.AssertNoWorkflowCommand(t, out, false)
		assert.NotContains(t, out, "##[")
		assert.Contains(t, out, `\x1b[2J`, "an escape is shown, not sent")
		assert.Contains(t, out, `\u202e`, "a bidirectional override is shown")
		assert.Contains(t, out, `\x3a:error::pwned.yaml`, "a file name that would be a command is shown escaped")
	}
}

// TestTextBoundedOnMinifiedLine: a 265 KB one-line template with a
// finding per resource printed that line once per finding (2.4 GB of text
// for a real one); now each finding shows a window of it, with the marker
// under the value.
func TestTextBoundedOnMinifiedLine(t *testing.T) {
	rep := hostile.Scan(t)
	onLine := 0
	for _, f := range rep.Findings {
		if f.Range.File == "min.json" {
			onLine++
		}
	}
	require.Equal(t, hostile.MinifiedResources, onLine)
	var b bytes.Buffer
	require.NoError(t, report.WriteText(&b, rep, report.TextOptions{Threshold: policies.Low}))
	out := b.String()
	assert.Less(t, b.Len(), 1024*len(rep.Findings), "about a kilobyte per finding")

	lines := strings.Split(out, "\n")
	marked := 0
	for i := 0; i+2 < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "  min.json:1:") {
			continue
		}
		snippet, marker := lines[i+2], lines[i+3]
		require.True(t, strings.HasPrefix(snippet, "      1 | "), snippet)
		text := []rune(strings.TrimPrefix(snippet, "      1 | "))
		assert.LessOrEqual(t, len(text), display.SnippetWidth)
		assert.True(t, strings.HasPrefix(string(text), display.Ellipsis) || strings.HasPrefix(string(text), `{"$schema"`))
		m := strings.TrimPrefix(marker, "        | ")
		at := strings.IndexByte(m, '^')
		width := strings.Count(m, "^")
		require.GreaterOrEqual(t, at, 0, marker)
		assert.Equal(t, `"TLS1_0"`, string(text[at:at+width]), "the marker is under the value")
		marked++
	}
	assert.Equal(t, hostile.MinifiedResources, marked)
}

func TestHostileGitHub(t *testing.T) {
	rep := hostile.Scan(t)
	var b bytes.Buffer
	require.NoError(t, report.WriteGitHub(&b, rep, policies.Low))
	out := b.String()
	hostile.AssertNoWorkflowCommand(t, out, true)
	hostile.AssertNoUnsafe(t, out)
	assert.NotContains(t, out, "##[")
	open := 0
	for _, f := range rep.Findings {
		if f.Suppression == nil {
			open++
		}
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	assert.Len(t, lines, 1+open+len(rep.Diagnostics), "the notice, one command per finding and per diagnostic: none injected")
	assert.Contains(t, out, "file=nl\\n%3A%3Aerror file=a%3A%3Ainjected.yaml,", "a file name with a line break and colons stays one property")
	assert.Contains(t, out, "file=pct%250A%2Ccolon%3Acomma.yaml,")
}

func TestHostileMarkdown(t *testing.T) {
	rep := hostile.Scan(t)
	// Keep only the findings outside the minified template, so that all
	// fit: the hostile ones are what this test reads.
	var kept []policies.Finding
	for _, f := range rep.Findings {
		if f.Range.File != "min.json" {
			kept = append(kept, f)
		}
	}
	rep.Findings = kept
	var b bytes.Buffer
	require.NoError(t, report.WriteMarkdown(&b, rep, report.MarkdownOptions{Threshold: policies.Low, LinkBase: "https://github.com/o/r/blob/abc"}))
	out := b.String()
	require.NotContains(t, out, "more findings are not shown", "every finding fits")
	hostile.AssertNoUnsafe(t, out)
	hostile.AssertNoWorkflowCommand(t, out, false)
	assert.NotContains(t, out, "##[")
	// GitHub links, mentions and renders nothing inside code; the rest is
	// what it would render.
	text := prose(out)
	for _, live := range []string{"](https://evil", "![", "https://evil", "www.evil", "javascript:"} {
		assert.NotContains(t, text, live)
	}
	// HTML from the input is there, each "<" escaped.
	assert.NotRegexp(t, `(^|[^\\])<(img|details open|!-- hide)`, text)
	assert.NotRegexp(t, `@octocat|#1\b`, text, "no mention, no issue reference")
	assert.Equal(t, 1, strings.Count(text, "<details>"), "only posture's own HTML")
	assert.Equal(t, 1, strings.Count(text, "</details>"))
	assert.Equal(t, 1, strings.Count(text, "<!--")-strings.Count(text, `\<!--`), "posture's marker")

	rows := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "| [") {
			continue
		}
		rows++
		assert.Equal(t, 6, unescapedPipes(line), "a row keeps its five cells: %s", line)
	}
	assert.Equal(t, len(kept)-1, rows, "one row per open finding (one is suppressed)")
}

// prose returns md without its fenced code blocks and code spans.
func prose(md string) string {
	var b strings.Builder
	fence := ""
	for _, line := range strings.Split(md, "\n") {
		if fence != "" {
			if strings.TrimSpace(line) == fence {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(line, "```") {
			fence = strings.TrimRight(line, "abcdefghijklmnopqrstuvwxyz")
			continue
		}
		for i := 0; i < len(line); i++ {
			switch line[i] {
			case '\\':
				b.WriteString(line[i:min(i+2, len(line))])
				i++
			case '`':
				n := len(line[i:]) - len(strings.TrimLeft(line[i:], "`"))
				run := line[i : i+n]
				end := strings.Index(line[i+n:], run)
				for end >= 0 && i+n+end+n < len(line) && line[i+n+end+n] == '`' {
					next := strings.Index(line[i+n+end+n:], run)
					if next < 0 {
						end = -1
						break
					}
					end += n + next
				}
				if end < 0 {
					b.WriteString(run)
				} else {
					i += n + end
				}
				i += n - 1
			default:
				b.WriteByte(line[i])
			}
		}
		b.WriteByte('\n')
	}
	// Nor in the target of posture's links.
	return linkTarget.ReplaceAllString(b.String(), "$1]")
}

var linkTarget = regexp.MustCompile(`([^\\])\]\([^)]*\)`)

func unescapedPipes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

func TestHostileJUnit(t *testing.T) {
	rep := hostile.Scan(t)
	var b bytes.Buffer
	require.NoError(t, report.WriteJUnit(&b, rep, policies.Low))
	out := b.String()
	hostile.AssertNoWorkflowCommand(t, out, false)
	assert.NotContains(t, out, "##[")

	// The file parses, and what it says holds no control character.
	dec := xml.NewDecoder(strings.NewReader(out))
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.CharData:
			text.Write(tok)
		case xml.StartElement:
			for _, a := range tok.Attr {
				text.WriteString(a.Value + "\n")
			}
		}
	}
	hostile.AssertNoUnsafe(t, text.String())
	assert.Contains(t, text.String(), "::error::pwned.yaml:", "character references keep the content")
	var doc struct {
		Failures int `xml:"failures,attr"`
	}
	require.NoError(t, xml.Unmarshal(b.Bytes(), &doc))
	assert.Positive(t, doc.Failures)
}

func TestHostileHTML(t *testing.T) {
	rep := hostile.Scan(t)
	var b bytes.Buffer
	require.NoError(t, report.WriteHTML(&b, rep, report.HTMLOptions{Threshold: policies.Low}))
	out := b.String()
	hostile.AssertNoUnsafe(t, out)
	hostile.AssertNoWorkflowCommand(t, out, false)
	for _, live := range []string{"<img", "<details open", "<!-- hide", `href="javascript`, "##["} {
		assert.NotContains(t, out, live)
	}
	assert.Equal(t, len(rep.Findings), strings.Count(out, `<details class="finding"`), "the page keeps its structure")
	assert.Less(t, b.Len(), 4096*len(rep.Findings), "snippets are windows of the minified line")
}

func TestHostileJSON(t *testing.T) {
	rep := hostile.Scan(t)
	var b bytes.Buffer
	require.NoError(t, report.WriteJSON(&b, rep, policies.Low, nil))
	assert.NotContains(t, b.String(), "##[")
	var doc struct {
		Findings []struct {
			Message  string `json:"message"`
			Location struct {
				File string `json:"file"`
			} `json:"location"`
		} `json:"findings"`
		Diagnostics []struct {
			Message string `json:"message"`
		} `json:"diagnostics"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &doc))
	files := map[string]bool{}
	for _, f := range doc.Findings {
		hostile.AssertNoUnsafe(t, f.Message)
		assert.LessOrEqual(t, utf8.RuneCountInString(f.Message), 6*display.MaxMessage)
		files[f.Location.File] = true
	}
	for _, name := range hostile.FileNames {
		assert.True(t, files[name], "file names stay exact for tools: %q", name)
	}
	for _, d := range doc.Diagnostics {
		for _, line := range strings.Split(d.Message, "\n") {
			hostile.AssertNoUnsafe(t, line)
		}
	}
}

// TestHostileMessagesBounded: a message quoting a huge value shows at most
// MaxQuote characters of it, in every format.
func TestHostileMessagesBounded(t *testing.T) {
	rep := hostile.Scan(t)
	for _, f := range rep.Findings {
		if f.Suppression == nil {
			rep.Findings = []policies.Finding{f}
			break
		}
	}
	rep.Findings[0].Message = `Container "` + strings.Repeat("v", 1<<20) + `" is bad.`
	rep.Findings[0].ResourceID = strings.Repeat("r", 1<<20)
	writers := map[string]func(io.Writer, *result.Report) error{
		"text":     func(w io.Writer, r *result.Report) error { return report.WriteText(w, r, report.TextOptions{}) },
		"github":   func(w io.Writer, r *result.Report) error { return report.WriteGitHub(w, r, policies.Low) },
		"markdown": func(w io.Writer, r *result.Report) error { return report.WriteMarkdown(w, r, report.MarkdownOptions{}) },
		"junit":    func(w io.Writer, r *result.Report) error { return report.WriteJUnit(w, r, policies.Low) },
		"html":     func(w io.Writer, r *result.Report) error { return report.WriteHTML(w, r, report.HTMLOptions{}) },
		"json":     func(w io.Writer, r *result.Report) error { return report.WriteJSON(w, r, policies.Low, nil) },
	}
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, write(&b, rep))
			assert.NotContains(t, b.String(), strings.Repeat("v", display.MaxQuote))
			assert.Contains(t, b.String(), strings.Repeat("v", display.MaxQuote-1)+display.Ellipsis)
			if name != "json" { // tools match resources by their exact id
				assert.NotContains(t, b.String(), strings.Repeat("r", display.MaxQuote))
			}
		})
	}
}
