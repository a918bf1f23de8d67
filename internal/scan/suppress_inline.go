package scan

import (
	"strings"
	"time"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// inlineStage applies the inline suppressions. A directive with a problem
// (no reason, a bad date) is reported and suppresses nothing; an expired
// one is reported and suppresses nothing; a valid one that matched no
// finding of a rule that ran is reported as a note. selected holds the ids
// of the rules that ran.
func inlineStage(ds []directive, selected map[string]bool, now time.Time) stage {
	return stage{"inline suppressions", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		var diags []parser.Diagnostic
		active := make([]*directive, 0, len(ds))
		for i := range ds {
			d := &ds[i]
			switch {
			case d.problem != "":
				diags = append(diags, parser.Warnf(d.Range, "posture:ignore %s; it suppresses nothing", d.problem))
			case expired(d.Until, now):
				diags = append(diags, parser.Warnf(d.Range, "posture:ignore %s expired on %s (reason: %s); its findings are reported again: fix them or extend until=", strings.Join(d.IDs, ","), d.Until, d.Reason))
			default:
				d.used = map[string]bool{}
				active = append(active, d)
			}
		}
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression != nil {
				continue
			}
			for _, d := range active {
				if !d.covers(f) {
					continue
				}
				if id := d.match(f.RuleID); id != "" {
					d.used[id] = true
					f.Suppression = &policies.Suppression{Kind: "inline", Reason: d.Reason, Until: d.Until, Range: d.Range}
					break
				}
			}
		}
		for _, d := range active {
			for _, id := range d.IDs {
				if !d.used[id] && selected[id] {
					diags = append(diags, parser.Notef(d.Range, "posture:ignore %s matches no finding here; remove it if the problem is fixed", id))
				}
			}
		}
		return out, diags
	}}
}

// covers reports whether the directive is aimed at the finding's resource
// or at the lines the finding lies on.
func (d *directive) covers(f *policies.Finding) bool {
	if d.Resource != "" {
		return d.Resource == f.ResourceID
	}
	return d.File == f.Range.File && f.Range.Start.Line >= d.First && f.Range.Start.Line <= d.Last
}

func (d *directive) match(ruleID string) string {
	for _, id := range d.IDs {
		if strings.EqualFold(id, ruleID) {
			return id
		}
	}
	return ""
}
