package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
	"github.com/posture-dev/posture/score"
)

//go:embed templates/report.html.tmpl
var htmlTemplate string

// HTMLOptions is what the HTML report shows besides the scan.
type HTMLOptions struct {
	Threshold policies.Severity
	// Score and Compliance are computed by the caller (they need the
	// policy library's score model); nil leaves their sections out.
	Score      *score.Result
	Compliance []*score.Compliance
	// Top is how many recommendations to show (0: 10).
	Top int
}

type htmlFinding struct {
	RuleID, Title, Severity, Status, Message      string
	Resource, ResourceType, Provider, File, Fix   string
	Line                                          int
	Snippet                                       []snippetLine
	Service, Suppressed, HelpURI, Attribute, Note string
}

type snippetLine struct {
	N    int
	Text string
	Hit  bool
}

type countBar struct {
	Name  string
	Count int
	Pct   float64
	Class string
}

type htmlData struct {
	Tool, Version      string
	Summary            Summary
	Score              *score.Result
	ScoreText          string
	Gauge              gauge
	Controls           []controlBar
	Recommendations    []score.Recommendation
	MoreRecommendation int
	Compliance         []*score.Compliance
	Findings           []htmlFinding
	BySeverity         []countBar
	ByService          []countBar
	Providers, Files   []string
	Severities         []string
	Diagnostics        int
}

type gauge struct {
	Dash, Gap float64
	Color     string
}

type controlBar struct {
	score.ControlScore
	Pct   float64
	Label string
	Class string
}

// WriteHTML renders rep as one self-contained HTML page: inline CSS, a
// little inline JavaScript for the filters, no request when it is opened
// (a Content-Security-Policy forbids any), and everything readable with
// JavaScript off. All text goes through html/template's escaping, and
// text from the input through package display first.
func WriteHTML(w io.Writer, rep *result.Report, opts HTMLOptions) error {
	t, err := htmlPage()
	if err != nil {
		return err
	}
	d := htmlData{Tool: rep.Tool, Version: rep.Version, Summary: Summarize(rep, opts.Threshold), Score: opts.Score,
		Compliance: opts.Compliance, Diagnostics: len(rep.Diagnostics),
		Severities: []string{"critical", "high", "medium", "low"}}
	if opts.Score != nil {
		d.addScore(opts.Score, opts.Top)
	}
	d.addFindings(rep)
	var b strings.Builder
	if err := t.Execute(&b, d); err != nil {
		return err
	}
	_, err = io.WriteString(w, display.XMLGuard.String(b.String()))
	return err
}

// htmlPage parses the page template with the functions it calls.
func htmlPage() (*template.Template, error) {
	t, err := template.New("report").Funcs(template.FuncMap{
		"pct":   func(f float64) string { return fmt.Sprintf("%.0f", f) },
		"num":   func(f float64) string { return fmt.Sprintf("%.2f", f) },
		"plus":  func(f float64) string { return fmt.Sprintf("+%.1f", f) },
		"lower": strings.ToLower,
		"join":  strings.Join,
		"inc":   func(i int) int { return i + 1 },
		// html/template escapes markup; these show controls and
		// bidirectional characters from the input, and bound its names.
		"text":  display.Text,
		"value": display.Value,
	}).Parse(htmlTemplate)
	if err != nil {
		return nil, fmt.Errorf("html template: %w", err)
	}
	return t, nil
}

// addScore fills the score section: the gauge, one bar per control that
// has resources, and the top recommendations (10 when top is 0).
func (d *htmlData) addScore(s *score.Result, top int) {
	d.ScoreText = "n/a"
	if s.Applicable {
		d.ScoreText = score.FormatScore(s.Score)
	}
	// The gauge is an SVG circle of radius 52: circumference 2π·52.
	const circ = 2 * math.Pi * 52
	d.Gauge = gauge{Dash: circ * s.Score / 100, Gap: circ, Color: scoreColor(s.Score)}
	for _, c := range s.Controls {
		if c.Healthy+c.Unhealthy+c.NotApplicable == 0 {
			continue
		}
		b := controlBar{ControlScore: c, Pct: c.Percentage(), Label: "n/a", Class: "na"}
		if b.Pct >= 0 {
			b.Label = fmt.Sprintf("%.0f%%", b.Pct)
			b.Class = barClass(b.Pct)
		} else {
			b.Pct = 0
		}
		d.Controls = append(d.Controls, b)
	}
	if top <= 0 {
		top = 10
	}
	d.Recommendations = s.Recommendations
	if len(d.Recommendations) > top {
		d.MoreRecommendation = len(d.Recommendations) - top
		d.Recommendations = d.Recommendations[:top]
	}
}

// addFindings fills the findings table, unsuppressed and most severe
// first, the filters' choices (providers, files), and the bars counting
// the failures that count by severity and by service.
func (d *htmlData) addFindings(rep *result.Report) {
	sevCount := map[string]int{}
	svcCount := map[string]int{}
	provs, files := map[string]bool{}, map[string]bool{}
	src := newSources(rep)
	for i := range rep.Findings {
		f := &rep.Findings[i]
		hf := newHTMLFinding(src, f)
		d.Findings = append(d.Findings, hf)
		if f.Suppression == nil && f.Status == policies.StatusFail {
			sevCount[hf.Severity]++
			svcCount[hf.Service]++
		}
		provs[hf.Provider] = true
		files[hf.File] = true
	}
	sortHTMLFindings(d.Findings)
	maxSev := 0
	for _, s := range d.Severities {
		maxSev = max(maxSev, sevCount[s])
	}
	for _, s := range d.Severities {
		d.BySeverity = append(d.BySeverity, countBar{Name: s, Count: sevCount[s], Pct: share(sevCount[s], maxSev), Class: "sev-" + s})
	}
	d.ByService = serviceBars(svcCount)
	d.Providers = keys(provs)
	d.Files = keys(files)
}

// newHTMLFinding is a finding as the page shows it, every text from the
// input made displayable.
func newHTMLFinding(src *sources, f *policies.Finding) htmlFinding {
	hf := htmlFinding{RuleID: display.Value(f.RuleID), Severity: f.Severity.String(), Status: string(f.Status),
		Message: display.Message(f.Message), Resource: display.Value(f.ResourceID), ResourceType: display.Value(f.ResourceType),
		Provider: display.Value(string(f.Provider)), File: display.Text(f.Range.File), Line: f.Range.Start.Line,
		Service: display.Value(service(f.RuleID)), Attribute: display.Value(f.Attribute)}
	if f.Rule != nil {
		hf.Title = display.Value(f.Rule.Title)
		hf.Fix = display.Text(fixText(f))
		hf.HelpURI = f.Rule.HelpURI
	}
	if f.Suppression != nil {
		hf.Suppressed = f.Suppression.Kind
		if f.Suppression.Reason != "" {
			hf.Suppressed += ": " + display.Value(f.Suppression.Reason)
		}
	}
	if f.Status == policies.StatusReview {
		hf.Note = "not evaluated: a value is unknown"
	}
	hf.Snippet = htmlSnippet(src, f.Range)
	return hf
}

// sortHTMLFindings orders the table: unsuppressed findings first, then
// by severity (most severe first), file and line.
func sortHTMLFindings(fs []htmlFinding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		sa, _ := policies.ParseSeverity(a.Severity)
		sb, _ := policies.ParseSeverity(b.Severity)
		if (a.Suppressed == "") != (b.Suppressed == "") {
			return a.Suppressed == ""
		}
		if sa != sb {
			return sa > sb
		}
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
}

// serviceBars are the failures per service, most first, each bar's length
// relative to the largest.
func serviceBars(counts map[string]int) []countBar {
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	var out []countBar
	for name, n := range counts {
		out = append(out, countBar{Name: name, Count: n, Pct: share(n, most), Class: "svc"})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// htmlSnippet is the line at r with the lines around it. On a long line
// it shows the window around the value, and the lines around from the
// same character on.
func htmlSnippet(src *sources, r parser.Range) []snippetLine {
	n := r.Start.Line
	hit := src.line(r.File, n)
	if hit == nil {
		return nil
	}
	from, text := 0, hit.Slice(0, display.SnippetWidth)
	if win, _, ok := src.snippet(r); ok {
		from, text = win.From, win.Text
	}
	var out []snippetLine
	if l := src.line(r.File, n-1); l != nil && l.Len() > 0 {
		out = append(out, snippetLine{N: n - 1, Text: l.Slice(from, display.SnippetWidth)})
	}
	out = append(out, snippetLine{N: n, Text: text, Hit: true})
	if l := src.line(r.File, n+1); l != nil && l.Len() > 0 {
		out = append(out, snippetLine{N: n + 1, Text: l.Slice(from, display.SnippetWidth)})
	}
	return out
}

// service is a rule's service: its id without the number (AZ-AI-001 →
// AZ-AI).
func service(id string) string {
	if i := strings.LastIndex(id, "-"); i > 0 {
		return id[:i]
	}
	return id
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func scoreColor(s float64) string {
	switch {
	case s >= 80:
		return "#1a7f37"
	case s >= 50:
		return "#bf8700"
	default:
		return "#cf222e"
	}
}

func barClass(p float64) string {
	switch {
	case p >= 80:
		return "good"
	case p >= 50:
		return "fair"
	default:
		return "poor"
	}
}
