package display

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Guard rewrites a whole output so that the GitHub Actions runner,
// which reads every line a step writes, finds no workflow command in it
// but posture's own. The runner takes a line as a command when it begins,
// after white space, with "::" (::add-mask::, ::stop-commands::, ...), and
// also, in the legacy form, when "##[" appears anywhere in it
// (##[add-matcher]file). Any format may be printed in a CI log, and file
// names, values and snippets can put either in a line; text made safe by
// Text is still text. A Guard writes the first colon of such a line, and
// the bracket of "##[", in the output format's own escape, so that what
// the output means is unchanged wherever the format has one.
type Guard struct {
	// colon replaces the first colon of a line that begins with "::";
	// "" leaves line starts alone (every line is a command of posture's).
	colon string
	// bracket replaces the "[" of "##[".
	bracket string
}

// Guards for each kind of output.
var (
	// TextGuard is for plain text: the escapes of Text.
	TextGuard = Guard{colon: `\x3a`, bracket: `\x5b`}
	// MarkdownGuard is for Markdown, where a backslash escapes
	// punctuation.
	MarkdownGuard = Guard{colon: `\:`, bracket: `\[`}
	// XMLGuard is for XML and HTML: character references.
	XMLGuard = Guard{colon: "&#58;", bracket: "&#91;"}
	// JSONGuard is for JSON, where "##[" can only be inside a string.
	JSONGuard = Guard{colon: `\u003a`, bracket: `\u005b`}
	// CommandGuard is for workflow commands (--format github): each line
	// is one of posture's, and "##[" in one stays inert.
	CommandGuard = Guard{bracket: `\x5b`}
)

// String returns out guarded, in one pass; out itself when nothing needed
// rewriting.
func (g Guard) String(out string) string {
	var b strings.Builder
	last := 0 // out[last:] is not yet copied to b
	replace := func(at int, with string) {
		if b.Len() == 0 {
			b.Grow(len(out) + 16)
		}
		b.WriteString(out[last:at])
		b.WriteString(with)
		last = at + 1
	}
	lineStart := true
	for i := 0; i < len(out); {
		if lineStart {
			lineStart = false
			for i < len(out) {
				if n := sgr(out[i:]); n > 0 {
					i += n // posture's own colour: nothing from the input has an escape left
					continue
				}
				r, size := utf8.DecodeRuneInString(out[i:])
				if r == '\n' || r == '\r' || !unicode.IsSpace(r) {
					break
				}
				i += size
			}
			if g.colon != "" && strings.HasPrefix(out[i:], "::") {
				replace(i, g.colon)
				i++
			}
			continue
		}
		switch c := out[i]; {
		case c == '\n' || c == '\r':
			lineStart = true
		case c == '[' && i >= 2 && out[i-1] == '#' && out[i-2] == '#':
			replace(i, g.bracket)
		}
		i++
	}
	if last == 0 {
		return out
	}
	b.WriteString(out[last:])
	return b.String()
}

// sgr returns the length of the colour escape sequence (ESC [ digits and
// semicolons m) that s begins with, or 0.
func sgr(s string) int {
	if !strings.HasPrefix(s, "\x1b[") {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c == 'm':
			return i + 1
		case c != ';' && (c < '0' || c > '9'):
			return 0
		}
	}
	return 0
}
