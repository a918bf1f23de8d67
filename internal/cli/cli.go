// Package cli implements the posture command line: flags, configuration,
// output selection and exit codes. cmd/posture only calls Main.
package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/result"
)

// Exit codes (DESIGN.md, "Output and exit codes").
const (
	ExitOK       = 0
	ExitFindings = 1
	ExitUsage    = 2
)

const usage = `posture finds security misconfigurations in Terraform, ARM/Bicep and
Kubernetes files before they are deployed.

Usage:
  posture scan [flags] [PATH...]     scan files and directories (default ".")
  posture fix [--dry-run] [PATH...]  apply the findings' automatic fixes in place
  posture baseline [flags] [PATH...] record the current findings in .posture-baseline.json
  posture score [flags] [PATH...]    the posture score and prioritised recommendations
  posture compliance --framework F [PATH...]
                                     a compliance standard's controls, pass or fail
  posture policies [--format json]   list the built-in policies
  posture policies show ID           print a policy's documentation
  posture policies test DIR          run the Rego unit tests (test_* rules) of your policies
  posture version                    print the version

Run "posture scan --help" for the scan flags.
`

// Main runs the command line and returns the process exit code.
func Main(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return ExitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	switch args[0] {
	case "scan":
		return runScan(ctx, args[1:], stdout, stderr)
	case "fix":
		return runFix(ctx, args[1:], stdout, stderr)
	case "baseline":
		return runBaseline(ctx, args[1:], stdout, stderr)
	case "policies":
		return runPolicies(args[1:], stdout, stderr)
	case "score":
		return runScore(ctx, args[1:], stdout, stderr)
	case "compliance":
		return runCompliance(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "posture %s\n", ToolVersion())
		return ExitOK
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return ExitOK
	default:
		fmt.Fprintf(stderr, "posture: unknown command %q\n\n%s", args[0], usage)
		return ExitUsage
	}
}

type scanFlags struct {
	format, output, threshold, config, category string
	policyDirs, skip, only, frameworks          []string
	varFiles, vars, parameterFiles              []string
	helmValues, helmSet                         []string
	showUnknown, noColor, includeSuppressed     bool
	complete, noIgnore, allFindings             bool
	baseline, diffBase, linkBase                string
	maxFileMiB                                  int64
}

func (f *scanFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(formatNames(), ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.threshold, "severity-threshold", "low", "exit with 1 only for findings at or above `LEVEL` (low, medium, high, critical)")
	fs.Var(listFlag{&f.policyDirs, false}, "policy", "load extra Rego policies from `DIR` (repeatable)")
	fs.Var(listFlag{&f.skip, true}, "skip", "skip policies by `ID` or prefix (AZ-AI-001, AZ-AI; comma-separated, repeatable)")
	fs.Var(listFlag{&f.only, true}, "only", "run only policies with these `IDs` or prefixes")
	fs.Var(listFlag{&f.frameworks, true}, "framework", "run only policies mapped to `FRAMEWORK` (mcsb, cis-azure, cis-aws, cis-gcp, aws-fsbp, pss-baseline, pss-restricted)")
	fs.Var(listFlag{&f.varFiles, false}, "var-file", "Terraform variables `FILE` (repeatable)")
	fs.Var(listFlag{&f.vars, false}, "var", "Terraform variable `NAME=VALUE` (repeatable)")
	fs.Var(listFlag{&f.parameterFiles, false}, "parameters", "ARM parameters `FILE` (repeatable)")
	fs.Var(listFlag{&f.helmValues, false}, "helm-values", "Helm values `FILE` for charts (repeatable)")
	fs.Var(listFlag{&f.helmSet, false}, "helm-set", "Helm value override `KEY=VALUE` (repeatable)")
	fs.StringVar(&f.config, "config", "", "configuration `FILE` (default: "+ConfigFile+" found upward from the first path, up to the repository root)")
	fs.BoolVar(&f.showUnknown, "show-unknown", false, "also list checks that could not be decided because a value is unknown (as not evaluated)")
	fs.BoolVar(&f.complete, "complete", false, "declare that the scan holds every resource of the deployment, so rules may fail on a missing related resource")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the text output")
	fs.StringVar(&f.category, "category", "", "SARIF run category, to tell several uploads for one commit apart")
	fs.BoolVar(&f.includeSuppressed, "include-suppressed", false, "write suppressed findings into SARIF with their suppression")
	fs.BoolVar(&f.noIgnore, "no-ignore", false, "apply no ignore comment, annotation or "+ConfigFile+" ignore entry: show everything")
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE` (written by posture baseline)")
	fs.StringVar(&f.diffBase, "diff-base", "", "report only what changed since the git `REF`: findings on added or changed lines, and findings the files at REF did not have (runs git)")
	fs.BoolVar(&f.allFindings, "all-findings", false, "when files are named, report findings in every file of their modules, not only in those files")
	registerMaxFileSize(fs, &f.maxFileMiB)
	fs.StringVar(&f.linkBase, "link-base", "", "`URL` that file links in markdown output start with (default from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA)")
}

// prepared is a scan ready to run: its options and how to report it.
type prepared struct {
	opts      scan.Options
	threshold policies.Severity
	flags     *scanFlags
	config    string // the configuration file used, or ""
	// base is the scan of the files at --diff-base, or baseErr why there
	// is none.
	base    *result.Report
	baseErr error
	// diags are the problems with what the configuration names that the
	// scan went on without: they join the report's diagnostics.
	diags []parser.Diagnostic
}

// withDiagnostics adds the preparation's diagnostics to a report.
func (p *prepared) withDiagnostics(rep *result.Report) {
	if len(p.diags) == 0 {
		return
	}
	rep.Diagnostics = append(rep.Diagnostics, p.diags...)
	parser.SortDiagnostics(rep.Diagnostics)
}

// usageError is a problem with what the user asked for: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// prepare merges the flags with the configuration file into scan options.
// set holds the names of the flags given on the command line.
func prepare(ctx context.Context, f *scanFlags, set map[string]bool, paths []string) (*prepared, error) {
	cfgPath := f.config
	if cfgPath == "" {
		first := "."
		if len(paths) > 0 {
			first = paths[0]
		}
		cfgPath = findConfig(first)
	} else if _, err := os.Stat(cfgPath); err != nil {
		return nil, usagef("--config: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("working directory: %w", err)
	}
	var cfg *config
	var diags []parser.Diagnostic
	// A configuration found in the scanned tree that cannot be read is a
	// diagnostic, and the scan runs without it; one named with --config is
	// the user's, and a problem with it a usage error. One that reads but
	// is broken is a usage error either way.
	if cfgPath != "" && f.config == "" {
		if err := foundConfigInside(cfgPath); err != nil {
			diags = append(diags, parser.Errorf(parser.Range{File: shownPath(wd, cfgPath)}, "%v (the scan runs without this configuration)", err))
			cfgPath = ""
		}
	}
	// The paths a configuration names are confined to its directory
	// (config.confine); the command line's are the user's own.
	var cfgBaseline *pathEntry
	var cfgPolicies []pathEntry
	if cfgPath != "" {
		cfg, err = loadConfig(cfgPath, wd)
		var unread unreadableError
		switch {
		case err == nil:
			cfg.apply(f, set)
			if !set["baseline"] && cfg.Baseline.value != "" {
				cfgBaseline = &cfg.Baseline
			}
			if !set["policy"] {
				cfgPolicies = cfg.Policy
			}
		case errors.As(err, &unread) && f.config == "":
			diags = append(diags, parser.Errorf(parser.Range{File: shownPath(wd, cfgPath)}, "%v (the scan runs without this configuration)", unread.err))
			cfgPath = ""
		default:
			return nil, usagef("config %v", err)
		}
	}
	threshold, err := policies.ParseSeverity(f.threshold)
	if err != nil {
		return nil, usagef("--severity-threshold: %v", err)
	}
	vars, err := keyValues("--var", f.vars)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	p := &prepared{threshold: threshold, flags: f, config: cfgPath}
	p.opts = scan.Options{
		Paths:          paths,
		VarFiles:       f.varFiles,
		Vars:           vars,
		Env:            os.Environ(),
		ParameterFiles: f.parameterFiles,
		HelmValues:     f.helmValues,
		HelmSet:        f.helmSet,
		PolicyDirs:     f.policyDirs,
		MaxFileSize:    f.maxFileMiB << 20,
		Version:        ToolVersion(),
		Policy: policies.Options{
			Only: f.only, Skip: f.skip, Frameworks: f.frameworks, ShowUnknown: f.showUnknown, Complete: f.complete,
		},
		Process: scan.ProcessOptions{NoIgnore: f.noIgnore, AllFindings: f.allFindings},
	}
	if cfg != nil {
		p.opts.Policy.Params = cfg.Params
		p.opts.Process.Ignores = cfg.ignores(wd)
	}
	var baseline []byte
	var baselineName string
	switch {
	case f.baseline != "":
		if baseline, err = readFile(f.baseline, maxBaselineSize); err != nil {
			return nil, usagef("--baseline %s: %v (write one with `posture baseline`)", f.baseline, err)
		}
		baselineName = f.baseline
	case cfgBaseline != nil:
		var d *parser.Diagnostic
		if baseline, baselineName, d = cfg.readBaseline(*cfgBaseline); d != nil {
			diags = append(diags, *d)
		}
	}
	if baseline != nil {
		if p.opts.Process.Baseline, err = scan.ReadBaseline(bytes.NewReader(baseline), baselineName); err != nil {
			return nil, usageError{err.Error()}
		}
	}
	if len(cfgPolicies) > 0 {
		var ds []parser.Diagnostic
		if p.opts.Engine, ds, err = cfg.engine(cfgPolicies, p.opts.Policy, wd); err != nil {
			return nil, err
		}
		diags = append(diags, ds...)
	}
	if f.diffBase != "" {
		if err := checkRevision(f.diffBase); err != nil {
			return nil, usagef("--diff-base %q: %v", f.diffBase, err)
		}
		changed, err := gitChanged(ctx, wd, f.diffBase)
		if err != nil {
			return nil, usagef("--diff-base %s: %v", f.diffBase, err)
		}
		// The findings at the base tell which findings the change caused
		// off its added lines (by deleting one); without them only the
		// changed lines count.
		if p.base, p.baseErr = scanAtRef(ctx, f.diffBase, p.opts); p.baseErr == nil {
			p.opts.Process.BaseFindings = map[string]bool{}
			for _, bf := range p.base.Findings {
				if bf.Suppression == nil {
					p.opts.Process.BaseFindings[bf.Fingerprint] = true
				}
			}
		}
		p.opts.Process.Changed = changed
	}
	p.diags = diags
	return p, nil
}

// apply fills in the flags the command line did not set, but for the
// paths (baseline, policy), which prepare confines.
func (c *config) apply(f *scanFlags, set map[string]bool) {
	str := func(name string, dst *string, v string) {
		if !set[name] && v != "" {
			*dst = v
		}
	}
	list := func(name string, dst *[]string, v []string) {
		if !set[name] && len(v) > 0 {
			*dst = v
		}
	}
	boolean := func(name string, dst *bool, v *bool) {
		if !set[name] && v != nil {
			*dst = *v
		}
	}
	str("format", &f.format, c.Format)
	str("severity-threshold", &f.threshold, c.SeverityThreshold)
	str("category", &f.category, c.Category)
	list("skip", &f.skip, c.Skip)
	list("only", &f.only, c.Only)
	list("framework", &f.frameworks, c.Frameworks)
	boolean("show-unknown", &f.showUnknown, c.ShowUnknown)
	boolean("complete", &f.complete, c.Complete)
	boolean("include-suppressed", &f.includeSuppressed, c.IncludeSuppressed)
}

// parseScanFlags parses the flags of scan and baseline.
func parseScanFlags(name, usageText string, args []string, stderr io.Writer) (*scanFlags, map[string]bool, []string, int, bool) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f scanFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nExit codes: 0 no finding at or above the threshold, 1 findings, 2 usage error or input that could not be scanned.\n")
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil, nil, ExitOK, false
		}
		return nil, nil, nil, ExitUsage, false
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	return &f, set, paths, 0, true
}

func runScan(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f, set, paths, code, ok := parseScanFlags("posture scan", "Usage: posture scan [flags] [PATH...]\n\nScan Terraform, ARM/Bicep and Kubernetes files. Directories are walked; files are scanned as given,\nwith their whole module or template, and only the findings located in them are reported.\n\nFlags:\n", args, stderr)
	if !ok {
		return code
	}
	p, err := prepare(ctx, f, set, paths)
	if err != nil {
		return badUsage(stderr, "%v", err)
	}
	writer, ok := writers[f.format]
	if !ok {
		return badUsage(stderr, "--format %q: want one of %s", f.format, strings.Join(formatNames(), ", "))
	}
	rep, err := runWithProgress(ctx, p.opts, stderr)
	if err != nil {
		return badUsage(stderr, "%s", describeScanError(err, p.opts.WorkDir))
	}
	p.withDiagnostics(rep)
	if p.baseErr != nil {
		warn(stderr, "--diff-base %s: cannot scan the files at the base (%v); findings a deleted line caused are not reported, only those on changed lines", f.diffBase, p.baseErr)
	}

	out := stdout
	color := f.format == "text" && !f.noColor && colorAllowed(stdout)
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return badUsage(stderr, "--output: %v", err)
		}
		defer file.Close()
		out = file
		color = false
	}
	err = writer(out, rep, outputOptions{ctx: ctx, opts: p.opts, base: p.base, threshold: p.threshold, color: color, flags: f})
	if err != nil {
		return badUsage(stderr, "write %s: %v", f.format, err)
	}
	if f.output != "" && f.format != "text" {
		// The report went to a file: still tell the person at the terminal.
		s := report.Summarize(rep, p.threshold)
		warn(stderr, "%d findings (%d at or above %s) written to %s", s.Findings, s.Failing, s.Threshold, f.output)
	}
	for i := range rep.Findings {
		if report.Failing(&rep.Findings[i], p.threshold) {
			return ExitFindings
		}
	}
	return ExitOK
}

// runBaseline scans and records every unsuppressed finding in a baseline
// file, so that later scans with --baseline report only new findings.
func runBaseline(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f, set, paths, code, ok := parseScanFlags("posture baseline", "Usage: posture baseline [flags] [PATH...]\n\nScan like posture scan and record every finding in "+scan.BaselineFile+" (or --output FILE);\nlater, posture scan --baseline "+scan.BaselineFile+" reports only findings not in it.\n\nFlags (format, baseline and diff-base do not apply):\n", args, stderr)
	if !ok {
		return code
	}
	for _, name := range []string{"format", "baseline", "diff-base"} {
		if set[name] {
			return badUsage(stderr, "baseline: --%s does not apply: the baseline records every finding of the scan", name)
		}
	}
	// A baseline from the configuration does not filter what it records,
	// and need not exist yet: as if --baseline were given, empty.
	set["baseline"] = true
	p, err := prepare(ctx, f, set, paths)
	if err != nil {
		return badUsage(stderr, "%v", err)
	}
	rep, err := runWithProgress(ctx, p.opts, stderr)
	if err != nil {
		return badUsage(stderr, "%s", describeScanError(err, p.opts.WorkDir))
	}
	for _, d := range p.diags {
		warn(stderr, "%s", d)
	}
	b := scan.NewBaseline(rep)
	out := f.output
	if out == "" {
		out = scan.BaselineFile
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return badUsage(stderr, "baseline: %v", err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return badUsage(stderr, "--output: %v", err)
	}
	fmt.Fprintf(stdout, "posture: recorded %d findings in %s; scan with --baseline %s to report only new ones\n", b.Len(), out, out)
	return ExitOK
}

// colorAllowed reports whether w is a terminal and the user has not asked
// for no colour (https://no-color.org).
func colorAllowed(w io.Writer) bool {
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	if os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
