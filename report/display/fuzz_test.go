package display_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/posture-dev/posture/report/display"
)

// FuzzWindow checks the window's contract on any line and range: valid
// UTF-8, no character Text escapes, at most the width, the marker inside.
func FuzzWindow(f *testing.F) {
	f.Add("  local_auth_enabled = true", 22, 26, 160)
	f.Add("\tkey\t= \"\u202evalue\x1b\"", 7, 11, 16)
	f.Add(strings.Repeat(`{"a":"b"},`, 100), 500, 505, 40)
	f.Fuzz(func(t *testing.T, line string, start, end, width int) {
		if width > 1<<16 || strings.ContainsAny(line, "\n\r") {
			return
		}
		w := display.NewLine(line).Window(start, end, width)
		shown := utf8.RuneCountInString(w.Text)
		if !utf8.ValidString(w.Text) || display.Text(w.Text) != w.Text {
			t.Fatalf("unsafe window %q", w.Text)
		}
		if limit := max(width, 16); shown > limit && shown != utf8.RuneCountInString(display.NewLine(line).Window(0, 0, 1<<30).Text) {
			t.Fatalf("window of %d columns for width %d: %q", shown, width, w.Text)
		}
		if w.Mark < 0 || w.MarkWidth < 1 || w.Mark > shown {
			t.Fatalf("marker %d+%d outside %q", w.Mark, w.MarkWidth, w.Text)
		}
	})
}

// FuzzMarkdownText checks that any text renders inert.
func FuzzMarkdownText(f *testing.F) {
	for _, h := range Hostile {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, s string) {
		AssertInertMarkdown(t, display.MarkdownText(s))
		AssertInertMarkdown(t, display.MarkdownInline(s, true))
	})
}
