package policies

import (
	"fmt"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// FixDeclaration is what a rule's METADATA says about fixing its findings
// in one format (custom.fix.<format>): the settings that resolve a
// finding, or why none can be made automatically. The fix package plans
// the edits from it.
type FixDeclaration struct {
	// None says why there is no automatic fix ("a private endpoint needs
	// a design, not an edit"); Set and Add are empty then.
	None string `json:"none,omitempty"`
	// Set gives attributes their secure value, in path order.
	Set []FixSetting `json:"set,omitempty"`
	// Add puts items into lists unless they are there already
	// (capabilities.drop: [ALL]); Value is a []any.
	Add []FixSetting `json:"add,omitempty"`
	// Create lets the fix create absent Terraform nested blocks on the way
	// to a setting (network_rules { default_action = "Deny" }). Objects in
	// JSON and YAML are always created: they have no required members.
	Create bool `json:"create,omitempty"`
}

// FixSetting is one attribute path and the value it should have. Path is
// in the canonical form of parser.Path (dotted, with ["quoted"] keys for
// names that are not identifiers, no indexes) and relative to the fix's
// anchor: the part of the finding's blamed path before Path (the container
// or nested block where the value was found), else the resource body.
type FixSetting struct {
	Path string `json:"path"`
	// Aliases are other spellings of Path, which an older provider
	// version used (enable_non_ssl_port for non_ssl_port_enabled): an
	// attribute written under one of them is edited in place; an absent
	// one is inserted as Path. Declared as "path|alias|…".
	Aliases []string `json:"aliases,omitempty"`
	Value   any      `json:"value"`
}

// Paths returns Path and its aliases.
func (s *FixSetting) Paths() []string { return append([]string{s.Path}, s.Aliases...) }

// Settings returns the settings and additions together, settings first.
func (d *FixDeclaration) Settings() []FixSetting {
	return append(append([]FixSetting(nil), d.Set...), d.Add...)
}

// FixFor returns the fix declared for a finding in format on a resource
// of sourceType (the type as written in the source: azurerm_ai_services,
// or the canonical type where the source names no other), or nil when the
// rule declares none. A declaration for "format/sourceType" wins over the
// format's, which wins over a format-less "none".
func (r *Rule) FixFor(format, sourceType string) *FixDeclaration {
	if r.Fixes == nil {
		return nil
	}
	if sourceType != "" {
		if d := r.Fixes[format+"/"+sourceType]; d != nil {
			return d
		}
	}
	if d := r.Fixes[format]; d != nil {
		return d
	}
	return r.Fixes["all"]
}

// fixFormats are the keys custom.fix may hold, besides "none" and
// "<format>/<source type>".
var fixFormats = map[string]bool{"terraform": true, "arm": true, "kubernetes": true}

// parseFixes reads custom.fix:
//
//	fix:
//	  terraform: {set: {local_auth_enabled: false}}
//	  terraform/azurerm_ai_services: {set: {local_authentication_enabled: false}}
//	  arm: {set: {properties.disableLocalAuth: true}}
//	  kubernetes: {add: {securityContext.capabilities.drop: [ALL]}}
//
// or fix: {none: "why"} for every format.
func parseFixes(v any) (map[string]*FixDeclaration, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("custom.fix must be a map of format to declaration, or {none: reason}")
	}
	out := map[string]*FixDeclaration{}
	for _, key := range sortedKeys(m) {
		if key == "none" {
			why := strings.TrimSpace(annotationString(m[key]))
			if why == "" {
				return nil, fmt.Errorf("custom.fix.none must say why there is no automatic fix")
			}
			out["all"] = &FixDeclaration{None: why}
			continue
		}
		format, _, _ := strings.Cut(key, "/")
		if !fixFormats[format] {
			return nil, fmt.Errorf("custom.fix.%s: unknown format %q (want terraform, arm, kubernetes, optionally /<resource type>, or none)", key, format)
		}
		d, err := parseFixDeclaration(m[key])
		if err != nil {
			return nil, fmt.Errorf("custom.fix.%s: %w", key, err)
		}
		out[key] = d
	}
	return out, nil
}

func parseFixDeclaration(v any) (*FixDeclaration, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("must be a map with set, add, create or none")
	}
	d := &FixDeclaration{}
	for _, key := range sortedKeys(m) {
		switch key {
		case "none":
			d.None = strings.TrimSpace(annotationString(m[key]))
			if d.None == "" {
				return nil, fmt.Errorf("none must say why there is no automatic fix")
			}
		case "create":
			b, ok := m[key].(bool)
			if !ok {
				return nil, fmt.Errorf("create must be true or false")
			}
			d.Create = b
		case "set", "add":
			settings, err := parseFixSettings(m[key], key == "add")
			if err != nil {
				return nil, fmt.Errorf("%s: %w", key, err)
			}
			if key == "set" {
				d.Set = settings
			} else {
				d.Add = settings
			}
		default:
			return nil, fmt.Errorf("unknown key %q (want set, add, create or none)", key)
		}
	}
	if d.None != "" && len(d.Set)+len(d.Add) > 0 {
		return nil, fmt.Errorf("declares both none and settings")
	}
	if d.None == "" && len(d.Set)+len(d.Add) == 0 {
		return nil, fmt.Errorf("declares no setting (set or add) and no reason (none)")
	}
	return d, nil
}

func parseFixSettings(v any, lists bool) ([]FixSetting, error) {
	m, ok := v.(map[string]any)
	if !ok || len(m) == 0 {
		return nil, fmt.Errorf("must map attribute paths to values")
	}
	out := make([]FixSetting, 0, len(m))
	for _, key := range sortedKeys(m) {
		paths := strings.Split(key, "|")
		for i, p := range paths {
			parsed, err := parser.ParsePath(p)
			if err != nil || len(parsed) == 0 || strings.Contains(p, "..") || strings.HasPrefix(p, ".") || strings.HasSuffix(p, ".") {
				return nil, fmt.Errorf("%q is not an attribute path (dotted, [\"quoted\"] keys that are not identifiers)", p)
			}
			for _, el := range parsed {
				if _, ok := el.(string); !ok {
					return nil, fmt.Errorf("%q: a fix path names attributes, not list indexes; the fix applies where the finding points", p)
				}
			}
			// Paths compare in their canonical form, as findings carry them.
			paths[i] = parsed.String()
		}
		p := paths[0]
		val := m[key]
		if lists {
			items, ok := val.([]any)
			if !ok || len(items) == 0 {
				return nil, fmt.Errorf("%s: add takes a list of items", p)
			}
		}
		if val == nil {
			return nil, fmt.Errorf("%s: a fix sets a value; null means unset, which is never the secure default", p)
		}
		var aliases []string
		if len(paths) > 1 {
			aliases = paths[1:]
		}
		out = append(out, FixSetting{Path: p, Aliases: aliases, Value: val})
	}
	return out, nil
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
