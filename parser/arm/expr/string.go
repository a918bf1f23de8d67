package expr

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// toString renders a value the way string() and format() do.
func toString(c *Context, v any) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case bool:
		// ARM runs on .NET, whose booleans print capitalised.
		if v {
			return "True", nil
		}
		return "False", nil
	case nil:
		return "", nil
	case []any, map[string]any:
		return toJSON(c, v)
	}
	return "", fmt.Errorf("cannot convert %s to a string", TypeName(v))
}

func fnFormat(ctx *Context, a []any) (any, error) {
	f, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c == '{' && i+1 < len(f) && f[i+1] == '{', c == '}' && i+1 < len(f) && f[i+1] == '}':
			b.WriteByte(c)
			i++
		case c == '{':
			end := strings.IndexByte(f[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("unterminated placeholder in %s; write {{ for a literal brace", Quote(f))
			}
			spec := f[i+1 : i+end]
			i += end
			idxText, fmtText, _ := strings.Cut(spec, ":")
			idxText, _, _ = strings.Cut(idxText, ",")
			n, err := strconv.Atoi(strings.TrimSpace(idxText))
			if err != nil || n < 0 || n+1 >= len(a) {
				return nil, fmt.Errorf("placeholder %s has no matching argument (%d given)", Quote("{"+spec+"}"), len(a)-1)
			}
			s, err := formatValue(ctx, a[n+1], fmtText)
			if err != nil {
				return nil, err
			}
			if b.Len()+len(s) > MaxString {
				return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
			}
			b.WriteString(s)
		default:
			b.WriteByte(c)
		}
		if b.Len() > MaxString {
			return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
		}
	}
	return b.String(), nil
}

// formatValue applies the .NET format strings templates use: D (zero
// padded), N (grouped), X (hex); others leave the value as is.
func formatValue(c *Context, v any, spec string) (string, error) {
	n, isInt := toInt(v)
	if spec == "" || !isInt {
		return toString(c, v)
	}
	width, _ := strconv.Atoi(spec[1:])
	width = min(width, 1000)
	switch spec[0] {
	case 'D', 'd':
		s := strconv.FormatInt(n, 10)
		if len(s) < width {
			s = strings.Repeat("0", width-len(s)) + s
		}
		return s, nil
	case 'X', 'x':
		s := strconv.FormatInt(n, 16)
		if spec[0] == 'X' {
			s = strings.ToUpper(s)
		}
		if len(s) < width {
			s = strings.Repeat("0", width-len(s)) + s
		}
		return s, nil
	}
	return toString(c, v)
}

func joinArgs(c *Context, a []any) (string, error) {
	parts := make([]string, len(a))
	for i, v := range a {
		s, err := toString(c, v)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, "-"), nil
}

func fnGUID(c *Context, a []any) (any, error) {
	s, err := joinArgs(c, a)
	if err != nil {
		return nil, err
	}
	// A name-based (version 5 style) UUID: deterministic, like ARM's.
	h := sha1.Sum([]byte("guid:" + s))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16]), nil
}

var uniqueEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

func fnUniqueString(c *Context, a []any) (any, error) {
	s, err := joinArgs(c, a)
	if err != nil {
		return nil, err
	}
	// Thirteen base-32 characters, the shape of ARM's own result; the
	// hash differs from Azure's, which only matters for exact names.
	h := sha256.Sum256([]byte(s))
	return uniqueEncoding.EncodeToString(h[:])[:13], nil
}

func fnPadLeft(c *Context, a []any) (any, error) {
	s, err := toString(c, a[0])
	if err != nil {
		return nil, err
	}
	total, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	if total > MaxString {
		return nil, fmt.Errorf("total length %d is larger than %d", total, MaxString)
	}
	pad := " "
	if len(a) == 3 {
		if pad, err = asString(a[2]); err != nil {
			return nil, err
		}
		if utf8.RuneCountInString(pad) != 1 {
			return nil, errors.New("the padding must be a single character")
		}
	}
	n := int(total) - utf8.RuneCountInString(s)
	if n <= 0 {
		return s, nil
	}
	if n*len(pad)+len(s) > MaxString {
		return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
	}
	return strings.Repeat(pad, n) + s, nil
}

func fnReplace(_ *Context, a []any) (any, error) {
	var s [3]string
	for i := range s {
		v, err := asString(a[i])
		if err != nil {
			return nil, err
		}
		s[i] = v
	}
	if s[1] == "" {
		return s[0], nil
	}
	if n := strings.Count(s[0], s[1]); n > 0 && len(s[0])+n*(len(s[2])-len(s[1])) > MaxString {
		return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
	}
	return strings.ReplaceAll(s[0], s[1], s[2]), nil
}

func fnSplit(c *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	var seps []string
	switch d := a[1].(type) {
	case string:
		seps = []string{d}
	case []any:
		for _, e := range d {
			sep, err := asString(e)
			if err != nil {
				return nil, err
			}
			seps = append(seps, sep)
		}
	default:
		return nil, fmt.Errorf("the delimiter must be a string or an array of strings, not %s", TypeName(a[1]))
	}
	// next[i] is where seps[i] next occurs at or after pos (-1: never
	// again); it is searched for again only once passed, so splitting
	// on several separators stays linear in the length of s.
	next := make([]int, len(seps))
	for i, sep := range seps {
		next[i] = -1
		if sep != "" {
			next[i] = strings.Index(s, sep)
		}
	}
	var out []any
	pos := 0
	for {
		at, size := -1, 0
		if err := c.spend(len(seps)); err != nil {
			return nil, err
		}
		for i, sep := range seps {
			if next[i] >= 0 && next[i] < pos {
				if j := strings.Index(s[pos:], sep); j >= 0 {
					next[i] = pos + j
				} else {
					next[i] = -1
				}
			}
			if next[i] >= 0 && (at < 0 || next[i] < at) {
				at, size = next[i], len(sep)
			}
		}
		if at < 0 {
			return append(out, s[pos:]), nil
		}
		if len(out) >= MaxArray {
			return nil, fmt.Errorf("the result would have more than %d elements", MaxArray)
		}
		out = append(out, s[pos:at])
		pos = at + size
	}
}

func fnSubstring(_ *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	start, err := asInt(a[1])
	if err != nil {
		return nil, err
	}
	r := []rune(s)
	length := int64(len(r)) - start
	if len(a) == 3 {
		if length, err = asInt(a[2]); err != nil {
			return nil, err
		}
	}
	// Compared without adding, which could overflow.
	if start < 0 || length < 0 || start > int64(len(r)) || length > int64(len(r))-start {
		return nil, fmt.Errorf("start %d and length %d lie outside the string of length %d", start, length, len(r))
	}
	return string(r[start : start+length]), nil
}

func fnURI(_ *Context, a []any) (any, error) {
	base, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	rel, err := asString(a[1])
	if err != nil {
		return nil, err
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return nil, fmt.Errorf("%s is not an absolute URI", Quote(base))
	}
	r, err := url.Parse(rel)
	if err != nil {
		return nil, fmt.Errorf("%s is not a relative URI", Quote(rel))
	}
	return b.ResolveReference(r).String(), nil
}

// escapeDataString escapes like .NET's Uri.EscapeDataString: everything
// but the unreserved characters.
func escapeDataString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func fnJoin(c *Context, a []any) (any, error) {
	arr, ok := a[0].([]any)
	if !ok {
		return nil, fmt.Errorf("the first argument must be an array, not %s", TypeName(a[0]))
	}
	sep, err := asString(a[1])
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(arr))
	total := 0
	for i, e := range arr {
		if parts[i], err = toString(c, e); err != nil {
			return nil, err
		}
		// An array may hold one long string many times over: add up
		// before joining.
		if total += len(parts[i]) + len(sep); total > MaxString {
			return nil, fmt.Errorf("the result would be longer than %d bytes", MaxString)
		}
	}
	return checkLen(strings.Join(parts, sep))
}
