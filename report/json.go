package report

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// JSONVersion is the version of the JSON output schema (docs/json-output.md).
// It changes only when a field is removed or changes meaning.
const JSONVersion = 1

type jsonReport struct {
	Version     int              `json:"version"`
	Tool        jsonTool         `json:"tool"`
	Summary     Summary          `json:"summary"`
	Findings    []jsonFinding    `json:"findings"`
	Rules       []*policies.Rule `json:"rules"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
	Extra       map[string]any   `json:"extra,omitempty"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonLocation struct {
	File        string `json:"file"`
	StartLine   int    `json:"start_line"`
	StartColumn int    `json:"start_column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
}

type jsonFinding struct {
	RuleID       string                `json:"rule_id"`
	Title        string                `json:"title"`
	Severity     string                `json:"severity"`
	Status       string                `json:"status"`
	Message      string                `json:"message"`
	Resource     string                `json:"resource"`
	ResourceType string                `json:"resource_type"`
	Provider     string                `json:"provider"`
	Format       string                `json:"format"`
	Path         string                `json:"path,omitempty"`
	Attribute    string                `json:"attribute,omitempty"`
	Location     jsonLocation          `json:"location"`
	Related      []jsonLocation        `json:"related,omitempty"`
	Remediation  string                `json:"remediation,omitempty"`
	HelpURI      string                `json:"help_uri,omitempty"`
	Fingerprint  string                `json:"fingerprint"`
	Suppression  *policies.Suppression `json:"suppression,omitempty"`
	Fix          *jsonFix              `json:"fix,omitempty"`
	NoFix        string                `json:"no_fix,omitempty"`
}

// jsonFix is a finding's fix: edits by position and by byte offset, for
// tools that apply them.
type jsonFix struct {
	Description string     `json:"description"`
	Edits       []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Location  jsonLocation `json:"location"`
	StartByte int          `json:"start_byte"`
	EndByte   int          `json:"end_byte"`
	Text      string       `json:"text"`
}

type jsonDiagnostic struct {
	Severity string       `json:"severity"`
	Message  string       `json:"message"`
	Location jsonLocation `json:"location"`
}

func loc(r parser.Range) jsonLocation {
	return jsonLocation{File: r.File, StartLine: r.Start.Line, StartColumn: r.Start.Column, EndLine: r.End.Line, EndColumn: r.End.Column}
}

// WriteJSON renders rep in the documented JSON schema. extra adds top-level
// sections (the posture score) under "extra". Messages are bounded and
// their control and bidirectional characters escaped as in every format
// (package display), since tools show them to people; names and paths are
// left exact for tools to match, and JSON escaping keeps them inert.
func WriteJSON(w io.Writer, rep *result.Report, threshold policies.Severity, extra map[string]any) error {
	out := jsonReport{
		Version:     JSONVersion,
		Tool:        jsonTool{Name: rep.Tool, Version: rep.Version},
		Summary:     Summarize(rep, threshold),
		Findings:    []jsonFinding{},
		Rules:       rep.Rules,
		Diagnostics: []jsonDiagnostic{},
		Extra:       extra,
	}
	if out.Rules == nil {
		out.Rules = []*policies.Rule{}
	}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		jf := jsonFinding{
			RuleID: f.RuleID, Severity: f.Severity.String(), Status: string(f.Status), Message: display.Message(f.Message),
			Resource: f.ResourceID, ResourceType: f.ResourceType, Provider: string(f.Provider), Format: string(f.Format),
			Path: f.Path, Attribute: f.Attribute, Location: loc(f.Range), Fingerprint: f.Fingerprint, Suppression: f.Suppression,
		}
		for _, r := range f.Related {
			jf.Related = append(jf.Related, loc(r))
		}
		if f.Fix != nil {
			jf.Fix = &jsonFix{Description: display.Message(f.Fix.Description), Edits: []jsonEdit{}}
			for _, e := range f.Fix.Edits {
				jf.Fix.Edits = append(jf.Fix.Edits, jsonEdit{Location: loc(e.Range), StartByte: e.Range.Start.Byte, EndByte: e.Range.End.Byte, Text: e.Text})
			}
		}
		jf.NoFix = display.Message(f.NoFix)
		if f.Rule != nil {
			jf.Title = f.Rule.Title
			jf.Remediation = f.Rule.RemediationFor(string(f.Format))
			jf.HelpURI = f.Rule.HelpURI
		}
		out.Findings = append(out.Findings, jf)
	}
	for _, d := range rep.Diagnostics {
		msg := strings.Join(display.MessageLines(d.Message), "\n")
		out.Diagnostics = append(out.Diagnostics, jsonDiagnostic{Severity: d.Severity.String(), Message: msg, Location: loc(d.Range)})
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, display.JSONGuard.String(b.String()))
	return err
}
