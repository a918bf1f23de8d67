package kubernetes

import (
	"strings"

	"github.com/posture-dev/posture/parser"
)

// annotationIgnore is the annotation that holds suppressions, one per
// line: "K8S-POD-001 reason=\"...\" until=2027-03-31".
const annotationIgnore = "posture.dev/ignore"

// withSuppressions attaches to each object the suppressions of its
// posture.dev/ignore annotations.
func withSuppressions(rs []parser.Resource) []parser.Resource {
	for i := range rs {
		rs[i].Suppressions = annotationSuppressions(&rs[i])
	}
	return rs
}

// annotationSuppressions reads the posture.dev/ignore annotation of a
// Kubernetes object and of its pod template.
func annotationSuppressions(r *parser.Resource) []parser.Suppression {
	var out []parser.Suppression
	for _, base := range []parser.Path{
		{"metadata"},
		{"template", "metadata"}, // a PodTemplate, or the pod of a custom resource
		{"spec", "template", "metadata"},
		{"spec", "jobTemplate", "spec", "template", "metadata"},
	} {
		m, _ := valueAt(r.Properties, base).(map[string]any)
		ann, _ := m["annotations"].(map[string]any)
		v, ok := ann[annotationIgnore]
		if !ok {
			continue
		}
		p := append(append(parser.Path{}, base...), "annotations", annotationIgnore)
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

// valueAt returns the value at p in a tree of maps, or nil.
func valueAt(v any, p parser.Path) any {
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
