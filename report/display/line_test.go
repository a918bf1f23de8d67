package display_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/report/display"
)

func TestWindowShortLines(t *testing.T) {
	tests := []struct {
		name       string
		line       string
		start, end int
		want       display.Window
	}{
		{"whole line", `  local_auth_enabled = true`, 23, 27,
			display.Window{Text: `  local_auth_enabled = true`, Mark: 23, MarkWidth: 4}},
		{"tabs widen", "\tkey\t= true", 7, 11,
			display.Window{Text: "    key    = true", Mark: 13, MarkWidth: 4}},
		{"multi-byte characters count once", `名前 = "値"`, 5, 8,
			display.Window{Text: `名前 = "値"`, Mark: 5, MarkWidth: 3}},
		{"an escape takes its width", "a\x1bb = 1", 6, 7,
			display.Window{Text: `a\x1bb = 1`, Mark: 9, MarkWidth: 1}},
		{"bidi override shown", "x = \"\u202eabc\"", 4, 10,
			display.Window{Text: `x = "\u202eabc"`, Mark: 4, MarkWidth: 11}},
		{"empty range is one column", "key = ", 6, 6,
			display.Window{Text: "key = ", Mark: 6, MarkWidth: 1}},
		{"past the end", "key", 10, 12,
			display.Window{Text: "key", Mark: 3, MarkWidth: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, display.NewLine(tc.line).Window(tc.start, tc.end, display.SnippetWidth))
		})
	}
}

// TestWindowLongLines cuts windows out of minified lines at many places
// and checks each against its contract: bounded, the marker exactly under
// the value's text, an ellipsis where the line goes on.
func TestWindowLongLines(t *testing.T) {
	ascii := strings.Repeat(`{"name":"stg","properties":{"minimumTlsVersion":"TLS1_0"}},`, 2000)
	mixed := strings.Repeat("{\"名\":\"\x1b値\",\t\"k\":\"\u202evalue\"},", 3000)
	for _, tc := range []struct {
		name string
		line string
	}{{"ascii", ascii}, {"multi-byte, tabs and escapes", mixed}} {
		t.Run(tc.name, func(t *testing.T) {
			l := display.NewLine(tc.line)
			runes := []rune(tc.line)
			require.Equal(t, len(runes), l.Len())
			for _, span := range [][2]int{{0, 5}, {1, 1}, {37, 60}, {len(runes) / 2, len(runes)/2 + 9}, {len(runes) - 3, len(runes)},
				{len(runes) / 3, len(runes)/3 + 5000}, {len(runes) - 1, len(runes) + 10}} {
				w := l.Window(span[0], span[1], display.SnippetWidth)
				shown := []rune(w.Text)
				assert.LessOrEqual(t, len(shown), display.SnippetWidth, "at most the width")
				assert.Equal(t, w.From > 0, strings.HasPrefix(w.Text, display.Ellipsis), "an ellipsis when the line starts before")
				marked := string(shown[w.Mark:min(w.Mark+w.MarkWidth, len(shown))])
				value := display.NewLine(string(runes[min(span[0], len(runes)):min(span[1], len(runes))])).Window(0, 0, 1<<30).Text
				switch {
				case span[0] == span[1]:
					assert.Equal(t, 1, w.MarkWidth)
				case span[1]-span[0] < 100:
					assert.Equal(t, value, marked, "the marker is under the value at %v", span)
				default:
					assert.True(t, strings.HasPrefix(value, marked), "a long value is shown from its start at %v", span)
					assert.True(t, strings.HasSuffix(w.Text, display.Ellipsis))
				}
			}
		})
	}
}

func TestSlice(t *testing.T) {
	l := display.NewLine(strings.Repeat("abcdefghij", 100))
	s := l.Slice(500, 40)
	assert.Equal(t, display.Ellipsis+strings.Repeat("abcdefghij", 4)[:38]+display.Ellipsis, s)
	assert.Equal(t, "short", display.NewLine("short").Slice(0, 40))
}

func TestBlank(t *testing.T) {
	assert.True(t, display.NewLine(" \t ").Blank())
	assert.False(t, display.NewLine("  x").Blank())
	assert.Equal(t, 4, utf8.RuneCountInString(display.NewLine("\t").Window(0, 1, 80).Text))
}
