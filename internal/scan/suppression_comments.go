package scan

import (
	"fmt"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// AnnotationIgnore is the Kubernetes annotation that holds suppressions,
// one directive per line: "K8S-POD-001 reason=\"...\" until=2027-03-31".
const AnnotationIgnore = "posture.dev/ignore"

// collectInline gathers the inline suppressions of the scanned resources:
// those the decoders found in the files the resources are declared in
// (found), ARM metadata.posture.ignore entries and Kubernetes annotations.
// Only files for which want returns true count.
func collectInline(resources []parser.Resource, found []parser.Suppression, want func(name string) bool) []parser.Suppression {
	byFile := map[string][]parser.Suppression{}
	for _, s := range found {
		byFile[s.File] = append(byFile[s.File], s)
	}
	var out []parser.Suppression
	seen := map[string]bool{}
	for i := range resources {
		r := &resources[i]
		switch r.Format {
		case parser.ARM:
			out = append(out, armDirectives(r)...)
			if !strings.HasSuffix(r.Range.File, ".bicep") {
				continue
			}
		case parser.KubernetesManifest:
			out = append(out, annotationDirectives(r)...)
		}
		name := r.Range.File
		if name == "" || seen[name] || !want(name) {
			continue
		}
		seen[name] = true
		out = append(out, byFile[name]...)
	}
	return out
}

// armDirectives reads a resource's metadata.posture.ignore entries:
// [{"id": "AZ-ST-001" (or "ids": [...]), "reason": "...", "until": "YYYY-MM-DD"}].
func armDirectives(r *parser.Resource) []parser.Suppression {
	md, _ := r.Properties["metadata"].(map[string]any)
	pm, _ := md["posture"].(map[string]any)
	raw, ok := pm["ignore"]
	if !ok {
		return nil
	}
	base := parser.Path{"metadata", "posture", "ignore"}
	list, ok := raw.([]any)
	if !ok {
		return []parser.Suppression{{Range: r.Locate(base), Resource: r.ID, Problem: "must be a list of {\"id\", \"reason\", \"until\"} objects"}}
	}
	var out []parser.Suppression
	for i, e := range list {
		p := append(append(parser.Path{}, base...), i)
		d := parser.Suppression{Range: r.Locate(p), Resource: r.ID}
		obj, ok := e.(map[string]any)
		if !ok {
			d.Problem = "must be an object {\"id\", \"reason\", \"until\"}"
			out = append(out, d)
			continue
		}
		for k, v := range obj {
			switch k {
			case "id":
				s, _ := v.(string)
				d.IDs = append(d.IDs, parser.SplitSuppressionIDs(s)...)
			case "ids":
				vs, _ := v.([]any)
				for _, x := range vs {
					s, _ := x.(string)
					d.IDs = append(d.IDs, strings.TrimSpace(s))
				}
			case "reason":
				d.Reason, _ = v.(string)
				d.Reason = strings.TrimSpace(d.Reason)
			case "until":
				d.Until, _ = v.(string)
			default:
				if d.Problem == "" {
					d.Problem = fmt.Sprintf("has an unknown member %q (want id, reason, until)", k)
				}
			}
		}
		if d.Problem == "" {
			d.Problem = d.Validate()
		}
		out = append(out, d)
	}
	return out
}

// annotationDirectives reads the posture.dev/ignore annotation of a
// Kubernetes object and of its pod template.
func annotationDirectives(r *parser.Resource) []parser.Suppression {
	var out []parser.Suppression
	for _, base := range []parser.Path{
		{"metadata"},
		{"spec", "template", "metadata"},
		{"spec", "jobTemplate", "spec", "template", "metadata"},
	} {
		m, _ := lookup(r.Properties, base).(map[string]any)
		ann, _ := m["annotations"].(map[string]any)
		v, ok := ann[AnnotationIgnore]
		if !ok {
			continue
		}
		p := append(append(parser.Path{}, base...), "annotations", AnnotationIgnore)
		rng := r.Locate(p)
		s, ok := v.(string)
		if !ok {
			out = append(out, parser.Suppression{Range: rng, Resource: r.ID, Problem: "must be a string: one \"ID reason=\\\"...\\\" until=YYYY-MM-DD\" per line"})
			continue
		}
		for _, line := range strings.Split(s, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			d := parser.ParseSuppressionBody(line)
			d.Range, d.Resource = rng, r.ID
			out = append(out, d)
		}
	}
	return out
}

func lookup(v any, p parser.Path) any {
	for _, k := range p {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		key, ok := k.(string)
		if !ok {
			return nil
		}
		v = m[key]
	}
	return v
}
