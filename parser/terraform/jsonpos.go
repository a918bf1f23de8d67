package terraform

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// jnode is a JSON value with the byte offsets it spans, for files whose
// findings must point at a line (plan JSON without its configuration).
type jnode struct {
	kind       byte // '{', '[', '"', 'n' (number), 't', 'f', '0' (null)
	start, end int
	str        string // string value or number literal
	keys       []string
	vals       []*jnode // object members or array elements
}

func (n *jnode) get(key string) *jnode {
	if n == nil || n.kind != '{' {
		return nil
	}
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

func (n *jnode) text() string {
	if n == nil || n.kind != '"' {
		return ""
	}
	return n.str
}

const maxJSONDepth = 512

type jparser struct {
	b   []byte
	pos int
}

// parseJSON parses b, or returns the offset and reason of the first error.
func parseJSON(b []byte) (*jnode, int, error) {
	p := &jparser{b: b}
	if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
		p.pos = 3
	}
	n, err := p.value(0)
	if err == nil {
		p.space()
		if p.pos < len(b) {
			err = fmt.Errorf("unexpected %q after the top-level value", b[p.pos])
		}
	}
	return n, p.pos, err
}

func (p *jparser) space() {
	for p.pos < len(p.b) {
		switch p.b[p.pos] {
		case ' ', '\t', '\r', '\n':
			p.pos++
		default:
			return
		}
	}
}

func (p *jparser) value(depth int) (*jnode, error) {
	if depth > maxJSONDepth {
		return nil, fmt.Errorf("nested more than %d levels deep", maxJSONDepth)
	}
	p.space()
	if p.pos >= len(p.b) {
		return nil, fmt.Errorf("unexpected end of input")
	}
	start := p.pos
	switch c := p.b[p.pos]; {
	case c == '{':
		n := &jnode{kind: '{', start: start}
		p.pos++
		p.space()
		if p.pos < len(p.b) && p.b[p.pos] == '}' {
			p.pos++
			n.end = p.pos
			return n, nil
		}
		for {
			p.space()
			if p.pos >= len(p.b) || p.b[p.pos] != '"' {
				return nil, fmt.Errorf("expected a member name in quotes")
			}
			k, err := p.string()
			if err != nil {
				return nil, err
			}
			p.space()
			if p.pos >= len(p.b) || p.b[p.pos] != ':' {
				return nil, fmt.Errorf("expected ':' after member name %q", k)
			}
			p.pos++
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			n.keys, n.vals = append(n.keys, k), append(n.vals, v)
			p.space()
			if p.pos < len(p.b) && p.b[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.b) && p.b[p.pos] == '}' {
				p.pos++
				n.end = p.pos
				return n, nil
			}
			return nil, fmt.Errorf("expected ',' or '}' in object")
		}
	case c == '[':
		n := &jnode{kind: '[', start: start}
		p.pos++
		p.space()
		if p.pos < len(p.b) && p.b[p.pos] == ']' {
			p.pos++
			n.end = p.pos
			return n, nil
		}
		for {
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, v)
			p.space()
			if p.pos < len(p.b) && p.b[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.b) && p.b[p.pos] == ']' {
				p.pos++
				n.end = p.pos
				return n, nil
			}
			return nil, fmt.Errorf("expected ',' or ']' in array")
		}
	case c == '"':
		s, err := p.string()
		if err != nil {
			return nil, err
		}
		return &jnode{kind: '"', start: start, end: p.pos, str: s}, nil
	case c == '-' || c >= '0' && c <= '9':
		for p.pos < len(p.b) && (p.b[p.pos] == '-' || p.b[p.pos] == '+' || p.b[p.pos] == '.' ||
			p.b[p.pos] == 'e' || p.b[p.pos] == 'E' || p.b[p.pos] >= '0' && p.b[p.pos] <= '9') {
			p.pos++
		}
		lit := string(p.b[start:p.pos])
		if _, ok := new(big.Float).SetString(lit); !ok {
			return nil, fmt.Errorf("invalid number %q", lit)
		}
		return &jnode{kind: 'n', start: start, end: p.pos, str: lit}, nil
	default:
		for _, w := range []struct {
			lit  string
			kind byte
		}{{"true", 't'}, {"false", 'f'}, {"null", '0'}} {
			if len(p.b)-p.pos >= len(w.lit) && string(p.b[p.pos:p.pos+len(w.lit)]) == w.lit {
				p.pos += len(w.lit)
				return &jnode{kind: w.kind, start: start, end: p.pos}, nil
			}
		}
		return nil, fmt.Errorf("unexpected character %q", c)
	}
}

func (p *jparser) string() (string, error) {
	start := p.pos
	p.pos++
	simple := true
	for p.pos < len(p.b) {
		switch c := p.b[p.pos]; {
		case c == '"':
			p.pos++
			raw := p.b[start:p.pos]
			if simple && utf8.Valid(raw) {
				return string(raw[1 : len(raw)-1]), nil
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return "", fmt.Errorf("invalid string escape")
			}
			return s, nil
		case c == '\\':
			simple = false
			p.pos += 2
		case c < 0x20:
			return "", fmt.Errorf("control character in string")
		default:
			p.pos++
		}
	}
	return "", fmt.Errorf("unterminated string")
}

// goValue converts n to the model's Go values; nulls inside objects are
// dropped, as null means "not set" in Terraform.
func (n *jnode) goValue() any {
	switch n.kind {
	case '{':
		m := make(map[string]any, len(n.keys))
		for i, k := range n.keys {
			if n.vals[i].kind != '0' {
				m[k] = n.vals[i].goValue()
			}
		}
		return m
	case '[':
		out := make([]any, len(n.vals))
		for i, v := range n.vals {
			out[i] = v.goValue()
		}
		return out
	case '"':
		return n.str
	case 'n':
		if i, err := strconv.ParseInt(n.str, 10, 64); err == nil {
			return i
		}
		f, _ := strconv.ParseFloat(n.str, 64)
		if f == float64(int64(f)) && f < 1<<62 && f > -(1<<62) {
			return int64(f)
		}
		return f
	case 't':
		return true
	case 'f':
		return false
	}
	return nil
}
