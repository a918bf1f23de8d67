package azurerm

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// azapiEntries are the azapi_resource attributes outside body.
var azapiEntries = []entry{
	f("name", "name"),
	f("location", "location"),
	f("tags", "tags"),
	f("identity.type", "identity.type"),
	fc("identity.identity_ids", "identity.userAssignedIdentities", userIdentities),
	parentID("parent_id"),
}

// convertAzapi maps an azapi_resource: its body is already the ARM body
// (an object, or with azapi v1 a jsonencode()d string); type carries the
// ARM type and apiVersion ("Microsoft.X/y@2024-01-01").
func convertAzapi(r parser.Resource) (parser.Resource, bool) {
	typ, _ := r.Properties["type"].(string)
	armType, apiVersion, found := strings.Cut(typ, "@")
	if !found || !strings.Contains(armType, "/") || apiVersion == "" {
		// An unknown or malformed type says nothing about the shape.
		return r, false
	}

	c := newConversion(r)
	body, bodyIsString := decodeBody(r.Properties["body"])
	for k, v := range body {
		c.props[k] = v
	}
	c.build(azapiEntries, r.Properties, nil, nil, "")
	c.props["apiVersion"] = apiVersion
	out := c.finish(armType, azapiEntries)

	// finish re-keyed what the entries know; body paths move up one level.
	for k, rg := range r.Ranges {
		p, err := parser.ParsePath(k)
		if err != nil || len(p) < 2 || p[0] != "body" {
			continue
		}
		out.Ranges.Set(p[1:], rg)
	}
	if rg, ok := r.Ranges["body"]; ok {
		// Findings inside a body written as one expression point at it.
		for k := range body {
			if _, has := out.Ranges[k]; !has {
				out.Ranges[k] = rg
			}
		}
	}
	if rg, ok := r.Ranges["type"]; ok {
		out.Ranges["apiVersion"] = rg
	}
	for _, u := range r.Unknown {
		switch {
		case len(u) >= 2 && u[0] == "body":
			out.Unknown = append(out.Unknown, u[1:])
		case len(u) == 1 && u[0] == "body":
			// Nothing of the body is known: no property can be judged.
			out.Unknown = append(out.Unknown, parser.Path{"properties"}, parser.Path{"kind"}, parser.Path{"sku"})
		}
	}
	for i, ref := range out.Refs {
		if len(ref.Path) >= 2 && ref.Path[0] == "body" {
			out.Refs[i].Path = ref.Path[1:]
		}
	}
	for k, chain := range r.Origins {
		if p, err := parser.ParsePath(k); err == nil && len(p) >= 2 && p[0] == "body" {
			if out.Origins == nil {
				out.Origins = map[string][]parser.Range{}
			}
			out.Origins[p[1:].String()] = chain
		}
	}
	if bodyIsString {
		out.Meta = withMeta(out.Meta, "body", "jsonencode")
	}
	return out, true
}

// decodeBody returns the body as an object. A string body is JSON (azapi
// v1 took jsonencode(...)); anything else yields an empty body.
func decodeBody(v any) (map[string]any, bool) {
	switch b := v.(type) {
	case map[string]any:
		return deepCopy(b).(map[string]any), false
	case string:
		dec := json.NewDecoder(bytes.NewReader([]byte(b)))
		dec.UseNumber()
		var raw any
		if err := dec.Decode(&raw); err != nil {
			return nil, true
		}
		m, _ := normalizeJSON(raw).(map[string]any)
		return m, true
	}
	return nil, false
}

// normalizeJSON turns json.Number into the int64 or float64 of the model.
func normalizeJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normalizeJSON(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = normalizeJSON(e)
		}
		return x
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		if f, err := x.Float64(); err == nil {
			return f
		}
		return x.String()
	}
	return v
}

func withMeta(m map[string]string, k, v string) map[string]string {
	if m == nil {
		m = map[string]string{}
	}
	m[k] = v
	return m
}
