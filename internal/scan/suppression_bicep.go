package scan

import (
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/bicep"
)

// bicepDirectives reads ignore comments from the comments of a Bicep file,
// with the rules of HCL: a comment on a line of its own covers the
// declaration (with its decorators) or property that starts on the next
// line of code; a comment after code covers the item on its own line.
func bicepDirectives(name string, b []byte) []parser.Suppression {
	f, _ := bicep.Parse(name, b)
	if f == nil {
		return nil
	}
	var items parser.Spans
	var out []parser.Suppression
	for _, c := range f.Comments {
		if c.Kind != bicep.LineComment && c.Kind != bicep.BlockComment {
			continue
		}
		d, ok := parser.ParseSuppressionComment(parser.CommentText(c.Text))
		if !ok {
			continue
		}
		if items == nil {
			items = bicepSpans(f)
		}
		d.Range, d.File = c.Range, name
		target := c.Next.Line
		if c.Trailing {
			target = c.Range.Start.Line
		}
		items.Cover(&d, target, "property")
		out = append(out, d)
	}
	return out
}

// bicepSpans records the lines of every declaration (from its first
// decorator) and property of a file.
func bicepSpans(f *bicep.File) parser.Spans {
	s := parser.Spans{}
	for _, st := range f.Statements {
		bicep.Walk(st, func(n bicep.Node) bool {
			var r parser.Range
			switch x := n.(type) {
			case bicep.Statement: // nested resources included
				r = bicep.Extent(x)
			case *bicep.Property:
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
