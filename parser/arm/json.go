package arm

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// Kind is the JSON type of a Node.
type Kind uint8

// JSON value kinds.
const (
	KindNull Kind = iota
	KindBool
	KindNumber
	KindString
	KindObject
	KindArray
)

// maxDepth bounds JSON nesting. ARM itself rejects templates far shallower
// than this; the bound only protects the stack from hostile input.
const maxDepth = 512

// Node is a JSON value with the byte span it occupies in its file. Offsets
// rather than line/column pairs are kept because most values never reach a
// finding; they are turned into positions by a lineIndex on demand.
type Node struct {
	Kind  Kind
	Start int // offset of the value's first byte
	End   int // offset just past its last byte
	// Str is the decoded text of a string.
	Str string
	// Num holds an integer number; Float a number with a fraction or
	// exponent (IsFloat is then set).
	Num     int64
	Float   float64
	IsFloat bool
	Bool    bool
	// Raw reports whether a string was written without escapes, so that
	// an offset into Str is an offset into the file too.
	Raw     bool
	Members []Member
	Elems   []*Node
}

// Member is one key/value pair of a JSON object, in source order.
type Member struct {
	Key      string
	KeyStart int
	Value    *Node
}

// Get returns the value of the member named key. ARM compares property
// names case-insensitively, so this does too (an exact match wins).
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != KindObject {
		return nil
	}
	var fold *Node
	for i := range n.Members {
		m := &n.Members[i]
		if m.Key == key {
			return m.Value
		}
		if fold == nil && strings.EqualFold(m.Key, key) {
			fold = m.Value
		}
	}
	return fold
}

// String returns the string value of n, or "" when n is not a string.
func (n *Node) String() string {
	if n == nil || n.Kind != KindString {
		return ""
	}
	return n.Str
}

// SyntaxError is a JSON syntax error at a byte offset.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// ParseJSON reads one JSON document, accepting what Azure's template
// reader accepts beyond strict JSON: // and /* */ comments, trailing commas
// in objects and arrays, and raw line breaks inside strings.
func ParseJSON(src []byte) (*Node, error) {
	p := &jsonParser{src: src}
	// A UTF-8 byte order mark is common in files saved by Windows editors.
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		p.pos = 3
	}
	if err := p.skip(); err != nil {
		return nil, err
	}
	if p.pos >= len(src) {
		return nil, p.errf(p.pos, "the file is empty; expected a JSON object")
	}
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if err := p.skip(); err != nil {
		return nil, err
	}
	if p.pos < len(src) {
		return nil, p.errf(p.pos, "unexpected %s after the end of the JSON document; remove it or wrap the values in an array", p.describe(p.pos))
	}
	return n, nil
}

type jsonParser struct {
	src  []byte
	pos  int
	slab []Node
}

func (p *jsonParser) node() *Node {
	// Nodes are carved from slabs: a template has tens of thousands of
	// values and one allocation each dominates the parse otherwise.
	if len(p.slab) == 0 {
		p.slab = make([]Node, 256)
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	return n
}

func (p *jsonParser) errf(off int, format string, args ...any) error {
	return &SyntaxError{Offset: off, Msg: fmt.Sprintf(format, args...)}
}

func (p *jsonParser) describe(off int) string {
	if off >= len(p.src) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.src[off:])
	return strconv.QuoteRune(r)
}

// skip passes whitespace and comments.
func (p *jsonParser) skip() error {
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; c {
		case ' ', '\t', '\n', '\r':
			p.pos++
		case '/':
			if p.pos+1 >= len(p.src) {
				return p.errf(p.pos, "unexpected '/'; comments start with // or /*")
			}
			switch p.src[p.pos+1] {
			case '/':
				for p.pos < len(p.src) && p.src[p.pos] != '\n' {
					p.pos++
				}
			case '*':
				start := p.pos
				p.pos += 2
				for {
					if p.pos+1 >= len(p.src) {
						return p.errf(start, "unterminated /* comment; close it with */")
					}
					if p.src[p.pos] == '*' && p.src[p.pos+1] == '/' {
						p.pos += 2
						break
					}
					p.pos++
				}
			default:
				return p.errf(p.pos, "unexpected '/'; comments start with // or /*")
			}
		default:
			return nil
		}
	}
	return nil
}

func (p *jsonParser) value(depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, p.errf(p.pos, "values nested more than %d levels deep", maxDepth)
	}
	if p.pos >= len(p.src) {
		return nil, p.errf(p.pos, "unexpected end of file; expected a value")
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case c == 't' || c == 'f' || c == 'n':
		return p.literal()
	default:
		return nil, p.errf(p.pos, "unexpected %s; expected a value (object, array, string, number, true, false or null)", p.describe(p.pos))
	}
}

func (p *jsonParser) object(depth int) (*Node, error) {
	n := p.node()
	n.Kind = KindObject
	n.Start = p.pos
	p.pos++
	for {
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated object; add the closing '}'")
		}
		if p.src[p.pos] == '}' {
			p.pos++
			n.End = p.pos
			return n, nil
		}
		if p.src[p.pos] != '"' {
			return nil, p.errf(p.pos, "unexpected %s; expected a property name in double quotes", p.describe(p.pos))
		}
		keyStart := p.pos
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return nil, p.errf(p.pos, "unexpected %s; expected ':' after property name %s", p.describe(p.pos), expr.Quote(key.Str))
		}
		p.pos++
		if err := p.skip(); err != nil {
			return nil, err
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Members = append(n.Members, Member{Key: key.Str, KeyStart: keyStart, Value: v})
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated object; add the closing '}'")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
		case '}':
		default:
			return nil, p.errf(p.pos, "unexpected %s; expected ',' or '}' after the value of %s", p.describe(p.pos), expr.Quote(key.Str))
		}
	}
}

func (p *jsonParser) array(depth int) (*Node, error) {
	n := p.node()
	n.Kind = KindArray
	n.Start = p.pos
	p.pos++
	for {
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated array; add the closing ']'")
		}
		if p.src[p.pos] == ']' {
			p.pos++
			n.End = p.pos
			return n, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Elems = append(n.Elems, v)
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated array; add the closing ']'")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
		case ']':
		default:
			return nil, p.errf(p.pos, "unexpected %s; expected ',' or ']' after an array element", p.describe(p.pos))
		}
	}
}

func (p *jsonParser) str() (*Node, error) {
	n := p.node()
	n.Kind = KindString
	n.Start = p.pos
	p.pos++
	start := p.pos
	// Fast path: no escapes, the string is a slice of the source.
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '"' {
			n.Str = string(p.src[start:p.pos])
			n.Raw = true
			p.pos++
			n.End = p.pos
			return n, nil
		}
		if c == '\\' {
			break
		}
		p.pos++
	}
	var b strings.Builder
	b.Write(p.src[start:p.pos])
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch c {
		case '"':
			n.Str = b.String()
			p.pos++
			n.End = p.pos
			return n, nil
		case '\\':
			if p.pos+1 >= len(p.src) {
				return nil, p.errf(n.Start, "unterminated string; add the closing '\"'")
			}
			esc := p.src[p.pos+1]
			switch esc {
			case '"', '\\', '/':
				b.WriteByte(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, size, ok := p.unicode(p.pos)
				if !ok {
					return nil, p.errf(p.pos, "invalid \\u escape; write four hex digits, as in \\u00e9")
				}
				b.WriteRune(r)
				p.pos += size
				continue
			default:
				return nil, p.errf(p.pos, "invalid escape \\%c in string; write \\\\ for a backslash", esc)
			}
			p.pos += 2
		default:
			b.WriteByte(c)
			p.pos++
		}
	}
	return nil, p.errf(n.Start, "unterminated string; add the closing '\"'")
}

// unicode decodes \uXXXX at off, joining surrogate pairs.
func (p *jsonParser) unicode(off int) (rune, int, bool) {
	hex := func(at int) (rune, bool) {
		if at+6 > len(p.src) || p.src[at] != '\\' || p.src[at+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(p.src[at+2:at+6]), 16, 32)
		return rune(v), err == nil
	}
	r, ok := hex(off)
	if !ok {
		return 0, 0, false
	}
	if r >= 0xD800 && r < 0xDC00 {
		if lo, ok := hex(off + 6); ok && lo >= 0xDC00 && lo < 0xE000 {
			return (r-0xD800)<<10 | (lo - 0xDC00) + 0x10000, 12, true
		}
		return utf8.RuneError, 6, true
	}
	return r, 6, true
}

func (p *jsonParser) number() (*Node, error) {
	n := p.node()
	n.Kind = KindNumber
	n.Start = p.pos
	isFloat := false
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c >= '0' && c <= '9' || c == '-' || c == '+' {
			p.pos++
			continue
		}
		if c == '.' || c == 'e' || c == 'E' {
			isFloat = true
			p.pos++
			continue
		}
		break
	}
	n.End = p.pos
	text := string(p.src[n.Start:n.End])
	if !isFloat {
		if v, err := strconv.ParseInt(text, 10, 64); err == nil {
			n.Num = v
			return n, nil
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		return nil, p.errf(n.Start, "invalid number %s", expr.Quote(text))
	}
	n.Float, n.IsFloat = f, true
	return n, nil
}

func (p *jsonParser) literal() (*Node, error) {
	n := p.node()
	n.Start = p.pos
	rest := p.src[p.pos:]
	word := func(w string) bool {
		if len(rest) < len(w) || string(rest[:len(w)]) != w {
			return false
		}
		// "nullable" must not read as null followed by garbage.
		return len(rest) == len(w) || !isWordByte(rest[len(w)])
	}
	switch {
	case word("true"):
		n.Kind, n.Bool = KindBool, true
		p.pos += 4
	case word("false"):
		n.Kind = KindBool
		p.pos += 5
	case word("null"):
		n.Kind = KindNull
		p.pos += 4
	default:
		return nil, p.errf(p.pos, "unexpected %s; expected a value (strings need double quotes)", p.describe(p.pos))
	}
	n.End = p.pos
	return n, nil
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// StringOffset maps an offset into the decoded text of string node n to the
// byte offset in src of the character that produced it, so that an error in
// an expression points at its column even after escapes.
func StringOffset(src []byte, n *Node, decoded int) int {
	if n.Raw {
		return n.Start + 1 + decoded
	}
	i, d := n.Start+1, 0
	for i < n.End-1 && d < decoded {
		if src[i] != '\\' || i+1 >= len(src) {
			i++
			d++
			continue
		}
		if src[i+1] == 'u' {
			// One escape yields a rune of up to four bytes.
			v, _ := strconv.ParseUint(string(src[min(i+2, len(src)):min(i+6, len(src))]), 16, 32)
			d += utf8.RuneLen(rune(v))
			i += 6
			continue
		}
		i += 2
		d++
	}
	return i
}

// Fields returns the members of an object; nil for anything else, so that
// callers can range over optional sections without checks.
func (n *Node) Fields() []Member {
	if n == nil || n.Kind != KindObject {
		return nil
	}
	return n.Members
}

// Items returns the elements of an array; nil for anything else.
func (n *Node) Items() []*Node {
	if n == nil || n.Kind != KindArray {
		return nil
	}
	return n.Elems
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
