package parser

import "fmt"

// Pos is a position in a source file. Line and Column are 1-based; Column
// counts Unicode code points. Byte is the 0-based byte offset.
type Pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Byte   int `json:"byte"`
}

// Range is the half-open span [Start, End) in File, a slash-separated path
// relative to the scan root.
type Range struct {
	File  string `json:"file"`
	Start Pos    `json:"start"`
	End   Pos    `json:"end"`
}

// IsZero reports whether r points nowhere.
func (r Range) IsZero() bool { return r.File == "" && r.Start.Line == 0 }

// String formats r as file:line:column, the form editors and terminals link.
func (r Range) String() string {
	if r.Start.Line == 0 {
		return r.File
	}
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Column)
}

// Contains reports whether line lies within r (inclusive of its end line).
func (r Range) Contains(line int) bool {
	end := r.End.Line
	if end < r.Start.Line {
		end = r.Start.Line
	}
	return line >= r.Start.Line && line <= end
}

// Encloses reports whether o lies wholly within r, in the same file.
func (r Range) Encloses(o Range) bool {
	return r.File == o.File && !o.Start.before(r.Start) && !r.End.before(o.End)
}

func (p Pos) before(q Pos) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Column < q.Column
}
