package parser

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// JSONKind is the type of a JSONNode.
type JSONKind uint8

// JSON value kinds.
const (
	JSONNull JSONKind = iota
	JSONBool
	JSONNumber
	JSONString
	JSONObject
	JSONArray
)

// maxJSONDepth bounds JSON nesting. ARM and Terraform write documents far
// shallower than this; the bound only protects the stack from hostile input.
const maxJSONDepth = 512

// JSONNode is a JSON value with the byte span it occupies in its file. Offsets
// rather than line/column pairs are kept because most values never reach a
// finding; they are turned into positions by a line index on demand.
//
// The small fields come first, where they pack into one word.
type JSONNode struct {
	Kind JSONKind
	// Num holds an integer number; Float a number with a fraction or
	// exponent, or too large for Num (IsFloat is then set).
	IsFloat bool
	Bool    bool
	// Raw reports whether a string was written without escapes, so that
	// an offset into Str is an offset into the file too.
	Raw   bool
	Start int // offset of the value's first byte
	End   int // offset just past its last byte
	// Str is the decoded text of a string.
	Str     string
	Num     int64
	Float   float64
	Members []JSONMember
	Elems   []*JSONNode
}

// JSONMember is one key/value pair of a JSON object, in source order.
type JSONMember struct {
	Key      string
	KeyStart int
	Value    *JSONNode
}

// Get returns the value of the member named key. ARM compares property
// names case-insensitively, so this does too (an exact match wins).
func (n *JSONNode) Get(key string) *JSONNode {
	if n == nil || n.Kind != JSONObject {
		return nil
	}
	var fold *JSONNode
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

// GetExact returns the value of the first member named exactly key, for
// documents whose names are case-sensitive, such as Terraform plans.
func (n *JSONNode) GetExact(key string) *JSONNode {
	if n == nil || n.Kind != JSONObject {
		return nil
	}
	for i := range n.Members {
		if n.Members[i].Key == key {
			return n.Members[i].Value
		}
	}
	return nil
}

// String returns the string value of n, or "" when n is not a string.
func (n *JSONNode) String() string {
	if n == nil || n.Kind != JSONString {
		return ""
	}
	return n.Str
}

// JSONSyntaxError is a JSON syntax error at a byte offset.
type JSONSyntaxError struct {
	Offset int
	Msg    string
}

func (e *JSONSyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// ParseJSON reads one JSON document, accepting what Azure's template
// reader accepts beyond strict JSON: // and /* */ comments, trailing commas
// in objects and arrays, and raw line breaks inside strings. Its errors are
// *JSONSyntaxError.
func ParseJSON(src []byte) (*JSONNode, error) { return parseJSON(src, false) }

// ParseStrictJSON reads one document of strict JSON, as tools such as
// Terraform write it: comments, trailing commas and raw control characters
// in strings are errors, and invalid UTF-8 in a string reads as U+FFFD,
// one for each bad byte, as encoding/json reads it. Numbers are checked as
// ParseJSON checks them, which lets a leading zero pass, as plan files
// were always read.
func ParseStrictJSON(src []byte) (*JSONNode, error) { return parseJSON(src, true) }

func parseJSON(src []byte, strict bool) (*JSONNode, error) {
	p := &jsonParser{src: src, strict: strict}
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
	src    []byte
	pos    int
	strict bool
	slab   []JSONNode
	// members and elems hold the children of the objects and arrays
	// being read, innermost last; each gets a slice of its exact size
	// when it closes, as a document may hold millions of values.
	members []JSONMember
	elems   []*JSONNode
}

func (p *jsonParser) node() *JSONNode {
	// Nodes are carved from slabs: a template has tens of thousands of
	// values and one allocation each dominates the parse otherwise.
	if len(p.slab) == 0 {
		p.slab = make([]JSONNode, 256)
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	return n
}

func (p *jsonParser) errf(off int, format string, args ...any) error {
	return &JSONSyntaxError{Offset: off, Msg: fmt.Sprintf(format, args...)}
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
			if p.strict {
				return p.errf(p.pos, "unexpected '/'; JSON has no comments")
			}
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

func (p *jsonParser) value(depth int) (*JSONNode, error) {
	if depth > maxJSONDepth {
		return nil, p.errf(p.pos, "values nested more than %d levels deep", maxJSONDepth)
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

func (p *jsonParser) object(depth int) (*JSONNode, error) {
	n := p.node()
	n.Kind = JSONObject
	n.Start = p.pos
	p.pos++
	base := len(p.members)
	comma := false
	for {
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated object; add the closing '}'")
		}
		if p.src[p.pos] == '}' {
			if comma && p.strict {
				return nil, p.errf(p.pos, "unexpected '}' after ','; remove the trailing comma")
			}
			p.pos++
			n.End = p.pos
			if len(p.members) > base {
				n.Members = append(make([]JSONMember, 0, len(p.members)-base), p.members[base:]...)
				p.members = p.members[:base]
			}
			return n, nil
		}
		comma = false
		if p.src[p.pos] != '"' {
			return nil, p.errf(p.pos, "unexpected %s; expected a property name in double quotes", p.describe(p.pos))
		}
		keyStart := p.pos
		key, _, err := p.text()
		if err != nil {
			return nil, err
		}
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return nil, p.errf(p.pos, "unexpected %s; expected ':' after property name %s", p.describe(p.pos), quoteJSON(key))
		}
		p.pos++
		if err := p.skip(); err != nil {
			return nil, err
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.members = append(p.members, JSONMember{Key: key, KeyStart: keyStart, Value: v})
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated object; add the closing '}'")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
			comma = true
		case '}':
		default:
			return nil, p.errf(p.pos, "unexpected %s; expected ',' or '}' after the value of %s", p.describe(p.pos), quoteJSON(key))
		}
	}
}

func (p *jsonParser) array(depth int) (*JSONNode, error) {
	n := p.node()
	n.Kind = JSONArray
	n.Start = p.pos
	p.pos++
	base := len(p.elems)
	comma := false
	for {
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated array; add the closing ']'")
		}
		if p.src[p.pos] == ']' {
			if comma && p.strict {
				return nil, p.errf(p.pos, "unexpected ']' after ','; remove the trailing comma")
			}
			p.pos++
			n.End = p.pos
			if len(p.elems) > base {
				n.Elems = append(make([]*JSONNode, 0, len(p.elems)-base), p.elems[base:]...)
				p.elems = p.elems[:base]
			}
			return n, nil
		}
		comma = false
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.elems = append(p.elems, v)
		if err := p.skip(); err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errf(n.Start, "unterminated array; add the closing ']'")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
			comma = true
		case ']':
		default:
			return nil, p.errf(p.pos, "unexpected %s; expected ',' or ']' after an array element", p.describe(p.pos))
		}
	}
}

func (p *jsonParser) str() (*JSONNode, error) {
	n := p.node()
	n.Kind = JSONString
	n.Start = p.pos
	var err error
	if n.Str, n.Raw, err = p.text(); err != nil {
		return nil, err
	}
	n.End = p.pos
	return n, nil
}

// text reads the string at p.pos, which opens with a quote, and reports
// whether it was written without escapes. Names of members are read with
// it too, and need no node.
func (p *jsonParser) text() (string, bool, error) {
	quote := p.pos
	p.pos++
	start := p.pos
	// Fast path: no escapes, the string is a slice of the source.
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '"' {
			s := string(p.src[start:p.pos])
			p.pos++
			return p.checkText(s, true)
		}
		if c == '\\' {
			break
		}
		if c < 0x20 && p.strict {
			return "", false, p.controlInString()
		}
		p.pos++
	}
	var b strings.Builder
	b.Write(p.src[start:p.pos])
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch c {
		case '"':
			p.pos++
			return p.checkText(b.String(), false)
		case '\\':
			if p.pos+1 >= len(p.src) {
				return "", false, p.errf(quote, "unterminated string; add the closing '\"'")
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
					return "", false, p.errf(p.pos, "invalid \\u escape; write four hex digits, as in \\u00e9")
				}
				b.WriteRune(r)
				p.pos += size
				continue
			default:
				return "", false, p.errf(p.pos, "invalid escape \\%c in string; write \\\\ for a backslash", esc)
			}
			p.pos += 2
		default:
			if c < 0x20 && p.strict {
				return "", false, p.controlInString()
			}
			b.WriteByte(c)
			p.pos++
		}
	}
	return "", false, p.errf(quote, "unterminated string; add the closing '\"'")
}

func (p *jsonParser) controlInString() error {
	return p.errf(p.pos, "control character %s in string; write it as an escape such as \\n", strconv.QuoteRune(rune(p.src[p.pos])))
}

// checkText replaces invalid UTF-8 in a string of strict JSON, as
// encoding/json does.
func (p *jsonParser) checkText(s string, raw bool) (string, bool, error) {
	if !p.strict || utf8.ValidString(s) {
		return s, raw, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	// An offset into the text is no longer one into the file.
	return b.String(), false, nil
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

func (p *jsonParser) number() (*JSONNode, error) {
	n := p.node()
	n.Kind = JSONNumber
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
		return nil, p.errf(n.Start, "invalid number %s", quoteJSON(text))
	}
	n.Float, n.IsFloat = f, true
	return n, nil
}

func (p *jsonParser) literal() (*JSONNode, error) {
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
		n.Kind, n.Bool = JSONBool, true
		p.pos += 4
	case word("false"):
		n.Kind = JSONBool
		p.pos += 5
	case word("null"):
		n.Kind = JSONNull
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

// JSONStringOffset maps an offset into the decoded text of string node n to the
// byte offset in src of the character that produced it, so that an error in
// an expression points at its column even after escapes.
func JSONStringOffset(src []byte, n *JSONNode, decoded int) int {
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
func (n *JSONNode) Fields() []JSONMember {
	if n == nil || n.Kind != JSONObject {
		return nil
	}
	return n.Members
}

// Items returns the elements of an array; nil for anything else.
func (n *JSONNode) Items() []*JSONNode {
	if n == nil || n.Kind != JSONArray {
		return nil
	}
	return n.Elems
}

// maxQuote is how much of a name or literal a syntax error quotes: enough
// to recognise it, not enough to copy a hostile file into the report.
const maxQuote = 60

func quoteJSON(s string) string {
	if len(s) <= maxQuote {
		return strconv.Quote(s)
	}
	n := maxQuote
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strconv.Quote(s[:n]) + "…"
}
