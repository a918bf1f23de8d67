package parser

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestLineIndexRoundTrip: Pos and Offset agree with a plain count of code
// points at every offset of lines that cross block and word boundaries,
// in a file of mixed ASCII and wide lines.
func TestLineIndexRoundTrip(t *testing.T) {
	wide := strings.Repeat("aé€😀", 700)
	lines := []string{"ascii only", wide, "", strings.Repeat("x", 3000), "ü" + wide, "last"}
	src := []byte(strings.Join(lines, "\r\n"))
	x := NewLineIndex(src)
	assert.Equal(t, len(lines), x.Lines())
	start := 0
	for i, line := range lines {
		n := i + 1
		s, e := x.LineSpan(n)
		assert.Equal(t, start, s, "line %d", n)
		assert.Equal(t, start+len(line), e, "line %d", n)
		col := 1
		for off := start; ; {
			assert.Equal(t, off, x.Offset(n, col), "line %d column %d", n, col)
			assert.Equal(t, Pos{Line: n, Column: col, Byte: off}, x.Pos(off), "offset %d", off)
			if off == e {
				break
			}
			_, w := utf8.DecodeRune(src[off:])
			off += w
			col++
		}
		assert.Equal(t, e, x.Offset(n, col+10), "a column past the end is the end of line %d", n)
		assert.Equal(t, s, x.Offset(n, 0))
		start = e + 2
	}
}

func TestLineIndexOutOfRange(t *testing.T) {
	src := []byte("é\nb")
	x := NewLineIndex(src)
	for _, tc := range []struct{ line, col, off int }{
		{0, 5, 0},
		{-1, 1, 0},
		{3, 1, len(src)},
		{3, 9, len(src)},
	} {
		assert.Equal(t, tc.off, x.Offset(tc.line, tc.col), "line %d column %d", tc.line, tc.col)
	}
	s, e := x.LineSpan(9)
	assert.Equal(t, []int{len(src), len(src)}, []int{s, e})
	assert.Equal(t, "", x.Line(0))
}

// TestLineIndexBlockEnd: a file whose length is a whole number of blocks
// has a position at its very end too.
func TestLineIndexBlockEnd(t *testing.T) {
	src := []byte(strings.Repeat("é", runeBlock/2))
	x := NewLineIndex(src)
	assert.Equal(t, Pos{Line: 1, Column: runeBlock/2 + 1, Byte: len(src)}, x.Pos(len(src)))
	src = []byte("x\n" + strings.Repeat("é", runeBlock-1))
	assert.Equal(t, Pos{Line: 2, Column: runeBlock, Byte: 2 * runeBlock}, NewLineIndex(src).Pos(len(src)))
}

func TestCountRunes(t *testing.T) {
	for _, s := range []string{"", "a", "é", "aé€😀", strings.Repeat("日本 ", 9), "\xff\x80ab"} {
		want := 0
		for i := 0; i < len(s); i++ {
			if isRuneStart(s[i]) {
				want++
			}
		}
		assert.Equal(t, want, countRunes([]byte(s)), "%q", s)
	}
}

// BenchmarkLineIndexWideLine converts both ways on one wide line.
func BenchmarkLineIndexWideLine(b *testing.B) {
	src := []byte(strings.Repeat(`{"név":"érték"},`, 1<<16))
	x := NewLineIndex(src)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := x.Pos((i * 7919) % len(src))
		x.Offset(p.Line, p.Column)
	}
}
