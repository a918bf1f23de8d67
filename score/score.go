// Package score computes the posture score of a scan,
// modelled on the Defender for Cloud secure score: every policy belongs to
// one control with a fixed max score; per control a resource is healthy,
// unhealthy or not applicable; current = max × healthy/(healthy+unhealthy);
// score = 100 × Σ current / Σ max over the controls with applicable
// resources, computed per root and combined weighted by assessed resources.
// It also ranks the failing policies into prioritised recommendations, with
// a risk score and attack paths, and builds the compliance views. How the
// numbers are computed is written up in docs/score.md.
package score

import (
	"sort"
	"strings"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// Options tune the computation.
type Options struct {
	// Strict counts the checks that could not be decided (unknown values)
	// as unhealthy instead of not applicable.
	Strict bool
}

// Result is the posture score of a report.
type Result struct {
	// Score is the combined posture score, 0 to 100; meaningful only when
	// Applicable (some control with points had an applicable resource).
	Score      float64 `json:"score"`
	Applicable bool    `json:"applicable"`
	Strict     bool    `json:"strict"`
	// Current and Max are the points of the control table (summed over
	// all roots).
	Current  float64        `json:"current"`
	Max      float64        `json:"max"`
	Controls []ControlScore `json:"controls"`
	Roots    []RootScore    `json:"roots"`
	// Recommendations are the failing policies, most valuable fix first.
	Recommendations []Recommendation `json:"recommendations"`
	AttackPaths     []AttackPathHit  `json:"attack_paths"`
	Risk            Risk             `json:"risk"`
	// Unmapped are the rules whose control is not in the score model;
	// they do not count.
	Unmapped []string `json:"unmapped,omitempty"`
}

// ControlScore is one row of the control table.
type ControlScore struct {
	Name          string  `json:"name"`
	Max           float64 `json:"max"`
	Current       float64 `json:"current"`
	Healthy       int     `json:"healthy"`
	Unhealthy     int     `json:"unhealthy"`
	NotApplicable int     `json:"not_applicable"`
	// PotentialIncrease is what the combined score would gain, in points
	// of 100, if every unhealthy resource of the control were fixed.
	PotentialIncrease float64  `json:"potential_increase"`
	Rules             []string `json:"rules"`
}

// Percentage is the control's current score as a share of its max, or -1
// when no resource is applicable.
func (c *ControlScore) Percentage() float64 {
	if c.Healthy+c.Unhealthy == 0 {
		return -1
	}
	return 100 * float64(c.Healthy) / float64(c.Healthy+c.Unhealthy)
}

// RootScore is the score of one root (docs/score.md: a Terraform root
// module directory, an ARM template, a Kubernetes namespace or directory).
type RootScore struct {
	Root       string  `json:"root"`
	Score      float64 `json:"score"`
	Applicable bool    `json:"applicable"`
	Current    float64 `json:"current"`
	Max        float64 `json:"max"`
	// Weight is the number of the root's resources that are healthy or
	// unhealthy in a control with points.
	Weight int `json:"weight"`
}

// state is the outcome of one (policy, resource) pair.
type state int

const (
	pass state = iota
	review
	fail
)

// resource is a scanned resource as the score sees it.
type resource struct {
	key  string
	id   string
	file string
	line int
	typ  string
	root string
	refs []string
	ai   bool
	prov string
}

// unit is a (policy, resource) pair the policy was evaluated on.
type unit struct {
	rule  *policies.Rule
	res   *resource
	state state
}

// model is the report indexed for the computations.
type model struct {
	sm        *policies.ScoreModel
	opts      Options
	resources []*resource
	byID      map[string][]*resource
	units     []unit
	// findings are the unsuppressed failures per (rule, resource key).
	findings map[string][]*policies.Finding
	// outcome is the state of the (rule, resource) pairs with a finding.
	outcome  map[string]state
	unmapped []string
}

// Compute scores rep with the controls of sm.
func Compute(rep *result.Report, sm *policies.ScoreModel, opts Options) *Result {
	m := index(rep, sm, opts)
	res := m.score("", "")
	res.Strict = opts.Strict
	res.Unmapped = m.unmapped
	for i := range res.Controls {
		c := &res.Controls[i]
		if c.Unhealthy > 0 && c.Max > 0 {
			c.PotentialIncrease = m.score("", c.Name).Score - res.Score
		}
	}
	res.Recommendations = m.recommendations(res.Score)
	res.AttackPaths = m.attackPaths()
	res.Risk = m.risk()
	return res
}

func index(rep *result.Report, sm *policies.ScoreModel, opts Options) *model {
	m := &model{sm: sm, opts: opts, byID: map[string][]*resource{}, findings: map[string][]*policies.Finding{}, outcome: map[string]state{}}
	byKey := map[string]*resource{}
	add := func(r *resource) *resource {
		if have := byKey[r.key]; have != nil {
			return have
		}
		byKey[r.key] = r
		m.resources = append(m.resources, r)
		m.byID[r.id] = append(m.byID[r.id], r)
		return r
	}
	for _, r := range rep.Resources {
		add(&resource{key: r.ID + "\x00" + r.File, id: r.ID, file: r.File, line: r.Line, typ: r.Type,
			root: r.Root, refs: r.Refs, ai: sm.IsAI(r.Type), prov: string(r.Provider)})
	}
	m.linkDataStores()

	// The outcome of every (rule, resource) pair with a finding.
	note := func(f *policies.Finding) {
		r := m.resourceOf(f, add)
		k := f.RuleID + "\x00" + r.key
		switch {
		case f.Suppression != nil:
			// Suppressed counts as healthy, like a Defender exemption.
		case f.Status == policies.StatusReview:
			if m.outcome[k] < review {
				m.outcome[k] = review
			}
		default:
			m.outcome[k] = fail
			m.findings[k] = append(m.findings[k], f)
		}
	}
	for i := range rep.Findings {
		note(&rep.Findings[i])
	}
	for i := range rep.Undecided {
		note(&rep.Undecided[i])
	}
	for _, rule := range rep.Rules {
		if _, ok := sm.Control(rule.Control); !ok {
			m.unmapped = append(m.unmapped, rule.ID)
		}
	}
	sort.Strings(m.unmapped)
	m.addUnits(rep, false)
	return m
}

// resourceOf finds the resource a finding is on: by ID, and among
// resources sharing an ID, the one in the finding's file or directory.
func (m *model) resourceOf(f *policies.Finding, add func(*resource) *resource) *resource {
	cands := m.byID[f.ResourceID]
	switch len(cands) {
	case 0:
		return add(&resource{key: f.ResourceID + "\x00" + f.Range.File, id: f.ResourceID, file: f.Range.File,
			line: f.Range.Start.Line, typ: f.ResourceType, root: "root:" + f.Range.File,
			ai: m.sm.IsAI(f.ResourceType), prov: string(f.Provider)})
	case 1:
		return cands[0]
	}
	best := cands[0]
	for _, c := range cands {
		if c.file == f.Range.File {
			return c
		}
		if dir(c.file) == dir(f.Range.File) {
			best = c
		}
	}
	return best
}

func dir(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i]
	}
	return "."
}

// linkDataStores marks the data stores linked to an AI resource by a
// reference, in either direction, as AI resources for the risk score.
func (m *model) linkDataStores() {
	aiIDs := map[string]bool{}
	for _, r := range m.resources {
		if r.ai {
			aiIDs[r.id] = true
		}
	}
	linked := map[string]bool{}
	for _, r := range m.resources {
		if !r.ai {
			continue
		}
		for _, t := range r.refs {
			linked[t] = true
		}
	}
	for _, r := range m.resources {
		if r.ai || !m.sm.IsDataStore(r.typ) {
			continue
		}
		if linked[r.id] {
			r.ai = true
			continue
		}
		for _, t := range r.refs {
			if aiIDs[t] {
				r.ai = true
				break
			}
		}
	}
}

// unhealthy says whether a unit counts against its resource; ignoreRule
// and ignoreControl treat a rule's or a control's failures as fixed.
func (m *model) unhealthy(u *unit, ignoreRule, ignoreControl string) (decided, bad bool) {
	st := u.state
	if st != pass && (u.rule.ID == ignoreRule || strings.EqualFold(u.rule.Control, ignoreControl)) {
		st = pass
	}
	switch st {
	case fail:
		return true, true
	case review:
		return m.opts.Strict, m.opts.Strict
	}
	return true, false
}

// score computes the control table and the per-root and combined scores,
// with ignoreRule's or ignoreControl's failures treated as fixed.
func (m *model) score(ignoreRule, ignoreControl string) *Result {
	type ck struct{ control, res string }
	// Per (control, resource): 0 not applicable, 1 healthy, 2 unhealthy.
	status := map[ck]int{}
	seen := map[ck]bool{}
	var order []ck
	resOf := map[string]*resource{}
	for i := range m.units {
		u := &m.units[i]
		c, _ := m.sm.Control(u.rule.Control)
		k := ck{c.Name, u.res.key}
		resOf[u.res.key] = u.res
		if !seen[k] {
			seen[k] = true
			order = append(order, k)
		}
		decided, bad := m.unhealthy(u, ignoreRule, ignoreControl)
		switch {
		case bad:
			status[k] = 2
		case decided && status[k] == 0:
			status[k] = 1
		}
	}

	res := &Result{}
	rows := map[string]*ControlScore{}
	for _, c := range m.sm.Controls {
		res.Controls = append(res.Controls, ControlScore{Name: c.Name, Max: c.Max})
	}
	for i := range res.Controls {
		rows[res.Controls[i].Name] = &res.Controls[i]
	}
	ruleSeen := map[string]bool{}
	for i := range m.units {
		u := &m.units[i]
		c, _ := m.sm.Control(u.rule.Control)
		if !ruleSeen[u.rule.ID] {
			ruleSeen[u.rule.ID] = true
			rows[c.Name].Rules = append(rows[c.Name].Rules, u.rule.ID)
		}
	}

	type rootAcc struct {
		h, u   map[string]int
		weight map[string]bool
	}
	roots := map[string]*rootAcc{}
	var rootNames []string
	for _, k := range order {
		r := resOf[k.res]
		row := rows[k.control]
		ra := roots[r.root]
		if ra == nil {
			ra = &rootAcc{h: map[string]int{}, u: map[string]int{}, weight: map[string]bool{}}
			roots[r.root] = ra
			rootNames = append(rootNames, r.root)
		}
		switch status[k] {
		case 0:
			row.NotApplicable++
			continue
		case 1:
			row.Healthy++
			ra.h[k.control]++
		case 2:
			row.Unhealthy++
			ra.u[k.control]++
		}
		if row.Max > 0 {
			ra.weight[r.key] = true
		}
	}
	for i := range res.Controls {
		c := &res.Controls[i]
		if n := c.Healthy + c.Unhealthy; n > 0 {
			c.Current = c.Max * float64(c.Healthy) / float64(n)
			res.Current += c.Current
			res.Max += c.Max
		}
	}

	sort.Strings(rootNames)
	var weighted, weights float64
	for _, name := range rootNames {
		ra := roots[name]
		rs := RootScore{Root: name, Weight: len(ra.weight)}
		for _, c := range m.sm.Controls {
			if n := ra.h[c.Name] + ra.u[c.Name]; n > 0 && c.Max > 0 {
				rs.Current += c.Max * float64(ra.h[c.Name]) / float64(n)
				rs.Max += c.Max
			}
		}
		if rs.Max > 0 {
			rs.Applicable = true
			rs.Score = 100 * rs.Current / rs.Max
			weighted += rs.Score * float64(rs.Weight)
			weights += float64(rs.Weight)
		}
		res.Roots = append(res.Roots, rs)
	}
	if weights > 0 {
		res.Applicable = true
		res.Score = weighted / weights
	}
	return res
}

// Summary is the compact form of a score for places with little room
// (the SARIF run's properties): the score and the control table.
type Summary struct {
	Score      float64          `json:"score"`
	Applicable bool             `json:"applicable"`
	Strict     bool             `json:"strict"`
	Current    float64          `json:"current"`
	Max        float64          `json:"max"`
	Controls   []ControlSummary `json:"controls"`
}

// ControlSummary is a row of the control table without the rule list.
type ControlSummary struct {
	Name          string  `json:"name"`
	Max           float64 `json:"max"`
	Current       float64 `json:"current"`
	Healthy       int     `json:"healthy"`
	Unhealthy     int     `json:"unhealthy"`
	NotApplicable int     `json:"not_applicable"`
}

// Summary returns the compact form of r.
func (r *Result) Summary() Summary {
	s := Summary{Score: round2(r.Score), Applicable: r.Applicable, Strict: r.Strict, Current: round2(r.Current), Max: r.Max, Controls: []ControlSummary{}}
	for _, c := range r.Controls {
		s.Controls = append(s.Controls, ControlSummary{Name: c.Name, Max: c.Max, Current: round2(c.Current),
			Healthy: c.Healthy, Unhealthy: c.Unhealthy, NotApplicable: c.NotApplicable})
	}
	return s
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }
