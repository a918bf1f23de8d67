package report

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// CommentLimit is the size GitHub accepts for an issue or pull-request
// comment body, in characters.
const CommentLimit = 65536

// MarkdownOptions tune the Markdown output.
type MarkdownOptions struct {
	Threshold policies.Severity
	// LinkBase, when set, makes file:line links absolute: LinkBase + "/" +
	// repository path + "#L" + line (for GitHub,
	// https://github.com/OWNER/REPO/blob/SHA).
	LinkBase string
	// Limit is the maximum size of the output in characters; 0 means
	// CommentLimit.
	Limit int
	// Sections are further Markdown blocks (the posture score) placed
	// after the findings and before the footer; they always fit, the
	// findings make room for them.
	Sections []string
}

// WriteMarkdown renders rep as a pull-request comment: a headline with the
// findings by severity, a table of findings (file:line link, severity,
// rule, title, fix), collapsed details per finding, and a footer with the
// suppressed and baseline counts. Output longer than the limit is cut at a
// finding boundary with a note saying how many were left out.
func WriteMarkdown(w io.Writer, rep *result.Report, opts MarkdownOptions) error {
	limit := opts.Limit
	if limit <= 0 {
		limit = CommentLimit
	}
	s := Summarize(rep, opts.Threshold)
	var open []*policies.Finding
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppression == nil && f.Status == policies.StatusFail {
			open = append(open, f)
		}
	}

	var head strings.Builder
	head.WriteString("<!-- posture -->\n")
	if len(open) == 0 {
		head.WriteString("### :white_check_mark: posture: no new findings\n\n")
	} else {
		var parts []string
		for _, sev := range []policies.Severity{policies.Critical, policies.High, policies.Medium, policies.Low} {
			if n := s.BySeverity[sev.String()]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d %s", severityIcon(sev), n, sev))
			}
		}
		fmt.Fprintf(&head, "### posture: %s\n\n%s", plural(len(open), "new finding"), strings.Join(parts, " · "))
		if s.Failing != s.Findings {
			fmt.Fprintf(&head, " (%d at or above %s)", s.Failing, s.Threshold)
		}
		head.WriteString("\n\n")
	}

	src := newSources(rep)
	rows := make([]string, len(open))
	details := make([]string, len(open))
	for i, f := range open {
		rows[i] = tableRow(rep, f, opts.LinkBase)
		details[i] = detail(rep, src, f, opts.LinkBase)
	}
	foot := footer(rep, s)

	// Fit the limit: keep the first n findings in the table and the details,
	// dropping details first.
	build := func(nRows, nDetails int) string {
		var b strings.Builder
		b.WriteString(head.String())
		if nRows > 0 {
			b.WriteString("| Location | Severity | Rule | Title | Fix |\n|---|---|---|---|---|\n")
			for _, r := range rows[:nRows] {
				b.WriteString(r)
			}
			b.WriteString("\n")
		}
		if nRows < len(rows) {
			fmt.Fprintf(&b, "> [!NOTE]\n> %d more findings are not shown: the comment would exceed GitHub's size limit. Run `posture scan` locally or see the code scanning alerts for all of them.\n\n", len(rows)-nRows)
		}
		if nDetails > 0 {
			b.WriteString("<details><summary>Details</summary>\n\n")
			for _, d := range details[:nDetails] {
				b.WriteString(d)
			}
			if nDetails < nRows {
				fmt.Fprintf(&b, "_Details of %d more findings are left out to fit the comment size limit._\n\n", nRows-nDetails)
			}
			b.WriteString("</details>\n\n")
		}
		for _, sec := range opts.Sections {
			if sec != "" {
				b.WriteString(strings.TrimRight(sec, "\n"))
				b.WriteString("\n\n")
			}
		}
		b.WriteString(foot)
		return b.String()
	}
	out := build(len(rows), len(details))
	if len([]rune(out)) > limit {
		nRows, nDetails := len(rows), len(details)
		for nDetails > 0 && len([]rune(out)) > limit {
			nDetails /= 2
			out = build(nRows, nDetails)
		}
		for nRows > 0 && len([]rune(out)) > limit {
			nRows = nRows * 3 / 4
			out = build(nRows, 0)
		}
	}
	_, err := io.WriteString(w, display.MarkdownGuard.String(out))
	return err
}

func severityIcon(s policies.Severity) string {
	switch s {
	case policies.Critical:
		return ":red_circle:"
	case policies.High:
		return ":orange_circle:"
	case policies.Medium:
		return ":yellow_circle:"
	default:
		return ":white_circle:"
	}
}

// link renders file:line as a link to the line.
func link(rep *result.Report, f *policies.Finding, base string) string {
	text := fmt.Sprintf("%s:%d", f.Range.File, f.Range.Start.Line)
	p := rep.RepoPath(f.Range.File)
	target := (&url.URL{Path: p}).EscapedPath()
	if base != "" {
		target = strings.TrimSuffix(base, "/") + "/" + target
	} else {
		// A first segment with a colon would read as a scheme.
		target = "./" + target
	}
	if f.Range.Start.Line > 0 {
		target += fmt.Sprintf("#L%d", f.Range.Start.Line)
		if f.Range.End.Line > f.Range.Start.Line {
			target += fmt.Sprintf("-L%d", f.Range.End.Line)
		}
	}
	return fmt.Sprintf("[%s](%s)", display.MarkdownText(text), target)
}

// The Markdown of a finding goes through package display: text from the
// scanned files (and from custom policies, which a scanned repository may
// bring) is shown literally, as code spans where it is code.

func tableRow(rep *result.Report, f *policies.Finding, base string) string {
	title, fix, help := "", "", ""
	if f.Rule != nil {
		title = f.Rule.Title
		fix = f.Rule.RemediationFor(string(f.Format))
		help = display.MarkdownURL(f.Rule.HelpURI)
	}
	rule := display.CellCode(display.Clip(f.RuleID, display.MaxQuote))
	if help != "" {
		rule = fmt.Sprintf("[%s](%s)", rule, help)
	}
	return fmt.Sprintf("| %s | %s %s | %s | %s | %s |\n", link(rep, f, base), severityIcon(f.Severity), f.Severity,
		rule, display.MarkdownInline(title, true), display.MarkdownInline(fix, true))
}

func detail(rep *result.Report, src *sources, f *policies.Finding, base string) string {
	var b strings.Builder
	title := ""
	if f.Rule != nil {
		title = f.Rule.Title
	}
	fmt.Fprintf(&b, "#### %s %s %s\n\n", severityIcon(f.Severity), display.Code(display.Clip(f.RuleID, display.MaxQuote)),
		display.MarkdownInline(title, false))
	fmt.Fprintf(&b, "%s — resource %s\n\n", link(rep, f, base), display.Code(display.Clip(f.ResourceID, display.MaxQuote)))
	fmt.Fprintf(&b, "%s\n\n", display.MarkdownText(display.Bound(f.Message)))
	if win, _, ok := src.snippet(f.Range); ok {
		fence := display.Fence(win.Text)
		fmt.Fprintf(&b, "%s%s\n%s\n%s\n\n", fence, codeLang(f.Range.File), win.Text, fence)
	}
	if f.Rule != nil {
		if fix := f.Rule.RemediationFor(string(f.Format)); fix != "" {
			fmt.Fprintf(&b, "**Fix:** %s\n\n", display.MarkdownInline(fix, false))
		}
	}
	switch {
	case f.Fix != nil:
		if diff, ok := fixDiff(rep, src.indexes, f.Fix); ok {
			fence := display.Fence(diff)
			fmt.Fprintf(&b, "**Suggested change** (`posture fix` applies it): %s\n\n%sdiff\n%s%s\n\n",
				display.MarkdownInline(display.Bound(f.Fix.Description), false), fence, diff, fence)
		}
	case f.NoFix != "":
		fmt.Fprintf(&b, "**No automatic fix:** %s\n\n", display.MarkdownInline(display.Bound(f.NoFix), false))
	}
	return b.String()
}

func codeLang(file string) string {
	switch {
	case strings.HasSuffix(file, ".tf"), strings.HasSuffix(file, ".tfvars"):
		return "hcl"
	case strings.HasSuffix(file, ".json"):
		return "json"
	case strings.HasSuffix(file, ".yaml"), strings.HasSuffix(file, ".yml"):
		return "yaml"
	}
	return ""
}

func footer(rep *result.Report, s Summary) string {
	var parts []string
	parts = append(parts, fmt.Sprintf("%s, %s, %s", plural(s.Files, "file"), plural(s.Resources, "resource"), plural(s.Rules, "rule")))
	if s.Suppressed > 0 {
		parts = append(parts, fmt.Sprintf("%d suppressed", s.Suppressed))
	}
	if s.Baseline > 0 {
		parts = append(parts, fmt.Sprintf("%d in the baseline", s.Baseline))
	}
	if s.Review > 0 {
		parts = append(parts, fmt.Sprintf("%d not evaluated (unknown values)", s.Review))
	}
	if s.Diagnostics > 0 {
		parts = append(parts, plural(s.Diagnostics, "input problem"))
	}
	return fmt.Sprintf("<sub>posture %s · %s</sub>\n", rep.Version, strings.Join(parts, " · "))
}
