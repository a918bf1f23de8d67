package scan

import (
	"strings"
	"time"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// collectInline gathers the inline suppressions of the scanned resources:
// those written in the resources themselves and those the decoders found
// in the comments of the files the resources are declared in (found).
// Only the comments of files for which want returns true count.
func collectInline(resources []parser.Resource, found []parser.Suppression, want func(name string) bool) []parser.Suppression {
	byFile := map[string][]parser.Suppression{}
	for _, s := range found {
		byFile[s.File] = append(byFile[s.File], s)
	}
	var out []parser.Suppression
	seen := map[string]bool{}
	for i := range resources {
		r := &resources[i]
		out = append(out, r.Suppressions...)
		name := r.Range.File
		if name == "" || seen[name] || !want(name) {
			continue
		}
		seen[name] = true
		out = append(out, byFile[name]...)
	}
	return out
}

// inlineStage applies the inline suppressions. A directive with a problem
// (no reason, a bad date) is reported and suppresses nothing; an expired
// one is reported and suppresses nothing; a valid one that matched no
// finding of a rule that ran is reported as a note. selected holds the ids
// of the rules that ran.
func inlineStage(ds []parser.Suppression, selected map[string]bool, now time.Time) stage {
	return stage{"inline suppressions", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		var diags []parser.Diagnostic
		type active struct {
			*parser.Suppression
			used map[string]bool
		}
		actives := make([]active, 0, len(ds))
		for i := range ds {
			d := &ds[i]
			switch {
			case d.Problem != "":
				diags = append(diags, parser.Warnf(d.Range, "posture:ignore %s; it suppresses nothing", d.Problem))
			case expired(d.Until, now):
				diags = append(diags, parser.Warnf(d.Range, "posture:ignore %s expired on %s (reason: %s); its findings are reported again: fix them or extend until=", strings.Join(d.IDs, ","), d.Until, d.Reason))
			default:
				actives = append(actives, active{d, map[string]bool{}})
			}
		}
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression != nil {
				continue
			}
			for _, d := range actives {
				if !covers(d.Suppression, f) {
					continue
				}
				if id := match(d.IDs, f.RuleID); id != "" {
					d.used[id] = true
					f.Suppression = &policies.Suppression{Kind: "inline", Reason: d.Reason, Until: d.Until, Range: d.Range}
					break
				}
			}
		}
		for _, d := range actives {
			for _, id := range d.IDs {
				if !d.used[id] && selected[id] {
					diags = append(diags, parser.Notef(d.Range, "posture:ignore %s matches no finding here; remove it if the problem is fixed", id))
				}
			}
		}
		return out, diags
	}}
}

// covers reports whether the suppression is aimed at the finding's
// resource or at the lines the finding lies on.
func covers(d *parser.Suppression, f *policies.Finding) bool {
	if d.Resource != "" {
		return d.Resource == f.ResourceID
	}
	return d.File == f.Range.File && f.Range.Start.Line >= d.First && f.Range.Start.Line <= d.Last
}

// match returns the id of ids that names the rule, or "".
func match(ids []string, ruleID string) string {
	for _, id := range ids {
		if strings.EqualFold(id, ruleID) {
			return id
		}
	}
	return ""
}
