package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// annotationsPerKind is how many annotations of one level (error, warning,
// notice) GitHub shows per step; the rest stay in the log only.
// https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations
const annotationsPerKind = 10

// WriteGitHub renders rep as GitHub Actions workflow commands, so that
// findings appear as annotations on the pull request's diff without code
// scanning: ::error for findings at or above the threshold, ::warning
// below it, ::notice for input diagnostics that are not errors.
// GitHub shows the first ten of each level per step, so files that could
// not be scanned come first, then the findings, most severe first, and when
// there are more a notice says so before them all.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func WriteGitHub(w io.Writer, rep *result.Report, threshold policies.Severity) error {
	type annotation struct {
		level    string
		severity policies.Severity
		cmd      string
	}
	var anns []annotation
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppression != nil {
			continue
		}
		level := "warning"
		if Failing(f, threshold) {
			level = "error"
		} else if f.Status == policies.StatusReview {
			level = "notice"
		}
		title := display.Value(f.RuleID)
		if f.Rule != nil {
			title += ": " + display.Value(f.Rule.Title)
		}
		msg := display.Message(f.Message)
		if fix := fixText(f); fix != "" {
			msg += "\nFix: " + display.Text(fix)
		}
		msg += "\nResource: " + display.Value(f.ResourceID)
		anns = append(anns, annotation{level, f.Severity, command(level, display.Text(rep.RepoPath(f.Range.File)), f.Range, title, msg)})
	}
	// Stable: within a severity the report's order (file, line) stays.
	sort.SliceStable(anns, func(i, j int) bool { return anns[i].severity > anns[j].severity })
	// A file that could not be scanned comes before every finding: what it
	// hides may be worse than what was found.
	var unscanned, problems []annotation
	for _, d := range rep.Diagnostics {
		level := "notice"
		switch d.Severity {
		case parser.DiagError:
			level = "error"
		case parser.DiagWarning:
			level = "warning"
		}
		msg := strings.Join(display.MessageLines(d.Message), "\n")
		a := annotation{level, 0, command(level, display.Text(rep.RepoPath(d.Range.File)), d.Range, "posture: input problem", msg)}
		if d.Severity == parser.DiagError {
			unscanned = append(unscanned, a)
		} else {
			problems = append(problems, a)
		}
	}
	anns = append(append(unscanned, anns...), problems...)
	count := map[string]int{}
	for _, a := range anns {
		count[a.level]++
	}
	var b strings.Builder
	if hidden := overLimit(count); hidden != "" {
		b.WriteString(command("notice", "", parser.Range{}, "posture: more annotations than GitHub shows",
			fmt.Sprintf("This step wrote %s; GitHub shows the first %d of each kind (the most severe findings come first). All of them are in this step's log; --format markdown or sarif reports them all.", hidden, annotationsPerKind)))
	}
	for _, a := range anns {
		b.WriteString(a.cmd)
	}
	_, err := io.WriteString(w, display.CommandGuard.String(b.String()))
	return err
}

// overLimit describes the levels with more annotations than GitHub shows,
// or is "" when every annotation is shown.
func overLimit(count map[string]int) string {
	var parts []string
	for _, level := range []string{"error", "warning", "notice"} {
		if n := count[level]; n > annotationsPerKind {
			parts = append(parts, fmt.Sprintf("%d %s annotations", n, level))
		}
	}
	return strings.Join(parts, " and ")
}

// command writes one workflow command on one line. Every text in it has
// been made safe by package display: only the line breaks posture means
// are left, and escaping turns them into %0A, so nothing from the input
// can end the line and start a command of its own (::add-mask::,
// ::stop-commands::, ...).
func command(level, file string, r parser.Range, title, msg string) string {
	var props []string
	if file != "" {
		props = append(props, "file="+escapeProperty(file))
		if r.Start.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", r.Start.Line))
			if r.Start.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", r.Start.Column))
			}
			if r.End.Line >= r.Start.Line {
				props = append(props, fmt.Sprintf("endLine=%d", r.End.Line))
				if r.End.Column > 0 && (r.End.Line > r.Start.Line || r.End.Column > r.Start.Column) {
					props = append(props, fmt.Sprintf("endColumn=%d", r.End.Column))
				}
			}
		}
	}
	props = append(props, "title="+escapeProperty(title))
	return fmt.Sprintf("::%s %s::%s\n", level, strings.Join(props, ","), escapeData(msg))
}

// escapeData escapes a workflow command's message (as @actions/core does).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value; besides the
// message escapes, ':' and ',' would end the value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
