package report

import (
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// Summary counts a report's findings.
type Summary struct {
	// Findings counts the unsuppressed findings.
	Findings   int            `json:"findings"`
	BySeverity map[string]int `json:"by_severity"`
	// Failing counts the findings at or above the severity threshold: the
	// ones that make the command exit with 1.
	Failing   int    `json:"failing"`
	Threshold string `json:"threshold"`
	// Suppressed counts findings accepted by an ignore comment,
	// annotation or configuration entry; Baseline those recorded in the
	// baseline. Neither counts toward the exit code.
	Suppressed  int `json:"suppressed"`
	Baseline    int `json:"baseline"`
	Review      int `json:"not_evaluated"`
	Diagnostics int `json:"diagnostics"`
	Errors      int `json:"errors"`
	Files       int `json:"files"`
	Resources   int `json:"resources"`
	Rules       int `json:"rules"`
}

// Summarize counts rep's findings against the severity threshold.
func Summarize(rep *result.Report, threshold policies.Severity) Summary {
	s := Summary{
		BySeverity:  map[string]int{"critical": 0, "high": 0, "medium": 0, "low": 0},
		Threshold:   threshold.String(),
		Diagnostics: len(rep.Diagnostics),
		Files:       rep.Stats.Files,
		Resources:   rep.Stats.Resources,
		Rules:       rep.Stats.Rules,
	}
	for _, f := range rep.Findings {
		switch {
		case f.Suppression != nil && f.Suppression.Kind == "baseline":
			s.Baseline++
		case f.Suppression != nil:
			s.Suppressed++
		case f.Status == policies.StatusReview:
			s.Review++
		default:
			s.Findings++
			s.BySeverity[f.Severity.String()]++
			if f.Severity >= threshold {
				s.Failing++
			}
		}
	}
	for _, d := range rep.Diagnostics {
		if d.Severity == parser.DiagError {
			s.Errors++
		}
	}
	return s
}

// Failing reports whether a finding counts toward the exit code.
func Failing(f *policies.Finding, threshold policies.Severity) bool {
	return f.Suppression == nil && f.Status == policies.StatusFail && f.Severity >= threshold
}
