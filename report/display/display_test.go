package display_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/report/display"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Storage account \"st\" is public.", "Storage account \"st\" is public."},
		{"utf-8 stays", "héllo → 世界", "héllo → 世界"},
		{"terminal escape", "a\x1b[2J\x1b]0;pwned\x07b", `a\x1b[2J\x1b]0;pwned\x07b`},
		{"line breaks", "one\r\n::error::two", `one\r\n::error::two`},
		{"tab and NUL", "a\tb\x00", `a\tb\x00`},
		{"DEL", "a\x7f", `a\x7f`},
		{"C1 CSI and NEL", "a\u009b31mb\u0085", `a\u009b31mb\u0085`},
		{"bidi override", "if admin\u202e { }\u202c", `if admin\u202e { }\u202c`},
		{"bidi isolates", "\u2066x\u2069", `\u2066x\u2069`},
		{"line separator", "a\u2028b", `a\u2028b`},
		{"invalid utf-8", "a\xffb", `a\xffb`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, display.Text(tc.in))
		})
	}
}

func TestLines(t *testing.T) {
	assert.Equal(t, []string{"first", `second \x1b[0m`, "", "third"}, display.Lines("first\r\nsecond \x1b[0m\n\nthird\n"))
}

func TestMessage(t *testing.T) {
	long := strings.Repeat("x", 10000)
	tests := []struct {
		name, in, want string
	}{
		{"short", `account "a" is public`, `account "a" is public`},
		{"quoted value cut", `name "` + long + `" is bad`, `name "` + strings.Repeat("x", display.MaxQuote-1) + `…" is bad`},
		{"escaped quote inside", `v "a\"` + long + `" end`, `v "a\"` + strings.Repeat("x", display.MaxQuote-4) + `…" end`},
		{"backslash before the cut", `v "` + strings.Repeat("x", display.MaxQuote-2) + `\\` + long + `" end`, `v "` + strings.Repeat("x", display.MaxQuote-2) + `…" end`},
		{"unclosed quote", `v "` + long, `v "` + strings.Repeat("x", display.MaxQuote-1) + `…`},
		{"two values", `"` + long + `" and "` + long + `"`, `"` + strings.Repeat("x", display.MaxQuote-1) + `…" and "` + strings.Repeat("x", display.MaxQuote-1) + `…"`},
		{"escapes after cutting", "\"\x1b" + long + `"`, `"\x1b` + strings.Repeat("x", display.MaxQuote-2) + `…"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, display.Message(tc.in))
		})
	}
	t.Run("whole message cut", func(t *testing.T) {
		m := display.Message(strings.Repeat("word ", 10000))
		assert.Equal(t, display.MaxMessage, utf8.RuneCountInString(m))
		assert.True(t, strings.HasSuffix(m, display.Ellipsis))
	})
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ééé", 3, "ééé"},
		{"éééé", 3, "éé…"},
		{"abc", 0, ""},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, display.Clip(tc.in, tc.n), "%q %d", tc.in, tc.n)
	}
}

func TestValue(t *testing.T) {
	v := display.Value(strings.Repeat("\u202e", 1000))
	assert.Equal(t, strings.Repeat(`\u202e`, display.MaxQuote-1)+display.Ellipsis, v)
}
