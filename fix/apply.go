package fix

import (
	"fmt"
	"sort"

	"github.com/posture-dev/posture/policies"
)

// Applied is what Apply made of a list of fixes.
type Applied struct {
	// Files holds the new content of every file a fix changed, by name.
	Files map[string][]byte
	// Fixes are the fixes applied, in the order given.
	Fixes []*policies.Fix
	// Rejected are the fixes left out, each with why: an edit overlapping
	// an edit of a fix applied before it, or a range the file does not
	// have. A fix is applied whole or not at all.
	Rejected []Rejection
}

// Rejection is a fix Apply left out and why.
type Rejection struct {
	Fix    *policies.Fix
	Reason string
}

// Names returns the files the fixes edit, sorted: what Apply needs in its
// files argument.
func Names(fixes []*policies.Fix) []string {
	seen := map[string]bool{}
	var out []string
	for _, fx := range fixes {
		for _, e := range fx.Edits {
			if !seen[e.Range.File] {
				seen[e.Range.File] = true
				out = append(out, e.Range.File)
			}
		}
	}
	sort.Strings(out)
	return out
}

// placed is an edit accepted for a file, with the order it was accepted
// in: insertions at one offset keep that order.
type placed struct {
	start, end int
	text       string
	seq        int
}

// Apply applies fixes to files (name → content, the names the edits'
// ranges carry) and returns the new contents. Fixes are taken in order; a
// fix whose edit overlaps or meets an edit already taken is rejected, so
// the first of two conflicting fixes wins and the other waits for a
// rescan. An edit identical to one already taken (two findings asking for
// the same change) is taken once.
func Apply(files map[string][]byte, fixes []*policies.Fix) *Applied {
	out := &Applied{Files: map[string][]byte{}}
	taken := map[string][]placed{}
	seq := 0
	for _, fx := range fixes {
		if fx == nil {
			continue
		}
		var add []placed
		var names []string
		reason := ""
		for _, e := range fx.Edits {
			b, ok := files[e.Range.File]
			if !ok {
				reason = fmt.Sprintf("%s was not given to apply the fix to", e.Range.File)
				break
			}
			s, end := e.Range.Start.Byte, e.Range.End.Byte
			if s < 0 || end < s || end > len(b) {
				reason = fmt.Sprintf("%s has no bytes %d to %d: it changed since the scan", e.Range.File, s, end)
				break
			}
			p := placed{start: s, end: end, text: e.Text, seq: seq}
			seq++
			dup, clash := false, ""
			for _, q := range taken[e.Range.File] {
				if q.start == p.start && q.end == p.end && q.text == p.text {
					dup = true
					break
				}
				if overlaps(p, q) {
					clash = fmt.Sprintf("its edit of %s meets another fix's; run posture fix again to apply it", e.Range.File)
					break
				}
			}
			// A fix's own edits were made together: only bytes both
			// replace are a conflict.
			for _, q := range pending(add, names, e.Range.File) {
				if p.start < q.end && q.start < p.end {
					clash = fmt.Sprintf("its edits of %s overlap each other", e.Range.File)
					break
				}
			}
			if clash != "" {
				reason = clash
				break
			}
			if !dup {
				add = append(add, p)
				names = append(names, e.Range.File)
			}
		}
		if reason != "" {
			out.Rejected = append(out.Rejected, Rejection{Fix: fx, Reason: reason})
			continue
		}
		for i, p := range add {
			taken[names[i]] = append(taken[names[i]], p)
		}
		out.Fixes = append(out.Fixes, fx)
	}
	for name, edits := range taken {
		out.Files[name] = splice(files[name], edits)
	}
	return out
}

// pending returns the edits of the fix being checked that fall in file.
func pending(add []placed, names []string, file string) []placed {
	var out []placed
	for i, p := range add {
		if names[i] == file {
			out = append(out, p)
		}
	}
	return out
}

// overlaps reports whether two edits touch the same bytes, or touch each
// other: an edit made against the original text can depend on what is
// next to it (an inserted attribute aligned with the lines around it,
// which another fix realigns; two insertions that each create the same
// parent key), so edits that meet are made in separate rounds.
func overlaps(a, b placed) bool {
	return a.start <= b.end && b.start <= a.end
}

func splice(b []byte, edits []placed) []byte {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		// An insertion goes before a replacement starting where it is.
		if (edits[i].start == edits[i].end) != (edits[j].start == edits[j].end) {
			return edits[i].start == edits[i].end
		}
		return edits[i].seq < edits[j].seq
	})
	out := make([]byte, 0, len(b))
	at := 0
	for _, e := range edits {
		out = append(out, b[at:e.start]...)
		out = append(out, e.text...)
		at = e.end
	}
	return append(out, b[at:]...)
}
