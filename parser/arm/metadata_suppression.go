package arm

import (
	"fmt"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// withSuppressions attaches to each resource the suppressions of its
// metadata.posture.ignore entries.
func withSuppressions(rs []parser.Resource) []parser.Resource {
	for i := range rs {
		rs[i].Suppressions = metadataSuppressions(&rs[i])
	}
	return rs
}

// metadataSuppressions reads a resource's metadata.posture.ignore entries:
// [{"id": "AZ-ST-001" (or "ids": [...]), "reason": "...", "until": "YYYY-MM-DD"}].
func metadataSuppressions(r *parser.Resource) []parser.Suppression {
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
