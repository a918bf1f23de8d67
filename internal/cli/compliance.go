package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/score"
)

func frameworkKeys() []string {
	keys := make([]string, len(score.Frameworks))
	for i, f := range score.Frameworks {
		keys[i] = f.Key
	}
	return keys
}

func runCompliance(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("posture compliance", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f inputFlags
	f.register(fs)
	framework := fs.String("framework", "", "the standard: "+strings.Join(frameworkKeys(), ", "))
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: posture compliance --framework NAME [flags] [PATH...]\n\nShow each control of a standard that the policies map to, pass, fail or not evaluated, with the resources behind a failure.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	fw, ok := score.FrameworkNamed(*framework)
	if !ok {
		return badUsage(stderr, "--framework %q: want one of %s", *framework, strings.Join(frameworkKeys(), ", "))
	}
	_, rep, sm, code, ok := scoredScan(ctx, &f, paths, stderr)
	if !ok {
		return code
	}
	c := score.ComputeCompliance(rep, sm, fw, score.Options{Strict: f.strict})
	out, closeOut, err := openOutput(f.output, stdout)
	if err != nil {
		return badUsage(stderr, "--output: %v", err)
	}
	if f.format == "json" {
		err = writeJSON(out, map[string]any{"version": report.JSONVersion, "compliance": c})
	} else {
		err = score.WriteComplianceText(out, c)
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		warn(stderr, "write compliance: %v", err)
		return ExitUsage
	}
	if c.Failed > 0 {
		return ExitFindings
	}
	return ExitOK
}
