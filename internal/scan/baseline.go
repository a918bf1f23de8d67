package scan

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// BaselineFile is the default name of the baseline posture baseline writes.
const BaselineFile = ".posture-baseline.json"

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// Baseline is the set of findings accepted when posture was adopted:
// findings keyed by their fingerprint (rule, repository-relative file,
// resource id and attribute path, not the line), so that they stay
// recognised when lines move.
type Baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
	set      map[string]bool
	file     string
}

// BaselineEntry is one accepted finding. Only the fingerprint is matched;
// the other fields make the file reviewable.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	File        string `json:"file"`
	Resource    string `json:"resource"`
	Path        string `json:"path,omitempty"`
}

// NewBaseline records rep's unsuppressed findings (failures and, when the
// scan kept them, undecided checks).
func NewBaseline(rep *result.Report) *Baseline {
	b := &Baseline{Version: BaselineVersion, Tool: rep.Tool + " " + rep.Version, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range rep.Findings {
		if f.Suppression != nil || seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Findings = append(b.Findings, BaselineEntry{
			Fingerprint: f.Fingerprint, RuleID: f.RuleID, File: rep.RepoPath(f.Range.File),
			Resource: f.ResourceID, Path: f.Path,
		})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Resource != y.Resource {
			return x.Resource < y.Resource
		}
		if x.RuleID != y.RuleID {
			return x.RuleID < y.RuleID
		}
		return x.Path < y.Path
	})
	return b
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// ReadBaseline reads a baseline file; name is used in messages.
func ReadBaseline(r io.Reader, name string) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %s (write one with `posture baseline`)", name, decodeProblem(err))
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d, want %d (rewrite it with `posture baseline`)", name, b.Version, BaselineVersion)
	}
	b.file = name
	b.set = make(map[string]bool, len(b.Findings))
	for _, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: an entry for %s %s has no fingerprint", name, e.RuleID, e.Resource)
		}
		b.set[e.Fingerprint] = true
	}
	return &b, nil
}

// Has reports whether the baseline holds a finding with this fingerprint.
func (b *Baseline) Has(fingerprint string) bool { return b != nil && b.set[fingerprint] }

// Len is the number of findings in the baseline.
func (b *Baseline) Len() int { return len(b.Findings) }

// decodeProblem says what is wrong with a file that is not a baseline
// without quoting it: encoding/json's messages quote the offending
// character or key, and the file may be anything a path led to.
func decodeProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("not a baseline: not valid JSON (at byte %d)", syntax.Offset)
	case errors.As(err, &typ):
		if typ.Field == "" {
			return fmt.Sprintf("not a baseline: a JSON %s where an object is expected", typ.Value)
		}
		return fmt.Sprintf("not a baseline: %s is a JSON %s", typ.Field, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "not a baseline: the JSON ends early (unexpected EOF)"
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		if k, uerr := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field ")); uerr == nil && keyLike.MatchString(k) {
			return fmt.Sprintf("not a baseline: unknown field %q", k)
		}
		return "not a baseline: an object has a key a baseline does not have"
	}
	return "not a baseline"
}

// keyLike matches the keys a message may name: those of a file posture
// could have written, not text from anything else.
var keyLike = regexp.MustCompile(`^[A-Za-z0-9_.-]{1,64}$`)

// baselineStage marks the findings recorded in the baseline: they are
// known, accepted debt, not counted for the exit code.
func baselineStage(b *Baseline) stage {
	return stage{"baseline", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression == nil && b.Has(f.Fingerprint) {
				f.Suppression = &policies.Suppression{Kind: "baseline", Reason: "recorded in the baseline " + b.file}
			}
		}
		return out, nil
	}}
}
