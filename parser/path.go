package parser

import (
	"fmt"
	"strconv"
	"strings"
)

// Path addresses a value in Resource.Properties: string keys and int indexes.
type Path []any

// Key returns a copy of p extended by one element. It never aliases p, so
// callers may keep both.
func (p Path) Key(k any) Path {
	out := make(Path, len(p), len(p)+1)
	copy(out, p)
	return append(out, k)
}

// String renders p in the canonical form used as RangeTable key and in
// policy input: properties.networkAcls.ipRules[0].value. Keys that are not
// plain identifiers are quoted: metadata.annotations["a.b/c"].
func (p Path) String() string {
	s, _ := p.Prefixes()
	return s
}

// Prefixes renders p as String does and returns, for each n from 0 to
// len(p), the length of the rendering of p[:n]: s[:ends[n]] is
// p[:n].String(). Locating a finding tries every prefix of its path, and
// this renders the path once instead of once per prefix.
func (p Path) Prefixes() (s string, ends []int) {
	ends = make([]int, len(p)+1)
	var b strings.Builder
	for i, el := range p {
		switch v := el.(type) {
		case int:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(v))
			b.WriteByte(']')
		case string:
			if plainKey(v) {
				if i > 0 {
					b.WriteByte('.')
				}
				b.WriteString(v)
			} else {
				b.WriteByte('[')
				b.WriteString(strconv.Quote(v))
				b.WriteByte(']')
			}
		default:
			fmt.Fprintf(&b, "[%v]", v)
		}
		ends[i+1] = b.Len()
	}
	return b.String(), ends
}

// HasPrefix reports whether q is a prefix of p (or equal to it).
func (p Path) HasPrefix(q Path) bool {
	if len(q) > len(p) {
		return false
	}
	for i := range q {
		if p[i] != q[i] {
			return false
		}
	}
	return true
}

func plainKey(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_' || r == '$' || r == '-' && i > 0:
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// ParsePath parses the canonical form written by Path.String.
func ParsePath(s string) (Path, error) {
	var p Path
	i := 0
	for i < len(s) {
		switch s[i] {
		case '.':
			i++
		case '[':
			end := i + 1
			if end < len(s) && s[end] == '"' {
				// A quoted key: find the closing quote, honouring escapes.
				j := end + 1
				for j < len(s) && s[j] != '"' {
					if s[j] == '\\' {
						j++
					}
					j++
				}
				if j+1 >= len(s) || s[j+1] != ']' {
					return nil, fmt.Errorf("path %q: unterminated quoted key at %d", s, i)
				}
				key, err := strconv.Unquote(s[end : j+1])
				if err != nil {
					return nil, fmt.Errorf("path %q: %w", s, err)
				}
				p = append(p, key)
				i = j + 2
				continue
			}
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("path %q: unterminated index at %d", s, i)
			}
			n, err := strconv.Atoi(s[i+1 : i+j])
			if err != nil {
				return nil, fmt.Errorf("path %q: index %q is not a number", s, s[i+1:i+j])
			}
			p = append(p, n)
			i += j + 1
		default:
			j := i
			for j < len(s) && s[j] != '.' && s[j] != '[' {
				j++
			}
			p = append(p, s[i:j])
			i = j
		}
	}
	return p, nil
}
