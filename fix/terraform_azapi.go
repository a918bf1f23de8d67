package fix

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// An azapi_resource writes the ARM resource body as an HCL object (body =
// { properties = { … } }, or jsonencode of one), so its fix is the rule's
// ARM declaration, made in that object.
func isAzapi(typ string) bool {
	return typ == "azapi_resource" || typ == "azapi_update_resource"
}

func (p *tfPlan) planAzapi(file *hclFile, res *hclsyntax.Block) (*policies.Fix, string, error) {
	f := p.f
	d := f.Rule.FixFor(string(parser.ARM), f.ResourceType)
	if d == nil || d.None != "" {
		return nil, fmt.Sprintf("set %s in the azapi body by hand", f.Path), nil
	}
	body := res.Body.Attributes["body"]
	if body == nil {
		return nil, "the azapi resource has no body to set the value in", nil
	}
	obj := objectOf(body.Expr)
	if obj == nil {
		return nil, fmt.Sprintf("the azapi body is computed (%s): set %s in it by hand", exprKind(body.Expr), f.Path), nil
	}
	settings := d.Settings()
	var chosen []Setting
	for _, s := range settings {
		for _, path := range s.Paths() {
			if path == f.Path {
				chosen = append(chosen, s)
				break
			}
		}
	}
	if len(chosen) == 0 {
		chosen = settings
	}
	for _, s := range chosen {
		add := false
		for _, a := range d.Add {
			add = add || a.Path == s.Path
		}
		if why := p.setInObject(file, obj, pathSegments(s.Path), s, add); why != "" {
			return nil, why, nil
		}
	}
	if len(p.edits) == 0 {
		return nil, "the declared settings are already in place; the finding has another cause", nil
	}
	fx, err := p.fix()
	return fx, "", err
}

// objectOf returns the object constructor an expression writes: itself,
// or the argument of jsonencode.
func objectOf(e hclsyntax.Expression) *hclsyntax.ObjectConsExpr {
	switch x := e.(type) {
	case *hclsyntax.ObjectConsExpr:
		return x
	case *hclsyntax.FunctionCallExpr:
		if x.Name == "jsonencode" && len(x.Args) == 1 {
			return objectOf(x.Args[0])
		}
	}
	return nil
}

// setInObject sets the value at segs inside an object constructor,
// creating the objects on the way.
func (p *tfPlan) setInObject(file *hclFile, obj *hclsyntax.ObjectConsExpr, segs []string, s Setting, add bool) string {
	val, err := hclValue(s.Value)
	if err != nil {
		return err.Error()
	}
	for i, seg := range segs {
		item := objectItem(obj, seg)
		if item == nil {
			p.edits = append(p.edits, insertItem(file, obj, segs[i:], val))
			p.changes = append(p.changes, fmt.Sprintf("%s = %s in the azapi body", s.Path, hclwrite.TokensForValue(val).Bytes()))
			return ""
		}
		if i == len(segs)-1 {
			var related []parser.Range
			if encloses(item.ValueExpr.Range(), p.f.Range) || encloses(item.KeyExpr.Range(), p.f.Range) {
				related = p.f.Related
			}
			return p.assign(file, item.ValueExpr, s.Path, val, add, related)
		}
		next, ok := item.ValueExpr.(*hclsyntax.ObjectConsExpr)
		if !ok {
			return fmt.Sprintf("%s in the azapi body is computed (%s): set %s in it by hand", strings.Join(segs[:i+1], "."), exprKind(item.ValueExpr), s.Path)
		}
		obj = next
	}
	return ""
}

func objectItem(obj *hclsyntax.ObjectConsExpr, key string) *hclsyntax.ObjectConsItem {
	for i := range obj.Items {
		item := &obj.Items[i]
		if kw := hcl.ExprAsKeyword(item.KeyExpr); kw != "" {
			if kw == key {
				return item
			}
			continue
		}
		v, diags := item.KeyExpr.Value(nil)
		if !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() && v.AsString() == key {
			return item
		}
	}
	return nil
}

// insertItem inserts segs[0] = … (objects around the value for the other
// segments) into obj: on a line of its own after the last item when the
// object spans lines, else inline before its closing brace.
func insertItem(file *hclFile, obj *hclsyntax.ObjectConsExpr, segs []string, val cty.Value) rawEdit {
	src := file.src
	open, closing := obj.OpenRange.End.Byte, obj.SrcRange.End.Byte-1
	valText := string(hclwrite.TokensForValue(val).Bytes())
	if !strings.Contains(string(src[open:closing]), "\n") {
		text := valText
		for i := len(segs) - 1; i > 0; i-- {
			text = "{ " + segs[i] + " = " + text + " }"
		}
		text = itemKey(segs[0]) + " = " + text
		if len(obj.Items) == 0 {
			return rawEdit{file: file, start: open, end: closing, text: " " + text + " "}
		}
		at := obj.Items[len(obj.Items)-1].ValueExpr.Range().End.Byte
		return rawEdit{file: file, start: at, end: at, text: ", " + text}
	}
	var lines []string
	for i, s := range segs[:len(segs)-1] {
		lines = append(lines, strings.Repeat("  ", i)+itemKey(s)+" = {")
	}
	n := len(segs) - 1
	lines = append(lines, strings.Repeat("  ", n)+itemKey(segs[n])+" = "+valText)
	for i := n - 1; i >= 0; i-- {
		lines = append(lines, strings.Repeat("  ", i)+"}")
	}
	var indent string
	var at int
	if len(obj.Items) > 0 {
		last := obj.Items[len(obj.Items)-1]
		at = lineEnd(src, last.ValueExpr.Range().End.Byte)
		indent = indentAt(src, last.KeyExpr.Range().Start.Byte)
	} else {
		at = lineEnd(src, open)
		indent = indentAt(src, obj.OpenRange.Start.Byte) + "  "
	}
	var sb strings.Builder
	for _, l := range lines {
		sb.WriteString(indent + l + "\n")
	}
	return rawEdit{file: file, start: at, end: at, text: sb.String()}
}

// itemKey writes an object key: bare when it is an identifier, quoted
// when it holds a dash too, which a reader would take for a minus.
func itemKey(k string) string {
	if hclsyntax.ValidIdentifier(k) && !strings.Contains(k, "-") {
		return k
	}
	return fmt.Sprintf("%q", k)
}
