package kubernetes

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
)

// manifest is the outcome of reading one file of manifests.
type manifest struct {
	resources []parser.Resource
	diags     []parser.Diagnostic
	// suppressions are the ignore comments of the documents read before
	// the first syntax error.
	suppressions []parser.Suppression
	// documents counts the YAML documents read, objects the Kubernetes
	// objects among them (List items included).
	documents, objects int
}

// readManifest reads every document of a YAML or JSON file. Documents that
// are not Kubernetes objects are skipped without a word; syntax errors are
// diagnostics, and reading resumes at the next document after the error.
func readManifest(file string, src []byte) *manifest {
	m := &manifest{}
	lines := parser.NewLineIndex(src)
	off, lineOff := 0, 0
	for off < len(src) {
		next := m.readSegment(file, src, lines, off, lineOff)
		if next < 0 || next <= off {
			break
		}
		off, lineOff = next, lines.Pos(next).Line-1
	}
	return m
}

var errLine = regexp.MustCompile(`^yaml: line (\d+): `)

// readSegment decodes documents from byte offset off (the start of line
// lineOff+1) until the end of the file or a syntax error. After an error
// it returns the offset of the next document separator below the error,
// or -1.
func (m *manifest) readSegment(file string, src []byte, lines *parser.LineIndex, off, lineOff int) int {
	dec := yaml.NewDecoder(bytes.NewReader(src[off:]))
	docStart := lineOff + 1
	for {
		var doc yaml.Node
		err := decodeSafely(dec, &doc)
		if errors.Is(err, io.EOF) {
			return -1
		}
		if err != nil {
			line, msg := docStart, err.Error()
			if sm := errLine.FindStringSubmatch(msg); sm != nil {
				n, _ := strconv.Atoi(sm[1])
				line, msg = lineOff+n, msg[len(sm[0]):]
			} else {
				msg = strings.TrimPrefix(msg, "yaml: ")
			}
			line = min(max(line, 1), lines.Lines())
			next := nextDocument(src, lines, line)
			m.documents++
			m.diags = append(m.diags, syntaxDiagnostic(file, src, lines, prevDocument(src, lines, line, docStart), line, next, msg))
			return next
		}
		if off == 0 && m.documents < maxCommentDocuments && bytes.Contains(src, []byte(parser.SuppressionPrefix)) {
			m.suppressions = append(m.suppressions, docSuppressions(file, lines, &doc)...)
		}
		m.documents++
		if len(doc.Content) == 0 {
			continue
		}
		root := doc.Content[0]
		m.object(file, src, lines, lineOff, root)
	}
}

// decodeSafely guards against a panic inside yaml.v3 on hostile input:
// the file's other documents must still be read.
func decodeSafely(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("yaml: the YAML parser failed on this document (%v)", p)
		}
	}()
	return dec.Decode(n)
}

// nextDocument returns the offset of the first "---" line after line, or -1.
func nextDocument(src []byte, lines *parser.LineIndex, line int) int {
	for n := line + 1; n <= lines.Lines(); n++ {
		if isSeparator(src, lines, n) {
			start, _ := lines.LineSpan(n)
			return start
		}
	}
	return -1
}

// prevDocument returns the line of the last "---" at or before line (and
// not before first), or first: where the document holding line starts.
func prevDocument(src []byte, lines *parser.LineIndex, line, first int) int {
	for n := line; n > first; n-- {
		if isSeparator(src, lines, n) {
			return n
		}
	}
	return first
}

func isSeparator(src []byte, lines *parser.LineIndex, n int) bool {
	s, e := lines.LineSpan(n)
	return e-s >= 3 && string(src[s:s+3]) == "---" && (e-s == 3 || src[s+3] == ' ' || src[s+3] == '\t')
}

// syntaxDiagnostic explains a document that is not valid YAML. When the
// document holds template actions, the fix is to render it, not to edit it.
func syntaxDiagnostic(file string, src []byte, lines *parser.LineIndex, from, line, next int, msg string) parser.Diagnostic {
	end := len(src)
	if next >= 0 {
		end = next
	}
	start, _ := lines.LineSpan(from)
	if i := bytes.Index(src[start:end], []byte("{{")); i >= 0 {
		s := start + i
		e := s + 2
		if j := bytes.Index(src[s:end], []byte("}}")); j >= 0 {
			e = s + j + 2
		}
		return parser.Warnf(parser.Range{File: file, Start: lines.Pos(s), End: lines.Pos(e)},
			"un-rendered template: this document holds template actions ({{ ... }}) and is not valid YAML (%s at line %d); "+
				"if it belongs to a Helm chart, scan the chart directory (the one with Chart.yaml) so posture renders it, "+
				"otherwise render it first and scan the output", msg, line)
	}
	p := firstNonSpace(src, lines, line)
	_, lineEnd := lines.LineSpan(line)
	return parser.Errorf(parser.Range{File: file, Start: p, End: parser.Pos{Line: line, Column: p.Column + utf8Len(src, p.Byte, lineEnd), Byte: lineEnd}},
		"invalid YAML: %s; fix the syntax (often the indentation) at or near this line; the rest of this document is not scanned", msg)
}

func utf8Len(src []byte, from, to int) int {
	if to < from {
		return 0
	}
	return len([]rune(string(src[from:to])))
}

// firstNonSpace returns the position of the first non-blank character of
// line n (or its end), where a diagnostic about the line points.
func firstNonSpace(src []byte, lines *parser.LineIndex, n int) parser.Pos {
	off, end := lines.LineSpan(n)
	for off < end && (src[off] == ' ' || src[off] == '\t') {
		off++
	}
	return lines.Pos(off)
}

// object turns a document's root node into resources: one for an object,
// one per item for a List, none for YAML that is not a Kubernetes object.
func (m *manifest) object(file string, src []byte, lines *parser.LineIndex, lineOff int, root *yaml.Node) {
	if root.Kind != yaml.MappingNode || !hasKey(root, "apiVersion") || !hasKey(root, "kind") {
		return
	}
	c := newConverter(file, src, lines, lineOff, root)
	c.ranges = parser.RangeTable{}
	v, from, to, err := c.convert(root, "", 0)
	if err != nil {
		m.diags = append(m.diags, parser.Errorf(c.rangeOf(c.start(root), c.start(root)),
			"%v: the document uses aliases that expand to too many values (an \"alias bomb\"); it is not scanned — replace the nested aliases with plain values", err))
		return
	}
	obj, _ := v.(map[string]any)
	m.diags = append(m.diags, c.diags...)
	if isList(obj) {
		m.list(file, c, obj)
		return
	}
	if r, ok := c.resource(obj, c.ranges, c.rangeOf(from, to)); ok {
		m.objects++
		if r.Type != "" {
			m.resources = append(m.resources, r)
		}
	} else {
		m.diags = append(m.diags, c.badHeader(obj, c.ranges, c.ranges[""], -1))
	}
}

// list emits each item of a List as its own resource, with the item's
// paths re-rooted at the item.
func (m *manifest) list(file string, c *converter, obj map[string]any) {
	items, _ := obj["items"].([]any)
	ranges := itemRanges(c.ranges, len(items))
	for i, it := range items {
		item, ok := it.(map[string]any)
		if !ok {
			continue
		}
		whole := c.ranges[childIndex("items", i)]
		if r, ok := c.resource(item, ranges[i], whole); ok {
			m.objects++
			if r.Type != "" {
				m.resources = append(m.resources, r)
			}
		} else {
			m.diags = append(m.diags, c.badHeader(item, ranges[i], whole, i))
		}
	}
}

// itemRanges splits a List's ranges by item, re-keyed relative to the
// item, in one pass over the table.
func itemRanges(all parser.RangeTable, n int) []parser.RangeTable {
	out := make([]parser.RangeTable, n)
	for i := range out {
		out[i] = parser.RangeTable{}
	}
	for k, r := range all {
		rest, ok := strings.CutPrefix(k, "items[")
		if !ok {
			continue
		}
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			continue
		}
		i, err := strconv.Atoi(rest[:end])
		if err != nil || i < 0 || i >= n {
			continue
		}
		switch rest = rest[end+1:]; {
		case rest == "":
		case rest[0] == '.':
			out[i][rest[1:]] = r
		case rest[0] == '[':
			out[i][rest] = r
		}
	}
	return out
}

// isList reports whether an object is a List kind: v1/List or any *List
// that carries an items sequence.
func isList(obj map[string]any) bool {
	kind, _ := obj["kind"].(string)
	if !strings.HasSuffix(kind, "List") {
		return false
	}
	_, ok := obj["items"].([]any)
	return ok
}

func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			return true
		}
	}
	return false
}

// resource builds the Resource of an object. It reports false when
// apiVersion or kind is not a non-empty string, and returns a resource
// without Type for objects posture deliberately does not model (Kustomize's
// own configuration kinds, which are read by the Kustomize build).
func (c *converter) resource(obj map[string]any, ranges parser.RangeTable, whole parser.Range) (parser.Resource, bool) {
	apiVersion, ok1 := obj["apiVersion"].(string)
	kind, ok2 := obj["kind"].(string)
	if !ok1 || !ok2 || apiVersion == "" || kind == "" {
		return parser.Resource{}, false
	}
	if strings.HasPrefix(apiVersion, "kustomize.config.k8s.io/") {
		return parser.Resource{}, true
	}
	md, _ := obj["metadata"].(map[string]any)
	name, _ := md["name"].(string)
	if name == "" {
		name, _ = md["generateName"].(string)
	}
	ns, _ := md["namespace"].(string)
	r := parser.Resource{
		ID:         apiVersion + "/" + kind + "/" + ns + "/" + name,
		Type:       TypeOf(apiVersion, kind),
		Name:       name,
		Provider:   parser.Kubernetes,
		Format:     parser.KubernetesManifest,
		Properties: obj,
		Range:      whole,
		Header:     ranges["kind"],
		Ranges:     ranges,
	}
	unrendered(&r, obj, nil)
	return r, true
}

// placeholder matches a shell/envsubst variable, ${NAME} or ${NAME:-default},
// in a manifest meant to be rendered by `envsubst` (or sed) before it is
// applied.
var placeholder = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:]?[-=?+][^}]*)?\}`)

// unrendered marks the strings that hold a placeholder as unknown: their
// value is only known once the manifest is rendered, and a guess (the
// placeholder text, or its default) must not be judged. The object's name
// is kept as written: it only names the object in messages.
func unrendered(r *parser.Resource, v any, p parser.Path) {
	if len(p) > 64 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for k, el := range x {
			if runtimeExpanded[k] {
				continue
			}
			q := p.Key(k)
			if s, ok := el.(string); ok {
				if placeholder.MatchString(s) && !isObjectName(q) {
					delete(x, k)
					delete(r.Ranges, q.String())
					r.Unknown = append(r.Unknown, q)
				}
				continue
			}
			unrendered(r, el, q)
		}
	case []any:
		for i, el := range x {
			q := p.Key(i)
			if s, ok := el.(string); ok {
				if placeholder.MatchString(s) {
					// A list keeps its shape: the element stays, unknown.
					r.Unknown = append(r.Unknown, q)
				}
				continue
			}
			unrendered(r, el, q)
		}
	}
}

// runtimeExpanded are the container fields where ${NAME} is usually left
// for the container's shell or program to expand, not a placeholder of the
// manifest. No control judges them as a whole, and an unknown value there
// would hide every finding on the container (a finding that blames a value
// containing an unknown one is dropped).
var runtimeExpanded = map[string]bool{"command": true, "args": true, "env": true}

func isObjectName(p parser.Path) bool {
	return len(p) == 2 && p[0] == "metadata" && (p[1] == "name" || p[1] == "generateName")
}

// badHeader explains an object (item < 0) or List item whose apiVersion
// or kind is not a non-empty string. It points at the offending value, or
// at the object when the key is missing.
func (c *converter) badHeader(obj map[string]any, ranges parser.RangeTable, whole parser.Range, item int) parser.Diagnostic {
	key := "kind"
	if s, ok := obj["apiVersion"].(string); !ok || s == "" {
		key = "apiVersion"
	}
	r, ok := ranges[key]
	if !ok {
		r = parser.Range{File: whole.File, Start: whole.Start, End: whole.Start}
	}
	what := "the object"
	if item >= 0 {
		what = fmt.Sprintf("item %d of the List", item)
	}
	v, present := obj[key]
	problem := "has no " + key
	if present {
		problem = "has " + key + " " + describe(v)
	}
	return parser.Warnf(r, "%s %s: it must be a non-empty string (e.g. apiVersion: apps/v1, kind: Deployment); %s is not scanned",
		what, problem, what)
}

func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "with no value"
	case string:
		return "empty"
	case map[string]any:
		return "set to a mapping"
	case []any:
		return "set to a list"
	default:
		return fmt.Sprintf("set to %v", v)
	}
}

// TypeOf returns the canonical type of an object: <group>/<Kind>, or just
// <Kind> for the core group. The retired extensions group is mapped to the
// group its kinds moved to, so one policy covers old and new manifests.
func TypeOf(apiVersion, kind string) string {
	group, _, ok := strings.Cut(apiVersion, "/")
	if !ok {
		return kind
	}
	if group == "extensions" {
		switch kind {
		case "Ingress", "NetworkPolicy":
			group = "networking.k8s.io"
		case "PodSecurityPolicy":
			group = "policy"
		default:
			group = "apps"
		}
	}
	return group + "/" + kind
}
