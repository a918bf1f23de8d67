package report

import (
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// lineCacheBytes bounds the source lines a writer keeps indexed. Findings
// come mostly in file and line order, so a few lines suffice; the bound
// only stops a report of many long lines from holding them all at once.
const lineCacheBytes = 32 << 20

// sources hands out the source lines findings point at. Each file's line
// index is built once per report, and each line indexed once, however many
// findings point into it: a minified template is one line of hundreds of
// kilobytes, with a finding for each resource on it.
type sources struct {
	rep   *result.Report
	files map[string]*parser.LineIndex
	lines map[lineKey]*display.Line
	size  int
	// indexes serve the diffs of fixes.
	indexes *lineIndexes
}

type lineKey struct {
	file string
	n    int
}

func newSources(rep *result.Report) *sources {
	return &sources{rep: rep, files: map[string]*parser.LineIndex{}, lines: map[lineKey]*display.Line{}, indexes: newLineIndexes(rep)}
}

// line returns line n (1-based) of a file named by its display path, or
// nil when the scan did not read the file or it has no such line.
func (s *sources) line(file string, n int) *display.Line {
	if file == "" || n < 1 {
		return nil
	}
	k := lineKey{file, n}
	if l, ok := s.lines[k]; ok {
		return l
	}
	x, ok := s.files[file]
	if !ok {
		if b, found := s.rep.SourceBytes(file); found {
			x = parser.NewLineIndex(b)
		}
		s.files[file] = x
	}
	if x == nil || n > x.Lines() {
		return nil
	}
	l := display.NewLine(x.Line(n))
	if s.size+l.Bytes() > lineCacheBytes {
		clear(s.lines)
		s.size = 0
	}
	s.lines[k] = l
	s.size += l.Bytes()
	return l
}

// snippet is how a writer shows the source at a range: the window of its
// first line around the range's columns, with where the value is in it.
// ok is false when there is no source to show or the line is blank.
func (s *sources) snippet(r parser.Range) (w display.Window, l *display.Line, ok bool) {
	if r.Start.Line == 0 {
		return w, nil, false
	}
	l = s.line(r.File, r.Start.Line)
	if l == nil || l.Blank() {
		return w, nil, false
	}
	start := max(r.Start.Column, 1) - 1
	end := l.Len() // a range over several lines is marked to the end of its first
	if r.End.Line == r.Start.Line && r.End.Column > start+1 {
		end = r.End.Column - 1
	}
	return l.Window(start, end, display.SnippetWidth), l, true
}
