package fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// jsonFile is a JSON file read for editing: edits are made as text at
// the offsets its tree keeps, so that everything around them (comments,
// key order, the author's indentation) stays as written.
type jsonFile struct {
	name  string
	src   []byte
	root  *parser.JSONNode
	lines *parser.LineIndex
	// unit is one level of indentation and newline the line break, both
	// as the file writes them.
	unit, newline string
	// pretty is set when the file spreads its values over lines, so that
	// new objects do too.
	pretty bool
}

// loadJSON parses the JSON file name once per Attach.
func loadJSON(files *Files, name string) (*jsonFile, error) {
	type loaded struct {
		f   *jsonFile
		err error
	}
	v := files.Memo("json", name, func() any {
		src, err := files.ReadFile(name)
		if err != nil {
			return loaded{err: err}
		}
		f, err := parseJSONFile(name, src)
		return loaded{f, err}
	}).(loaded)
	return v.f, v.err
}

func parseJSONFile(name string, src []byte) (*jsonFile, error) {
	root, err := parser.ParseJSON(src)
	if err != nil {
		return nil, fmt.Errorf("%s does not parse as JSON: %w", name, err)
	}
	f := &jsonFile{name: name, src: src, root: root, lines: parser.NewLineIndex(src), unit: "  ", newline: "\n"}
	if bytes.Contains(src, []byte("\r\n")) {
		f.newline = "\r\n"
	}
	f.pretty = bytes.IndexByte(src[root.Start:root.End], '\n') >= 0
	// The root's first member sits one level in: its indentation is the
	// file's unit.
	if ms := root.Fields(); len(ms) > 0 {
		if ind, first := f.indentAt(ms[0].KeyStart); first && ind != "" && f.indentAt0(root.Start) == "" {
			f.unit = ind
		}
	} else if es := root.Items(); len(es) > 0 {
		if ind, first := f.indentAt(es[0].Start); first && ind != "" && f.indentAt0(root.Start) == "" {
			f.unit = ind
		}
	}
	return f, nil
}

// indentAt returns the whitespace that starts the line of off, and
// whether off is the first thing on its line.
func (f *jsonFile) indentAt(off int) (string, bool) {
	start, _ := f.lines.LineSpan(f.lines.Pos(off).Line)
	i := start
	for i < off && (f.src[i] == ' ' || f.src[i] == '\t') {
		i++
	}
	j := i
	for j < len(f.src) && (f.src[j] == ' ' || f.src[j] == '\t') {
		j++
	}
	return string(f.src[start:j]), i == off
}

func (f *jsonFile) indentAt0(off int) string {
	ind, _ := f.indentAt(off)
	return ind
}

// edit is the replacement of src[start:end] by text.
func (f *jsonFile) edit(start, end int, text string) policies.Edit {
	return policies.Edit{
		Range: parser.Range{File: f.name, Start: f.lines.Pos(start), End: f.lines.Pos(end)},
		Text:  text,
	}
}

// lookup follows path from n, comparing names as ARM does (case
// insensitively). It returns the node at the end of path, or the deepest
// object on the way and the rest of the path that is absent from it.
func lookup(n *parser.JSONNode, path parser.Path) (*parser.JSONNode, parser.Path, error) {
	for i, el := range path {
		switch k := el.(type) {
		case string:
			if n.Kind != parser.JSONObject {
				if isARMExpression(n) {
					return nil, nil, fmt.Errorf("%s is the expression %s, computed when the template is deployed; set %s where it is computed", path[:i], quoteShort(n.Str), path[i:])
				}
				return nil, nil, fmt.Errorf("%s is not an object", path[:i])
			}
			next := n.Get(k)
			if next == nil {
				return n, path[i:], nil
			}
			n = next
		case int:
			if n.Kind != parser.JSONArray || k < 0 || k >= len(n.Elems) {
				return nil, nil, fmt.Errorf("%s has no element %d", path[:i], k)
			}
			n = n.Elems[k]
		}
	}
	return n, nil, nil
}

// setJSON returns the edit that gives the member at path below obj the
// value v: the value replaced where the member is present, else the
// first absent member inserted with the objects the rest of path needs.
// It returns no edit when the value is already v.
func (f *jsonFile) set(obj *parser.JSONNode, path parser.Path, v any) (*policies.Edit, error) {
	n, rest, err := lookup(obj, path)
	if err != nil {
		return nil, err
	}
	if len(rest) == 0 {
		if jsonEqual(n, v) {
			return nil, nil
		}
		e := f.edit(n.Start, n.End, f.render(v, f.indentAt0(n.Start)))
		return &e, nil
	}
	for _, el := range rest {
		if _, ok := el.(string); !ok {
			return nil, fmt.Errorf("%s is absent and posture cannot create an array element", path)
		}
	}
	for i := len(rest) - 1; i > 0; i-- {
		v = map[string]any{rest[i].(string): v}
	}
	e, err := f.insert(n, rest[0].(string), v, len(rest) > 1)
	return &e, err
}

// add returns the edit that puts the items absent from the array at path
// into it, creating the array when it is absent.
func (f *jsonFile) add(obj *parser.JSONNode, path parser.Path, items []any) (*policies.Edit, error) {
	n, rest, err := lookup(obj, path)
	if err != nil {
		return nil, err
	}
	if len(rest) > 0 {
		return f.set(obj, path, items)
	}
	if n.Kind != parser.JSONArray {
		return nil, fmt.Errorf("%s is not an array", path)
	}
	var missing []any
	for _, it := range items {
		found := false
		for _, e := range n.Elems {
			if jsonEqual(e, it) {
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
	if len(n.Elems) == 0 {
		e := f.edit(n.Start, n.End, f.render(missing, f.indentAt0(n.Start)))
		return &e, nil
	}
	last := n.Elems[len(n.Elems)-1]
	ind, first := f.indentAt(last.Start)
	sep := ", "
	if first && f.lines.Pos(last.Start).Line != f.lines.Pos(n.Start).Line {
		sep = "," + f.newline + ind
	}
	var b strings.Builder
	for _, it := range missing {
		b.WriteString(sep)
		b.WriteString(f.render(it, ind))
	}
	e := f.edit(last.End, last.End, b.String())
	return &e, nil
}

// insert returns the edit that adds the member key: v to obj. In an
// object of several lines the member gets a line of its own at the
// indentation of its siblings. It goes after the last member, unless a
// comment or trailing comma follows that one; then before the first.
//
// A new member is an insertion, which never touches the neighbours'
// bytes, so that two fixes adding different members to one object both
// apply. A new object (creating, when true) takes a byte of its
// neighbour instead: two fixes creating the same object then overlap,
// and the second waits for a rescan rather than adding the key twice.
func (f *jsonFile) insert(obj *parser.JSONNode, key string, v any, creating bool) (policies.Edit, error) {
	if obj.Kind != parser.JSONObject {
		return policies.Edit{}, fmt.Errorf("expected an object")
	}
	name := quoteJSONString(key)
	if len(obj.Members) == 0 {
		inner := bytes.TrimSpace(f.src[obj.Start+1 : obj.End-1])
		if len(inner) > 0 {
			return policies.Edit{}, fmt.Errorf("the empty object at line %d holds a comment", f.lines.Pos(obj.Start).Line)
		}
		if !f.pretty {
			return f.edit(obj.Start, obj.End, "{"+name+": "+f.render(v, "")+"}"), nil
		}
		ind := f.indentAt0(obj.Start)
		text := "{" + f.newline + ind + f.unit + name + ": " + f.render(v, ind+f.unit) + f.newline + ind + "}"
		return f.edit(obj.Start, obj.End, text), nil
	}
	first, last := obj.Members[0], obj.Members[len(obj.Members)-1]
	ind, own := f.indentAt(first.KeyStart)
	multiline := own && f.lines.Pos(first.KeyStart).Line != f.lines.Pos(obj.Start).Line
	if !multiline {
		ind = f.indentAt0(first.KeyStart)
	}
	var member string
	if multiline {
		// Nested objects step in as this object's members do from its
		// own line, which may differ from the file's first level.
		local := *f
		if outer := f.indentAt0(obj.Start); strings.HasPrefix(ind, outer) && len(ind) > len(outer) {
			local.unit = ind[len(outer):]
		}
		member = name + ": " + local.render(v, ind)
	} else {
		// An object written on one line gets its new member on that line.
		flat := *f
		flat.pretty = false
		member = name + ": " + flat.render(v, ind)
	}
	var text string
	at := last.Value.End
	after := len(bytes.TrimSpace(f.src[last.Value.End:obj.End-1])) == 0
	switch {
	case after && multiline:
		text = "," + f.newline + ind + member
	case after:
		text = ", " + member
	case multiline:
		at, text = first.KeyStart, member+","+f.newline+ind
	default:
		at, text = first.KeyStart, member+", "
	}
	if !creating {
		return f.edit(at, at, text), nil
	}
	// The byte taken is never one of a value, which another fix may
	// replace: the one after the last value (a space or the closing
	// brace), or the opening quote of the first key.
	return f.edit(at, at+1, text+string(f.src[at])), nil
}

// render writes v as JSON whose lines after the first start with ind:
// objects over several lines in a pretty file, arrays of scalars on one.
func (f *jsonFile) render(v any, ind string) string {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			return "{}"
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(",")
			}
			if f.pretty {
				b.WriteString(f.newline + ind + f.unit)
			} else if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(quoteJSONString(k) + ": " + f.render(x[k], ind+f.unit))
		}
		if f.pretty {
			b.WriteString(f.newline + ind)
		}
		b.WriteString("}")
		return b.String()
	case []any:
		var b strings.Builder
		b.WriteString("[")
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.render(e, ind))
		}
		b.WriteString("]")
		return b.String()
	default:
		return jsonScalar(v)
	}
}

func jsonScalar(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "null"
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func quoteJSONString(s string) string { return jsonScalar(s) }

// jsonEqual reports whether n holds v. Strings compare as ARM compares
// enumeration values, case-insensitively: "disabled" is already
// "Disabled".
func jsonEqual(n *parser.JSONNode, v any) bool {
	switch x := v.(type) {
	case bool:
		return n.Kind == parser.JSONBool && n.Bool == x
	case string:
		return n.Kind == parser.JSONString && strings.EqualFold(n.Str, x)
	case int:
		return n.Kind == parser.JSONNumber && !n.IsFloat && n.Num == int64(x)
	case int64:
		return n.Kind == parser.JSONNumber && !n.IsFloat && n.Num == x
	case float64:
		if n.Kind != parser.JSONNumber {
			return false
		}
		if n.IsFloat {
			return n.Float == x
		}
		return x == math.Trunc(x) && float64(n.Num) == x
	case nil:
		return n.Kind == parser.JSONNull
	case []any:
		if n.Kind != parser.JSONArray || len(n.Elems) != len(x) {
			return false
		}
		for i := range x {
			if !jsonEqual(n.Elems[i], x[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		if n.Kind != parser.JSONObject || len(n.Members) != len(x) {
			return false
		}
		for k, e := range x {
			m := n.Get(k)
			if m == nil || !jsonEqual(m, e) {
				return false
			}
		}
		return true
	}
	return false
}

// nodeAt returns the deepest node that starts at off, or nil.
func nodeAt(n *parser.JSONNode, off int) *parser.JSONNode {
	for n != nil && n.Start <= off && off < n.End {
		if n.Start == off {
			// A container starts where none of its children does.
			return n
		}
		var next *parser.JSONNode
		for _, m := range n.Fields() {
			if m.Value.Start <= off && off < m.Value.End {
				next = m.Value
				break
			}
		}
		for _, e := range n.Items() {
			if e.Start <= off && off < e.End {
				next = e
				break
			}
		}
		n = next
	}
	return nil
}

// jsonSetting is one setting of a fix placed in a JSON document.
type jsonSetting = setting[*parser.JSONNode]

// setAll makes the edits of several settings of one fix (see setAll).
func (f *jsonFile) setAll(settings []jsonSetting) ([]policies.Edit, []bool, error) {
	return setAll(len(settings),
		func(i int) (creation, bool, error) {
			n, rest, err := lookup(settings[i].base, settings[i].path)
			if err != nil || len(rest) < 2 || !allKeys(rest) {
				return creation{}, false, err
			}
			key := rest[0].(string)
			// JSON keys of ARM are matched case-insensitively.
			return creation{
				at:    [2]any{n, strings.ToLower(key)},
				below: rest[1:],
				make:  func(tree map[string]any) (policies.Edit, error) { return f.insert(n, key, tree, true) },
			}, true, nil
		},
		func(i int) (*policies.Edit, error) { return editOne(settings[i], f.add, f.set) },
		func(i int) any { return settings[i].value },
		func(created []policies.Edit) []policies.Edit { return mergeCreated(f.src, created, false) },
	)
}

// mergeCreated joins the edits of one fix that create members at the same
// place. Each takes the same neighbouring byte, kept before its text
// (prefix, as YAML lines take the line break before them) or after it
// (JSON); one edit with every text in order takes it once. Insertions at
// one place simply follow each other.
func mergeCreated(src []byte, edits []policies.Edit, prefix bool) []policies.Edit {
	var out []policies.Edit
	at := map[[2]int]int{}
	for _, e := range edits {
		k := [2]int{e.Range.Start.Byte, e.Range.End.Byte}
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, e)
			continue
		}
		taken := string(src[k[0]:k[1]])
		switch {
		case k[0] == k[1]:
			out[i].Text += e.Text
		case prefix:
			out[i].Text += strings.TrimPrefix(e.Text, taken)
		default:
			out[i].Text = strings.TrimSuffix(out[i].Text, taken) + e.Text
		}
	}
	return out
}
