package arm

import (
	"sort"
	"unicode/utf8"

	"github.com/posture-dev/posture/parser"
)

// The JSON reader is the parser package's; these names keep the ARM and
// Bicep code that builds and walks templates as it reads.
type (
	// Node is a JSON value of a template with its byte span.
	Node = parser.JSONNode
	// Member is one key/value pair of an object, in source order.
	Member = parser.JSONMember
	// Kind is the JSON type of a Node.
	Kind = parser.JSONKind
	// SyntaxError is a JSON syntax error at a byte offset.
	SyntaxError = parser.JSONSyntaxError
)

// JSON value kinds.
const (
	KindNull   = parser.JSONNull
	KindBool   = parser.JSONBool
	KindNumber = parser.JSONNumber
	KindString = parser.JSONString
	KindObject = parser.JSONObject
	KindArray  = parser.JSONArray
)

// ParseJSON reads a template or parameter file, with the comments and
// trailing commas Azure accepts.
func ParseJSON(src []byte) (*Node, error) { return parser.ParseJSON(src) }

// StringOffset maps an offset into the decoded text of string node n to the
// byte offset in src of the character that produced it.
func StringOffset(src []byte, n *Node, decoded int) int {
	return parser.JSONStringOffset(src, n, decoded)
}

// lineIndex turns byte offsets into positions, as parser.LineIndex does,
// in time that does not grow with the length of the line: a minified
// template is one line of hundreds of kilobytes, and every value of every
// resource asks for its position. Besides line starts it keeps the number
// of code points before every markEvery-th byte, so a column is counted
// from the nearest mark rather than from the line start.
type lineIndex struct {
	src    []byte
	starts []int
	// marks[k] counts the code points in src[:k*markEvery]; nil when src
	// is ASCII, where a column is a byte distance.
	marks []int
}

const markEvery = 128

func newLineIndex(src []byte) *lineIndex {
	x := &lineIndex{src: src, starts: make([]int, 1, len(src)/32+1)}
	ascii := true
	for i, c := range src {
		if c == '\n' {
			x.starts = append(x.starts, i+1)
		}
		ascii = ascii && c < utf8.RuneSelf
	}
	if ascii {
		return x
	}
	x.marks = make([]int, 0, len(src)/markEvery+2)
	n := 0
	for i, c := range src {
		if i%markEvery == 0 {
			x.marks = append(x.marks, n)
		}
		if isRuneStart(c) {
			n++
		}
	}
	if len(src)%markEvery == 0 {
		x.marks = append(x.marks, n)
	}
	return x
}

// isRuneStart reports whether c begins a code point. Counting those bytes
// counts the code points of valid UTF-8 from any offset, which is what
// lets marks be placed at fixed offsets; it is parser.LineIndex's rule
// too, so both agree on every column.
func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// runes counts the code points in src[:off].
func (x *lineIndex) runes(off int) int {
	if x.marks == nil {
		return off
	}
	k := off / markEvery
	n := x.marks[k]
	for _, c := range x.src[k*markEvery : off] {
		if isRuneStart(c) {
			n++
		}
	}
	return n
}

// pos returns the position of byte offset off, with the column counted in
// Unicode code points.
func (x *lineIndex) pos(off int) parser.Pos {
	off = max(0, min(off, len(x.src)))
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	start := x.starts[line]
	return parser.Pos{Line: line + 1, Column: x.runes(off) - x.runes(start) + 1, Byte: off}
}
