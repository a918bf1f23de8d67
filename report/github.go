package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// WriteGitHub renders rep as GitHub Actions workflow commands, so that
// findings appear as annotations on the pull request's diff without code
// scanning: ::error for findings at or above the threshold, ::warning
// below it, ::notice for input diagnostics that are not errors.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func WriteGitHub(w io.Writer, rep *scan.Report, threshold policies.Severity) error {
	var b strings.Builder
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
		title := f.RuleID
		if f.Rule != nil {
			title += ": " + f.Rule.Title
		}
		msg := f.Message
		if f.Rule != nil {
			if fix := f.Rule.RemediationFor(string(f.Format)); fix != "" {
				msg += "\nFix: " + oneLine(fix)
			}
		}
		msg += "\nResource: " + f.ResourceID
		b.WriteString(command(level, rep.RepoPath(f.Range.File), f.Range, title, msg))
	}
	for _, d := range rep.Diagnostics {
		level := "notice"
		switch d.Severity {
		case parser.DiagError:
			level = "error"
		case parser.DiagWarning:
			level = "warning"
		}
		b.WriteString(command(level, rep.RepoPath(d.Range.File), d.Range, "posture: input problem", d.Message))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

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
