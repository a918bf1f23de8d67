package policies

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"github.com/posture-dev/posture/parser"
)

// Status says whether a finding is a decided violation or a check that
// could not be decided because a value was unknown.
type Status string

const (
	// StatusFail is a violation.
	StatusFail Status = "fail"
	// StatusReview is a check that depends on a value the scan could not
	// know; reported only when the user asks for it (--show-unknown).
	StatusReview Status = "review"
)

// Finding is one policy violation on one resource.
type Finding struct {
	Rule         *Rule           `json:"-"`
	RuleID       string          `json:"rule_id"`
	Severity     Severity        `json:"severity"`
	Status       Status          `json:"status"`
	Message      string          `json:"message"`
	ResourceID   string          `json:"resource_id"`
	ResourceType string          `json:"resource_type"`
	ResourceName string          `json:"resource_name,omitempty"`
	Provider     parser.Provider `json:"provider"`
	Format       parser.Format   `json:"format"`
	// Path is what the policy blamed, relative to the resource body; empty
	// for the resource as a whole.
	Path string `json:"path,omitempty"`
	// Attribute is the name the user wrote for Path in the source format.
	Attribute string       `json:"attribute,omitempty"`
	Range     parser.Range `json:"range"`
	// Related are the places the offending value came from (module
	// arguments, tfvars, parameter files), outermost first.
	Related []parser.Range `json:"related,omitempty"`
	// Fingerprint is stable when lines move: rule, file, resource, path.
	Fingerprint string            `json:"fingerprint"`
	Meta        map[string]string `json:"meta,omitempty"`
	// Suppression is set when an ignore comment or config entry covers the
	// finding.
	Suppression *Suppression `json:"suppression,omitempty"`
	// Fix is the edit that resolves the finding, where the offending value
	// was written; nil when there is none. NoFix says why not, when the
	// rule has a fix but this finding cannot take it (a computed value).
	Fix   *Fix   `json:"fix,omitempty"`
	NoFix string `json:"no_fix,omitempty"`
}

// Fix is one change that resolves a finding: one or more edits, possibly
// in several files (a tfvars value and nothing else, or an attribute
// inserted in a resource).
type Fix struct {
	// Description says what the fix does, e.g. "Set local_auth_enabled =
	// false".
	Description string `json:"description"`
	Edits       []Edit `json:"edits"`
}

// Edit replaces the bytes of Range with Text. An insertion has an empty
// Range (Start == End); a deletion an empty Text. Range carries byte
// offsets as well as lines and columns, so outputs need no re-reading.
type Edit struct {
	Range parser.Range `json:"range"`
	Text  string       `json:"text"`
}

// Suppression records who accepted a finding and why.
type Suppression struct {
	// Kind is "inline" (a comment or annotation in the source) or "config"
	// (.posture.yaml) or "baseline".
	Kind   string       `json:"kind"`
	Reason string       `json:"reason"`
	Until  string       `json:"until,omitempty"`
	Range  parser.Range `json:"range,omitempty"`
}

// Fingerprint hashes what identifies a finding independently of where its
// lines are: the rule, the file, the resource and the blamed attribute.
func Fingerprint(ruleID, file, resourceID, path string) string {
	h := sha256.New()
	for _, s := range []string{ruleID, file, resourceID, path} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// SortFindings orders findings by file, position, rule, resource and
// message, so output is deterministic whatever the evaluation order.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		if a.Range.Start.Column != b.Range.Start.Column {
			return a.Range.Start.Column < b.Range.Start.Column
		}
		if a.RuleID != b.RuleID {
			return a.RuleID < b.RuleID
		}
		if a.ResourceID != b.ResourceID {
			return a.ResourceID < b.ResourceID
		}
		return a.Message < b.Message
	})
}
