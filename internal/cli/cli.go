// Package cli implements the posture command line: flags, configuration,
// output selection and exit codes. cmd/posture only calls Main.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
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
  posture score [flags] [PATH...]    the posture score and prioritised recommendations
  posture compliance --framework F [PATH...]
                                     a compliance standard's controls, pass or fail
  posture policies [--format json]   list the built-in policies
  posture policies show ID           print a policy's documentation
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
	case "policies":
		return runPolicies(args[1:], stdout, stderr)
	case "score":
		return runScore(ctx, args[1:], stdout, stderr)
	case "compliance":
		return runCompliance(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "posture %s\n", scan.ToolVersion())
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
}

func (f *scanFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(formatNames(), ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.threshold, "severity-threshold", "low", "exit with 1 only for findings at or above `LEVEL` (low, medium, high, critical)")
	fs.Var(listFlag{&f.policyDirs, false}, "policy", "load extra Rego policies from `DIR` (repeatable)")
	fs.Var(listFlag{&f.skip, true}, "skip", "skip policies by `ID` or prefix (AZ-AI-001, AZ-AI; comma-separated, repeatable)")
	fs.Var(listFlag{&f.only, true}, "only", "run only policies with these `IDs` or prefixes")
	fs.Var(listFlag{&f.frameworks, true}, "framework", "run only policies mapped to `FRAMEWORK` (mcsb, cis-azure, cis-aws, cis-gcp, pss-baseline, pss-restricted)")
	fs.Var(listFlag{&f.varFiles, false}, "var-file", "Terraform variables `FILE` (repeatable)")
	fs.Var(listFlag{&f.vars, false}, "var", "Terraform variable `NAME=VALUE` (repeatable)")
	fs.Var(listFlag{&f.parameterFiles, false}, "parameters", "ARM parameters `FILE` (repeatable)")
	fs.Var(listFlag{&f.helmValues, false}, "helm-values", "Helm values `FILE` for charts (repeatable)")
	fs.Var(listFlag{&f.helmSet, false}, "helm-set", "Helm value override `KEY=VALUE` (repeatable)")
	fs.StringVar(&f.config, "config", "", "configuration `FILE` (default: .posture.yaml found upward from the first path)")
	fs.BoolVar(&f.showUnknown, "show-unknown", false, "also list checks that could not be decided because a value is unknown (as not evaluated)")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the text output")
	fs.StringVar(&f.category, "category", "", "SARIF run category, to tell several uploads for one commit apart")
	fs.BoolVar(&f.includeSuppressed, "include-suppressed", false, "write suppressed findings into SARIF with their suppression")
}

func runScan(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("posture scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f scanFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: posture scan [flags] [PATH...]\n\nScan Terraform, ARM/Bicep and Kubernetes files. Directories are walked; files are scanned as given.\n\nFlags:\n")
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nExit codes: 0 no finding at or above the threshold, 1 findings, 2 usage error or input that could not be scanned.\n")
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "posture: "+format+"\n", a...)
		return ExitUsage
	}
	writer, ok := writers[f.format]
	if !ok {
		return fail("--format %q: want one of %s", f.format, strings.Join(formatNames(), ", "))
	}
	threshold, err := policies.ParseSeverity(f.threshold)
	if err != nil {
		return fail("--severity-threshold: %v", err)
	}
	vars, err := keyValues("--var", f.vars)
	if err != nil {
		return fail("%v", err)
	}
	opts := scan.Options{
		Paths:          paths,
		VarFiles:       f.varFiles,
		Vars:           vars,
		Env:            os.Environ(),
		ParameterFiles: f.parameterFiles,
		HelmValues:     f.helmValues,
		HelmSet:        f.helmSet,
		PolicyDirs:     f.policyDirs,
		Policy: policies.Options{
			Only: f.only, Skip: f.skip, Frameworks: f.frameworks, ShowUnknown: f.showUnknown,
		},
	}
	rep, err := scan.Run(ctx, opts)
	if err != nil {
		if errors.Is(err, scan.ErrUsage) {
			return fail("%s", strings.TrimPrefix(err.Error(), "usage: "))
		}
		fmt.Fprintf(stderr, "posture: %v\n", err)
		return ExitUsage
	}

	out := stdout
	color := f.format == "text" && !f.noColor && colorAllowed(stdout)
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return fail("--output: %v", err)
		}
		defer file.Close()
		out = file
		color = false
	}
	err = writer(out, rep, outputOptions{threshold: threshold, color: color, flags: &f})
	if err != nil {
		fmt.Fprintf(stderr, "posture: write %s: %v\n", f.format, err)
		return ExitUsage
	}
	if f.output != "" && f.format != "text" {
		// The report went to a file: still tell the person at the terminal.
		s := report.Summarize(rep, threshold)
		fmt.Fprintf(stderr, "posture: %d findings (%d at or above %s) written to %s\n", s.Findings, s.Failing, s.Threshold, f.output)
	}
	for i := range rep.Findings {
		if report.Failing(&rep.Findings[i], threshold) {
			return ExitFindings
		}
	}
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
