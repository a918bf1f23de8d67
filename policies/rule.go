package policies

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Severity ranks findings. The zero value is invalid so that a missing
// severity in metadata is caught.
type Severity int

// Severities, lowest first.
const (
	Low Severity = iota + 1
	Medium
	High
	Critical
)

var severityNames = map[Severity]string{Low: "low", Medium: "medium", High: "high", Critical: "critical"}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return "unknown"
}

// MarshalText writes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(s string) (Severity, error) {
	for sev, n := range severityNames {
		if strings.EqualFold(s, n) {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want low, medium, high or critical)", s)
}

// SecuritySeverity is the CVSS-like score GitHub code scanning reads from
// properties.security-severity to bucket alerts: over 9.0 critical, 7.0 to
// 8.9 high, 4.0 to 6.9 medium, under 4.0 low.
func (s Severity) SecuritySeverity() string {
	switch s {
	case Critical:
		return "9.5"
	case High:
		return "8.0"
	case Medium:
		return "5.5"
	default:
		return "3.0"
	}
}

// Rule is a policy's metadata, read from its # METADATA annotation.
type Rule struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Severity    Severity `json:"severity"`
	// ResourceTypes are the canonical types the engine routes to the rule.
	ResourceTypes []string `json:"resource_types"`
	// Remediation is keyed by format (terraform, arm, kubernetes) or "all".
	Remediation map[string]string `json:"remediation,omitempty"`
	// Fixes are the automatic fixes declared in custom.fix, keyed by
	// format, "format/source type" or "all" (see FixFor).
	Fixes map[string]*FixDeclaration `json:"fix,omitempty"`
	// Compliance maps a framework (mcsb, cis-azure, cis-aws, cis-gcp,
	// pss-baseline, pss-restricted, …) to its control ids.
	Compliance map[string][]string `json:"compliance,omitempty"`
	Defender   string              `json:"defender,omitempty"`
	// Control is the posture-score control the rule counts in.
	Control string   `json:"control,omitempty"`
	Formats []string `json:"formats,omitempty"`
	HelpURI string   `json:"help_uri,omitempty"`
	Since   string   `json:"since,omitempty"`
	// Provider is the policy group: azure, aws, gcp, kubernetes or custom.
	Provider string `json:"provider"`
	// Package is the Rego package path, e.g. posture.azure.ai.public_network.
	Package string `json:"package"`
	// File and Line locate the module, for messages about the policy itself.
	File string `json:"file"`
	Line int    `json:"-"`
	// Params are the default parameters of a parameterised control.
	Params map[string]any `json:"params,omitempty"`
	// Custom marks a user policy loaded with --policy.
	Custom bool `json:"custom,omitempty"`
}

// RemediationFor returns the fix to show for a finding in format, falling
// back to the general text.
func (r *Rule) RemediationFor(format string) string {
	if t := r.Remediation[format]; t != "" {
		return t
	}
	if format == "terraform-plan" {
		if t := r.Remediation["terraform"]; t != "" {
			return t
		}
	}
	return r.Remediation["all"]
}

// Frameworks returns the compliance frameworks the rule maps to, sorted.
func (r *Rule) Frameworks() []string {
	out := make([]string, 0, len(r.Compliance))
	for f := range r.Compliance {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// HelpBase is where the generated policy documentation is published; a
// rule's HelpURI is HelpBase + ID + ".md" unless its metadata names one.
const HelpBase = "https://github.com/posture-dev/posture/blob/main/docs/policies/"

// ruleFromModule reads the package annotation of a parsed module. Problems
// are reported with the module's file and line so a policy author can fix
// them.
func ruleFromModule(m *ast.Module, provider string) (*Rule, error) {
	var ann *ast.Annotations
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			ann = a
			break
		}
	}
	file, line := "", 0
	if m.Package != nil && m.Package.Location != nil {
		file, line = m.Package.Location.File, m.Package.Location.Row
	}
	where := fmt.Sprintf("%s:%d", file, line)
	if ann == nil {
		return nil, fmt.Errorf("%s: policy has no package-scoped # METADATA annotation (it needs title and custom.id, custom.severity, custom.resource_types)", where)
	}
	r := &Rule{
		Title:       strings.TrimSpace(ann.Title),
		Description: strings.TrimSpace(ann.Description),
		Provider:    provider,
		Package:     strings.TrimPrefix(m.Package.Path.String(), "data."),
		File:        file,
		Line:        line,
		Custom:      provider == "custom",
	}
	c := ann.Custom
	r.ID = annotationString(c["id"])
	if r.ID == "" {
		return nil, fmt.Errorf("%s: metadata custom.id is missing", where)
	}
	if r.Title == "" {
		return nil, fmt.Errorf("%s: %s: metadata title is missing", where, r.ID)
	}
	sev, err := ParseSeverity(annotationString(c["severity"]))
	if err != nil {
		return nil, fmt.Errorf("%s: %s: metadata custom.severity: %w", where, r.ID, err)
	}
	r.Severity = sev
	r.ResourceTypes = annotationStrings(c["resource_types"])
	if len(r.ResourceTypes) == 0 {
		return nil, fmt.Errorf("%s: %s: metadata custom.resource_types is missing or empty", where, r.ID)
	}
	switch rem := c["remediation"].(type) {
	case string:
		r.Remediation = map[string]string{"all": strings.TrimSpace(rem)}
	case map[string]any:
		r.Remediation = map[string]string{}
		for k, v := range rem {
			r.Remediation[k] = strings.TrimSpace(annotationString(v))
		}
	}
	if fx, ok := c["fix"]; ok {
		if r.Fixes, err = parseFixes(fx); err != nil {
			return nil, fmt.Errorf("%s: %s: metadata %w", where, r.ID, err)
		}
	}
	if comp, ok := c["compliance"].(map[string]any); ok {
		r.Compliance = map[string][]string{}
		for k, v := range comp {
			r.Compliance[k] = annotationStrings(v)
		}
	}
	r.Defender = annotationString(c["defender"])
	r.Control = annotationString(c["control"])
	r.Formats = annotationStrings(c["formats"])
	r.Since = annotationString(c["since"])
	r.HelpURI = annotationString(c["help_uri"])
	if r.HelpURI == "" && !r.Custom {
		r.HelpURI = HelpBase + r.ID + ".md"
	}
	if p, ok := c["params"].(map[string]any); ok {
		r.Params = p
	}
	return r, nil
}

// annotationString reads a scalar of a rule's custom METADATA as text.
func annotationString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// annotationStrings reads a string or a list of strings of a rule's
// custom METADATA, dropping empty items.
func annotationStrings(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s := annotationString(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
