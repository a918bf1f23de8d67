package score

import (
	"math"
	"sort"
	"strings"

	"github.com/posture-dev/posture/policies"
)

// Recommendation is a failing policy and what fixing it is worth.
type Recommendation struct {
	RuleID   string `json:"rule_id"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
	Control  string `json:"control"`
	// PotentialIncrease is what the combined score would gain, in points
	// of 100, if this policy alone were fixed everywhere.
	PotentialIncrease float64 `json:"potential_increase"`
	// Risk is the risk score of its failures (severity weight × AI
	// multiplier, summed over the failing resources).
	Risk        float64       `json:"risk"`
	Resources   []ResourceRef `json:"resources"`
	Remediation string        `json:"remediation,omitempty"`
	HelpURI     string        `json:"help_uri,omitempty"`
	// AttackPaths are the titles of the attack paths the policy is part of.
	AttackPaths []string `json:"attack_paths,omitempty"`
	severity    policies.Severity
}

// ResourceRef points at a resource.
type ResourceRef struct {
	ID   string `json:"id"`
	Type string `json:"type,omitempty"`
	File string `json:"file"`
	Line int    `json:"line"`
	// AI is set for AI resources and the data stores linked to them.
	AI bool `json:"ai,omitempty"`
	// Undecided is set (with --strict) when the check could not be decided.
	Undecided bool `json:"undecided,omitempty"`
}

// AttackPathHit is an attack path found on one resource.
type AttackPathHit struct {
	Title       string      `json:"title"`
	Severity    string      `json:"severity"`
	Description string      `json:"description"`
	Rules       []string    `json:"rules"`
	Resource    ResourceRef `json:"resource"`
}

// Risk is the secondary, severity-weighted score of §7.2 item 5: it does
// not compare with the posture score but ranks what to fix first.
type Risk struct {
	// Total is Σ over failing (policy, resource) of severity weight × AI
	// multiplier; PerResource divides it by the assessed resources.
	Total       float64        `json:"total"`
	PerResource float64        `json:"per_resource"`
	Assessed    int            `json:"assessed_resources"`
	AIResources int            `json:"ai_resources"`
	Top         []ResourceRisk `json:"top"`
}

// ResourceRisk is the risk of one resource.
type ResourceRisk struct {
	Resource ResourceRef `json:"resource"`
	Risk     float64     `json:"risk"`
	Rules    []string    `json:"rules"`
}

// refLess orders resources by place, then id.
func refLess(a, b ResourceRef) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.ID < b.ID
}

func ref(r *resource) ResourceRef {
	return ResourceRef{ID: r.id, Type: r.typ, File: r.file, Line: r.line, AI: r.ai}
}

// weight is the risk weight of a failing finding on r.
func (m *model) weight(sev policies.Severity, r *resource) float64 {
	w := m.sm.SeverityWeights[sev.String()]
	if r.ai {
		w *= m.sm.AIMultiplier
	}
	return w
}

// severityOf is the highest severity of the unsuppressed failures of a
// (rule, resource), or the rule's own.
func (m *model) severityOf(u *unit) policies.Severity {
	sev := policies.Severity(0)
	for _, f := range m.findings[u.rule.ID+"\x00"+u.res.key] {
		if f.Severity > sev {
			sev = f.Severity
		}
	}
	if sev == 0 {
		sev = u.rule.Severity
	}
	return sev
}

// recommendations ranks the failing policies by potential increase, then
// severity, then risk.
func (m *model) recommendations(current float64) []Recommendation {
	byRule := map[string]*Recommendation{}
	var order []string
	paths := m.pathTitles()
	for i := range m.units {
		u := &m.units[i]
		_, bad := m.unhealthy(u, "", "")
		if !bad {
			continue
		}
		rec := byRule[u.rule.ID]
		if rec == nil {
			rec = &Recommendation{
				RuleID: u.rule.ID, Title: u.rule.Title, Control: u.rule.Control,
				severity: u.rule.Severity, HelpURI: u.rule.HelpURI, AttackPaths: paths[u.rule.ID],
				Remediation: remediation(u.rule, u.res.file),
			}
			byRule[u.rule.ID] = rec
			order = append(order, u.rule.ID)
		}
		rr := ref(u.res)
		rr.Undecided = u.state == review
		rec.Resources = append(rec.Resources, rr)
		if u.state == fail {
			sev := m.severityOf(u)
			if sev > rec.severity {
				rec.severity = sev
			}
			rec.Risk += m.weight(sev, u.res)
		}
	}
	out := make([]Recommendation, 0, len(order))
	for _, id := range order {
		rec := byRule[id]
		// In place order, not in the order the decoders happened to
		// produce the resources, which may differ from run to run.
		sort.SliceStable(rec.Resources, func(i, j int) bool { return refLess(rec.Resources[i], rec.Resources[j]) })
		rec.Severity = rec.severity.String()
		rec.PotentialIncrease = m.score(id, "").Score - current
		out = append(out, *rec)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if d := a.PotentialIncrease - b.PotentialIncrease; math.Abs(d) > 1e-9 {
			return d > 0
		}
		if a.severity != b.severity {
			return a.severity > b.severity
		}
		if a.Risk != b.Risk {
			return a.Risk > b.Risk
		}
		return a.RuleID < b.RuleID
	})
	return out
}

// remediation is the fix in the format of the resource's file, else the
// general one.
func remediation(r *policies.Rule, file string) string {
	format := "terraform"
	switch {
	case strings.HasSuffix(file, ".json") && !strings.HasSuffix(file, ".tf.json"):
		format = "arm"
	case strings.HasSuffix(file, ".yaml"), strings.HasSuffix(file, ".yml"):
		format = "kubernetes"
	}
	if t := r.RemediationFor(format); t != "" {
		return t
	}
	for _, t := range r.Remediation {
		return t
	}
	return ""
}

// pathTitles maps a rule to the titles of the attack paths it is part of.
func (m *model) pathTitles() map[string][]string {
	out := map[string][]string{}
	for _, h := range m.attackPaths() {
		for _, r := range h.Rules {
			if !contains(out[r], h.Title) {
				out[r] = append(out[r], h.Title)
			}
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// attackPaths finds the resources that fail both policies of an attack
// path of the model.
func (m *model) attackPaths() []AttackPathHit {
	failing := map[string]map[string]bool{} // resource key → rule → failing
	for k := range m.findings {
		rule, res, _ := strings.Cut(k, "\x00")
		if failing[res] == nil {
			failing[res] = map[string]bool{}
		}
		failing[res][rule] = true
	}
	var out []AttackPathHit
	for _, r := range m.resources {
		f := failing[r.key]
		if f == nil {
			continue
		}
		for _, p := range m.sm.AttackPaths {
			if f[p.Rules[0]] && f[p.Rules[1]] {
				out = append(out, AttackPathHit{Title: p.Title, Severity: p.Severity, Description: p.Description,
					Rules: append([]string(nil), p.Rules...), Resource: ref(r)})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		si, _ := policies.ParseSeverity(out[i].Severity)
		sj, _ := policies.ParseSeverity(out[j].Severity)
		if si != sj {
			return si > sj
		}
		if out[i].Resource.File != out[j].Resource.File {
			return out[i].Resource.File < out[j].Resource.File
		}
		return out[i].Resource.Line < out[j].Resource.Line
	})
	return out
}

// risk sums the severity weights of the failing (policy, resource) pairs,
// doubled on AI resources, and lists the riskiest resources.
func (m *model) risk() Risk {
	var rk Risk
	per := map[string]*ResourceRisk{}
	assessed := map[string]bool{}
	for i := range m.units {
		u := &m.units[i]
		assessed[u.res.key] = true
		if u.state != fail {
			continue
		}
		w := m.weight(m.severityOf(u), u.res)
		rk.Total += w
		rr := per[u.res.key]
		if rr == nil {
			rr = &ResourceRisk{Resource: ref(u.res)}
			per[u.res.key] = rr
		}
		rr.Risk += w
		rr.Rules = append(rr.Rules, u.rule.ID)
	}
	rk.Assessed = len(assessed)
	for _, r := range m.resources {
		if assessed[r.key] && r.ai {
			rk.AIResources++
		}
	}
	if rk.Assessed > 0 {
		rk.PerResource = rk.Total / float64(rk.Assessed)
	}
	for _, rr := range per {
		rk.Top = append(rk.Top, *rr)
	}
	// per is a map: order every tie, or the top ten change from run to run
	// (templates copied across directories declare the same ids).
	sort.Slice(rk.Top, func(i, j int) bool {
		a, b := rk.Top[i], rk.Top[j]
		switch {
		case a.Risk != b.Risk:
			return a.Risk > b.Risk
		case a.Resource.ID != b.Resource.ID:
			return a.Resource.ID < b.Resource.ID
		case a.Resource.File != b.Resource.File:
			return a.Resource.File < b.Resource.File
		}
		return a.Resource.Line < b.Resource.Line
	})
	if len(rk.Top) > 10 {
		rk.Top = rk.Top[:10]
	}
	return rk
}
