package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
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
// source line with a marker under the value, and the fix; then the input
// problems and a summary.
func WriteText(w io.Writer, rep *scan.Report, opts TextOptions) error {
	p := palette{opts.Color}
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
			b.WriteString(p.bold(file) + "\n")
		}
		sev := f.Severity.String()
		if f.Status == policies.StatusReview {
			sev = "review"
		}
		title := ""
		if f.Rule != nil {
			title = f.Rule.Title
		}
		fmt.Fprintf(&b, "  %s:%d:%d  %s  %s  %s\n", f.Range.File, f.Range.Start.Line, f.Range.Start.Column,
			p.severity(f.Severity, fmt.Sprintf("%-8s", sev)), p.bold(f.RuleID), title)
		fmt.Fprintf(&b, "      %s\n", f.Message)
		writeSnippet(&b, p, rep, f.Range)
		if f.Rule != nil {
			if fix := f.Rule.RemediationFor(string(f.Format)); fix != "" {
				fmt.Fprintf(&b, "      %s %s\n", p.wrap("32", "fix:"), oneLine(fix))
			}
		}
		fmt.Fprintf(&b, "      %s\n", p.dim("resource: "+f.ResourceID))
		for _, rel := range f.Related {
			fmt.Fprintf(&b, "      %s\n", p.dim("value from: "+rel.String()))
		}
	}
	if len(rep.Diagnostics) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.bold("Input problems") + "\n")
		for _, d := range rep.Diagnostics {
			fmt.Fprintf(&b, "  %s  %s  %s\n", d.Range.String(), diagLabel(p, d.Severity), indentRest(d.Message, "      "))
		}
	}
	if b.Len() > 0 {
		b.WriteString("\n")
	}
	b.WriteString(summaryLine(p, rep, Summarize(rep, opts.Threshold)))
	_, err := io.WriteString(w, b.String())
	return err
}

func writeSnippet(b *strings.Builder, p palette, rep *scan.Report, r parser.Range) {
	if r.Start.Line == 0 {
		return
	}
	line := rep.SourceLine(r.File, r.Start.Line)
	if strings.TrimSpace(line) == "" {
		return
	}
	line = strings.ReplaceAll(line, "\t", "    ")
	num := fmt.Sprintf("%d", r.Start.Line)
	fmt.Fprintf(b, "      %s %s %s\n", p.dim(num), p.dim("|"), line)
	start := r.Start.Column
	if start < 1 {
		start = 1
	}
	width := 1
	if r.End.Line == r.Start.Line && r.End.Column > start {
		width = r.End.Column - start
	} else {
		width = utf8.RuneCountInString(line) - start + 1
	}
	if width < 1 {
		width = 1
	}
	// Columns count code points; tabs were widened above, so shift by
	// the tabs before the start.
	prefix := []rune(rep.SourceLine(r.File, r.Start.Line))
	tabs := 0
	for i := 0; i < start-1 && i < len(prefix); i++ {
		if prefix[i] == '\t' {
			tabs++
		}
	}
	fmt.Fprintf(b, "      %s %s %s%s\n", strings.Repeat(" ", len(num)), p.dim("|"),
		strings.Repeat(" ", start-1+3*tabs), p.wrap("31", strings.Repeat("^", width)))
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

func summaryLine(p palette, rep *scan.Report, s Summary) string {
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

func indentRest(s, indent string) string {
	return strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+indent)
}
