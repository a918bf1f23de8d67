package kubernetes

import (
	"sort"
	"unicode/utf8"

	"github.com/posture-dev/posture/parser"
)

// text indexes one file's bytes so that yaml.v3's line/column positions
// (columns in code points, no byte offsets) and byte offsets found by
// scanning can be turned into parser.Pos in both directions.
type text struct {
	src    []byte
	starts []int
	// wide marks lines holding non-ASCII bytes. On the others a column is
	// a byte distance, which keeps position lookups O(1) on the long lines
	// of minified JSON.
	wide map[int]bool
	// marks holds, for each wide line looked up so far, the byte offset
	// of every markStep-th code point, so that a lookup on a megabyte
	// line decodes at most markStep code points instead of the line.
	marks map[int][]int
}

const markStep = 64

// marksOf returns the code-point marks of wide line n: marks[i] is the
// byte offset of code point i*markStep of the line.
func (t *text) marksOf(n int) []int {
	if m, ok := t.marks[n]; ok {
		return m
	}
	off, end := t.lineStart(n), t.lineEnd(n)
	m := []int{off}
	for c := 0; off < end; c++ {
		if c > 0 && c%markStep == 0 {
			m = append(m, off)
		}
		if t.src[off] < utf8.RuneSelf {
			off++
			continue
		}
		_, w := utf8.DecodeRune(t.src[off:end])
		off += w
	}
	if t.marks == nil {
		t.marks = map[int][]int{}
	}
	t.marks[n] = m
	return m
}

func newText(src []byte) *text {
	starts := make([]int, 1, len(src)/32+1)
	var wide map[int]bool
	for i, c := range src {
		switch {
		case c == '\n':
			starts = append(starts, i+1)
		case c >= utf8.RuneSelf:
			if wide == nil {
				wide = map[int]bool{}
			}
			wide[len(starts)] = true
		}
	}
	return &text{src: src, starts: starts, wide: wide}
}

// lineEnd returns the byte offset of the end of 1-based line n, before its
// line break (and before a CR of a CRLF).
func (t *text) lineEnd(n int) int {
	if n < 1 {
		return 0
	}
	if n >= len(t.starts) {
		return len(t.src)
	}
	end := t.starts[n] - 1
	if end > t.starts[n-1] && t.src[end-1] == '\r' {
		end--
	}
	return end
}

// lineStart returns the byte offset of the first byte of 1-based line n.
func (t *text) lineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(t.starts) {
		return len(t.src)
	}
	return t.starts[n-1]
}

// offset converts a 1-based line and code-point column into a byte offset,
// clamped to the line.
func (t *text) offset(line, col int) int {
	if line > len(t.starts) {
		return len(t.src)
	}
	off, end := t.lineStart(line), t.lineEnd(line)
	if !t.wide[line] {
		return min(off+max(col-1, 0), end)
	}
	m := t.marksOf(line)
	c := 1
	if i := min(max(col-1, 0)/markStep, len(m)-1); i > 0 {
		off, c = m[i], i*markStep+1
	}
	for ; c < col && off < end; c++ {
		if t.src[off] < utf8.RuneSelf {
			off++
			continue
		}
		_, w := utf8.DecodeRune(t.src[off:end])
		off += w
	}
	return off
}

// pos converts a byte offset into a position.
func (t *text) pos(off int) parser.Pos {
	if off < 0 {
		off = 0
	}
	if off > len(t.src) {
		off = len(t.src)
	}
	line := sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off }) - 1
	if !t.wide[line+1] {
		return parser.Pos{Line: line + 1, Column: off - t.starts[line] + 1, Byte: off}
	}
	m := t.marksOf(line + 1)
	i := sort.SearchInts(m, off+1) - 1 // the last mark at or before off
	return parser.Pos{Line: line + 1, Column: i*markStep + utf8.RuneCount(t.src[m[i]:off]) + 1, Byte: off}
}

// lineOf returns the 1-based line holding byte offset off.
func (t *text) lineOf(off int) int {
	return sort.Search(len(t.starts), func(i int) bool { return t.starts[i] > off })
}

// lines returns the number of lines.
func (t *text) lines() int { return len(t.starts) }

// firstNonSpace returns the position of the first non-blank character of
// line n (or its start), where a diagnostic about the line points.
func (t *text) firstNonSpace(n int) parser.Pos {
	off, end := t.lineStart(n), t.lineEnd(n)
	for off < end && (t.src[off] == ' ' || t.src[off] == '\t') {
		off++
	}
	return t.pos(off)
}
