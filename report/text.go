package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// TextOptions tune the text output.
type TextOptions struct {
	Threshold policies.Severity
	// Color writes ANSI colours; the command enables it only on a terminal
	// and when NO_COLOR is unset.
	Color bool
}

type palette struct{ on bool }

func (p palette) wrap(code, s string) string {
	if !p.on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) severity(s policies.Severity, text string) string {
	switch s {
	case policies.Critical:
		return p.wrap("1;35", text)
	case policies.High:
		return p.wrap("1;31", text)
	case policies.Medium:
		return p.wrap("33", text)
	default:
		return p.wrap("36", text)
	}
}

func (p palette) dim(s string) string  { return p.wrap("2", s) }
func (p palette) bold(s string) string { return p.wrap("1", s) }

// WriteText renders rep for a person at a terminal: findings grouped by
// file, each with its position, severity, rule, message, the offending
// source line (the part of it around the value, on a long line) with a
// marker under the value, and the fix; then the input problems and a
// summary. Text from the scanned files is shown through package display:
// it cannot move the cursor, recolour, or reorder the report.
func WriteText(w io.Writer, rep *result.Report, opts TextOptions) error {
	p := palette{opts.Color}
	src := newSources(rep)
	var b strings.Builder
	file := ""
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppression != nil {
			continue
		}
		if f.Range.File != file {
			if file != "" {
				b.WriteString("\n")
			}
			file = f.Range.File
			b.WriteString(p.bold(display.Text(file)) + "\n")
		}
		sev := f.Severity.String()
		if f.Status == policies.StatusReview {
			sev = "review"
		}
		title := ""
		if f.Rule != nil {
			title = f.Rule.Title
		}
		fmt.Fprintf(&b, "  %s:%d:%d  %s  %s  %s\n", display.Text(f.Range.File), f.Range.Start.Line, f.Range.Start.Column,
			p.severity(f.Severity, fmt.Sprintf("%-8s", sev)), p.bold(display.Value(f.RuleID)), display.Value(title))
		fmt.Fprintf(&b, "      %s\n", display.Message(f.Message))
		writeSnippet(&b, p, src, f.Range)
		if fix := fixText(f); fix != "" {
			fmt.Fprintf(&b, "      %s %s\n", p.wrap("32", "fix:"), display.Text(fix))
		}
		if f.Fix != nil && f.Suppression == nil {
			// The edit itself, so a reader knows one command applies it.
			fmt.Fprintf(&b, "      %s %s\n", p.wrap("32", "posture fix:"), display.Message(f.Fix.Description))
		}
		fmt.Fprintf(&b, "      %s\n", p.dim("resource: "+display.Value(f.ResourceID)))
		for _, rel := range f.Related {
			fmt.Fprintf(&b, "      %s\n", p.dim("value from: "+display.Text(rel.String())))
		}
	}
	if len(rep.Diagnostics) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.bold("Input problems") + "\n")
		for _, d := range rep.Diagnostics {
			fmt.Fprintf(&b, "  %s  %s  %s\n", display.Text(d.Range.String()), diagLabel(p, d.Severity),
				strings.Join(display.MessageLines(d.Message), "\n      "))
		}
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	b.WriteString(summaryLine(p, rep, Summarize(rep, opts.Threshold)))
	_, err := io.WriteString(w, display.TextGuard.String(b.String()))
	return err
}

// writeSnippet writes the source line at r, cut to a window around the
// value on a long line, and a marker under the value.
func writeSnippet(b *strings.Builder, p palette, src *sources, r parser.Range) {
	win, _, ok := src.snippet(r)
	if !ok {
		return
	}
	num := strconv.Itoa(r.Start.Line)
	fmt.Fprintf(b, "      %s %s %s\n", p.dim(num), p.dim("|"), win.Text)
	fmt.Fprintf(b, "      %s %s %s%s\n", strings.Repeat(" ", len(num)), p.dim("|"),
		strings.Repeat(" ", win.Mark), p.wrap("31", strings.Repeat("^", win.MarkWidth)))
}

// fixText is a finding's fix on one line, bounded: the rules of a custom
// policy directory are input too. "" when the rule has none.
func fixText(f *policies.Finding) string {
	if f.Rule == nil {
		return ""
	}
	return display.Clip(oneLine(f.Rule.RemediationFor(string(f.Format))), display.MaxMessage)
}

func diagLabel(p palette, s parser.DiagSeverity) string {
	switch s {
	case parser.DiagError:
		return p.wrap("1;31", "error  ")
	case parser.DiagWarning:
		return p.wrap("33", "warning")
	default:
		return p.dim("note   ")
	}
}

func summaryLine(p palette, rep *result.Report, s Summary) string {
	var b strings.Builder
	if s.Findings == 0 {
		b.WriteString(p.wrap("32", "No findings"))
	} else {
		fmt.Fprintf(&b, "%s: ", p.bold(plural(s.Findings, "finding")))
		var parts []string
		for _, sev := range []policies.Severity{policies.Critical, policies.High, policies.Medium, policies.Low} {
			if n := s.BySeverity[sev.String()]; n > 0 {
				parts = append(parts, p.severity(sev, fmt.Sprintf("%d %s", n, sev)))
			}
		}
		b.WriteString(strings.Join(parts, ", "))
		if s.Failing != s.Findings {
			fmt.Fprintf(&b, " (%d at or above %s)", s.Failing, s.Threshold)
		}
	}
	fmt.Fprintf(&b, " in %s, %s, %s", plural(s.Files, "file"), plural(s.Resources, "resource"), plural(s.Rules, "rule"))
	if s.Suppressed > 0 {
		fmt.Fprintf(&b, "; %d suppressed", s.Suppressed)
	}
	if s.Baseline > 0 {
		fmt.Fprintf(&b, "; %d in the baseline", s.Baseline)
	}
	if s.Review > 0 {
		fmt.Fprintf(&b, "; %d not evaluated (unknown values)", s.Review)
	}
	if s.Diagnostics > 0 {
		fmt.Fprintf(&b, "; %s", plural(s.Diagnostics, "input problem"))
	}
	fmt.Fprintf(&b, " (%.2fs)\n", rep.Stats.Duration.Seconds())
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
