package parser

import "strings"

// RangeTable maps canonical path strings (Path.String) to the range of the
// value at that path.
type RangeTable map[string]Range

// Set records the range of the value at p.
func (t RangeTable) Set(p Path, r Range) { t[p.String()] = r }

// Locate returns the range of the longest prefix of p that has one, and that
// prefix. It reports false when no prefix (not even the empty path) is
// known; callers then fall back to the resource header.
func (t RangeTable) Locate(p Path) (Range, Path, bool) {
	for n := len(p); n >= 0; n-- {
		if r, ok := t[p[:n].String()]; ok {
			return r, p[:n], true
		}
	}
	return Range{}, nil, false
}

// Under returns the ranges at prefix (a Path.String) and below it, keyed by
// the rest of their key: "" for prefix itself, ".Action[1]" for
// prefix+".Action[1]". Keys that merely start with the same text
// ("policyX" under "policy") are not below it.
func (t RangeTable) Under(prefix string) map[string]Range {
	out := map[string]Range{}
	for k, r := range t {
		if rest, ok := Below(k, prefix); ok {
			out[rest] = r
		}
	}
	return out
}

// Below reports whether the path string key is prefix or lies below it,
// and returns the rest of key.
func Below(key, prefix string) (rest string, ok bool) {
	rest, ok = strings.CutPrefix(key, prefix)
	return rest, ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
}
