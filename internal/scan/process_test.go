package scan

import (
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func finding(rule, file string, line int, resource string) policies.Finding {
	return policies.Finding{
		RuleID: rule, ResourceID: resource, Status: policies.StatusFail,
		Range:       parser.Range{File: file, Start: parser.Pos{Line: line, Column: 3}, End: parser.Pos{Line: line, Column: 9}},
		Fingerprint: policies.Fingerprint(rule, file, resource, ""),
	}
}

func ids(fs []policies.Finding) []string {
	out := []string{}
	for _, f := range fs {
		s := f.RuleID + "@" + f.Range.File
		if f.Suppression != nil {
			s += " (" + f.Suppression.Kind + ")"
		}
		out = append(out, s)
	}
	return out
}

func messages(ds []parser.Diagnostic) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.Severity.String()+" "+d.Range.String()+" "+d.Message)
	}
	return out
}
