package expr

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// ToJSON serialises a value compactly, as string() does for arrays and
// objects. A value whose text would be longer than MaxString, or that
// nests deeper than MaxDepth, is refused before anything is rendered:
// arrays may share one large element many times over.
func ToJSON(v any) (string, error) { return toJSON(nil, v) }

// toJSON is ToJSON charging what it renders to c's byte budget (when c is
// set): a value measured at a megabyte costs that even when it is then
// compared or hashed rather than kept.
func toJSON(c *Context, v any) (string, error) {
	n := 0
	if !jsonFits(v, 0, &n) {
		return "", fmt.Errorf("the value is too large or too deeply nested to convert to text (limits: %d bytes, %d levels)", MaxString, MaxDepth)
	}
	if c != nil {
		if err := c.alloc(n); err != nil {
			return "", err
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// jsonFits adds to *n at least the length of v's JSON text and reports
// whether it stays within MaxString and MaxDepth. It stops as soon as it
// does not, so its cost is bounded by MaxString whatever v shares.
func jsonFits(v any, depth int, n *int) bool {
	if *n > MaxString || depth > MaxDepth {
		return false
	}
	switch v := v.(type) {
	case string:
		*n += len(v) + 2
	case []any:
		*n += 2
		for _, e := range v {
			*n++
			if !jsonFits(e, depth+1, n) {
				return false
			}
		}
	case map[string]any:
		*n += 2
		for k, e := range v {
			*n += len(k) + 4
			if !jsonFits(e, depth+1, n) {
				return false
			}
		}
	default:
		*n++
	}
	return *n <= MaxString
}

func fnJSON(c *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	// Decoded values take several times the bytes of their text.
	if err := c.alloc(4 * len(s)); err != nil {
		return nil, err
	}
	return FromJSON([]byte(s))
}

func fnBase64ToJSON(c *Context, a []any) (any, error) {
	s, err := asString(a[0])
	if err != nil {
		return nil, err
	}
	if err := c.alloc(4 * len(s)); err != nil {
		return nil, err
	}
	return fromBase64JSON(s)
}

// FromJSON decodes JSON text into expression values (integers as int64).
func FromJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	return normalizeJSON(v), nil
}

func normalizeJSON(v any) any {
	switch v := v.(type) {
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return n
		}
		f, _ := v.Float64()
		return f
	case []any:
		for i := range v {
			v[i] = normalizeJSON(v[i])
		}
	case map[string]any:
		for k := range v {
			v[k] = normalizeJSON(v[k])
		}
	}
	return v
}

func decodeBase64(s string) (any, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, errors.New("the argument is not valid base64")
	}
	return string(b), nil
}

func fromBase64JSON(s string) (any, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, errors.New("the argument is not valid base64")
	}
	return FromJSON(b)
}

func dataURIToString(s string) (any, error) {
	i := strings.IndexByte(s, ',')
	if !strings.HasPrefix(s, "data:") || i < 0 {
		return nil, errors.New("the argument is not a data URI (data:...,...)")
	}
	if strings.HasSuffix(s[:i], ";base64") {
		return decodeBase64(s[i+1:])
	}
	return url.PathUnescape(s[i+1:])
}
