package parser

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
