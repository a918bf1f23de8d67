package kubernetes

import (
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
)

const (
	// maxDepth bounds the nesting the converter follows. yaml.v3 itself
	// stops at 10,000 levels; no manifest comes near 200, and a lower bound
	// keeps the converter's stack small on hostile input.
	maxDepth = 200
	// aliasFloor is the number of values alias expansion may always produce
	// in one document; beyond it the budget grows with the document's size.
	// A "billion laughs" document (nested aliases, each doubling or
	// decupling the size) exhausts it in microseconds instead of memory.
	aliasFloor = 100_000
	// aliasRatio is how many expanded values each parsed node may yield.
	aliasRatio = 10
)

// errAliasBudget stops a conversion whose alias expansion exceeds its
// budget.
type errAliasBudget struct{ limit int }

func (e errAliasBudget) Error() string {
	return fmt.Sprintf("alias expansion exceeds %d values", e.limit)
}

// converter turns one YAML document's nodes into the JSON-like Properties
// tree, recording the source range of every value under its path string.
type converter struct {
	file  string
	src   []byte
	lines *parser.LineIndex
	// lineOff is added to node lines: documents after a syntax error are
	// parsed from the middle of the file.
	lineOff int
	ranges  parser.RangeTable
	diags   []parser.Diagnostic
	// budget is what alias expansion may still produce; inAlias counts the
	// aliases being expanded around the current node.
	budget, limit int
	inAlias       int
	keyCache      map[string]string
}

func newConverter(file string, src []byte, lines *parser.LineIndex, lineOff int, root *yaml.Node) *converter {
	limit := aliasFloor + aliasRatio*countNodes(root, 0)
	return &converter{file: file, src: src, lines: lines, lineOff: lineOff, budget: limit, limit: limit, keyCache: map[string]string{}}
}

// countNodes counts the nodes of a tree without following aliases.
func countNodes(n *yaml.Node, depth int) int {
	if n == nil || depth > maxDepth {
		return 0
	}
	c := 1
	for _, ch := range n.Content {
		c += countNodes(ch, depth+1)
	}
	return c
}

// start returns the byte offset where node n begins.
func (c *converter) start(n *yaml.Node) int {
	return c.lines.Offset(n.Line+c.lineOff, n.Column)
}

func (c *converter) rangeOf(from, to int) parser.Range {
	return parser.Range{File: c.file, Start: c.lines.Pos(from), End: c.lines.Pos(to)}
}

// childKey renders the path string of key k below the path string p, the
// same way parser.Path.String does, without building a Path per value.
func (c *converter) childKey(p, k string) string {
	el, ok := c.keyCache[k]
	if !ok {
		el = parser.Path{k}.String()
		if len(c.keyCache) < 4096 {
			c.keyCache[k] = el
		}
	}
	switch {
	case p == "":
		return el
	case el[0] == '[':
		return p + el
	default:
		return p + "." + el
	}
}

func childIndex(p string, i int) string {
	return p + "[" + strconv.Itoa(i) + "]"
}

// convert returns the value of n and the byte span it occupies, and
// records the span under path. It returns errAliasBudget when alias
// expansion runs over budget; nothing else is fatal.
func (c *converter) convert(n *yaml.Node, path string, depth int) (v any, from, to int, err error) {
	if c.inAlias > 0 {
		c.budget--
		if c.budget < 0 {
			return nil, 0, 0, errAliasBudget{c.limit}
		}
	}
	from = c.start(n)
	if depth > maxDepth {
		c.diags = append(c.diags, parser.Warnf(c.rangeOf(from, from),
			"value nested deeper than %d levels: not read; flatten the structure", maxDepth))
		return nil, from, from, nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		v, to, err = c.mapping(n, path, depth, from)
	case yaml.SequenceNode:
		v, to, err = c.sequence(n, path, depth, from)
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, from, from, nil
		}
		c.inAlias++
		v, _, _, err = c.convert(n.Alias, path, depth+1)
		c.inAlias--
		// The alias itself is where this value was written here; the values
		// inside keep the ranges of the anchored definition they copy.
		to = skipToken(c.src, from)
	case yaml.ScalarNode:
		v = scalarValue(n)
		to = c.scalarEnd(n, from)
	default:
		to = from
	}
	if err != nil {
		return nil, 0, 0, err
	}
	c.ranges[path] = c.rangeOf(from, to)
	return v, from, to, nil
}

func (c *converter) mapping(n *yaml.Node, path string, depth, from int) (map[string]any, int, error) {
	m := make(map[string]any, len(n.Content)/2)
	to := from
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			ks := c.start(k)
			c.diags = append(c.diags, parser.Warnf(c.rangeOf(ks, ks),
				"a mapping key must be a string, not a %s; the entry is ignored (a `{{ ... }}` template action here means the file must be rendered before it is scanned)", kindName(k.Kind)))
			continue
		}
		if k.ShortTag() == "!!merge" {
			merges = append(merges, val)
			continue
		}
		if _, dup := m[k.Value]; dup {
			ks := c.start(k)
			c.diags = append(c.diags, parser.Warnf(c.rangeOf(ks, ks+len(k.Value)),
				"duplicate key %q: the later value wins; remove one of them", k.Value))
		}
		child := c.childKey(path, k.Value)
		v, _, end, err := c.convert(val, child, depth+1)
		if err != nil {
			return nil, 0, err
		}
		if (val.Kind == yaml.MappingNode || val.Kind == yaml.SequenceNode) && val.Style&yaml.FlowStyle == 0 {
			// A block mapping or sequence starts at its first entry, which
			// is not where a reader looks for it: a finding about a field
			// missing from securityContext belongs on `securityContext:`.
			c.ranges[child] = c.rangeOf(c.start(k), end)
		}
		m[k.Value] = v
		to = max(to, end)
	}
	// Merge keys (<<: *base) add the keys the mapping does not set itself;
	// with a list of maps the first one wins, as YAML 1.1 specifies.
	for _, mg := range merges {
		end, err := c.merge(m, mg, path, depth+1)
		if err != nil {
			return nil, 0, err
		}
		to = max(to, end)
	}
	if n.Style&yaml.FlowStyle != 0 {
		to = flowClose(c.src, from, to)
	}
	return m, to, nil
}

func (c *converter) merge(m map[string]any, mg *yaml.Node, path string, depth int) (int, error) {
	to := c.start(mg)
	if mg.Kind == yaml.AliasNode {
		to = skipToken(c.src, to)
	}
	var sources []*yaml.Node
	switch target := deref(mg); {
	case target == nil:
	case target.Kind == yaml.MappingNode:
		sources = append(sources, target)
	case target.Kind == yaml.SequenceNode:
		for _, s := range target.Content {
			if s := deref(s); s != nil && s.Kind == yaml.MappingNode {
				sources = append(sources, s)
			}
		}
	}
	c.inAlias++
	defer func() { c.inAlias-- }()
	for _, src := range sources {
		for i := 0; i+1 < len(src.Content); i += 2 {
			k := deref(src.Content[i])
			if k == nil || k.Kind != yaml.ScalarNode || k.ShortTag() == "!!merge" {
				continue
			}
			if _, set := m[k.Value]; set {
				continue
			}
			v, _, _, err := c.convert(src.Content[i+1], c.childKey(path, k.Value), depth+1)
			if err != nil {
				return 0, err
			}
			m[k.Value] = v
		}
	}
	return to, nil
}

func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func (c *converter) sequence(n *yaml.Node, path string, depth, from int) ([]any, int, error) {
	s := make([]any, 0, len(n.Content))
	to := from
	for i, el := range n.Content {
		v, _, end, err := c.convert(el, childIndex(path, i), depth+1)
		if err != nil {
			return nil, 0, err
		}
		s = append(s, v)
		to = max(to, end)
	}
	if n.Style&yaml.FlowStyle != 0 {
		to = flowClose(c.src, from, to)
	}
	return s, to, nil
}

func kindName(k yaml.Kind) string {
	switch k {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "sequence"
	case yaml.AliasNode:
		return "alias"
	case yaml.DocumentNode:
		return "document"
	default:
		return "scalar"
	}
}

// scalarValue resolves a scalar the way yaml.v3 does when it decodes into
// an interface{}, narrowed to the model's types: int64, float64, bool, nil
// and string. Infinities and NaN stay strings (JSON and Rego have no such
// numbers), and so do timestamps (Kubernetes reads them as strings).
func scalarValue(n *yaml.Node) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		switch n.Value {
		case "true", "True", "TRUE":
			return true
		case "false", "False", "FALSE":
			return false
		}
	case "!!int":
		plain := strings.ReplaceAll(n.Value, "_", "")
		if i, err := strconv.ParseInt(plain, 0, 64); err == nil {
			return i
		}
		if u, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return float64(u)
		}
	case "!!float":
		plain := strings.ReplaceAll(n.Value, "_", "")
		if f, err := strconv.ParseFloat(plain, 64); err == nil && !isSpecialFloat(plain) {
			return f
		}
	}
	return n.Value
}

func isSpecialFloat(s string) bool {
	s = strings.ToLower(strings.TrimLeft(s, "+-"))
	return s == ".inf" || s == ".nan" || s == "inf" || s == "nan" || s == "infinity"
}

// skipProps skips a node's anchor (&a) and tag (!t) before its value.
func skipProps(src []byte, off int) int {
	for off < len(src) && (src[off] == '&' || src[off] == '!') {
		off = skipToken(src, off)
		for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
			off++
		}
	}
	return off
}

// skipToken returns the end of the token starting at off: an anchor, tag
// or alias name runs to the next blank or flow indicator.
func skipToken(src []byte, off int) int {
	for off < len(src) {
		switch src[off] {
		case ' ', '\t', '\r', '\n', ',', ']', '}':
			return off
		}
		off++
	}
	return off
}

// scalarEnd finds the byte offset just past a scalar's source text.
func (c *converter) scalarEnd(n *yaml.Node, from int) int {
	src := c.src
	off := skipProps(src, from)
	if off >= len(src) {
		return len(src)
	}
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0 && src[off] == '"':
		for i := off + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return len(src)
	case n.Style&yaml.SingleQuotedStyle != 0 && src[off] == '\'':
		for i := off + 1; i < len(src); i++ {
			if src[i] == '\'' {
				if i+1 < len(src) && src[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return len(src)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return c.blockEnd(off)
	}
	// A plain scalar's text is its value, except that line breaks inside it
	// fold into spaces: match it word by word across lines.
	for _, w := range strings.Fields(n.Value) {
		p := off
		for p < len(src) && (src[p] == ' ' || src[p] == '\t' || src[p] == '\r' || src[p] == '\n') {
			p++
		}
		if !strings.HasPrefix(string(src[p:min(len(src), p+len(w))]), w) {
			break
		}
		off = p + len(w)
	}
	return off
}

// blockEnd returns the end of a literal or folded block scalar whose
// indicator (| or >) is at off: the end of its last non-blank content
// line, content being the lines indented at least as far as the first.
func (c *converter) blockEnd(off int) int {
	line := c.lines.Pos(off).Line
	lineStart, lineEnd := c.lines.LineSpan(line)
	end := lineEnd
	// The header ends before a comment.
	if i := strings.Index(string(c.src[off:end]), " #"); i >= 0 {
		end = off + i
	}
	// Content is indented deeper than the line holding the indicator; the
	// first content line fixes the indentation of the rest (YAML's
	// auto-detection).
	outer := indentOf(c.src[lineStart:lineEnd])
	indent := -1
	for n := line + 1; n <= c.lines.Lines(); n++ {
		s, e := c.lines.LineSpan(n)
		ind := indentOf(c.src[s:e])
		if s+ind == e {
			continue // blank lines belong to the block until it ends
		}
		if indent < 0 {
			if ind <= outer {
				break
			}
			indent = ind
		}
		if ind < indent {
			break
		}
		end = e
	}
	return end
}

// flowClose returns the offset just past the closing bracket of the flow
// collection that starts at from (at its anchor or tag, if any) and whose
// last entry ends at last. Only the gap after the last entry is scanned, so
// nested flow collections cost linear time.
func flowClose(src []byte, from, last int) int {
	open := skipProps(src, from)
	if open < len(src) && (src[open] == '{' || src[open] == '[') && last <= open {
		last = open + 1
	}
	for i := last; i < len(src); i++ {
		switch src[i] {
		case '}', ']':
			return i + 1
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case ' ', '\t', '\r', '\n', ',':
		default:
			return last
		}
	}
	return last
}

// indentOf counts the spaces that begin line.
func indentOf(line []byte) int {
	ind := 0
	for ind < len(line) && line[ind] == ' ' {
		ind++
	}
	return ind
}
