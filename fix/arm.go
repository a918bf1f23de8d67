package fix

import (
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func init() { Register(parser.ARM, armPlanner{}) }

// armPlanner fixes findings in ARM templates (JSON) and Bicep files,
// which share the arm format and its declarations.
type armPlanner struct{}

func (armPlanner) Plan(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error) {
	if strings.EqualFold(path.Ext(f.Range.File), ".bicep") {
		return planBicep(f, d, files)
	}
	if !strings.EqualFold(path.Ext(f.Range.File), ".json") && !strings.EqualFold(path.Ext(f.Range.File), ".jsonc") {
		return nil, fmt.Sprintf("posture cannot edit %s: the finding is not in a JSON template", path.Base(f.Range.File)), nil
	}
	jf, err := loadJSON(files, f.Range.File)
	if err != nil {
		return nil, "", err
	}
	res := armResourceAt(jf.root, f.Range.Start.Byte)
	if res == nil {
		return nil, fmt.Sprintf("the finding's location in %s is not inside a resource of the template", f.Range.File), nil
	}
	anchor, _ := Anchor(f.Path, d)
	base, err := parser.ParsePath(anchor)
	if err != nil {
		return nil, "", err
	}
	fx := &policies.Fix{}
	var said []string
	var plain []jsonSetting
	var plainSaid []string
	for i, s := range d.Settings() {
		p, err := parser.ParsePath(s.Path)
		if err != nil {
			return nil, "", fmt.Errorf("declared path %q: %w", s.Path, err)
		}
		full := append(append(parser.Path{}, base...), p...)
		add := i >= len(d.Set)
		n, rest, err := lookup(res, full)
		if err != nil {
			return nil, "", err
		}
		if len(rest) == 0 && isARMExpression(n) {
			edit, what, why, err := planARMSetting(f, n, full, s.Value, files)
			if err != nil || why != "" {
				return nil, why, err
			}
			if edit != nil {
				fx.Edits = append(fx.Edits, *edit)
				said = append(said, what)
			}
			continue
		}
		plain = append(plain, jsonSetting{base: res, path: full, value: s.Value, add: add})
		plainSaid = append(plainSaid, fmt.Sprintf("%s to %s", full, jsonScalarOrList(s.Value)))
	}
	edits, changed, err := jf.setAll(plain)
	if err != nil {
		return nil, "", err
	}
	fx.Edits = append(fx.Edits, edits...)
	for i := range plain {
		if changed[i] {
			said = append(said, plainSaid[i])
		}
	}
	if len(fx.Edits) == 0 {
		return nil, "the template already has the secure value where posture can see it; the finding comes from elsewhere", nil
	}
	fx.Description = Describe(said...)
	return fx, "", nil
}

// planARMSetting makes the edit for a setting whose value is a template
// expression: where the value was written, when the expression only
// passes on a parameter the finding's Related leads to.
func planARMSetting(f *policies.Finding, n *parser.JSONNode, full parser.Path, value any, files *Files) (*policies.Edit, string, string, error) {
	if !strings.EqualFold(full.String(), f.Path) || len(f.Related) == 0 {
		return nil, "", fmt.Sprintf("%s is the expression %s, computed when the template is deployed; give it the value %s where it is computed", full, quoteShort(n.Str), jsonScalarOrList(value)), nil
	}
	return planARMOrigin(f, n, full, value, files)
}

// armReference is an expression that only passes on a parameter's or a
// variable's value; editing where that value was written fixes it.
var armReference = regexp.MustCompile(`^\[\s*(parameters|variables)\(\s*'([^']*)'\s*\)\s*\]$`)

// planARMOrigin edits the value an expression read: the chain of
// f.Related leads, through parameters that pass on other parameters, to
// the literal that was written (a value in the parameters file, a
// defaultValue).
func planARMOrigin(f *policies.Finding, n *parser.JSONNode, full parser.Path, value any, files *Files) (*policies.Edit, string, string, error) {
	m := armReference.FindStringSubmatch(n.Str)
	if m == nil {
		return nil, "", fmt.Sprintf("%s is the expression %s, computed from several values; give it the value %s where it is computed", full, quoteShort(n.Str), jsonScalarOrList(value)), nil
	}
	for i, r := range f.Related {
		if !strings.EqualFold(path.Ext(r.File), ".json") {
			return nil, "", fmt.Sprintf("the value of %s comes from %s, which posture cannot edit yet", full, r.File), nil
		}
		pf, err := loadJSON(files, r.File)
		if err != nil {
			return nil, "", "", err
		}
		at := nodeAt(pf.root, r.Start.Byte)
		if at == nil {
			return nil, "", fmt.Sprintf("the value of %s comes from %s, where posture cannot find it", full, r), nil
		}
		if isARMExpression(at) {
			if i < len(f.Related)-1 && armReference.MatchString(at.Str) {
				continue
			}
			return nil, "", fmt.Sprintf("the value of %s is computed by %s at %s; give it the value %s there", full, quoteShort(at.Str), r, jsonScalarOrList(value)), nil
		}
		if i < len(f.Related)-1 {
			// A literal that is not the end of the chain did not make the value.
			continue
		}
		if jsonEqual(at, value) {
			return nil, "", "", nil
		}
		e := pf.edit(at.Start, at.End, pf.render(value, pf.indentAt0(at.Start)))
		return &e, fmt.Sprintf("%s %q to %s (in %s, which %s reads)", m[1][:len(m[1])-1], m[2], jsonScalarOrList(value), path.Base(r.File), full), "", nil
	}
	return nil, "", fmt.Sprintf("posture cannot tell where the value of %s was written", full), nil
}

// armResourceAt returns the innermost resource (an object with a type
// and an apiVersion) that holds the offset.
func armResourceAt(n *parser.JSONNode, off int) *parser.JSONNode {
	var found *parser.JSONNode
	for n != nil && n.Start <= off && off < n.End {
		if n.Kind == parser.JSONObject && n.Get("type").String() != "" && n.Get("apiVersion") != nil {
			found = n
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
	return found
}

// isARMExpression reports whether n is a template expression: a string
// in brackets, of which "[[" escapes a literal bracket.
func isARMExpression(n *parser.JSONNode) bool {
	if n == nil || n.Kind != parser.JSONString {
		return false
	}
	s := strings.TrimSpace(n.Str)
	return strings.HasPrefix(s, "[") && !strings.HasPrefix(s, "[[") && strings.HasSuffix(s, "]")
}

func jsonScalarOrList(v any) string {
	f := jsonFile{unit: "  ", newline: "\n"}
	return f.render(v, "")
}

// quoteShort quotes an expression for a message, bounded like the rest
// of posture's messages.
func quoteShort(s string) string {
	const max = 80
	if len(s) > max {
		s = s[:max] + "…"
	}
	return fmt.Sprintf("%q", s)
}
