package display

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// TabWidth is how many spaces show a tab of a source line.
	TabWidth = len(tabSpaces)
	// SnippetWidth is how many columns of a source line a snippet shows at
	// most: a minified template is one line of hundreds of kilobytes, and
	// each finding on it shows only the part around its value.
	SnippetWidth = 160

	tabSpaces = "    "
)

// Line is one source line prepared for display. It is indexed once, in
// time proportional to its length; a window of it is then cut in time
// proportional to the window, however long the line is and however many
// findings point into it.
//
// A character shows as itself, as TabWidth spaces (a tab), or as its Text
// escape (a control or bidirectional character, a byte that is not UTF-8),
// and takes as many columns as that has characters. Characters are
// counted as the parsers count columns: in code points, an invalid byte
// being one.
type Line struct {
	text string
	// offs holds the byte offset of each character and of the end; nil
	// when text is ASCII, where character i is byte i.
	offs  []int32
	n     int
	width int
	blank bool
}

// NewLine indexes text, one line without its line break.
func NewLine(text string) *Line {
	l := &Line{text: text, n: len(text), blank: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			l.offs = make([]int32, 0, utf8.RuneCountInString(text)+1)
			for j := 0; j < len(text); {
				l.offs = append(l.offs, int32(j))
				_, size := utf8.DecodeRuneInString(text[j:])
				j += size
			}
			l.offs = append(l.offs, int32(len(text)))
			l.n = len(l.offs) - 1
			break
		}
	}
	for i := 0; i < l.n; i++ {
		raw, shown := l.at(i)
		l.width += columns(shown)
		if l.blank {
			r, _ := utf8.DecodeRuneInString(raw)
			l.blank = unicode.IsSpace(r)
		}
	}
	return l
}

// Len returns the number of characters of the line.
func (l *Line) Len() int { return l.n }

// Blank reports whether the line holds only white space.
func (l *Line) Blank() bool { return l.blank }

// Bytes returns the size of the line's text: what it holds in memory.
func (l *Line) Bytes() int { return len(l.text) + 4*len(l.offs) }

// Window is the part of a line shown around some of its characters.
type Window struct {
	// Text is the part shown, safe to print, with an Ellipsis at each end
	// where the line goes on.
	Text string
	// From is the index of the line's first character in Text.
	From int
	// Mark is how many columns of Text come before the characters the
	// window was cut around, and MarkWidth how many columns they take
	// (at least 1, so that a marker is seen after the end of the line).
	Mark, MarkWidth int
}

// Window cuts out of the line at most width columns (at least 16) around
// the characters [start, end), 0-based. A line that fits is shown whole;
// otherwise the characters are shown with context on both sides, or, when
// they do not fit, after a little context for as many as fit.
func (l *Line) Window(start, end, width int) Window {
	width = max(width, 16)
	start = min(max(start, 0), l.n)
	end = min(max(end, start), l.n)
	if l.width <= width {
		return Window{Text: l.render(0, l.n), Mark: l.cols(0, start), MarkWidth: max(1, l.cols(start, end))}
	}
	budget := width - 2 // room for an ellipsis on each side
	a, b, used := start, start, 0
	for b < end && used+l.w(b) <= budget {
		used += l.w(b)
		b++
	}
	if b == end {
		// The characters fit: context before them up to half of what is
		// left, then after them, then before again if the line ended.
		rest := budget - used
		ctx := 0
		for a > 0 && ctx+l.w(a-1) <= rest/2 {
			a--
			ctx += l.w(a)
		}
		for b < l.n && ctx+l.w(b) <= rest {
			ctx += l.w(b)
			b++
		}
		for a > 0 && ctx+l.w(a-1) <= rest {
			a--
			ctx += l.w(a)
		}
	} else {
		// The characters do not fit: a little of what comes before them
		// still says what they are ("id": …), then as many as fit.
		lead := min(budget/8, 16)
		ctx := 0
		for a > 0 && ctx+l.w(a-1) <= lead {
			a--
			ctx += l.w(a)
		}
		b, used = start, ctx
		for b < end && used+l.w(b) <= budget {
			used += l.w(b)
			b++
		}
	}
	var t strings.Builder
	mark := l.cols(a, start)
	if a > 0 {
		t.WriteString(Ellipsis)
		mark++
	}
	t.WriteString(l.render(a, b))
	if b < l.n {
		t.WriteString(Ellipsis)
	}
	return Window{Text: t.String(), From: a, Mark: mark, MarkWidth: max(1, l.cols(start, min(end, b)))}
}

// Slice shows at most width columns (at least 16) of the line from its
// character from on, with an Ellipsis at each end where the line goes on:
// the lines around a windowed one, cut at the same character.
func (l *Line) Slice(from, width int) string {
	width = max(width, 16)
	from = min(max(from, 0), l.n)
	if from == 0 && l.width <= width {
		return l.render(0, l.n)
	}
	budget := width - 2
	b, used := from, 0
	for b < l.n && used+l.w(b) <= budget {
		used += l.w(b)
		b++
	}
	var t strings.Builder
	if from > 0 {
		t.WriteString(Ellipsis)
	}
	t.WriteString(l.render(from, b))
	if b < l.n {
		t.WriteString(Ellipsis)
	}
	return t.String()
}

// at returns character i as it is in the line and as it is shown ("" when
// shown as itself).
func (l *Line) at(i int) (raw, shown string) {
	if l.offs == nil {
		raw = l.text[i : i+1]
	} else {
		raw = l.text[l.offs[i]:l.offs[i+1]]
	}
	r, size := utf8.DecodeRuneInString(raw)
	if r == '\t' {
		return raw, tabSpaces
	}
	return raw, escapeRune(r, size, raw[0])
}

// w returns the columns of character i.
func (l *Line) w(i int) int {
	_, shown := l.at(i)
	return columns(shown)
}

// cols returns the columns of characters [a, b).
func (l *Line) cols(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		n += l.w(i)
	}
	return n
}

func (l *Line) render(a, b int) string {
	var t strings.Builder
	for i := a; i < b; i++ {
		raw, shown := l.at(i)
		if shown != "" {
			t.WriteString(shown)
		} else {
			t.WriteString(raw)
		}
	}
	return t.String()
}

// columns is the width of a character shown as shown: escapes are ASCII.
func columns(shown string) int {
	if shown == "" {
		return 1
	}
	return len(shown)
}
