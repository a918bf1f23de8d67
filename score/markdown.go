package score

import (
	"fmt"
	"io"
	"strings"

	"github.com/posture-dev/posture/report/display"
)

// WriteMarkdown renders a score (and, when d is set, how a change moves
// it) as a Markdown section for a pull-request summary: the sentence, the
// control table, the top recommendations and as many attack paths (top 0
// shows them all). Names from the input are shown literally, through
// package display.
func WriteMarkdown(w io.Writer, res *Result, d *Diff, top int) error {
	var b strings.Builder
	b.WriteString("### Posture score\n\n")
	switch {
	case d != nil:
		fmt.Fprintf(&b, "**%s**%s.\n\n", upperFirst(d.Sentence()), diffCounts(d))
	case res.Applicable:
		fmt.Fprintf(&b, "**%s / 100** (%.1f of %.0f control points).\n\n", FormatScore(res.Score), res.Current, res.Max)
	default:
		b.WriteString("No control with points applies to the scanned resources.\n\n")
	}
	b.WriteString("| Control | Max | Current | Healthy | Unhealthy | N/A |\n|---|---:|---:|---:|---:|---:|\n")
	for _, c := range res.Controls {
		if c.Healthy+c.Unhealthy+c.NotApplicable == 0 {
			continue
		}
		fmt.Fprintf(&b, "| %s | %.0f | %.2f | %d | %d | %d |\n", display.MarkdownText(c.Name), c.Max, c.Current, c.Healthy, c.Unhealthy, c.NotApplicable)
	}
	recs := res.Recommendations
	if top > 0 && len(recs) > top {
		recs = recs[:top]
	}
	if len(recs) > 0 {
		b.WriteString("\n**Top recommendations**\n\n")
		for i, r := range recs {
			fmt.Fprintf(&b, "%d. %s %s — %s, +%.1f points, %s\n", i+1, display.Code(display.Clip(r.RuleID, display.MaxQuote)), display.MarkdownInline(r.Title, false), r.Severity, r.PotentialIncrease, plural(len(r.Resources), "resource"))
		}
	}
	// One attack path per resource: a scan of many alike resources has
	// as many, and the section must fit in a pull-request comment.
	paths := res.AttackPaths
	if top > 0 && len(paths) > top {
		paths = paths[:top]
	}
	for _, p := range paths {
		fmt.Fprintf(&b, "\n> **Attack path (%s):** %s on %s (%s)\n", p.Severity, display.MarkdownInline(p.Title, false),
			display.Code(display.Clip(p.Resource.ID, display.MaxQuote)), display.MarkdownText(display.Bound(strings.Join(p.Rules, " + "))))
	}
	if more := len(res.AttackPaths) - len(paths); more > 0 {
		fmt.Fprintf(&b, "\n_%s not shown: `posture score` lists them all._\n", plural(more, "more attack path"))
	}
	_, err := io.WriteString(w, display.MarkdownGuard.String(b.String()))
	return err
}

func diffCounts(d *Diff) string {
	return fmt.Sprintf(" (%s added, %s removed)", plural(len(d.Added), "finding"), plural(len(d.Removed), "finding"))
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
