package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseJSONAcceptsAzureExtensions(t *testing.T) {
	src := "\uFEFF{\"a\": [1, 2,], /* c */ \"b\": \"x\ny\", // d\n}"
	n, err := ParseJSON([]byte(src))
	require.NoError(t, err)
	assert.Len(t, n.Get("A").Items(), 2, "names fold case, as in ARM")
	assert.Nil(t, n.GetExact("A"))
	assert.Equal(t, "x\ny", n.GetExact("b").String())

	empty, err := ParseJSON([]byte(`[{}, []]`))
	require.NoError(t, err)
	assert.Nil(t, empty.Elems[0].Members, "an empty object has no slice")
	assert.Nil(t, empty.Elems[1].Elems)
}

func TestParseStrictJSONRejectsExtensions(t *testing.T) {
	for _, tc := range []struct{ src, msg string }{
		{`{"a": 1,}`, "unexpected '}' after ','"},
		{`[1,]`, "unexpected ']' after ','"},
		{`{"a": 1} // c`, "JSON has no comments"},
		{"[\"a\nb\"]", "control character '\\n' in string"},
	} {
		_, err := ParseStrictJSON([]byte(tc.src))
		var se *JSONSyntaxError
		require.ErrorAs(t, err, &se, tc.src)
		assert.Contains(t, se.Msg, tc.msg, tc.src)
	}
	n, err := ParseStrictJSON([]byte(`{"a": [1, 2], "b": {}}`))
	require.NoError(t, err)
	assert.Len(t, n.GetExact("a").Items(), 2)
}

func TestParseStrictJSONReplacesInvalidUTF8(t *testing.T) {
	src := []byte("[\"a\xff\xfeb\", \"\\u00e9\xc3\"]")
	n, err := ParseStrictJSON(src)
	require.NoError(t, err)
	var want []string
	require.NoError(t, json.Unmarshal(src, &want))
	assert.Equal(t, want, []string{n.Elems[0].Str, n.Elems[1].Str})
	assert.False(t, n.Elems[0].Raw, "an offset into the text is no longer one into the file")
}

func TestJSONStringOffset(t *testing.T) {
	src := []byte(`["a\"b\u00e9c"]`)
	n, err := ParseJSON(src)
	require.NoError(t, err)
	s := n.Elems[0]
	assert.Equal(t, `a"béc`, s.Str)
	assert.Equal(t, byte('c'), src[JSONStringOffset(src, s, strings.Index(s.Str, "c"))])
}

// jsonSeeds are the ARM reader's hostile fixtures, whose nesting and size
// are the cases the reader is bounded for.
func jsonSeeds(f *testing.F) []string {
	f.Helper()
	names, err := filepath.Glob("arm/testdata/hostile/*.json")
	require.NoError(f, err)
	require.NotEmpty(f, names)
	var out []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		out = append(out, string(b))
	}
	return out
}

// FuzzParseJSON checks that the reader never panics and keeps its spans
// in the input, and that its strict dialect reads every document
// encoding/json reads the same way, short of its nesting bound.
func FuzzParseJSON(f *testing.F) {
	for _, s := range jsonSeeds(f) {
		f.Add(s)
	}
	f.Add(strings.Repeat("[", 600) + strings.Repeat("]", 600))
	f.Add(`{"a": [1, 2,], /* c */ "b": "x\ny", // d
}`)
	f.Add(`[{"\u00e9": -1.5e3, "t": true, "n": null}]`)
	f.Add("{\"planned_values\": {\"root_module\": {\"resources\": [{\"address\": \"a.b\", \"values\": {\"x\": \"\xff\", \"n\": 1e400}}]}}}")
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func([]byte) (*JSONNode, error){ParseJSON, ParseStrictJSON} {
			n, err := parse([]byte(s))
			if err != nil {
				var se *JSONSyntaxError
				require.ErrorAs(t, err, &se)
				assert.True(t, se.Offset >= 0 && se.Offset <= len(s))
				continue
			}
			assert.True(t, n.Start >= 0 && n.End <= len(s) && n.Start <= n.End)
		}
		var want any
		if json.Unmarshal([]byte(s), &want) != nil {
			return
		}
		n, err := ParseStrictJSON([]byte(s))
		if err != nil {
			assert.Contains(t, err.Error(), "nested more than", "encoding/json reads it")
			return
		}
		assert.Equal(t, want, plainJSON(n))
	})
}

// plainJSON converts n as encoding/json decodes into an any.
func plainJSON(n *JSONNode) any {
	switch n.Kind {
	case JSONObject:
		m := map[string]any{}
		for _, mem := range n.Members {
			m[mem.Key] = plainJSON(mem.Value)
		}
		return m
	case JSONArray:
		out := []any{}
		for _, e := range n.Elems {
			out = append(out, plainJSON(e))
		}
		return out
	case JSONString:
		return n.Str
	case JSONNumber:
		if n.IsFloat {
			return n.Float
		}
		return float64(n.Num)
	case JSONBool:
		return n.Bool
	}
	return nil
}

func ExampleParseStrictJSON() {
	n, err := ParseStrictJSON([]byte(`{"address": "aws_s3_bucket.b", "values": {"acl": "private"}}`))
	if err != nil {
		panic(err)
	}
	fmt.Println(n.GetExact("address").String(), n.GetExact("values").Start)
	// Output: aws_s3_bucket.b 41
}
