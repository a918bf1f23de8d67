package parser

import (
	"encoding/binary"
	"math/bits"
	"sort"
)

// LineIndex converts between byte offsets in one file's content and
// positions, in both directions. It answers in time independent of the
// line's length, so a minified template of one long line costs no more
// per position than a formatted one.
type LineIndex struct {
	src    []byte
	starts []int
	// wide has bit i set when line i+1 holds a byte outside ASCII; nil
	// when src is ASCII. On the other lines a column is a byte distance.
	wide []uint64
	// runesBefore[k] counts the code points in src[:k*runeBlock], for
	// every k*runeBlock up to len(src); nil when src is ASCII.
	runesBefore []int
}

const runeBlock = 1024

// NewLineIndex indexes the line starts of src.
func NewLineIndex(src []byte) *LineIndex {
	x := &LineIndex{src: src, starts: make([]int, 1, len(src)/32+1)}
	for i, c := range src {
		if c == '\n' {
			x.starts = append(x.starts, i+1)
		} else if c >= 0x80 {
			line := len(x.starts) - 1
			for len(x.wide) <= line/64 {
				x.wide = append(x.wide, 0)
			}
			x.wide[line/64] |= 1 << (line % 64)
		}
	}
	if x.wide != nil {
		x.runesBefore = make([]int, len(src)/runeBlock+1)
		for k := 1; k < len(x.runesBefore); k++ {
			x.runesBefore[k] = x.runesBefore[k-1] + countRunes(src[(k-1)*runeBlock:k*runeBlock])
		}
	}
	return x
}

// isRuneStart reports whether c begins a code point: counting those
// counts the code points of valid UTF-8 in any slice, whatever byte it
// starts at.
func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// countRunes counts the bytes of b that begin a code point, eight at a
// time.
func countRunes(b []byte) int {
	n := 0
	for ; len(b) >= 8; b = b[8:] {
		n += wordRunes(binary.LittleEndian.Uint64(b))
	}
	for _, c := range b {
		if isRuneStart(c) {
			n++
		}
	}
	return n
}

// wordRunes counts the bytes of w that begin a code point: a continuation
// byte has its top bit set and the next one clear.
func wordRunes(w uint64) int {
	return 8 - bits.OnesCount64(w&^(w<<1)&0x8080808080808080)
}

// runes counts the code points in src[:off].
func (x *LineIndex) runes(off int) int {
	k := off / runeBlock
	return x.runesBefore[k] + countRunes(x.src[k*runeBlock:off])
}

// runesBetween counts the code points in src[from:to].
func (x *LineIndex) runesBetween(from, to int) int {
	if to-from <= runeBlock {
		return countRunes(x.src[from:to])
	}
	return x.runes(to) - x.runes(from)
}

// isWide reports whether the 1-based line n holds a byte outside ASCII.
func (x *LineIndex) isWide(n int) bool {
	i := n - 1
	return i >= 0 && i/64 < len(x.wide) && x.wide[i/64]&(1<<(i%64)) != 0
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
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
	start := x.starts[line-1]
	col := off - start + 1
	if x.isWide(line) {
		col = x.runesBetween(start, off) + 1
	}
	return Pos{Line: line, Column: col, Byte: off}
}

// Offset returns the byte offset of the 1-based line and code-point
// column, the inverse of Pos; YAML parsers report positions that way. A
// column past the end of the line gives the end of the line.
func (x *LineIndex) Offset(line, col int) int {
	start, end := x.LineSpan(line)
	if col <= 1 {
		return start
	}
	if !x.isWide(line) {
		return min(start+col-1, end)
	}
	// Find the want-th code point of the file from the last block that
	// starts at or before it, or from the line start if that is later.
	before := x.runes(start)
	want := before + col - 1
	k := sort.Search(len(x.runesBefore), func(k int) bool { return x.runesBefore[k] > want }) - 1
	off, n := start, before
	if k*runeBlock > start {
		off, n = k*runeBlock, x.runesBefore[k]
	}
	for ; off+8 <= end; off += 8 {
		c := wordRunes(binary.LittleEndian.Uint64(x.src[off:]))
		if n+c > want {
			break
		}
		n += c
	}
	for ; off < end; off++ {
		if isRuneStart(x.src[off]) {
			if n == want {
				return off
			}
			n++
		}
	}
	return end
}

// LineSpan returns the byte offsets of the start and the end of the
// 1-based line n, the end before its line break (and before the CR of a
// CRLF). A line before the first is empty at 0, one after the last empty
// at the end of the content.
func (x *LineIndex) LineSpan(n int) (start, end int) {
	if n < 1 {
		return 0, 0
	}
	if n > len(x.starts) {
		return len(x.src), len(x.src)
	}
	start, end = x.starts[n-1], len(x.src)
	if n < len(x.starts) {
		end = x.starts[n] - 1
	}
	if end > start && x.src[end-1] == '\r' {
		end--
	}
	return start, end
}

// Line returns the text of the 1-based line n without its line break.
func (x *LineIndex) Line(n int) string {
	start, end := x.LineSpan(n)
	return string(x.src[start:end])
}

// Lines returns the number of lines.
func (x *LineIndex) Lines() int { return len(x.starts) }
