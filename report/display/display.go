// Package display makes text that came from the scanned files safe to show.
// Everything in a scanned tree is written by whoever opened the pull
// request: file names, values, resource names, and the messages and
// diagnostics that quote them. Shown raw, they could restyle or rewrite a
// terminal (escape sequences, carriage returns), start a line of their own
// in a CI log (where a line beginning with "::" is a workflow command),
// reorder what a reviewer reads (bidirectional overrides), or, in a
// Markdown comment, become a link, an image, markup or a mention. And a
// minified file is one line of hundreds of kilobytes, which must not be
// printed once per finding.
//
// Text, Message and Value neutralise and bound plain text; Line cuts a
// window out of a long source line; the Markdown functions render text so
// that GitHub shows it literally.
package display

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bounds on quoted input. A message from a policy quotes values from the
// scanned files; real ones quote resource ids and values well under these
// (the longest quoted value in the test corpus has 164 characters, the
// longest message 611), while a hostile one could quote a whole file.
const (
	// MaxQuote is how many characters of one quoted value a message keeps.
	MaxQuote = 240
	// MaxMessage is how many characters of a message are shown.
	MaxMessage = 2000
)

// Ellipsis marks where text was cut.
const Ellipsis = "…"

// Text returns s with every character that could act on the output shown
// as an escape instead: C0 controls (tab and newline included), DEL, C1
// controls, the bidirectional formatting characters that reorder text
// (U+202A–U+202E, U+2066–U+2069 and the marks U+061C, U+200E, U+200F), the
// line and paragraph separators, and bytes that are not UTF-8. An escape
// is `\n`, `\t`, `\r`, `\x1b` for other bytes, or `\u202e`.
func Text(s string) string {
	i := firstUnsafe(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if e := escapeRune(r, size, s[i]); e != "" {
			b.WriteString(e)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Lines is Text for text whose line breaks are meant (a diagnostic
// explaining an error over several lines): each line is made safe on its
// own, and CR LF ends a line like LF.
func Lines(s string) []string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = Text(strings.TrimSuffix(l, "\r"))
	}
	return lines
}

// Message returns a message bounded by Bound and made safe by Text.
// Messages from policies and diagnostics go through it before they are
// shown.
func Message(s string) string {
	return Text(Bound(s))
}

// MessageLines is Message for a message whose line breaks are meant (a
// diagnostic that explains an error over several lines): bounded, then
// made safe line by line.
func MessageLines(s string) []string {
	return Lines(Bound(s))
}

// Bound cuts each quoted value in s (a "…" string, as policies quote
// values with %q or json.marshal) to MaxQuote characters and the whole to
// MaxMessage, in time proportional to s. It does not escape: for output
// that escapes in its own way (Markdown).
func Bound(s string) string {
	return Clip(clipQuotes(s, MaxQuote), MaxMessage)
}

// Value returns s made safe by Text and cut to MaxQuote characters: for a
// name shown alone, such as a resource id or a suppression's reason.
func Value(s string) string {
	return Text(Clip(s, MaxQuote))
}

// Clip cuts s to at most n characters, the last of them an Ellipsis when
// it cut. It reads at most n characters of s.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	count := 0
	for i := range s {
		if count == n-1 {
			if _, size := utf8.DecodeRuneInString(s[i:]); i+size == len(s) {
				return s // exactly n characters
			}
			return s[:i] + Ellipsis
		}
		count++
	}
	return s
}

// clipQuotes cuts the content of each double-quoted string in s to n
// characters. A backslash escapes the next character, as in Go and JSON
// quoting; an unclosed quote runs to the end.
func clipQuotes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	var b strings.Builder
	last := 0 // s[last:] is not yet copied
	for i := 0; i < len(s); i++ {
		if s[i] != '"' {
			continue
		}
		start := i + 1
		end := start
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		end = min(end, len(s))
		if end-start > n {
			if cut := Clip(s[start:end], n); len(cut) < end-start {
				b.WriteString(s[last:start])
				// Do not leave a dangling backslash that would escape the
				// closing quote.
				b.WriteString(strings.TrimRight(strings.TrimSuffix(cut, Ellipsis), `\`) + Ellipsis)
				last = end
			}
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// firstUnsafe returns the byte offset of the first character of s that
// Text escapes, or len(s).
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if escapeRune(r, size, c) != "" {
			return i
		}
		i += size
	}
	return len(s)
}

// escapeRune returns how Text shows the character r, decoded from size
// bytes starting with first, or "" when it is shown as itself.
func escapeRune(r rune, size int, first byte) string {
	switch {
	case r == utf8.RuneError && size <= 1:
		return `\x` + hex2(first)
	case r == '\n':
		return `\n`
	case r == '\t':
		return `\t`
	case r == '\r':
		return `\r`
	case r < 0x20 || r == 0x7f:
		return `\x` + hex2(byte(r))
	case r >= 0x80 && r <= 0x9f, // C1 controls: CSI, NEL, ...
		r == 0x061c, r == 0x200e, r == 0x200f, // bidirectional marks
		r >= 0x202a && r <= 0x202e, // embeddings and overrides
		r >= 0x2066 && r <= 0x2069, // isolates
		r == 0x2028, r == 0x2029:   // line and paragraph separators
		return `\u` + strconv.FormatInt(int64(r)|0x10000, 16)[1:]
	}
	return ""
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0xf]})
}
