package score

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// Frameworks are the compliance standards of the compliance view, with the
// key the policies' custom.compliance metadata uses.
var Frameworks = []Framework{
	{"mcsb", "Microsoft cloud security benchmark v1"},
	{"cis-azure", "CIS Microsoft Azure Foundations Benchmark v3.0.0"},
	{"cis-aws", "CIS Amazon Web Services Foundations Benchmark"},
	{"cis-gcp", "CIS Google Cloud Platform Foundation Benchmark"},
	{"aws-fsbp", "AWS Foundational Security Best Practices"},
	{"pss-baseline", "Kubernetes Pod Security Standards: Baseline"},
	{"pss-restricted", "Kubernetes Pod Security Standards: Restricted"},
}

// Framework is a compliance standard.
type Framework struct {
	Key  string `json:"key"`
	Name string `json:"name"`
}

// FrameworkNamed returns the framework with key (case-insensitively).
func FrameworkNamed(key string) (Framework, bool) {
	for _, f := range Frameworks {
		if strings.EqualFold(f.Key, key) {
			return f, true
		}
	}
	return Framework{}, false
}

// Compliance is the view of one standard.
type Compliance struct {
	Framework Framework           `json:"framework"`
	Controls  []ComplianceControl `json:"controls"`
	Passed    int                 `json:"passed"`
	Failed    int                 `json:"failed"`
	// NotEvaluated counts the mapped controls none of whose policies was
	// decided on any scanned resource.
	NotEvaluated int `json:"not_evaluated"`
	// Share is Passed / (Passed + Failed), 0 to 100; -1 when no mapped
	// control was evaluated.
	Share float64 `json:"share"`
}

// Compliance statuses.
const (
	StatusPass         = "pass"
	StatusFail         = "fail"
	StatusNotEvaluated = "not-evaluated"
)

// ComplianceControl is one control of the standard that our policies map
// to.
type ComplianceControl struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	// Rules are the policies mapped to the control; Failing those that fail.
	Rules   []string `json:"rules"`
	Failing []string `json:"failing,omitempty"`
	// Assessed counts the resources the control's policies were decided on.
	Assessed  int           `json:"assessed"`
	Resources []ResourceRef `json:"resources,omitempty"`
}

// ComputeCompliance builds the compliance view of framework over rep: a
// control passes when its policies were decided on at least one resource
// and none fails (suppressed findings pass, as exemptions do in Defender);
// it fails when one fails; it is not evaluated otherwise. With
// opts.Strict an undecided check fails its control.
func ComputeCompliance(rep *result.Report, sm *policies.ScoreModel, fw Framework, opts Options) *Compliance {
	m := index(rep, sm, opts)
	// index keeps only the rules with a known control; the compliance view
	// wants them all.
	m.units = nil
	m.addUnits(rep, true)

	byControl := map[string]*ComplianceControl{}
	assessed := map[string]map[string]bool{}
	failingRes := map[string]map[string]bool{}
	for _, r := range rep.Rules {
		for _, id := range r.Compliance[fw.Key] {
			id = strings.TrimPrefix(strings.TrimSpace(id), "~")
			if id == "" {
				continue
			}
			c := byControl[id]
			if c == nil {
				c = &ComplianceControl{ID: id}
				byControl[id] = c
				assessed[id] = map[string]bool{}
				failingRes[id] = map[string]bool{}
			}
			if !contains(c.Rules, r.ID) {
				c.Rules = append(c.Rules, r.ID)
			}
		}
	}
	for i := range m.units {
		u := &m.units[i]
		for _, id := range u.rule.Compliance[fw.Key] {
			id = strings.TrimPrefix(strings.TrimSpace(id), "~")
			c := byControl[id]
			if c == nil {
				continue
			}
			decided, bad := m.unhealthy(u, "", "")
			if !decided {
				continue
			}
			assessed[id][u.res.key] = true
			if bad {
				if !contains(c.Failing, u.rule.ID) {
					c.Failing = append(c.Failing, u.rule.ID)
				}
				if !failingRes[id][u.res.key] {
					failingRes[id][u.res.key] = true
					rr := ref(u.res)
					rr.Undecided = u.state == review
					c.Resources = append(c.Resources, rr)
				}
			}
		}
	}
	out := &Compliance{Framework: fw, Controls: []ComplianceControl{}, Share: -1}
	for id, c := range byControl {
		c.Assessed = len(assessed[id])
		switch {
		case len(c.Failing) > 0:
			c.Status = StatusFail
			out.Failed++
		case c.Assessed > 0:
			c.Status = StatusPass
			out.Passed++
		default:
			c.Status = StatusNotEvaluated
			out.NotEvaluated++
		}
		sort.Strings(c.Rules)
		sort.Strings(c.Failing)
		out.Controls = append(out.Controls, *c)
	}
	sort.Slice(out.Controls, func(i, j int) bool { return naturalLess(out.Controls[i].ID, out.Controls[j].ID) })
	if n := out.Passed + out.Failed; n > 0 {
		out.Share = 100 * float64(out.Passed) / float64(n)
	}
	return out
}

// addUnits adds the (rule, resource) pairs of rep's rules; all includes
// the rules without a known control.
func (m *model) addUnits(rep *result.Report, all bool) {
	rules := append([]*policies.Rule(nil), rep.Rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	byKey := map[string]*resource{}
	for _, r := range m.resources {
		byKey[r.key] = r
	}
	for _, rule := range rules {
		if _, ok := m.sm.Control(rule.Control); !ok && !all {
			continue
		}
		for _, a := range rep.Assessed[rule.ID] {
			r := byKey[a.ResourceID+"\x00"+a.File]
			if r == nil {
				r = &resource{key: a.ResourceID + "\x00" + a.File, id: a.ResourceID, file: a.File, root: "root:" + a.File}
				byKey[r.key] = r
				m.resources = append(m.resources, r)
			}
			k := rule.ID + "\x00" + r.key
			m.units = append(m.units, unit{rule: rule, res: r, state: m.outcome[k]})
		}
	}
}

// naturalLess orders control ids with their numbers as numbers: NS-2 <
// NS-10, 4.1.2 < 4.10.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		na, ra := leadingNumber(a)
		nb, rb := leadingNumber(b)
		if na >= 0 && nb >= 0 {
			if na != nb {
				return na < nb
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func leadingNumber(s string) (int, string) {
	i := 0
	for i < len(s) && unicode.IsDigit(rune(s[i])) {
		i++
	}
	if i == 0 {
		return -1, s
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil {
		return -1, s
	}
	return n, s[i:]
}
