package kubernetes

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
)

// maxCommentDocuments bounds the documents of a file whose comments are
// read for suppressions.
const maxCommentDocuments = 10000

// fileSuppressions reads the ignore comments of a YAML file the decoder
// did not read document by document itself (a chart's template, a
// kustomization's resource): they are where a rendered object's range
// points. Reading stops at the first document that is not valid YAML.
func fileSuppressions(name string, b []byte) []parser.Suppression {
	if !bytes.Contains(b, []byte(parser.SuppressionPrefix)) {
		return nil
	}
	idx := parser.NewLineIndex(b)
	var out []parser.Suppression
	dec := yaml.NewDecoder(bytes.NewReader(b))
	for range maxCommentDocuments {
		var doc yaml.Node
		if err := decodeSafely(dec, &doc); err != nil {
			break
		}
		out = append(out, docSuppressions(name, idx, &doc)...)
	}
	return out
}

// renderedSuppressions reads the ignore comments of the YAML files the
// rendered resources rs point at, each once.
func renderedSuppressions(src *parser.Source, rs []parser.Resource) []parser.Suppression {
	var out []parser.Suppression
	seen := map[string]bool{}
	for i := range rs {
		name := rs[i].Range.File
		if seen[name] || !(strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) {
			continue
		}
		seen[name] = true
		if b, ok := src.Cached(name); ok {
			out = append(out, fileSuppressions(name, b)...)
		}
	}
	return out
}

// itemLines are the first and last line of a YAML item (a key with its
// value, a sequence item, an object).
type itemLines struct{ first, last int }

// docSuppressions reads ignore comments from the comments yaml.v3 attaches
// to the nodes of a document. A head comment covers the key (with its
// value) or sequence item below it; a comment above a document's first key
// covers the whole object; a line comment covers the item on its line.
func docSuppressions(name string, idx *parser.LineIndex, doc *yaml.Node) []parser.Suppression {
	var out []parser.Suppression
	emit := func(comment string, commentLine int, cover itemLines) {
		for i, line := range strings.Split(comment, "\n") {
			d, ok := parser.ParseSuppressionComment(parser.CommentText(line))
			if !ok {
				continue
			}
			l := commentLine + i
			if commentLine == 0 {
				l = cover.first
			}
			d.Range = commentRange(name, idx, l, line)
			d.File, d.First, d.Last = name, cover.first, cover.last
			out = append(out, d)
		}
	}
	above := func(comment string, first int) int {
		// A head comment ends on the line above the node it belongs to.
		if first <= 0 {
			return 0
		}
		n := strings.Count(comment, "\n") + 1
		if first-n < 1 {
			return 0
		}
		return first - n
	}
	var walk func(n *yaml.Node, item bool, depth int)
	walk = func(n *yaml.Node, item bool, depth int) {
		if n == nil || depth > 256 {
			return
		}
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				if n.HeadComment != "" {
					emit(n.HeadComment, above(n.HeadComment, c.Line), itemLines{c.Line, lastLine(c, 0)})
				}
				walk(c, true, depth+1)
			}
		case yaml.MappingNode:
			whole := itemLines{n.Line, lastLine(n, 0)}
			if item && n.HeadComment != "" {
				emit(n.HeadComment, above(n.HeadComment, n.Line), whole)
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				cover := itemLines{k.Line, lastLine(v, 0)}
				if i == 0 && item && k.Line == n.Line {
					// A comment above an object's first key is above the
					// object (a document, a list item).
					cover = whole
				}
				if k.HeadComment != "" {
					emit(k.HeadComment, above(k.HeadComment, k.Line), cover)
				}
				for _, lc := range []string{k.LineComment, v.LineComment} {
					if lc != "" {
						emit(lc, k.Line, itemLines{k.Line, lastLine(v, 0)})
					}
				}
				walk(v, false, depth+1)
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				cover := itemLines{c.Line, lastLine(c, 0)}
				if c.Kind != yaml.MappingNode && c.HeadComment != "" {
					emit(c.HeadComment, above(c.HeadComment, c.Line), cover)
				}
				if c.Kind == yaml.ScalarNode && c.LineComment != "" {
					emit(c.LineComment, c.Line, cover)
				}
				walk(c, true, depth+1)
			}
		}
	}
	walk(doc, false, 0)
	return out
}

// lastLine is the last line a node's text reaches.
func lastLine(n *yaml.Node, depth int) int {
	if n == nil {
		return 0
	}
	last := n.Line
	if n.Kind == yaml.ScalarNode && (n.Style&(yaml.LiteralStyle|yaml.FoldedStyle)) != 0 {
		last += strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
	}
	if depth > 256 {
		return last
	}
	for _, c := range n.Content {
		if l := lastLine(c, depth+1); l > last {
			last = l
		}
	}
	return last
}

// yamlCommentRange locates a comment line: yaml.v3 keeps comment text but
// not its position, so the line is derived from the node and the column
// from where the text sits on that line.
func commentRange(name string, idx *parser.LineIndex, line int, text string) parser.Range {
	src := idx.Line(line)
	col := strings.Index(src, strings.TrimSpace(text))
	if line < 1 || col < 0 {
		return parser.Range{File: name, Start: parser.Pos{Line: line, Column: 1}, End: parser.Pos{Line: line, Column: 1}}
	}
	start := len([]rune(src[:col])) + 1
	return parser.Range{File: name,
		Start: parser.Pos{Line: line, Column: start},
		End:   parser.Pos{Line: line, Column: start + len([]rune(strings.TrimSpace(text)))}}
}
