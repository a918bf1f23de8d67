package cli

import (
	"context"
	"io"
	"os"
	"sort"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/result"
	"github.com/posture-dev/posture/sarif"
)

// outputOptions is what a writer may need besides the report.
type outputOptions struct {
	ctx context.Context
	// opts are the options the report was scanned with, for output that
	// needs another scan (the score at the diff base).
	opts scan.Options
	// base is the scan at --diff-base, when there is one.
	base      *result.Report
	threshold policies.Severity
	color     bool
	flags     *scanFlags
}

// writers are the --format values of posture scan. A new format registers
// here and nowhere else.
var writers = map[string]func(io.Writer, *result.Report, outputOptions) error{
	"text": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return report.WriteText(w, rep, report.TextOptions{Threshold: o.threshold, Color: o.color})
	},
	"html": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return writeHTML(w, rep, o.threshold)
	},
	"json": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return report.WriteJSON(w, rep, o.threshold, scoreExtra(rep))
	},
	"sarif": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return sarif.Write(w, rep, sarif.Options{Category: o.flags.category, IncludeSuppressed: o.flags.includeSuppressed, Properties: scoreProperties(rep)})
	},
	"markdown": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return report.WriteMarkdown(w, rep, report.MarkdownOptions{
			Threshold: o.threshold, LinkBase: linkBase(o.flags.linkBase),
			Sections: []string{scoreSection(o.ctx, rep, o)},
		})
	},
	"github": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return report.WriteGitHub(w, rep, o.threshold)
	},
	"junit": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return report.WriteJUnit(w, rep, o.threshold)
	},
	"rdjson": func(w io.Writer, rep *result.Report, o outputOptions) error {
		return report.WriteRDJSON(w, rep, o.threshold)
	},
}

// linkBase is where markdown file links point: the flag, or in GitHub
// Actions the blob URL of the commit being built.
func linkBase(flag string) string {
	if flag != "" {
		return flag
	}
	server, repo, sha := os.Getenv("GITHUB_SERVER_URL"), os.Getenv("GITHUB_REPOSITORY"), os.Getenv("GITHUB_SHA")
	if server == "" || repo == "" || sha == "" {
		return ""
	}
	return server + "/" + repo + "/blob/" + sha
}

func formatNames() []string {
	names := make([]string, 0, len(writers))
	for n := range writers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
