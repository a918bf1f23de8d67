package scan

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
)

// AnnotationIgnore is the Kubernetes annotation that holds suppressions,
// one directive per line: "K8S-POD-001 reason=\"...\" until=2027-03-31".
const AnnotationIgnore = "posture.dev/ignore"

// collectInline gathers the inline suppressions of the scanned resources:
// ignore comments in the Terraform and YAML files they are declared in
// (read from comment tokens and YAML comment nodes, never from text inside
// strings), ARM metadata.posture.ignore entries and Kubernetes
// annotations. Only files for which want returns true are read.
func collectInline(src *parser.Source, resources []parser.Resource, want func(name string) bool) []parser.Suppression {
	var out []parser.Suppression
	seen := map[string]bool{}
	for i := range resources {
		r := &resources[i]
		switch r.Format {
		case parser.ARM:
			out = append(out, armDirectives(r)...)
			if !strings.HasSuffix(r.Range.File, ".bicep") {
				continue
			}
		case parser.KubernetesManifest:
			out = append(out, annotationDirectives(r)...)
		}
		name := r.Range.File
		if name == "" || seen[name] || !want(name) {
			continue
		}
		seen[name] = true
		b, ok := src.Cached(name)
		if !ok {
			continue
		}
		switch {
		case strings.HasSuffix(name, ".tf"):
			out = append(out, hclDirectives(name, b)...)
		case strings.HasSuffix(name, ".yaml"), strings.HasSuffix(name, ".yml"):
			out = append(out, yamlDirectives(name, b)...)
		case strings.HasSuffix(name, ".bicep"):
			out = append(out, bicepDirectives(name, b)...)
		}
	}
	return out
}

// span is a source item (attribute, block, YAML key with its value) by
// its first and last line.
type span struct{ first, last int }

// hclDirectives reads ignore comments from HCL comment tokens. A comment on
// a line of its own covers the attribute or block that starts on the next
// line of code; a comment after code covers the item on its own line.
func hclDirectives(name string, b []byte) []parser.Suppression {
	toks, _ := hclsyntax.LexConfig(b, name, hcl.InitialPos)
	var items parser.Spans
	idx := parser.NewLineIndex(b)
	var out []parser.Suppression
	for i, tok := range toks {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		d, ok := parser.ParseSuppressionComment(parser.CommentText(string(tok.Bytes)))
		if !ok {
			continue
		}
		if items == nil {
			items = hclSpans(name, b)
		}
		line := tok.Range.Start.Line
		d.Range = parser.Range{File: name, Start: idx.Pos(tok.Range.Start.Byte), End: idx.Pos(trimNewline(tok))}
		d.File = name
		target := 0
		if i > 0 && toks[i-1].Range.End.Line == line && toks[i-1].Type != hclsyntax.TokenNewline {
			target = line
		} else {
			for _, next := range toks[i+1:] {
				if next.Type != hclsyntax.TokenComment && next.Type != hclsyntax.TokenNewline && next.Type != hclsyntax.TokenEOF {
					target = next.Range.Start.Line
					break
				}
			}
		}
		items.Cover(&d, target, "attribute")
		out = append(out, d)
	}
	return out
}

func trimNewline(tok hclsyntax.Token) int {
	end := tok.Range.End.Byte
	for end > tok.Range.Start.Byte && (tok.Bytes[end-tok.Range.Start.Byte-1] == '\n' || tok.Bytes[end-tok.Range.Start.Byte-1] == '\r') {
		end--
	}
	return end
}

// hclSpans records the lines of every attribute and block of a file.
func hclSpans(name string, b []byte) parser.Spans {
	s := parser.Spans{}
	f, _ := hclsyntax.ParseConfig(b, name, hcl.InitialPos)
	if f == nil {
		return s
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return s
	}
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

// yamlDirectives reads ignore comments from the comments yaml.v3 attaches
// to nodes. A head comment covers the key (with its value) or sequence item
// below it; a comment above a document's first key covers the whole
// object; a line comment covers the item on its line.
func yamlDirectives(name string, b []byte) []parser.Suppression {
	if !bytes.Contains(b, []byte(parser.SuppressionPrefix)) {
		return nil
	}
	var out []parser.Suppression
	dec := yaml.NewDecoder(bytes.NewReader(b))
	for range 10000 {
		var doc yaml.Node
		if err := decodeNode(dec, &doc); err != nil {
			break
		}
		out = append(out, yamlDocDirectives(name, b, &doc)...)
	}
	return out
}

// decodeNode decodes one document, turning a panic inside yaml.v3 on
// hostile input into an error.
func decodeNode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return dec.Decode(n)
}

func yamlDocDirectives(name string, b []byte, doc *yaml.Node) []parser.Suppression {
	idx := parser.NewLineIndex(b)
	var out []parser.Suppression
	emit := func(comment string, commentLine int, cover span) {
		for i, line := range strings.Split(comment, "\n") {
			d, ok := parser.ParseSuppressionComment(parser.CommentText(line))
			if !ok {
				continue
			}
			l := commentLine + i
			if commentLine == 0 {
				l = cover.first
			}
			d.Range = yamlCommentRange(name, idx, l, line)
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
					emit(n.HeadComment, above(n.HeadComment, c.Line), span{c.Line, lastLine(c, 0)})
				}
				walk(c, true, depth+1)
			}
		case yaml.MappingNode:
			whole := span{n.Line, lastLine(n, 0)}
			if item && n.HeadComment != "" {
				emit(n.HeadComment, above(n.HeadComment, n.Line), whole)
			}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				cover := span{k.Line, lastLine(v, 0)}
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
						emit(lc, k.Line, span{k.Line, lastLine(v, 0)})
					}
				}
				walk(v, false, depth+1)
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				cover := span{c.Line, lastLine(c, 0)}
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
func yamlCommentRange(name string, idx *parser.LineIndex, line int, text string) parser.Range {
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

// armDirectives reads a resource's metadata.posture.ignore entries:
// [{"id": "AZ-ST-001" (or "ids": [...]), "reason": "...", "until": "YYYY-MM-DD"}].
func armDirectives(r *parser.Resource) []parser.Suppression {
	md, _ := r.Properties["metadata"].(map[string]any)
	pm, _ := md["posture"].(map[string]any)
	raw, ok := pm["ignore"]
	if !ok {
		return nil
	}
	base := parser.Path{"metadata", "posture", "ignore"}
	list, ok := raw.([]any)
	if !ok {
		return []parser.Suppression{{Range: r.Locate(base), Resource: r.ID, Problem: "must be a list of {\"id\", \"reason\", \"until\"} objects"}}
	}
	var out []parser.Suppression
	for i, e := range list {
		p := append(append(parser.Path{}, base...), i)
		d := parser.Suppression{Range: r.Locate(p), Resource: r.ID}
		obj, ok := e.(map[string]any)
		if !ok {
			d.Problem = "must be an object {\"id\", \"reason\", \"until\"}"
			out = append(out, d)
			continue
		}
		for k, v := range obj {
			switch k {
			case "id":
				s, _ := v.(string)
				d.IDs = append(d.IDs, parser.SplitSuppressionIDs(s)...)
			case "ids":
				vs, _ := v.([]any)
				for _, x := range vs {
					s, _ := x.(string)
					d.IDs = append(d.IDs, strings.TrimSpace(s))
				}
			case "reason":
				d.Reason, _ = v.(string)
				d.Reason = strings.TrimSpace(d.Reason)
			case "until":
				d.Until, _ = v.(string)
			default:
				if d.Problem == "" {
					d.Problem = fmt.Sprintf("has an unknown member %q (want id, reason, until)", k)
				}
			}
		}
		if d.Problem == "" {
			d.Problem = d.Validate()
		}
		out = append(out, d)
	}
	return out
}

// annotationDirectives reads the posture.dev/ignore annotation of a
// Kubernetes object and of its pod template.
func annotationDirectives(r *parser.Resource) []parser.Suppression {
	var out []parser.Suppression
	for _, base := range []parser.Path{
		{"metadata"},
		{"spec", "template", "metadata"},
		{"spec", "jobTemplate", "spec", "template", "metadata"},
	} {
		m, _ := lookup(r.Properties, base).(map[string]any)
		ann, _ := m["annotations"].(map[string]any)
		v, ok := ann[AnnotationIgnore]
		if !ok {
			continue
		}
		p := append(append(parser.Path{}, base...), "annotations", AnnotationIgnore)
		rng := r.Locate(p)
		s, ok := v.(string)
		if !ok {
			out = append(out, parser.Suppression{Range: rng, Resource: r.ID, Problem: "must be a string: one \"ID reason=\\\"...\\\" until=YYYY-MM-DD\" per line"})
			continue
		}
		for _, line := range strings.Split(s, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			d := parser.ParseSuppressionBody(line)
			d.Range, d.Resource = rng, r.ID
			out = append(out, d)
		}
	}
	return out
}

func lookup(v any, p parser.Path) any {
	for _, k := range p {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		key, ok := k.(string)
		if !ok {
			return nil
		}
		v = m[key]
	}
	return v
}
