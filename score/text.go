package score

import (
	"fmt"
	"io"
	"strings"

	"github.com/posture-dev/posture/report/display"
)

// TextOptions tune WriteText.
type TextOptions struct {
	// Top is how many recommendations to list; 0 lists them all.
	Top int
}

// WriteText renders a score for a terminal: the score per root, the
// control table, the attack paths, the top recommendations and the risk
// score.
func WriteText(w io.Writer, res *Result, opts TextOptions) error {
	var b strings.Builder
	mode := ""
	if res.Strict {
		mode = ", strict: undecided checks count as unhealthy"
	}
	if !res.Applicable {
		fmt.Fprintf(&b, "Posture score: n/a (no control with points applies to the scanned resources%s)\n", mode)
	} else {
		fmt.Fprintf(&b, "Posture score: %s / 100  (%.1f of %.0f control points%s)\n", FormatScore(res.Score), res.Current, res.Max, mode)
	}
	if len(res.Roots) > 1 {
		fmt.Fprintf(&b, "\nRoots (weighted by assessed resources)\n")
		for _, r := range res.Roots {
			s := "n/a"
			if r.Applicable {
				s = FormatScore(r.Score)
			}
			fmt.Fprintf(&b, "  %-48s %4s  %d resources\n", display.Text(r.Root), s, r.Weight)
		}
	}

	fmt.Fprintf(&b, "\n  %-40s %4s %8s %8s %10s %5s %10s\n", "Control", "Max", "Current", "Healthy", "Unhealthy", "N/A", "Potential")
	for _, c := range res.Controls {
		if c.Healthy+c.Unhealthy+c.NotApplicable == 0 {
			continue
		}
		pot := ""
		if c.PotentialIncrease > 0 {
			pot = fmt.Sprintf("+%.1f", c.PotentialIncrease)
		}
		fmt.Fprintf(&b, "  %-40s %4.0f %8.2f %8d %10d %5d %10s\n", display.Value(c.Name), c.Max, c.Current, c.Healthy, c.Unhealthy, c.NotApplicable, pot)
	}

	if len(res.AttackPaths) > 0 {
		fmt.Fprintf(&b, "\nAttack paths\n")
		for _, p := range res.AttackPaths {
			fmt.Fprintf(&b, "  %-8s  %s: %s (%s:%d), %s\n", p.Severity, display.Value(p.Title), display.Value(p.Resource.ID), display.Text(p.Resource.File), p.Resource.Line, display.Value(strings.Join(p.Rules, " + ")))
		}
	}

	recs := res.Recommendations
	if opts.Top > 0 && len(recs) > opts.Top {
		recs = recs[:opts.Top]
	}
	if len(recs) > 0 {
		fmt.Fprintf(&b, "\nRecommendations (by potential score increase, then severity)\n")
		for i, r := range recs {
			fmt.Fprintf(&b, "  %2d. %6s  %-8s  %s  %s  (%s)\n", i+1, fmt.Sprintf("+%.1f", r.PotentialIncrease), r.Severity, display.Value(r.RuleID), display.Value(r.Title), plural(len(r.Resources), "resource"))
			for j, rr := range r.Resources {
				if j == 3 {
					fmt.Fprintf(&b, "        … and %d more\n", len(r.Resources)-3)
					break
				}
				tag := ""
				if rr.AI {
					tag = "  [AI]"
				}
				if rr.Undecided {
					tag += "  [undecided]"
				}
				fmt.Fprintf(&b, "        %s  %s:%d%s\n", display.Value(rr.ID), display.Text(rr.File), rr.Line, tag)
			}
			if r.Remediation != "" {
				fmt.Fprintf(&b, "        fix: %s\n", display.Text(display.Clip(r.Remediation, display.MaxMessage)))
			}
		}
		if len(recs) < len(res.Recommendations) {
			fmt.Fprintf(&b, "  … %d more (--top 0 lists all)\n", len(res.Recommendations)-len(recs))
		}
	}

	rk := res.Risk
	fmt.Fprintf(&b, "\nRisk score: %.0f (%.2f per assessed resource; %d of %d assessed resources are AI resources or their data stores, weighted ×2)\n",
		rk.Total, rk.PerResource, rk.AIResources, rk.Assessed)
	if len(res.Unmapped) > 0 {
		fmt.Fprintf(&b, "\nNot scored (no known control): %s\n", display.Message(strings.Join(res.Unmapped, ", ")))
	}
	_, err := io.WriteString(w, display.TextGuard.String(b.String()))
	return err
}

// WriteDiffText renders a diff.
func WriteDiffText(w io.Writer, d *Diff) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Compared with %s: %s.\n", display.Text(d.Ref), d.Sentence())
	list := func(title string, fs []FindingRef) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s (%d)\n", title, len(fs))
		for _, f := range fs {
			fmt.Fprintf(&b, "  %s:%d  %-8s  %s  %s\n", display.Text(f.File), f.Line, f.Severity, display.Value(f.RuleID), display.Message(f.Message))
		}
	}
	list("Findings added", d.Added)
	list("Findings removed", d.Removed)
	if len(d.Added)+len(d.Removed) == 0 {
		fmt.Fprintf(&b, "No finding added or removed.\n")
	}
	_, err := io.WriteString(w, display.TextGuard.String(b.String()))
	return err
}

// WriteComplianceText renders a compliance view.
func WriteComplianceText(w io.Writer, c *Compliance) error {
	var b strings.Builder
	share := "n/a"
	if c.Share >= 0 {
		share = fmt.Sprintf("%.0f%%", c.Share)
	}
	fmt.Fprintf(&b, "%s: %s of evaluated controls pass (%d pass, %d fail, %d not evaluated, %d mapped)\n\n",
		c.Framework.Name, share, c.Passed, c.Failed, c.NotEvaluated, len(c.Controls))
	for _, ctl := range c.Controls {
		fmt.Fprintf(&b, "  %-14s %-13s %s\n", display.Value(ctl.ID), ctl.Status, display.Message(strings.Join(ctl.Rules, ", ")))
		for _, r := range ctl.Resources {
			tag := ""
			if r.Undecided {
				tag = "  [undecided]"
			}
			fmt.Fprintf(&b, "      %s  %s:%d%s\n", display.Value(r.ID), display.Text(r.File), r.Line, tag)
		}
		if len(ctl.Failing) > 0 {
			fmt.Fprintf(&b, "      failing: %s\n", display.Message(strings.Join(ctl.Failing, ", ")))
		}
	}
	_, err := io.WriteString(w, display.TextGuard.String(b.String()))
	return err
}

func plural(n int, s string) string {
	if n == 1 {
		return "1 " + s
	}
	return fmt.Sprintf("%d %ss", n, s)
}
