package fix

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/bicep"
	"github.com/posture-dev/posture/policies"
)

// bicepFile is a .bicep or .bicepparam file read for editing: edits are
// Bicep text placed at the offsets of its syntax tree.
type bicepFile struct {
	name    string
	src     []byte
	file    *bicep.File
	newline string
	unit    string
}

func loadBicep(files *Files, name string) (*bicepFile, error) {
	type loaded struct {
		f   *bicepFile
		err error
	}
	v := files.Memo("bicep", name, func() any {
		src, err := files.ReadFile(name)
		if err != nil {
			return loaded{err: err}
		}
		f, diags := bicep.Parse(name, src)
		for _, d := range diags {
			if d.Severity == parser.DiagError {
				return loaded{err: fmt.Errorf("%s does not parse: %s", name, d.Message)}
			}
		}
		bf := &bicepFile{name: name, src: src, file: f, newline: "\n", unit: "  "}
		if bytes.Contains(src, []byte("\r\n")) {
			bf.newline = "\r\n"
		}
		return loaded{f: bf}
	}).(loaded)
	return v.f, v.err
}

// planBicep fixes a finding in a .bicep file in Bicep syntax: the literal
// in the resource's body, the value where the parameter it reads was
// written, or the property inserted in the body's object.
func planBicep(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error) {
	bf, err := loadBicep(files, f.Range.File)
	if err != nil {
		return nil, "", err
	}
	res := bicepResourceAt(bf.file.Statements, f.Range.Start.Byte)
	if res == nil {
		return nil, fmt.Sprintf("the finding's location in %s is not inside a resource", f.Range.File), nil
	}
	body := bicepBody(res.Body)
	if body == nil {
		return nil, "the resource's body is not an object posture can edit", nil
	}
	anchor, _ := Anchor(f.Path, d)
	base, err := parser.ParsePath(anchor)
	if err != nil {
		return nil, "", err
	}
	bf.unit = bicepIndentUnit(bf, body)
	fx := &policies.Fix{}
	var said []string
	var created []policies.Edit
	for _, s := range d.Settings() {
		p, err := parser.ParsePath(s.Path)
		if err != nil {
			return nil, "", fmt.Errorf("declared path %q: %w", s.Path, err)
		}
		full := append(append(parser.Path{}, base...), p...)
		obj, prop, rest, err := bicepLookup(body, full)
		if err != nil {
			return nil, "", err
		}
		what := fmt.Sprintf("%s to %s", full, bicepLiteral(s.Value, ""))
		if len(rest) > 0 {
			e, err := bf.insert(obj, rest, s.Value, len(rest) > 1)
			if err != nil {
				return nil, "", err
			}
			if len(rest) > 1 {
				created = append(created, e)
			} else {
				fx.Edits = append(fx.Edits, e)
			}
			said = append(said, what)
			continue
		}
		if bicepEqual(prop.Value, s.Value) {
			continue
		}
		switch v := prop.Value.(type) {
		case *bicep.Bool, *bicep.Int, *bicep.Null:
		case *bicep.String:
			if _, ok := v.Value(); !ok {
				return nil, fmt.Sprintf("%s is the interpolated string %s; give it the value %s where it is computed", full, quoteShort(bf.text(v)), bicepLiteral(s.Value, "")), nil
			}
		case *bicep.Ident:
			e, desc, why, err := planBicepOrigin(f, full, v, s.Value, files)
			if err != nil || why != "" {
				return nil, why, err
			}
			if e != nil {
				fx.Edits = append(fx.Edits, *e)
				said = append(said, desc)
			}
			continue
		default:
			return nil, fmt.Sprintf("%s is the expression %s, computed when the template is deployed; give it the value %s where it is computed", full, quoteShort(bf.text(v)), bicepLiteral(s.Value, "")), nil
		}
		r := prop.Value.Span()
		fx.Edits = append(fx.Edits, bf.edit(r.Start.Byte, r.End.Byte, bicepLiteral(s.Value, bf.indentAt(r.Start.Byte))))
		said = append(said, what)
	}
	fx.Edits = append(fx.Edits, mergeCreated(bf.src, created, true)...)
	if len(fx.Edits) == 0 {
		return nil, "the Bicep file already has the secure value where posture can see it; the finding comes from elsewhere", nil
	}
	fx.Description = Describe(said...)
	return fx, "", nil
}

// planBicepOrigin edits where the value a property reads by name was
// written: the finding's last Related range, a literal in a .bicep,
// .bicepparam or JSON parameters file.
func planBicepOrigin(f *policies.Finding, full parser.Path, ref *bicep.Ident, value any, files *Files) (*policies.Edit, string, string, error) {
	if !strings.EqualFold(full.String(), f.Path) || len(f.Related) == 0 {
		return nil, "", fmt.Sprintf("%s reads %s, which posture cannot trace to where it was written; give it the value %s there", full, ref.Name, bicepLiteral(value, "")), nil
	}
	r := f.Related[len(f.Related)-1]
	switch strings.ToLower(path.Ext(r.File)) {
	case ".json":
		pf, err := loadJSON(files, r.File)
		if err != nil {
			return nil, "", "", err
		}
		at := nodeAt(pf.root, r.Start.Byte)
		if at == nil || isARMExpression(at) || at.Kind == parser.JSONObject || at.Kind == parser.JSONArray {
			return nil, "", fmt.Sprintf("the value of %s is computed at %s; give it the value %s there", full, r, bicepLiteral(value, "")), nil
		}
		if jsonEqual(at, value) {
			return nil, "", "", nil
		}
		e := pf.edit(at.Start, at.End, pf.render(value, pf.indentAt0(at.Start)))
		return &e, fmt.Sprintf("%s to %s in %s (%s reads it)", ref.Name, jsonScalarOrList(value), path.Base(r.File), full), "", nil
	case ".bicep", ".bicepparam":
		bf, err := loadBicep(files, r.File)
		if err != nil {
			return nil, "", "", err
		}
		lit := bicepLiteralAt(bf.file, r.Start.Byte)
		if lit == nil {
			return nil, "", fmt.Sprintf("the value of %s is computed at %s; give it the value %s there", full, r, bicepLiteral(value, "")), nil
		}
		if bicepEqual(lit, value) {
			return nil, "", "", nil
		}
		sp := lit.Span()
		e := bf.edit(sp.Start.Byte, sp.End.Byte, bicepLiteral(value, bf.indentAt(sp.Start.Byte)))
		return &e, fmt.Sprintf("%s to %s in %s (%s reads it)", ref.Name, bicepLiteral(value, ""), path.Base(r.File), full), "", nil
	}
	return nil, "", fmt.Sprintf("the value of %s comes from %s, which posture cannot edit", full, r.File), nil
}

// bicepLiteralAt returns the literal value expression that starts at off
// in a parameter's default or a .bicepparam assignment, or nil.
func bicepLiteralAt(f *bicep.File, off int) bicep.Expr {
	for _, st := range f.Statements {
		var v bicep.Expr
		switch s := st.(type) {
		case *bicep.Param:
			v = s.Default
		case *bicep.ParamAssign:
			v = s.Value
		case *bicep.Var:
			v = s.Value
		}
		if v == nil || v.Span().Start.Byte != off {
			continue
		}
		switch x := v.(type) {
		case *bicep.Bool, *bicep.Int:
			return v
		case *bicep.String:
			if _, ok := x.Value(); ok {
				return v
			}
		}
	}
	return nil
}

// bicepResourceAt returns the innermost resource declaration holding off.
func bicepResourceAt(stmts []bicep.Statement, off int) *bicep.Resource {
	for _, st := range stmts {
		r, ok := st.(*bicep.Resource)
		if !ok || !bicepHolds(r, off) {
			continue
		}
		if body := bicepBody(r.Body); body != nil {
			if inner := nestedResourceAt(body, off); inner != nil {
				return inner
			}
		}
		return r
	}
	return nil
}

func nestedResourceAt(o *bicep.Object, off int) *bicep.Resource {
	for _, it := range o.Items {
		if r, ok := it.(*bicep.Resource); ok && bicepHolds(r, off) {
			if body := bicepBody(r.Body); body != nil {
				if inner := nestedResourceAt(body, off); inner != nil {
					return inner
				}
			}
			return r
		}
	}
	return nil
}

func bicepHolds(n bicep.Node, off int) bool {
	r := n.Span()
	return r.Start.Byte <= off && off < r.End.Byte
}

// bicepBody returns the object of a resource body, through a condition
// or a loop.
func bicepBody(e bicep.Expr) *bicep.Object {
	switch b := e.(type) {
	case *bicep.Object:
		return b
	case *bicep.If:
		return b.Body
	case *bicep.For:
		return bicepBody(b.Body)
	}
	return nil
}

// bicepLookup follows path from an object, comparing names as ARM does.
// It returns the property at the end of path, or the deepest object on
// the way and the rest of path absent from it.
func bicepLookup(o *bicep.Object, p parser.Path) (*bicep.Object, *bicep.Property, parser.Path, error) {
	for i, el := range p {
		k, ok := el.(string)
		if !ok {
			return nil, nil, nil, fmt.Errorf("%s: posture does not edit array elements in Bicep", p)
		}
		prop := bicepProperty(o, k)
		if prop == nil {
			return o, nil, p[i:], nil
		}
		if i == len(p)-1 {
			return o, prop, nil, nil
		}
		next, ok := prop.Value.(*bicep.Object)
		if !ok {
			return nil, nil, nil, fmt.Errorf("%s is an expression, not an object written in place; set %s where its value is made", p[:i+1], p[i+1:])
		}
		o = next
	}
	return o, nil, nil, fmt.Errorf("empty path")
}

func bicepProperty(o *bicep.Object, key string) *bicep.Property {
	if p := o.Property(key); p != nil {
		return p
	}
	for i := len(o.Items) - 1; i >= 0; i-- {
		if p, ok := o.Items[i].(*bicep.Property); ok {
			if k, ok := p.Name(); ok && strings.EqualFold(k, key) {
				return p
			}
		}
	}
	return nil
}

// insert adds the property rest[0] (holding the objects the rest of the
// path needs) to o: on a line of its own after the object's last item, at
// the indentation of its items; in an empty object, on a new line one
// level in. A new object takes the line break before it, so that two
// fixes creating it overlap (see jsonFile.insert).
func (bf *bicepFile) insert(o *bicep.Object, rest parser.Path, v any, creating bool) (policies.Edit, error) {
	for i := len(rest) - 1; i > 0; i-- {
		v = map[string]any{rest[i].(string): v}
	}
	key := bicepKey(rest[0].(string))
	sp := o.Span()
	open, closing := sp.Start.Byte, sp.End.Byte-1
	if len(o.Items) == 0 {
		if inner := bytes.TrimSpace(bf.src[open+1 : closing]); len(inner) > 0 {
			return policies.Edit{}, fmt.Errorf("the empty object at line %d holds a comment", sp.Start.Line)
		}
		ind := bf.indentAt(open)
		text := "{" + bf.newline + ind + bf.unit + key + ": " + bicepLiteralNL(v, ind+bf.unit, bf.newline, bf.unit) + bf.newline + ind + "}"
		return bf.edit(open, closing+1, text), nil
	}
	last := o.Items[len(o.Items)-1].Span()
	first := o.Items[0].Span()
	if first.Start.Line == sp.Start.Line || last.End.Line == sp.End.Line {
		// One line: { a: 1, b: 2 }.
		ind := bf.indentAt(open)
		return bf.edit(last.End.Byte, last.End.Byte, ", "+key+": "+bicepLiteralNL(v, ind, bf.newline, bf.unit)), nil
	}
	ind := bf.indentAt(first.Start.Byte)
	// The line after the last item's line (comments after the item stay
	// on its line).
	x := bf.file.Lines
	at, _ := x.LineSpan(last.End.Line + 1)
	text := ind + key + ": " + bicepLiteralNL(v, ind, bf.newline, bf.unit) + bf.newline
	if creating && at > 0 {
		return bf.edit(at-1, at, "\n"+text), nil
	}
	return bf.edit(at, at, text), nil
}

func (bf *bicepFile) edit(start, end int, text string) policies.Edit {
	x := bf.file.Lines
	return policies.Edit{Range: parser.Range{File: bf.name, Start: x.Pos(start), End: x.Pos(end)}, Text: text}
}

func (bf *bicepFile) indentAt(off int) string {
	x := bf.file.Lines
	start, _ := x.LineSpan(x.Pos(off).Line)
	i := start
	for i < len(bf.src) && (bf.src[i] == ' ' || bf.src[i] == '\t') {
		i++
	}
	return string(bf.src[start:i])
}

func (bf *bicepFile) text(e bicep.Expr) string {
	r := e.Span()
	if r.Start.Byte < 0 || r.End.Byte > len(bf.src) || r.Start.Byte > r.End.Byte {
		return ""
	}
	return string(bf.src[r.Start.Byte:r.End.Byte])
}

// bicepIndentUnit is the step from a resource body's line to its items.
func bicepIndentUnit(bf *bicepFile, body *bicep.Object) string {
	if len(body.Items) == 0 {
		return "  "
	}
	outer, inner := bf.indentAt(body.Span().Start.Byte), bf.indentAt(body.Items[0].Span().Start.Byte)
	if strings.HasPrefix(inner, outer) && len(inner) > len(outer) {
		return inner[len(outer):]
	}
	return "  "
}

var bicepIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func bicepKey(k string) string {
	if bicepIdent.MatchString(k) {
		return k
	}
	return bicepString(k)
}

func bicepString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "${", `\${`)
	return "'" + r.Replace(s) + "'"
}

// bicepLiteral renders a value on one line (arrays and objects included,
// as Bicep allows since 0.27 with commas).
func bicepLiteral(v any, _ string) string {
	switch x := v.(type) {
	case bool:
		return strconv.FormatBool(x)
	case string:
		return bicepString(x)
	case nil:
		return "null"
	case float64:
		if x == float64(int64(x)) {
			return strconv.FormatInt(int64(x), 10)
		}
		return bicepString(strconv.FormatFloat(x, 'f', -1, 64))
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = bicepLiteral(e, "")
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := sortedMapKeys(x)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = bicepKey(k) + ": " + bicepLiteral(x[k], "")
		}
		return "{ " + strings.Join(parts, ", ") + " }"
	}
	return fmt.Sprint(v)
}

// bicepLiteralNL renders a value with objects and arrays over lines, the
// way Bicep files are written, lines after the first starting with ind.
func bicepLiteralNL(v any, ind, nl, unit string) string {
	switch x := v.(type) {
	case map[string]any:
		var b strings.Builder
		b.WriteString("{" + nl)
		for _, k := range sortedMapKeys(x) {
			b.WriteString(ind + unit + bicepKey(k) + ": " + bicepLiteralNL(x[k], ind+unit, nl, unit) + nl)
		}
		b.WriteString(ind + "}")
		return b.String()
	case []any:
		var b strings.Builder
		b.WriteString("[" + nl)
		for _, e := range x {
			b.WriteString(ind + unit + bicepLiteralNL(e, ind+unit, nl, unit) + nl)
		}
		b.WriteString(ind + "]")
		return b.String()
	}
	return bicepLiteral(v, ind)
}

func sortedMapKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// bicepEqual reports whether a literal expression holds v; strings
// compare as ARM compares enumeration values, case-insensitively.
func bicepEqual(e bicep.Expr, v any) bool {
	switch x := e.(type) {
	case *bicep.Bool:
		b, ok := v.(bool)
		return ok && b == x.Value
	case *bicep.String:
		s, ok := x.Value()
		w, isStr := v.(string)
		return ok && isStr && strings.EqualFold(s, w)
	case *bicep.Int:
		n, ok := x.Value()
		switch w := v.(type) {
		case float64:
			return ok && float64(n) == w
		case int:
			return ok && w >= 0 && n == uint64(w)
		case int64:
			return ok && w >= 0 && n == uint64(w)
		}
	case *bicep.Null:
		return v == nil
	}
	return false
}
