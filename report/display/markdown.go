package display

import (
	"net/url"
	"strings"
)

// zwsp, a zero-width space, breaks what GitHub links after rendering
// Markdown, where no backslash escape reaches: after "@" it stops a
// mention (a notification to whoever that names), after "#" a reference
// to an issue, after the ":" of "://" and in "www." a bare URL. Dependabot
// and Renovate neutralise mentions the same way.
const zwsp = "\u200b"

// MarkdownText renders s as Markdown that GitHub shows as the same text,
// on one line, inert: no markup, HTML, link, image, mention, issue
// reference, math or table cell boundary. It fits a paragraph and a table
// cell alike.
func MarkdownText(s string) string {
	return markdownText(Text(oneLine(s)), true)
}

// MarkdownInline renders s, text that may hold `code spans` (a rule's
// title or fix), as Markdown on one line that keeps the code spans and
// shows everything else as MarkdownText does. s is cut to MaxMessage
// characters: a custom policy's metadata is input too. In a table cell, pass cell
// so that pipes inside code spans are escaped too.
func MarkdownInline(s string, cell bool) string {
	s = Text(Clip(oneLine(s), MaxMessage))
	var b strings.Builder
	text := 0                   // s[text:] is not yet written
	unmatched := map[int]bool{} // lengths of runs no later run closes
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		n := run(s, i)
		end := -1
		if !unmatched[n] {
			end = closingRun(s, i+n, n)
		}
		if end < 0 {
			unmatched[n] = true
			i += n // backticks without a match are text
			continue
		}
		b.WriteString(markdownText(s[text:i], text == 0))
		b.WriteString(code(stripCodeSpace(s[i+n:end]), cell))
		i = end + n
		text = i
	}
	b.WriteString(markdownText(s[text:], text == 0))
	return b.String()
}

// Code renders s as a Markdown code span, which GitHub shows literally:
// no entity, mention or link inside it. The fence is longer than any run
// of backticks in s.
func Code(s string) string { return code(Text(oneLine(s)), false) }

// CellCode is Code for a table cell: a pipe ends the cell even inside a
// code span unless it is escaped, and GitHub removes the escape.
func CellCode(s string) string { return code(Text(oneLine(s)), true) }

// Fence returns a code fence for a block holding text: longer than any
// run of backticks in it, at least three.
func Fence(text string) string {
	longest := 0
	for i := 0; i < len(text); {
		if text[i] == '`' {
			n := run(text, i)
			longest = max(longest, n)
			i += n
			continue
		}
		i++
	}
	return strings.Repeat("`", max(3, longest+1))
}

// MarkdownURL returns u as the target of a Markdown link when it is an
// absolute http or https URL, with what could end the target or the table
// cell percent-encoded; "" otherwise, and then there is no link to write.
func MarkdownURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
		return ""
	}
	var b strings.Builder
	for _, c := range []byte(p.String()) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>"'\|`+"`", c) >= 0 {
			b.WriteString("%" + strings.ToUpper(hex2(c)))
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func code(s string, cell bool) string {
	longest := 0
	for i := 0; i < len(s); {
		if s[i] == '`' {
			n := run(s, i)
			longest = max(longest, n)
			i += n
			continue
		}
		i++
	}
	fence := strings.Repeat("`", longest+1)
	// A space on each side is stripped: it keeps a backtick at either end
	// from joining the fence, and keeps the ends' own spaces.
	if s == "" || s[0] == '`' || s[len(s)-1] == '`' || s[0] == ' ' || s[len(s)-1] == ' ' {
		s = " " + s + " "
	}
	if cell {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	return fence + s + fence
}

// markdownText escapes s, made safe by Text and on one line. lineStart
// says that s begins a line, where "-", "+", "=" and "1." start a block.
func markdownText(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	if lineStart {
		digits := 0
		for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
			digits++
		}
		switch {
		case s == "":
		case strings.IndexByte("-+=", s[0]) >= 0:
			b.WriteByte('\\')
		case digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')'):
			b.WriteString(s[:digits])
			b.WriteByte('\\')
			s = s[digits:]
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' && i > 0 && i+1 < len(s) && isAlnum(s[i-1]) && isAlnum(s[i+1]):
			// Inside a word an underscore never starts or ends emphasis:
			// local_auth_enabled stays readable.
			b.WriteByte(c)
		case strings.IndexByte("\\`*_[]<>|~$&", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '@' || c == '#':
			b.WriteByte(c)
			b.WriteString(zwsp)
		case c == ':' && strings.HasPrefix(s[i+1:], "//"):
			b.WriteString(":" + zwsp)
		case (c == 'w' || c == 'W') && len(s) >= i+4 && strings.EqualFold(s[i:i+4], "www.") && (i == 0 || !isAlnum(s[i-1]) && s[i-1] < 0x80):
			b.WriteString(s[i:i+3] + zwsp)
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// run returns the length of the run of backticks at s[i].
func run(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	return n
}

// closingRun returns where, from i on, a run of exactly n backticks
// starts, or -1.
func closingRun(s string, i, n int) int {
	for i < len(s) {
		if s[i] != '`' {
			i++
			continue
		}
		m := run(s, i)
		if m == n {
			return i
		}
		i += m
	}
	return -1
}

// stripCodeSpace removes the space CommonMark strips from each side of a
// code span's content.
func stripCodeSpace(s string) string {
	if len(s) >= 2 && s[0] == ' ' && s[len(s)-1] == ' ' && strings.Trim(s, " ") != "" {
		return s[1 : len(s)-1]
	}
	return s
}

// oneLine collapses every run of white space (line breaks included) to
// one space and trims both ends.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
