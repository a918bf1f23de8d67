package report

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// The Reviewdog Diagnostic Format (rdjson), from reviewdog's
// proto/rdf/reviewdog.proto. Columns count UTF-8 bytes; ranges are
// half-open; a range with lines only is whole lines.
type rdResult struct {
	Source      rdSource       `json:"source"`
	Diagnostics []rdDiagnostic `json:"diagnostics"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type rdDiagnostic struct {
	Message          string         `json:"message"`
	Location         rdLocation     `json:"location"`
	Severity         string         `json:"severity"`
	Code             *rdCode        `json:"code,omitempty"`
	Suggestions      []rdSuggestion `json:"suggestions,omitempty"`
	RelatedLocations []rdRelated    `json:"related_locations,omitempty"`
}

type rdLocation struct {
	Path  string   `json:"path"`
	Range *rdRange `json:"range,omitempty"`
}

type rdRange struct {
	Start rdPosition  `json:"start"`
	End   *rdPosition `json:"end,omitempty"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column,omitempty"`
}

type rdCode struct {
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type rdSuggestion struct {
	Range rdRange `json:"range"`
	Text  string  `json:"text"`
}

type rdRelated struct {
	Message  string     `json:"message"`
	Location rdLocation `json:"location"`
}

// rdSourceURL is where a reader of a review comment learns what posture
// is.
const rdSourceURL = "https://github.com/posture-dev/posture"

// maxSuggestionLines bounds a suggestion: a fix is a setting or two, and
// a review comment replacing more lines is no longer a suggestion one
// reads.
const maxSuggestionLines = 40

// WriteRDJSON renders the open findings as reviewdog's diagnostic result
// (reviewdog -f=rdjson). A finding with a fix carries it as a
// suggestion: the whole lines the fix changes, with their new text, so
// that reviewdog can post it as a suggested change on those lines of a
// pull request (GitHub requires a suggestion to cover the lines of its
// comment, so the diagnostic is placed on them). A fix made in another
// file than the finding's (a parameter's value) is reported there.
func WriteRDJSON(w io.Writer, rep *result.Report, threshold policies.Severity) error {
	out := rdResult{Source: rdSource{Name: "posture", URL: rdSourceURL}, Diagnostics: []rdDiagnostic{}}
	idx := newLineIndexes(rep)
	cols := &byteColumns{idx: idx}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppression != nil || f.Status != policies.StatusFail {
			continue
		}
		d := rdDiagnostic{
			Message:  display.Message(f.Message),
			Location: rdLocation{Path: rep.RepoPath(f.Range.File), Range: cols.rng(f.Range)},
			Severity: rdSeverity(f, threshold),
			Code:     &rdCode{Value: f.RuleID},
		}
		if f.Rule != nil {
			d.Code.URL = f.Rule.HelpURI
			if fix := f.Rule.RemediationFor(string(f.Format)); fix != "" {
				d.Message += "\nFix: " + display.Text(display.Bound(fix))
			}
		}
		for _, r := range f.Related {
			d.RelatedLocations = append(d.RelatedLocations, rdRelated{
				Message:  "The value comes from here.",
				Location: rdLocation{Path: rep.RepoPath(r.File), Range: cols.rng(r)},
			})
		}
		if f.Fix != nil {
			if file, s, ok := suggestion(rep, idx, f.Fix); ok {
				if file != f.Range.File {
					d.Message += "\nThe value is set in " + display.Text(rep.RepoPath(file)) + "; the suggestion changes it there."
				}
				d.Location = rdLocation{Path: rep.RepoPath(file), Range: &rdRange{Start: s.Range.Start, End: s.Range.End}}
				d.Suggestions = []rdSuggestion{s}
			}
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, display.JSONGuard.String(b.String()))
	return err
}

func rdSeverity(f *policies.Finding, threshold policies.Severity) string {
	switch {
	case Failing(f, threshold):
		return "ERROR"
	case f.Severity >= policies.Medium:
		return "WARNING"
	}
	return "INFO"
}

// suggestion is a fix as one line-based suggestion: the lines its edits
// touch and their text after it. A fix whose edits span several files
// or too many lines has none; the report still names the fix.
func suggestion(rep *result.Report, idx *lineIndexes, fx *policies.Fix) (string, rdSuggestion, bool) {
	if len(fx.Edits) == 0 {
		return "", rdSuggestion{}, false
	}
	file := fx.Edits[0].Range.File
	for _, e := range fx.Edits {
		if e.Range.File != file {
			return "", rdSuggestion{}, false
		}
	}
	first, before, after, ok := fixRegion(rep, idx, file, fx.Edits)
	if !ok {
		return "", rdSuggestion{}, false
	}
	last := first + strings.Count(before, "\n")
	if last-first >= maxSuggestionLines {
		return "", rdSuggestion{}, false
	}
	return file, rdSuggestion{
		Range: rdRange{Start: rdPosition{Line: first}, End: &rdPosition{Line: last}},
		Text:  strings.ReplaceAll(after, "\r\n", "\n"),
	}, true
}

// editLines returns the first and last lines the edits touch; an edit
// ending at the start of a line (it took the line break before) does not
// touch that line.
func editLines(edits []policies.Edit) (first, last int) {
	first = edits[0].Range.Start.Line
	for _, e := range edits {
		end := e.Range.End.Line
		if e.Range.End.Column == 1 && end > e.Range.Start.Line {
			end--
		}
		first, last = min(first, e.Range.Start.Line), max(last, end)
	}
	return first, last
}

// byteColumns converts posture's positions (columns in code points) to
// reviewdog's (columns in UTF-8 bytes).
type byteColumns struct {
	idx *lineIndexes
}

func (c *byteColumns) rng(r parser.Range) *rdRange {
	if r.Start.Line == 0 {
		return nil
	}
	out := &rdRange{Start: c.pos(r.File, r.Start)}
	if r.End.Line > 0 {
		end := c.pos(r.File, r.End)
		out.End = &end
	}
	return out
}

func (c *byteColumns) pos(file string, p parser.Pos) rdPosition {
	x, _, ok := c.idx.of(file)
	if !ok || p.Column == 0 {
		return rdPosition{Line: p.Line, Column: p.Column}
	}
	start, _ := x.LineSpan(p.Line)
	return rdPosition{Line: p.Line, Column: x.Offset(p.Line, p.Column) - start + 1}
}
