package bicep

import "github.com/posture-dev/posture/parser"

// suppressions reads the ignore comments of a parsed Bicep file, with the
// rules of HCL: a comment on a line of its own covers the declaration
// (with its decorators) or property that starts on the next line of code;
// a comment after code covers the item on its own line.
func suppressions(f *File) []parser.Suppression {
	var items parser.Spans
	var out []parser.Suppression
	for _, c := range f.Comments {
		if c.Kind != LineComment && c.Kind != BlockComment {
			continue
		}
		s, ok := parser.ParseSuppressionComment(parser.CommentText(c.Text))
		if !ok {
			continue
		}
		if items == nil {
			items = itemSpans(f)
		}
		s.Range, s.File = c.Range, f.Name
		target := c.Next.Line
		if c.Trailing {
			target = c.Range.Start.Line
		}
		items.Cover(&s, target, "property")
		out = append(out, s)
	}
	return out
}

// itemSpans records the lines of every declaration (from its first
// decorator) and property of a file.
func itemSpans(f *File) parser.Spans {
	s := parser.Spans{}
	for _, st := range f.Statements {
		Walk(st, func(n Node) bool {
			var r parser.Range
			switch x := n.(type) {
			case Statement: // nested resources included
				r = Extent(x)
			case *Property:
				r = x.Range
			default:
				return true
			}
			s.Add(r.Start.Line, r.End.Line)
			return true
		})
	}
	return s
}
