package score

import (
	"fmt"
	"math"
	"sort"

	"github.com/posture-dev/posture/policies"
)

// Diff is how a change moves the score: the score at the base and at the
// head, and the findings the change adds and removes (matched by
// fingerprint, so moved lines are not changes).
type Diff struct {
	Ref            string       `json:"ref"`
	Base           float64      `json:"base"`
	BaseApplicable bool         `json:"base_applicable"`
	Head           float64      `json:"head"`
	HeadApplicable bool         `json:"head_applicable"`
	Added          []FindingRef `json:"added"`
	Removed        []FindingRef `json:"removed"`
}

// FindingRef is a finding in a diff.
type FindingRef struct {
	RuleID      string `json:"rule_id"`
	Severity    string `json:"severity"`
	Title       string `json:"title"`
	Message     string `json:"message"`
	Resource    string `json:"resource"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Fingerprint string `json:"fingerprint"`
}

// Compare builds the diff between the score and findings at a base and at
// the head. Only unsuppressed failures count as findings.
func Compare(ref string, base *Result, baseFindings []policies.Finding, head *Result, headFindings []policies.Finding) *Diff {
	d := &Diff{Ref: ref, Base: base.Score, BaseApplicable: base.Applicable, Head: head.Score, HeadApplicable: head.Applicable,
		Added: []FindingRef{}, Removed: []FindingRef{}}
	in := func(fs []policies.Finding) map[string]bool {
		m := map[string]bool{}
		for i := range fs {
			if counts(&fs[i]) {
				m[fs[i].Fingerprint] = true
			}
		}
		return m
	}
	inBase, inHead := in(baseFindings), in(headFindings)
	for i := range headFindings {
		if f := &headFindings[i]; counts(f) && !inBase[f.Fingerprint] {
			d.Added = append(d.Added, findingRef(f))
		}
	}
	for i := range baseFindings {
		if f := &baseFindings[i]; counts(f) && !inHead[f.Fingerprint] {
			d.Removed = append(d.Removed, findingRef(f))
		}
	}
	for _, l := range [][]FindingRef{d.Added, d.Removed} {
		sort.SliceStable(l, func(i, j int) bool {
			if l[i].File != l[j].File {
				return l[i].File < l[j].File
			}
			return l[i].Line < l[j].Line
		})
	}
	return d
}

func counts(f *policies.Finding) bool {
	return f.Suppression == nil && f.Status == policies.StatusFail
}

func findingRef(f *policies.Finding) FindingRef {
	r := FindingRef{RuleID: f.RuleID, Severity: f.Severity.String(), Message: f.Message, Resource: f.ResourceID,
		File: f.Range.File, Line: f.Range.Start.Line, Fingerprint: f.Fingerprint}
	if f.Rule != nil {
		r.Title = f.Rule.Title
	}
	return r
}

// Sentence says how the change moves the score: "this change lowers the
// posture score from 82 to 77".
func (d *Diff) Sentence() string {
	switch {
	case !d.BaseApplicable && !d.HeadApplicable:
		return "no control applies at the base or at the head: there is no posture score to compare"
	case !d.BaseApplicable:
		return fmt.Sprintf("this change brings the first scored resources: the posture score is %s", FormatScore(d.Head))
	case !d.HeadApplicable:
		return fmt.Sprintf("this change removes every scored resource (the posture score was %s)", FormatScore(d.Base))
	}
	b, h := formatPair(d.Base, d.Head)
	switch {
	case math.Abs(d.Head-d.Base) < 1e-9:
		return fmt.Sprintf("this change does not move the posture score (%s)", h)
	case d.Head < d.Base:
		return fmt.Sprintf("this change lowers the posture score from %s to %s", b, h)
	default:
		return fmt.Sprintf("this change raises the posture score from %s to %s", b, h)
	}
}

// FormatScore writes a score rounded to a whole number.
func FormatScore(s float64) string { return fmt.Sprintf("%.0f", s) }

// formatPair writes two scores as whole numbers, or with one decimal when
// the whole numbers would hide a difference.
func formatPair(a, b float64) (string, string) {
	fa, fb := FormatScore(a), FormatScore(b)
	if fa == fb && math.Abs(a-b) >= 1e-9 {
		return fmt.Sprintf("%.1f", a), fmt.Sprintf("%.1f", b)
	}
	return fa, fb
}
