package parser

import "sort"

// LineIndex converts byte offsets in one file's content to positions. It
// answers in time independent of the line's length, so a minified
// template of one long line costs no more per position than a formatted
// one.
type LineIndex struct {
	src    []byte
	starts []int
	// runesBefore[k] counts the code points in src[:k*runeBlock]; nil
	// when src is ASCII, where columns are byte distances.
	runesBefore []int
}

const runeBlock = 1024

// NewLineIndex indexes the line starts of src.
func NewLineIndex(src []byte) *LineIndex {
	starts := make([]int, 1, len(src)/32+1)
	ascii := true
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		} else if c >= 0x80 {
			ascii = false
		}
	}
	x := &LineIndex{src: src, starts: starts}
	if !ascii {
		x.runesBefore = make([]int, len(src)/runeBlock+1)
		n := 0
		for i, c := range src {
			if i%runeBlock == 0 {
				x.runesBefore[i/runeBlock] = n
			}
			if isRuneStart(c) {
				n++
			}
		}
	}
	return x
}

// isRuneStart reports whether c begins a code point: counting those
// counts the code points of valid UTF-8 in any slice, whatever byte it
// starts at.
func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// runes counts the code points in src[:off].
func (x *LineIndex) runes(off int) int {
	k := off / runeBlock
	n := x.runesBefore[k]
	for _, c := range x.src[k*runeBlock : off] {
		if isRuneStart(c) {
			n++
		}
	}
	return n
}

// Pos returns the position of byte offset off, with the column counted in
// Unicode code points.
func (x *LineIndex) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	start := x.starts[line]
	col := off - start + 1
	if x.runesBefore != nil {
		col = x.runes(off) - x.runes(start) + 1
	}
	return Pos{Line: line + 1, Column: col, Byte: off}
}

// Line returns the text of the 1-based line n without its line break.
func (x *LineIndex) Line(n int) string {
	if n < 1 || n > len(x.starts) {
		return ""
	}
	start := x.starts[n-1]
	end := len(x.src)
	if n < len(x.starts) {
		end = x.starts[n] - 1
	}
	if end > start && x.src[end-1] == '\r' {
		end--
	}
	return string(x.src[start:end])
}

// Lines returns the number of lines.
func (x *LineIndex) Lines() int { return len(x.starts) }
