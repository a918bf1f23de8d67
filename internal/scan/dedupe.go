package scan

import (
	"fmt"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// dedupeStage keeps one of findings that say the same thing in the same
// place: a Kustomize base built by two overlays, a module called by two
// roots under the same name, an ARM template linked from two parents. Each
// is a deployment of its own, but nothing in the finding tells them apart
// (rule, resource address, location, message, related places), and a
// report that repeats a line only asks the reader to compare them.
func dedupeStage() stage {
	return stage{"dedupe", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		seen := make(map[string]bool, len(fs))
		out := fs[:0:0]
		for _, f := range fs {
			k := dedupeKey(&f)
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, f)
		}
		return out, nil
	}}
}

func dedupeKey(f *policies.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%v", f.Fingerprint, f.RuleID, f.Severity, f.Status, f.Message, f.Range, f.Range.End)
	for _, r := range f.Related {
		fmt.Fprintf(&b, "\x00%s-%v", r, r.End)
	}
	return b.String()
}
