package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// yamlFile is a YAML stream read for editing. yaml.v3 keeps where each
// node starts; edits are text placed from there, so that comments, key
// order, quoting and the other documents of the stream stay as written.
type yamlFile struct {
	name  string
	src   []byte
	lines *parser.LineIndex
	docs  []*yaml.Node
	// unit is one level of indentation; seqIndent is how far the dash of
	// a block sequence sits right of its key (0 or unit), as the file
	// writes them.
	unit, seqIndent int
	newline         string
}

// maxYAMLDocuments bounds the documents read from one stream for editing;
// the scan has already refused a file bigger than its budgets.
const maxYAMLDocuments = 10000

// loadYAML parses the YAML stream name once per Attach.
func loadYAML(files *Files, name string) (*yamlFile, error) {
	type loaded struct {
		f   *yamlFile
		err error
	}
	v := files.Memo("yaml", name, func() any {
		src, err := files.ReadFile(name)
		if err != nil {
			return loaded{err: err}
		}
		f, err := parseYAMLFile(name, src)
		return loaded{f, err}
	}).(loaded)
	return v.f, v.err
}

func parseYAMLFile(name string, src []byte) (*yamlFile, error) {
	f := &yamlFile{name: name, src: src, lines: parser.NewLineIndex(src), unit: 2, seqIndent: -1, newline: "\n"}
	if bytes.Contains(src, []byte("\r\n")) {
		f.newline = "\r\n"
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for len(f.docs) < maxYAMLDocuments {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s does not parse as YAML: %w", name, err)
		}
		f.docs = append(f.docs, &doc)
	}
	unit := 0
	for _, d := range f.docs {
		f.learnIndent(d, &unit, 0)
	}
	if unit > 0 {
		f.unit = unit
	}
	if f.seqIndent < 0 {
		f.seqIndent = f.unit
	}
	return f, nil
}

// learnIndent finds the file's indentation unit (the smallest step from a
// block mapping's key to its nested mapping's keys) and whether block
// sequences are indented under their key.
func (f *yamlFile) learnIndent(n *yaml.Node, unit *int, depth int) {
	if depth > 64 {
		return
	}
	if n.Kind == yaml.MappingNode && n.Style&yaml.FlowStyle == 0 {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind == yaml.MappingNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 && v.Line > k.Line {
				if step := v.Content[0].Column - k.Column; step > 0 && (*unit == 0 || step < *unit) {
					*unit = step
				}
			}
			if v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0 && f.seqIndent < 0 && v.Content[0].Line > k.Line {
				// The item's content sits two columns right of its dash.
				f.seqIndent = max(v.Content[0].Column-2-k.Column, 0)
			}
		}
	}
	for _, c := range n.Content {
		f.learnIndent(c, unit, depth+1)
	}
}

func (f *yamlFile) offset(n *yaml.Node) int { return f.lines.Offset(n.Line, n.Column) }

func (f *yamlFile) edit(start, end int, text string) policies.Edit {
	return policies.Edit{
		Range: parser.Range{File: f.name, Start: f.lines.Pos(start), End: f.lines.Pos(end)},
		Text:  text,
	}
}

// yamlTarget is where a path leads in a document: the node at its end,
// or the deepest node on the way (a mapping, or a null value of a key)
// and the part of the path absent from it.
type yamlTarget struct {
	node *yaml.Node
	// key is the key node of node when node is a mapping value.
	key  *yaml.Node
	rest parser.Path
	// flow is set inside a flow collection, where plain scalars end at
	// a comma or bracket.
	flow bool
}

func yamlLookup(n, key *yaml.Node, path parser.Path) (yamlTarget, error) {
	flow := false
	for i, el := range path {
		if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
			n = n.Content[0]
		}
		if n.Kind == yaml.AliasNode {
			return yamlTarget{}, fmt.Errorf("%s is an alias (*%s); edit the anchor it refers to", path[:i], n.Value)
		}
		flow = flow || n.Style&yaml.FlowStyle != 0
		switch k := el.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				if isYAMLNull(n) {
					return yamlTarget{node: n, key: key, rest: path[i:], flow: flow}, nil
				}
				return yamlTarget{}, fmt.Errorf("%s is not a mapping", path[:i])
			}
			var next, nextKey *yaml.Node
			for j := 0; j+1 < len(n.Content); j += 2 {
				if n.Content[j].Value == k {
					nextKey, next = n.Content[j], n.Content[j+1]
				}
			}
			if next == nil {
				return yamlTarget{node: n, key: key, rest: path[i:], flow: flow}, nil
			}
			n, key = next, nextKey
		case int:
			if n.Kind != yaml.SequenceNode || k < 0 || k >= len(n.Content) {
				return yamlTarget{}, fmt.Errorf("%s has no item %d", path[:i], k)
			}
			n, key = n.Content[k], nil
		}
	}
	if n.Kind == yaml.AliasNode {
		return yamlTarget{}, fmt.Errorf("%s is an alias (*%s); edit the anchor it refers to", path, n.Value)
	}
	return yamlTarget{node: n, key: key, flow: flow || n.Style&yaml.FlowStyle != 0}, nil
}

func isYAMLNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// set returns the edit that gives the value at path below n the value v:
// the scalar replaced in its own quoting, or the first absent key
// inserted with the mappings the rest of path needs. No edit when the
// value is already v.
func (f *yamlFile) set(n *yaml.Node, path parser.Path, v any) (*policies.Edit, error) {
	t, err := yamlLookup(n, nil, path)
	if err != nil {
		return nil, err
	}
	if len(t.rest) == 0 && !(isYAMLNull(t.node) && isYAMLCollection(v)) {
		if yamlEqual(t.node, v) {
			return nil, nil
		}
		if t.node.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%s is a collection, not a value posture can set", path)
		}
		start, end, err := f.scalarSpan(t.node, t.flow)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		text := f.scalar(v, t.node.Style)
		if isYAMLCollection(v) {
			text = f.flow(v)
		}
		if start == end && start > 0 && f.src[start-1] == ':' {
			// An empty value right after its key's colon.
			text = " " + text
		}
		e := f.edit(start, end, text)
		return &e, nil
	}
	for _, el := range t.rest {
		if _, ok := el.(string); !ok {
			return nil, fmt.Errorf("%s is absent and posture cannot create a sequence item", path)
		}
	}
	for i := len(t.rest) - 1; i > 0; i-- {
		v = yamlMap{key: t.rest[i].(string), value: v}
	}
	if len(t.rest) == 0 {
		// A null that should hold a collection.
		return f.fillNull(t, nil, v)
	}
	if isYAMLNull(t.node) {
		return f.fillNull(t, t.rest[:1], v)
	}
	return f.insert(t, t.rest[0].(string), v, len(t.rest) > 1)
}

// yamlMap is a mapping of one key created on the way to a setting.
type yamlMap struct {
	key   string
	value any
}

func isYAMLCollection(v any) bool {
	switch v.(type) {
	case []any, yamlMap, map[string]any:
		return true
	}
	return false
}

// add returns the edit that puts the items absent from the sequence at
// path into it, creating the sequence when it is absent.
func (f *yamlFile) add(n *yaml.Node, path parser.Path, items []any) (*policies.Edit, error) {
	t, err := yamlLookup(n, nil, path)
	if err != nil {
		return nil, err
	}
	if len(t.rest) > 0 || isYAMLNull(t.node) {
		return f.set(n, path, items)
	}
	if t.node.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s is not a sequence", path)
	}
	var missing []any
	for _, it := range items {
		found := false
		for _, c := range t.node.Content {
			if yamlEqual(c, it) {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, it)
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	if t.node.Style&yaml.FlowStyle != 0 {
		start := f.offset(t.node)
		end, err := f.closing(start)
		if err != nil {
			return nil, err
		}
		if len(t.node.Content) == 0 {
			e := f.edit(start, end, f.flow(missing))
			return &e, nil
		}
		at := start + 1 + len(bytes.TrimRight(f.src[start+1:end-1], " \t\r\n"))
		var b strings.Builder
		for _, it := range missing {
			b.WriteString(", " + f.scalar(it, 0))
		}
		e := f.edit(at, at, b.String())
		return &e, nil
	}
	// A block sequence: a line per item at the dash of the first.
	first := t.node.Content[0]
	dash := first.Column - 2
	at, err := f.afterNode(t.node, dash)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, it := range missing {
		b.WriteString(strings.Repeat(" ", max(dash-1, 0)) + "- " + f.scalar(it, 0) + f.newline)
	}
	e := f.lineInsert(at, b.String(), false)
	return &e, nil
}

// insert adds key: v to the mapping t.node. In a block mapping the key
// gets a line of its own after the mapping's last line, at the column of
// its keys; in a flow mapping it goes before the closing brace. As for
// JSON, a new member is a pure insertion and a new mapping (creating)
// takes a byte of its neighbour, so that two fixes never create the same
// key twice.
func (f *yamlFile) insert(t yamlTarget, key string, v any, creating bool) (*policies.Edit, error) {
	m := t.node
	quote := yaml.Style(0)
	if len(m.Content) > 0 {
		quote = m.Content[0].Style & (yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle)
	}
	name := f.key(key, quote)
	if m.Style&yaml.FlowStyle != 0 || t.flow {
		start := f.offset(m)
		end, err := f.closing(start)
		if err != nil {
			return nil, err
		}
		member := name + ": " + f.flow(v)
		if len(m.Content) == 0 {
			e := f.edit(start, end, "{"+member+"}")
			return &e, nil
		}
		at := start + 1 + len(bytes.TrimRight(f.src[start+1:end-1], " \t\r\n"))
		if creating {
			e := f.edit(at-1, at, string(f.src[at-1])+", "+member)
			return &e, nil
		}
		e := f.edit(at, at, ", "+member)
		return &e, nil
	}
	if len(m.Content) == 0 {
		return nil, fmt.Errorf("the mapping at line %d has no keys to align a new one with", m.Line)
	}
	col := m.Content[0].Column
	if ls, _ := f.lines.LineSpan(m.Content[0].Line); bytes.HasPrefix(bytes.TrimLeft(f.src[ls:], " \t-"), []byte("?")) || m.Content[0].Kind != yaml.ScalarNode {
		return nil, fmt.Errorf("the mapping at line %d has explicit (?) keys; edit it by hand", m.Line)
	}
	at, err := f.afterNode(m, col)
	if err != nil {
		return nil, err
	}
	text := f.member(name, v, col-1)
	e := f.lineInsert(at, text, creating)
	return &e, nil
}

// fillNull gives an empty key (securityContext: with no value, or null)
// the mapping rest: v or the collection v.
func (f *yamlFile) fillNull(t yamlTarget, rest parser.Path, v any) (*policies.Edit, error) {
	if len(rest) == 1 {
		v = yamlMap{key: rest[0].(string), value: v}
	}
	if t.key == nil || t.flow {
		return nil, fmt.Errorf("the null value at line %d is not the value of a block mapping key", t.node.Line)
	}
	if t.node.Value != "" {
		// null or ~ written out: replace it with the collection in flow
		// style, on the key's line.
		start, end, err := f.scalarSpan(t.node, false)
		if err != nil || start == end {
			return nil, fmt.Errorf("cannot place a value at line %d", t.node.Line)
		}
		e := f.edit(start, end, f.flow(v))
		return &e, nil
	}
	// Nothing written after the colon: the collection goes on the next
	// lines, one level in.
	_, lineEnd := f.lines.LineSpan(t.key.Line)
	ind := t.key.Column - 1 + f.unit
	var body string
	switch x := v.(type) {
	case yamlMap:
		body = f.member(f.key(x.key, 0), x.value, ind)
	case []any:
		body = f.items(x, t.key.Column-1+f.seqIndent)
	default:
		return nil, fmt.Errorf("cannot place %v under the key at line %d", v, t.key.Line)
	}
	body = strings.TrimSuffix(body, f.newline)
	e := f.edit(lineEnd, lineEnd, f.newline+body)
	return &e, nil
}

// lineInsert inserts whole lines at the start of the line at (at is a
// line start, or the end of a file without a final line break).
func (f *yamlFile) lineInsert(at int, text string, creating bool) policies.Edit {
	if at == len(f.src) && (at == 0 || f.src[at-1] != '\n') {
		return f.edit(at, at, f.newline+strings.TrimSuffix(text, f.newline))
	}
	if creating && at > 0 {
		// Take the line break before: a second fix creating the same
		// mapping overlaps and waits for a rescan.
		return f.edit(at-1, at, "\n"+text)
	}
	return f.edit(at, at, text)
}

// member renders key: v as block lines at indentation ind, with a final
// line break.
func (f *yamlFile) member(name string, v any, ind int) string {
	pad := strings.Repeat(" ", ind)
	switch x := v.(type) {
	case yamlMap:
		return pad + name + ":" + f.newline + f.member(f.key(x.key, 0), x.value, ind+f.unit)
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString(pad + name + ":" + f.newline)
		for _, k := range keys {
			b.WriteString(f.member(f.key(k, 0), x[k], ind+f.unit))
		}
		return b.String()
	case []any:
		return pad + name + ":" + f.newline + f.items(x, ind+f.seqIndent)
	default:
		return pad + name + ": " + f.scalar(v, 0) + f.newline
	}
}

func (f *yamlFile) items(items []any, ind int) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(strings.Repeat(" ", ind) + "- " + f.flow(it) + f.newline)
	}
	return b.String()
}

// flow renders v on one line.
func (f *yamlFile) flow(v any) string {
	switch x := v.(type) {
	case yamlMap:
		return "{" + f.key(x.key, 0) + ": " + f.flow(x.value) + "}"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = f.key(k, 0) + ": " + f.flow(x[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = f.flow(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	default:
		return f.scalar(v, 0)
	}
}

// scalar renders a value in the quoting style of the scalar it replaces:
// plain where YAML reads the plain text back as the same string.
func (f *yamlFile) scalar(v any, style yaml.Style) string {
	s, ok := v.(string)
	if !ok {
		return jsonScalar(v)
	}
	switch {
	case style&yaml.SingleQuotedStyle != 0 && printable(s):
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	case style&yaml.DoubleQuotedStyle != 0 || !plainSafe(s):
		// Go's escapes (\x7f, \u2028, \U0001f600) are YAML's too.
		return strconv.Quote(s)
	}
	return s
}

func (f *yamlFile) key(k string, style yaml.Style) string {
	if style != 0 {
		return f.scalar(k, style)
	}
	return f.scalar(k, 0)
}

// plainSafe reports whether s can be written without quotes and read back
// as the same string, in block and flow context alike.
func plainSafe(s string) bool {
	if s == "" || strings.TrimSpace(s) != s {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-./", r)) {
			return false
		}
	}
	var back any
	if err := yaml.Unmarshal([]byte(s), &back); err != nil {
		return false
	}
	got, ok := back.(string)
	return ok && got == s
}

// yamlEqual reports whether the node holds v. Strings compare exactly:
// Kubernetes values are case-sensitive.
func yamlEqual(n *yaml.Node, v any) bool {
	switch x := v.(type) {
	case []any:
		if n.Kind != yaml.SequenceNode || len(n.Content) != len(x) {
			return false
		}
		for i := range x {
			if !yamlEqual(n.Content[i], x[i]) {
				return false
			}
		}
		return true
	case yamlMap, map[string]any:
		return false
	}
	if n.Kind != yaml.ScalarNode {
		return false
	}
	var got any
	if err := n.Decode(&got); err != nil {
		return false
	}
	switch x := v.(type) {
	case string:
		s, ok := got.(string)
		return ok && s == x
	case bool:
		b, ok := got.(bool)
		return ok && b == x
	case int:
		i, ok := got.(int)
		return ok && i == x
	case int64:
		i, ok := got.(int)
		return ok && int64(i) == x
	case float64:
		switch g := got.(type) {
		case int:
			return float64(g) == x
		case float64:
			return g == x
		}
	}
	return false
}

// scalarSpan returns the bytes a scalar occupies. Block scalars (| and
// >), tagged and anchored scalars and plain scalars folded over several
// lines are refused: replacing them as text is not worth the risk.
func (f *yamlFile) scalarSpan(n *yaml.Node, flow bool) (int, int, error) {
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return 0, 0, fmt.Errorf("the block scalar at line %d is not edited automatically", n.Line)
	}
	if n.Anchor != "" || n.Style&yaml.TaggedStyle != 0 {
		return 0, 0, fmt.Errorf("the value at line %d carries an anchor or tag; edit it by hand", n.Line)
	}
	start := f.offset(n)
	src := f.src
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		for i := start + 1; i < len(src); i++ {
			switch src[i] {
			case '\\':
				i++
			case '"':
				return start, i + 1, nil
			}
		}
	case n.Style&yaml.SingleQuotedStyle != 0:
		for i := start + 1; i < len(src); i++ {
			if src[i] == '\'' {
				if i+1 < len(src) && src[i+1] == '\'' {
					i++
					continue
				}
				return start, i + 1, nil
			}
		}
	default:
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			c := src[end]
			if c == '#' && end > start && (src[end-1] == ' ' || src[end-1] == '\t') {
				break
			}
			if flow && (c == ',' || c == ']' || c == '}') {
				break
			}
			if c == ':' && (end+1 == len(src) || src[end+1] == ' ' || src[end+1] == '\n' || src[end+1] == '\r') {
				break
			}
			end++
		}
		text := strings.TrimRight(string(src[start:end]), " \t")
		end = start + len(text)
		if text != n.Value && !(isYAMLNull(n) && (text == "" || text == "~" || strings.EqualFold(text, "null"))) {
			return 0, 0, fmt.Errorf("the value at line %d spans lines; edit it by hand", n.Line)
		}
		return start, end, nil
	}
	return 0, 0, fmt.Errorf("unterminated string at line %d", n.Line)
}

// closing returns the offset just past the bracket that closes the flow
// collection opening at start.
func (f *yamlFile) closing(start int) (int, error) {
	depth := 0
	src := f.src
	for i := start; i < len(src); i++ {
		switch src[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		case '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case '\'':
			for i++; i < len(src) && !(src[i] == '\'' && (i+1 >= len(src) || src[i+1] != '\'')); i++ {
				if src[i] == '\'' {
					i++
				}
			}
		case '#':
			if i > start && (src[i-1] == ' ' || src[i-1] == '\t') {
				for i < len(src) && src[i] != '\n' {
					i++
				}
			}
		}
	}
	return 0, fmt.Errorf("unclosed flow collection at offset %d", start)
}

// afterNode returns the start of the line after the last line of a block
// collection whose entries sit at column col: past its last descendant
// and any more-indented continuation lines, before blank lines and
// comments that follow it.
func (f *yamlFile) afterNode(n *yaml.Node, col int) (int, error) {
	last := lastLine(n, 0)
	if d := lastDescendant(n, 0); d.Kind == yaml.ScalarNode && d.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		// A block scalar runs over every following line that is blank or
		// indented past the line of its indicator, comments included.
		s, e := f.lines.LineSpan(d.Line)
		header := f.src[s:e]
		indent := len(header) - len(bytes.TrimLeft(header, " "))
		for l := d.Line + 1; l <= f.lines.Lines(); l++ {
			s, e := f.lines.LineSpan(l)
			line := f.src[s:e]
			trimmed := bytes.TrimLeft(line, " ")
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			if len(line)-len(trimmed) <= indent {
				break
			}
			last = l
		}
	}
	for l := last + 1; l <= f.lines.Lines(); l++ {
		s, e := f.lines.LineSpan(l)
		line := f.src[s:e]
		trimmed := bytes.TrimLeft(line, " \t")
		if len(trimmed) == 0 || trimmed[0] == '#' || len(line)-len(trimmed) < col {
			break
		}
		if bytes.HasPrefix(trimmed, []byte("---")) || bytes.HasPrefix(trimmed, []byte("...")) {
			break
		}
		last = l
	}
	if last >= f.lines.Lines() {
		return len(f.src), nil
	}
	s, _ := f.lines.LineSpan(last + 1)
	return s, nil
}

// lastDescendant is the node written last inside n.
func lastDescendant(n *yaml.Node, depth int) *yaml.Node {
	for len(n.Content) > 0 && depth < 256 {
		n = n.Content[len(n.Content)-1]
		depth++
	}
	return n
}

// lastLine is the last line a node's text starts on, or continues on for
// a quoted scalar.
func lastLine(n *yaml.Node, depth int) int {
	l := n.Line
	if n.Kind == yaml.ScalarNode && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		l += strings.Count(n.Value, "\n")
	}
	if depth > 256 {
		return l
	}
	for _, c := range n.Content {
		l = max(l, lastLine(c, depth+1))
	}
	return l
}

// yamlSpot is a node with its key, the chain of nodes from its
// document's root down to it (chain[i] is at path[:i]) and its path.
type yamlSpot struct {
	chain []*yaml.Node
	keys  []*yaml.Node
	path  parser.Path
}

// spotsAt returns every node that starts at (line, col), or whose key
// does: a block mapping starts where its first key does, so a position
// can name a mapping, its first key's value or both.
func (f *yamlFile) spotsAt(line, col int) []yamlSpot {
	var out []yamlSpot
	// Only the document that starts last at or before the line can hold
	// it: a stream of many documents with a finding in each is searched
	// once per finding, not whole.
	i := sort.Search(len(f.docs), func(i int) bool { return f.docs[i].Line > line }) - 1
	for ; i >= 0; i-- {
		d := f.docs[i]
		if d.Kind == yaml.DocumentNode && len(d.Content) == 1 {
			collectSpots(d.Content[0], nil, line, col, nil, nil, nil, &out, 0)
			break
		}
	}
	return out
}

func collectSpots(n, key *yaml.Node, line, col int, chain, keys []*yaml.Node, path parser.Path, out *[]yamlSpot, depth int) {
	if depth > 256 || len(*out) > 16 {
		return
	}
	chain = append(chain[:len(chain):len(chain)], n)
	keys = append(keys[:len(keys):len(keys)], key)
	if n.Line == line && n.Column == col || key != nil && key.Line == line && key.Column == col {
		*out = append(*out, yamlSpot{chain: chain, keys: keys, path: path})
	}
	if n.Line > line {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			collectSpots(v, k, line, col, chain, keys, path.Key(k.Value), out, depth+1)
		}
	case yaml.SequenceNode:
		for i, v := range n.Content {
			collectSpots(v, nil, line, col, chain, keys, path.Key(i), out, depth+1)
		}
	}
}

// yamlValue converts a declared value for YAML: whole numbers print
// without a fraction.
func yamlValue(v any) any {
	if x, ok := v.(float64); ok && x == float64(int64(x)) {
		return int64(x)
	}
	return v
}

// yamlSetting is one setting of a fix placed in a YAML document.
type yamlSetting = setting[*yaml.Node]

// setAll makes the edits of several settings of one fix (see setAll).
func (f *yamlFile) setAll(settings []yamlSetting) ([]policies.Edit, []bool, error) {
	return setAll(len(settings),
		func(i int) (creation, bool, error) {
			t, err := yamlLookup(settings[i].base, nil, settings[i].path)
			if err != nil || len(t.rest) < 2 || isYAMLNull(t.node) || !allKeys(t.rest) {
				return creation{}, false, err
			}
			return creation{
				at:    [2]any{t.node, t.rest[0]},
				below: t.rest[1:],
				make: func(tree map[string]any) (policies.Edit, error) {
					e, err := f.insert(t, t.rest[0].(string), tree, true)
					if err != nil {
						return policies.Edit{}, err
					}
					return *e, nil
				},
			}, true, nil
		},
		func(i int) (*policies.Edit, error) { return editOne(settings[i], f.add, f.set) },
		func(i int) any { return settings[i].value },
		func(created []policies.Edit) []policies.Edit { return mergeCreated(f.src, created, true) },
	)
}

// printable reports whether s needs no escapes, which single quotes
// cannot write.
func printable(s string) bool {
	for _, r := range s {
		if !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
