package terraform

import (
	"bytes"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/posture-dev/posture/parser"
)

// suppressions reads the ignore comments of a .tf file from its comment
// tokens (HCL's syntax tree keeps no comments, so the file is lexed once
// more; text inside strings is never taken for a comment). A comment on a
// line of its own covers the attribute or block that starts on the next
// line of code; a comment after code covers the item on its own line.
// body is the file's syntax tree, which gives the items' lines.
func suppressions(name string, b []byte, body *hclsyntax.Body) []parser.Suppression {
	if !bytes.Contains(b, []byte(parser.SuppressionPrefix)) {
		return nil
	}
	toks, _ := hclsyntax.LexConfig(b, name, hcl.InitialPos)
	var items parser.Spans
	idx := parser.NewLineIndex(b)
	var out []parser.Suppression
	for i, tok := range toks {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		s, ok := parser.ParseSuppressionComment(parser.CommentText(string(tok.Bytes)))
		if !ok {
			continue
		}
		if items == nil {
			items = itemSpans(body)
		}
		line := tok.Range.Start.Line
		s.Range = parser.Range{File: name, Start: idx.Pos(tok.Range.Start.Byte), End: idx.Pos(trimNewline(tok))}
		s.File = name
		target := 0
		// A # or // comment token ends on the next line, with its line
		// break: the comment above this one is not code before it.
		if i > 0 && toks[i-1].Range.End.Line == line && toks[i-1].Type != hclsyntax.TokenNewline && toks[i-1].Type != hclsyntax.TokenComment {
			target = line
		} else {
			for _, next := range toks[i+1:] {
				if next.Type != hclsyntax.TokenComment && next.Type != hclsyntax.TokenNewline && next.Type != hclsyntax.TokenEOF {
					target = next.Range.Start.Line
					break
				}
			}
		}
		items.Cover(&s, target, "attribute")
		out = append(out, s)
	}
	return out
}

// trimNewline returns the end offset of a comment token without the line
// break a # or // comment includes.
func trimNewline(tok hclsyntax.Token) int {
	end := tok.Range.End.Byte
	for end > tok.Range.Start.Byte && (tok.Bytes[end-tok.Range.Start.Byte-1] == '\n' || tok.Bytes[end-tok.Range.Start.Byte-1] == '\r') {
		end--
	}
	return end
}

// itemSpans records the lines of every attribute and block of a file.
func itemSpans(body *hclsyntax.Body) parser.Spans {
	s := parser.Spans{}
	var walk func(*hclsyntax.Body, int)
	walk = func(body *hclsyntax.Body, depth int) {
		if body == nil || depth > 64 {
			return
		}
		for _, a := range body.Attributes {
			s.Add(a.SrcRange.Start.Line, a.SrcRange.End.Line)
		}
		for _, blk := range body.Blocks {
			r := blk.Range()
			s.Add(r.Start.Line, r.End.Line)
			walk(blk.Body, depth+1)
		}
	}
	walk(body, 0)
	return s
}
