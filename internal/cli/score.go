package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/result"
	"github.com/posture-dev/posture/score"
)

// inputFlags are the scan inputs posture score and posture compliance
// share with posture scan.
type inputFlags struct {
	format, output                 string
	strict                         bool
	policyDirs, skip, only         []string
	varFiles, vars, parameterFiles []string
	helmValues, helmSet            []string
	maxFileMiB                     int64
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "output format: text or json")
	fs.StringVar(&f.output, "output", "", "write to `FILE` instead of standard output")
	fs.BoolVar(&f.strict, "strict", false, "count checks that could not be decided (unknown values) as unhealthy instead of not applicable")
	fs.Var(listFlag{&f.policyDirs, false}, "policy", "load extra Rego policies from `DIR` (repeatable)")
	fs.Var(listFlag{&f.skip, true}, "skip", "skip policies by `ID` or prefix")
	fs.Var(listFlag{&f.only, true}, "only", "run only policies with these `IDs` or prefixes")
	fs.Var(listFlag{&f.varFiles, false}, "var-file", "Terraform variables `FILE` (repeatable)")
	fs.Var(listFlag{&f.vars, false}, "var", "Terraform variable `NAME=VALUE` (repeatable)")
	fs.Var(listFlag{&f.parameterFiles, false}, "parameters", "ARM parameters `FILE` (repeatable)")
	fs.Var(listFlag{&f.helmValues, false}, "helm-values", "Helm values `FILE` for charts (repeatable)")
	fs.Var(listFlag{&f.helmSet, false}, "helm-set", "Helm value override `KEY=VALUE` (repeatable)")
	registerMaxFileSize(fs, &f.maxFileMiB)
}

func (f *inputFlags) options(paths []string) (scan.Options, error) {
	vars, err := keyValues("--var", f.vars)
	if err != nil {
		return scan.Options{}, err
	}
	return scan.Options{
		Paths: paths, VarFiles: f.varFiles, Vars: vars, Env: os.Environ(),
		ParameterFiles: f.parameterFiles, HelmValues: f.helmValues, HelmSet: f.helmSet,
		PolicyDirs: f.policyDirs, MaxFileSize: f.maxFileMiB << 20, Version: ToolVersion(),
		Policy: policies.Options{Only: f.only, Skip: f.skip},
	}, nil
}

// scoreModel reads the posture-score model of the built-in policies.
func scoreModel() (*policies.ScoreModel, error) {
	lib, err := policies.LoadBuiltin()
	if err != nil {
		return nil, fmt.Errorf("built-in policies: %w", err)
	}
	return lib.ScoreModel()
}

// scoreExtra is what the score adds to the JSON and SARIF output of
// posture scan; nil when the model cannot be read.
func scoreExtra(rep *result.Report) map[string]any {
	sm, err := scoreModel()
	if err != nil {
		return nil
	}
	res := score.Compute(rep, sm, score.Options{})
	return map[string]any{"posture_score": res}
}

// scoreSection renders the posture score for the Markdown PR summary.
// With --diff-base it says how the change moves the score, from a scan of
// the files at the base. A report filtered to changed lines says nothing
// about the score, so the head is then scanned whole again. A score that
// cannot be computed leaves the section out; the findings still go out.
func scoreSection(ctx context.Context, rep *result.Report, o outputOptions) string {
	sm, err := scoreModel()
	if err != nil {
		return ""
	}
	opts := o.opts
	opts.Process.Changed = nil
	head := rep
	if o.opts.Process.Changed != nil {
		if head, err = scan.Run(ctx, opts); err != nil {
			return ""
		}
	}
	res := score.Compute(head, sm, score.Options{})
	var diff *score.Diff
	if ref := o.flags.diffBase; ref != "" && o.base != nil {
		diff = score.Compare(ref, score.Compute(o.base, sm, score.Options{}), o.base.Findings, res, head.Findings)
	}
	var b strings.Builder
	if score.WriteMarkdown(&b, res, diff, 5) != nil {
		return ""
	}
	return b.String()
}

// openOutput returns where to write: the --output file or stdout.
func openOutput(name string, stdout io.Writer) (io.Writer, func() error, error) {
	if name == "" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func runScore(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("posture score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f inputFlags
	f.register(fs)
	top := fs.Int("top", 10, "list the top `N` recommendations (0: all)")
	diffBase := fs.String("diff-base", "", "also scan the files as they are at git `REF` and show how the change moves the score")
	failUnder := fs.Float64("fail-under", 0, "exit with 1 when the score is below `SCORE` (0 to 100)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: posture score [flags] [PATH...]\n\nPrint the posture score (docs/score.md), the control table and the prioritised recommendations.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if *diffBase != "" {
		if err := checkRevision(*diffBase); err != nil {
			return badUsage(stderr, "--diff-base %q: %v", *diffBase, err)
		}
	}
	opts, rep, sm, code, ok := scoredScan(ctx, &f, paths, stderr)
	if !ok {
		return code
	}
	sopts := score.Options{Strict: f.strict}
	res := score.Compute(rep, sm, sopts)

	var diff *score.Diff
	if *diffBase != "" {
		base, err := scanAtRef(ctx, *diffBase, opts)
		if err != nil {
			return badUsage(stderr, "--diff-base %s: %v", *diffBase, err)
		}
		diff = score.Compare(*diffBase, score.Compute(base, sm, sopts), base.Findings, res, rep.Findings)
	}

	out, closeOut, err := openOutput(f.output, stdout)
	if err != nil {
		return badUsage(stderr, "--output: %v", err)
	}
	if f.format == "json" {
		doc := map[string]any{"version": report.JSONVersion, "tool": map[string]string{"name": rep.Tool, "version": rep.Version}, "posture_score": res}
		if diff != nil {
			doc["diff"] = diff
		}
		err = writeJSON(out, doc)
	} else {
		if diff != nil {
			err = score.WriteDiffText(out, diff)
			fmt.Fprintln(out)
		}
		if err == nil {
			err = score.WriteText(out, res, score.TextOptions{Top: *top})
		}
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		warn(stderr, "write score: %v", err)
		return ExitUsage
	}
	if *failUnder > 0 && res.Applicable && res.Score < *failUnder {
		return ExitFindings
	}
	return ExitOK
}

// scoredScan checks the flags posture score and posture compliance share,
// loads the score model and scans. When ok is false the command exits with
// code.
func scoredScan(ctx context.Context, f *inputFlags, paths []string, stderr io.Writer) (opts scan.Options, rep *result.Report, sm *policies.ScoreModel, code int, ok bool) {
	if f.format != "text" && f.format != "json" {
		return opts, nil, nil, badUsage(stderr, "--format %q: want text or json", f.format), false
	}
	opts, err := f.options(paths)
	if err != nil {
		return opts, nil, nil, badUsage(stderr, "%v", err), false
	}
	if sm, err = scoreModel(); err != nil {
		return opts, nil, nil, badUsage(stderr, "%v", err), false
	}
	if rep, err = scan.Run(ctx, opts); err != nil {
		warn(stderr, "%s", describeScanError(err, opts.WorkDir))
		return opts, nil, nil, ExitUsage, false
	}
	return opts, rep, sm, 0, true
}

// scoreProperties is what the score adds to the SARIF run's properties.
func scoreProperties(rep *result.Report) map[string]any {
	sm, err := scoreModel()
	if err != nil {
		return nil
	}
	return map[string]any{"posture-score": score.Compute(rep, sm, score.Options{}).Summary()}
}

// writeHTML renders the HTML report with the score, the recommendations
// and the compliance view of every framework the policies map to.
func writeHTML(w io.Writer, rep *result.Report, threshold policies.Severity) error {
	opts := report.HTMLOptions{Threshold: threshold}
	if sm, err := scoreModel(); err == nil {
		opts.Score = score.Compute(rep, sm, score.Options{})
		for _, fw := range score.Frameworks {
			if c := score.ComputeCompliance(rep, sm, fw, score.Options{}); len(c.Controls) > 0 {
				opts.Compliance = append(opts.Compliance, c)
			}
		}
	}
	return report.WriteHTML(w, rep, opts)
}
