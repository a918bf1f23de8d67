package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/posture-dev/posture/policies"
)

func runPolicies(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("posture policies", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	var dirs, frameworks []string
	fs.Var(listFlag{&dirs, false}, "policy", "also list the policies in `DIR` (repeatable)")
	fs.Var(listFlag{&frameworks, true}, "framework", "list only policies mapped to `FRAMEWORK`")
	pos, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	lib, err := policies.LoadBuiltin()
	if err != nil {
		warn(stderr, "%v", err)
		return ExitUsage
	}
	for _, d := range dirs {
		if err := lib.AddDir(d); err != nil {
			warn(stderr, "--policy %s: %v", d, err)
			return ExitUsage
		}
	}
	eng, err := policies.New(lib, policies.Options{Frameworks: frameworks})
	if err != nil {
		warn(stderr, "%v", err)
		return ExitUsage
	}
	rules := eng.Rules()
	if len(pos) >= 1 && pos[0] == "test" {
		if len(pos) != 2 {
			fmt.Fprintln(stderr, "posture: usage: posture policies test DIR")
			return ExitUsage
		}
		return runPolicyTests(lib, pos[1], stdout, stderr)
	}
	if len(pos) >= 1 && pos[0] == "show" {
		if len(pos) != 2 {
			fmt.Fprintln(stderr, "posture: usage: posture policies show ID")
			return ExitUsage
		}
		r := lib.Rule(pos[1])
		if r == nil {
			warn(stderr, "no policy %q (see `posture policies`)", pos[1])
			return ExitUsage
		}
		if *format == "json" {
			return printJSON(stdout, stderr, r)
		}
		fmt.Fprint(stdout, ruleDoc(r))
		return ExitOK
	}
	if len(pos) > 0 {
		warn(stderr, "policies: unexpected argument %q", pos[0])
		return ExitUsage
	}
	switch *format {
	case "json":
		return printJSON(stdout, stderr, rules)
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSEVERITY\tTITLE\tFORMATS\tFRAMEWORKS")
		for _, r := range rules {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Title, strings.Join(r.Formats, ","), strings.Join(r.Frameworks(), ","))
		}
		tw.Flush()
		fmt.Fprintf(stdout, "\n%d policies. `posture policies show ID` prints one in full.\n", len(rules))
		return ExitOK
	default:
		warn(stderr, "--format %q: want text or json", *format)
		return ExitUsage
	}
}

func printJSON(stdout, stderr io.Writer, v any) int {
	if err := writeJSON(stdout, v); err != nil {
		warn(stderr, "%v", err)
		return ExitUsage
	}
	return ExitOK
}

// ruleDoc renders a rule's full documentation for the terminal.
func ruleDoc(r *policies.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "Severity:       %s\n", r.Severity)
	fmt.Fprintf(&b, "Resource types: %s\n", strings.Join(r.ResourceTypes, ", "))
	if len(r.Formats) > 0 {
		fmt.Fprintf(&b, "Formats:        %s\n", strings.Join(r.Formats, ", "))
	}
	if r.Control != "" {
		fmt.Fprintf(&b, "Score control:  %s\n", r.Control)
	}
	for _, fw := range r.Frameworks() {
		fmt.Fprintf(&b, "%-15s %s\n", fw+":", strings.Join(r.Compliance[fw], ", "))
	}
	if r.Defender != "" {
		fmt.Fprintf(&b, "Defender:       %s\n", r.Defender)
	}
	fmt.Fprintf(&b, "\n%s\n", strings.TrimSpace(r.Description))
	if len(r.Remediation) > 0 {
		b.WriteString("\nHow to fix:\n")
		for _, f := range []string{"terraform", "arm", "kubernetes", "all"} {
			if t := r.Remediation[f]; t != "" {
				fmt.Fprintf(&b, "  %s: %s\n", f, t)
			}
		}
	}
	if len(r.Params) > 0 {
		p, _ := json.Marshal(r.Params)
		fmt.Fprintf(&b, "\nParameters (defaults): %s\n", p)
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\nMore: %s\n", r.HelpURI)
	}
	fmt.Fprintf(&b, "Policy source: %s\n", r.File)
	return b.String()
}

// runPolicyTests runs the Rego unit tests of a policy directory, as
// `opa test` would: exit 0 when all pass, 1 when one fails, 2 when the
// policies do not load.
func runPolicyTests(lib *policies.Library, dir string, stdout, stderr io.Writer) int {
	results, err := lib.RunTests(context.Background(), dir)
	if err != nil {
		warn(stderr, "%v", err)
		return ExitUsage
	}
	if len(results) == 0 {
		warn(stderr, "no test rules (test_*) in %s", dir)
		return ExitUsage
	}
	failed := 0
	for _, r := range results {
		switch {
		case r.Error != "":
			failed++
			fmt.Fprintf(stdout, "%s: ERROR %s\n    %s\n", r.Location, r.Name, r.Error)
		case !r.Pass:
			failed++
			fmt.Fprintf(stdout, "%s: FAIL %s\n", r.Location, r.Name)
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", len(results)-failed, failed)
	if failed > 0 {
		return ExitFindings
	}
	return ExitOK
}
