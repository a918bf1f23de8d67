package fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func init() { Register(parser.Terraform, terraformPlanner{}) }

// terraformPlanner edits HCL where a value was written: the literal in the
// resource, or, following the finding's provenance, the tfvars line, the
// calling module's argument, the local or the variable default it came
// through. Absent attributes are inserted in the resource or nested block.
// A block that hclwrite.Format left unchanged before the edit is formatted
// after it, so a file `terraform fmt` left clean stays clean.
type terraformPlanner struct{}

// maxHops bounds the walk from a reference to the literal it came from;
// real configurations pass a value through a handful of variables.
const maxHops = 32

// hclFile is a parsed Terraform file: HCL, or JSON for .tfvars.json.
type hclFile struct {
	name      string
	src       []byte
	body      *hclsyntax.Body  // HCL
	json      *parser.JSONNode // .tfvars.json
	formatted map[span]bool    // whether each span was hclwrite-formatted
	lineIndex *parser.LineIndex
}

func parseHCLFile(files *Files, name string) (*hclFile, error) {
	v := files.Memo("terraform", name, func() any {
		b, err := files.ReadFile(name)
		if err != nil {
			return err
		}
		f := &hclFile{name: name, src: b}
		if strings.HasSuffix(name, ".json") {
			n, err := parser.ParseJSON(b)
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			f.json = n
			return f
		}
		syn, diags := hclsyntax.ParseConfig(b, name, hcl.InitialPos)
		if diags.HasErrors() {
			return fmt.Errorf("%s does not parse: %s", name, diags.Error())
		}
		f.body = syn.Body.(*hclsyntax.Body)
		return f
	})
	if err, ok := v.(error); ok {
		return nil, err
	}
	return v.(*hclFile), nil
}

// rawEdit is an edit of one file before formatting.
type rawEdit struct {
	file       *hclFile
	start, end int
	text       string
}

// tfPlan collects the edits of one finding's fix.
type tfPlan struct {
	files   *Files
	f       *policies.Finding
	edits   []rawEdit
	changes []string // what the description lists
}

func (terraformPlanner) Plan(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error) {
	if strings.HasSuffix(f.Range.File, ".json") {
		return nil, "posture does not edit Terraform JSON (.tf.json) files", nil
	}
	file, err := parseHCLFile(files, f.Range.File)
	if err != nil {
		return nil, "", err
	}
	res := enclosingResource(file.body, f.Range)
	typ := SourceType(f)
	if res == nil || len(res.Labels) != 2 || res.Labels[0] != typ {
		return nil, "the finding does not point into its resource's block", nil
	}
	p := &tfPlan{files: files, f: f}
	if isAzapi(typ) {
		return p.planAzapi(file, res)
	}
	trail, attr := locate(res.Body, f.Range)
	for _, s := range blamedSettings(d, trail, attr, f) {
		if why := p.setting(file, res, trail, attr, s.Setting, s.add, d.Create); why != "" {
			return nil, why, nil
		}
	}
	if len(p.edits) == 0 {
		return nil, "the declared settings are already in place; the finding has another cause", nil
	}
	fx, err := p.fix()
	return fx, "", err
}

// declared is a setting of a declaration and whether it adds to a list.
type declared struct {
	Setting
	add bool
}

// blamedSettings returns the settings a finding gets: those whose
// attribute it blames (the attribute holding the finding's range, or its
// Attribute or Path), else all of them. A rule that reports each of
// several attributes in its own finding thus fixes each in its own edit.
func blamedSettings(d *Declaration, trail []*hclsyntax.Block, attr *hclsyntax.Attribute, f *policies.Finding) []declared {
	var all, blamed []declared
	for _, s := range d.Set {
		all = append(all, declared{s, false})
	}
	for _, s := range d.Add {
		all = append(all, declared{s, true})
	}
	types := make([]string, len(trail))
	for i, b := range trail {
		types[i] = b.Type
	}
	if attr != nil {
		types = append(types, attr.Name)
	}
	here := strings.Join(types, ".")
	for _, s := range all {
		for _, p := range s.Paths() {
			if attr != nil && p == here || f.Attribute != "" && p == stripIndexes(f.Attribute) || p == stripIndexes(f.Path) {
				blamed = append(blamed, s)
				break
			}
		}
	}
	if len(blamed) > 0 {
		return blamed
	}
	return all
}

// stripIndexes drops the list indexes of a path string:
// site_config[0].ftps_state is site_config.ftps_state.
func stripIndexes(p string) string {
	var sb strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '[' && i+1 < len(p) && p[i+1] >= '0' && p[i+1] <= '9' {
			for i < len(p) && p[i] != ']' {
				i++
			}
			continue
		}
		sb.WriteByte(p[i])
	}
	return sb.String()
}

// enclosingResource returns the top-level resource block holding r.
func enclosingResource(body *hclsyntax.Body, r parser.Range) *hclsyntax.Block {
	for _, b := range body.Blocks {
		if b.Type == "resource" && encloses(b.Range(), r) {
			return b
		}
	}
	return nil
}

func encloses(outer hcl.Range, r parser.Range) bool {
	return outer.Start.Byte <= r.Start.Byte && r.End.Byte <= outer.End.Byte
}

// locate returns the nested blocks from body down to r, and the attribute
// holding r, if r lies in one. A range that is a block's own (a finding
// on an attribute absent from it) ends the trail at that block.
func locate(body *hclsyntax.Body, r parser.Range) ([]*hclsyntax.Block, *hclsyntax.Attribute) {
	var trail []*hclsyntax.Block
	for depth := 0; depth < 64; depth++ {
		var next *hclsyntax.Block
		for _, a := range body.Attributes {
			if encloses(a.SrcRange, r) {
				return trail, a
			}
		}
		for _, b := range body.Blocks {
			if encloses(b.Range(), r) {
				next = b
				break
			}
		}
		if next == nil {
			return trail, nil
		}
		trail = append(trail, next)
		if next.Range().Start.Byte == r.Start.Byte && next.Range().End.Byte == r.End.Byte {
			return trail, nil
		}
		body = next.Body
	}
	return trail, nil
}

// setting plans one declared setting: navigate from the resource to the
// block it belongs in (the one the finding points into, when it is on the
// way), then replace the attribute's value where it was written, or
// insert the attribute. It returns why not, or "".
func (p *tfPlan) setting(file *hclFile, res *hclsyntax.Block, trail []*hclsyntax.Block, blamed *hclsyntax.Attribute, s Setting, add, create bool) string {
	// An attribute written under an alias is edited where it is; an
	// absent one is inserted under the declared path.
	paths := s.Paths()
	for _, alias := range paths[1:] {
		body, _, _ := p.navigate(res, trail, pathSegments(alias))
		if body != nil && body.Attributes[lastSegment(alias)] != nil {
			paths = []string{alias}
			break
		}
	}
	segs := pathSegments(paths[0])
	name := segs[len(segs)-1]
	val, err := hclValue(s.Value)
	if err != nil {
		return err.Error()
	}
	body, owner, missing := p.navigate(res, trail, segs)
	if body == nil {
		if m := owner.Body.Attributes[missing[0]]; m != nil {
			var related []parser.Range
			if m == blamed {
				related = p.f.Related
			}
			return p.setMapEntry(file, m, missing[1:], val, add, related)
		}
		if len(missing) == 2 && firstBlock(owner.Body, missing[0]) == nil && dynamicBlock(owner.Body, missing[0]) == nil && !argumentName(missing[1]) {
			// Provider arguments and nested blocks are snake_case names;
			// a key that is not one (enable-oslogin) is an entry of a map
			// argument (metadata), which is written as an object.
			entry := string(hclwrite.TokensForValue(val).Bytes())
			p.edits = append(p.edits, insertLines(file, owner.Body, owner, []string{missing[0] + " = { " + itemKey(missing[1]) + " = " + entry + " }"}))
			p.changes = append(p.changes, mapEntryName(missing[0], missing[1])+" = "+entry)
			return ""
		}
		if dynamicBlock(owner.Body, missing[0]) != nil {
			return fmt.Sprintf("%s is a dynamic block: set %s in its content by hand", missing[0], strings.Join(missing[1:], "."))
		}
		if !create {
			return fmt.Sprintf("%s has no %s block, which may need more arguments than posture knows: add it with %s", resourceName(res), missing[0], p.assignment(s))
		}
		p.edits = append(p.edits, insertBlock(file, owner.Body, owner, nestedBlocks(missing, val)))
		p.changes = append(p.changes, p.assignment(s))
		return ""
	}
	if b := firstBlock(body, name); b != nil {
		return fmt.Sprintf("%s is written as a block here; posture sets attributes only", name)
	}
	a := body.Attributes[name]
	if a == nil {
		p.edits = append(p.edits, insertLines(file, body, owner, []string{name + " = " + string(hclwrite.TokensForValue(val).Bytes())}))
		p.changes = append(p.changes, p.assignment(s))
		return ""
	}
	var related []parser.Range
	if a == blamed {
		related = p.f.Related
	}
	return p.assign(file, a.Expr, name, val, add, related)
}

// setMapEntry sets the entry keys[0] of the map argument m (metadata = {
// … }) where the map is written: the object in the resource, or the one a
// variable or local it names is given. An absent entry is inserted. A map
// computed from other values (merge, a for expression) has no fix.
func (p *tfPlan) setMapEntry(file *hclFile, m *hclsyntax.Attribute, keys []string, val cty.Value, add bool, related []parser.Range) string {
	name := mapEntryName(m.Name, keys...)
	entry := string(hclwrite.TokensForValue(val).Bytes())
	expr, where := hclsyntax.Expression(m.Expr), file
	for hop := 0; ; hop++ {
		if hop == maxHops {
			return fmt.Sprintf("%s passes through more than %d references", m.Name, maxHops)
		}
		switch e := expr.(type) {
		case *hclsyntax.ParenthesesExpr:
			expr = e.Expression
			continue
		case *hclsyntax.ScopeTraversalExpr:
			next, nextFile, rest, _, why := p.follow(where, e, related)
			if why != "" {
				return why
			}
			if nextFile.json != nil {
				return fmt.Sprintf("%s is given in %s: set %s there by hand", m.Name, nextFile.name, itemKey(keys[0])+" = "+entry)
			}
			expr, where, related = next.(hclsyntax.Expression), nextFile, rest
			continue
		}
		break
	}
	obj, ok := expr.(*hclsyntax.ObjectConsExpr)
	for i, key := range keys {
		if !ok {
			return fmt.Sprintf("%s is computed (%s) in %s: change it by hand so that %s = %s", mapEntryName(m.Name, keys[:i]...), exprKind(expr), where.name, name, entry)
		}
		item := objectItem(obj, key)
		if item == nil {
			p.edits = append(p.edits, insertItem(where, obj, keys[i:], val))
			p.changes = append(p.changes, p.where(where, name+" = "+entry))
			return ""
		}
		if i == len(keys)-1 {
			if !encloses(item.ValueExpr.Range(), p.f.Range) {
				related = nil
			}
			return p.assign(where, item.ValueExpr, name, val, add, related)
		}
		expr = item.ValueExpr
		obj, ok = expr.(*hclsyntax.ObjectConsExpr)
	}
	return ""
}

// mapEntryName writes an entry of a map argument as Terraform refers to
// it: metadata["enable-oslogin"].
func mapEntryName(arg string, keys ...string) string {
	var sb strings.Builder
	sb.WriteString(arg)
	for _, k := range keys {
		sb.WriteString("[" + strconv.Quote(k) + "]")
	}
	return sb.String()
}

// argumentName reports whether s can name a provider argument or nested
// block: lower-case snake_case.
func argumentName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c == '_' || c >= '0' && c <= '9' && i > 0) {
			return false
		}
	}
	return s != ""
}

// navigate walks from the resource to the block holding the attribute
// segs names: through the blocks the finding points into while they are on
// the way, else the first block of each type. It returns that block's body
// and the block, or a nil body, the deepest block found and the segments
// from the first missing block on.
func (p *tfPlan) navigate(res *hclsyntax.Block, trail []*hclsyntax.Block, segs []string) (*hclsyntax.Body, *hclsyntax.Block, []string) {
	owner := res
	onTrail := true
	for i, seg := range segs[:len(segs)-1] {
		var next *hclsyntax.Block
		if onTrail && i < len(trail) && trail[i].Type == seg {
			next = trail[i]
		} else {
			onTrail = false
			next = firstBlock(owner.Body, seg)
		}
		if next == nil {
			return nil, owner, segs[i:]
		}
		owner = next
	}
	return owner.Body, owner, nil
}

func pathSegments(p string) []string {
	parsed, err := parser.ParsePath(p)
	if err != nil {
		return strings.Split(p, ".")
	}
	out := make([]string, 0, len(parsed))
	for _, el := range parsed {
		out = append(out, fmt.Sprint(el))
	}
	return out
}

func lastSegment(p string) string {
	segs := pathSegments(p)
	return segs[len(segs)-1]
}

func resourceName(res *hclsyntax.Block) string {
	return strings.Join(res.Labels, ".")
}

func firstBlock(body *hclsyntax.Body, typ string) *hclsyntax.Block {
	for _, b := range body.Blocks {
		if b.Type == typ {
			return b
		}
	}
	return nil
}

func dynamicBlock(body *hclsyntax.Body, typ string) *hclsyntax.Block {
	for _, b := range body.Blocks {
		if b.Type == "dynamic" && len(b.Labels) == 1 && b.Labels[0] == typ {
			return b
		}
	}
	return nil
}

// assign makes the value of expr, written in file for the attribute
// name, become val: it follows references through related (the places the
// value came from, outermost first) and variable defaults to the literal
// that was written, and replaces it. A value computed from anything but
// one reference has no fix.
func (p *tfPlan) assign(file *hclFile, expr hclsyntax.Expression, name string, val cty.Value, add bool, related []parser.Range) string {
	what := name
	// label says where the literal is, with %s for its new value.
	label := name + " = %s"
	for hop := 0; hop < maxHops; hop++ {
		switch e := expr.(type) {
		case *hclsyntax.TemplateWrapExpr:
			expr = e.Wrapped
			continue
		case *hclsyntax.ParenthesesExpr:
			expr = e.Expression
			continue
		case *hclsyntax.ScopeTraversalExpr:
			next, nextFile, rest, nextLabel, why := p.follow(file, e, related)
			if why != "" {
				return why
			}
			what = string(bytes.TrimSpace(file.src[e.SrcRange.Start.Byte:e.SrcRange.End.Byte]))
			label = nextLabel
			if nextFile.json != nil {
				return p.assignJSON(nextFile, next.(jsonExpr).node, what, label, val, add)
			}
			file, expr, related = nextFile, next.(hclsyntax.Expression), rest
			continue
		}
		if !isLiteral(expr) {
			return fmt.Sprintf("%s is computed (%s) in %s: change it by hand so it yields %s", what, exprKind(expr), file.name, string(hclwrite.TokensForValue(val).Bytes()))
		}
		cur, diags := expr.Value(nil)
		if diags.HasErrors() {
			return fmt.Sprintf("%s cannot be read in %s", what, file.name)
		}
		rng := expr.Range()
		if add {
			return p.addItems(file, expr, cur, val, what)
		}
		if cur.Type().Equals(val.Type()) && cur.RawEquals(val) {
			return ""
		}
		text := string(hclwrite.TokensForValue(val).Bytes())
		p.edits = append(p.edits, rawEdit{file: file, start: rng.Start.Byte, end: rng.End.Byte, text: text})
		p.changes = append(p.changes, p.where(file, fmt.Sprintf(label, text)))
		return ""
	}
	return fmt.Sprintf("%s passes through more than %d references", name, maxHops)
}

// jsonExpr stands for a value in a .tfvars.json file.
type jsonExpr struct{ node *parser.JSONNode }

// follow resolves a var.NAME or local.NAME reference to the expression
// that gave the reference its value: the tfvars or module argument named
// NAME among related (searched from the innermost place out), else the
// variable's default or the local's expression in the module's directory.
// It returns that expression, its file, the places before it and a label
// for the description, with %s for the new value.
func (p *tfPlan) follow(file *hclFile, e *hclsyntax.ScopeTraversalExpr, related []parser.Range) (next any, nextFile *hclFile, rest []parser.Range, label, why string) {
	t := e.Traversal
	ref := string(bytes.TrimSpace(file.src[e.SrcRange.Start.Byte:e.SrcRange.End.Byte]))
	if len(t) < 2 {
		return nil, nil, nil, "", fmt.Sprintf("%s is read from another value; change that value by hand", ref)
	}
	attr, ok := t[1].(hcl.TraverseAttr)
	// var.network.isolation_mode: the attribute of an object written
	// where the variable was given.
	var members []string
	for _, step := range t[2:] {
		a, isAttr := step.(hcl.TraverseAttr)
		if !isAttr {
			ok = false
			break
		}
		members = append(members, a.Name)
	}
	if !ok {
		return nil, nil, nil, "", fmt.Sprintf("%s is read from another value; change that value by hand", ref)
	}
	if len(members) > 0 {
		next, nextFile, rest, label, why := p.follow(file, &hclsyntax.ScopeTraversalExpr{Traversal: t[:2], SrcRange: e.SrcRange}, related)
		if why != "" {
			return nil, nil, nil, "", why
		}
		expr, isExpr := next.(hclsyntax.Expression)
		if !isExpr {
			return nil, nil, nil, "", fmt.Sprintf("%s is a member of a JSON value: change it by hand", ref)
		}
		for _, m := range members {
			obj, isObj := expr.(*hclsyntax.ObjectConsExpr)
			if !isObj {
				return nil, nil, nil, "", fmt.Sprintf("%s is read from %s, which is not written as an object there: change it by hand", ref, exprKind(expr))
			}
			item := objectItem(obj, m)
			if item == nil {
				return nil, nil, nil, "", fmt.Sprintf("%s is not written where %s is given (the variable type's default applies): set it there", ref, t.RootName()+"."+attr.Name)
			}
			expr = item.ValueExpr
		}
		return expr, nextFile, rest, strings.Replace(label, "%s", "{ "+strings.Join(members, ".")+" = %s }", 1), ""
	}
	kind := t.RootName()
	if kind != "var" && kind != "local" {
		return nil, nil, nil, "", fmt.Sprintf("the value comes from %s, which posture does not edit", ref)
	}
	for i := len(related) - 1; i >= 0; i-- {
		r := related[i]
		of, err := parseHCLFile(p.files, r.File)
		if err != nil {
			continue
		}
		if of.json != nil {
			if kind == "var" && strings.HasSuffix(r.File, ".tfvars.json") {
				for _, m := range of.json.Fields() {
					if m.Key == attr.Name && m.Value.Start == r.Start.Byte {
						return jsonExpr{m.Value}, of, related[:i], attr.Name + " = %s", ""
					}
				}
			}
			continue
		}
		x, container := attributeAt(of, r)
		if x == nil && kind == "var" && path.Dir(r.File) != path.Dir(file.name) {
			// The place is the call of this module (the origin of a
			// value built from several, which names the call, not the
			// argument): the argument it passes wins over the default.
			if call := moduleCallAt(of, r); call != nil {
				if a := call.Body.Attributes[attr.Name]; a != nil {
					return a.Expr, of, related[:i], attr.Name + " = %s in module " + strconv.Quote(call.Labels[0]), ""
				}
				break
			}
		}
		if x == nil || x.Name != attr.Name {
			continue
		}
		isVars := strings.HasSuffix(r.File, ".tfvars") && container == nil
		switch {
		case kind == "var" && isVars:
			return x.Expr, of, related[:i], attr.Name + " = %s", ""
		case kind == "var" && container != nil && container.Type == "module" && len(container.Labels) == 1:
			return x.Expr, of, related[:i], attr.Name + " = %s in module " + strconv.Quote(container.Labels[0]), ""
		case kind == "local" && container != nil && container.Type == "locals":
			return x.Expr, of, related[:i], "local " + attr.Name + " = %s", ""
		}
	}
	dir := path.Dir(file.name)
	names, err := p.files.ReadDir(dir)
	if err != nil {
		return nil, nil, nil, "", fmt.Sprintf("cannot read %s to find %s: %v", dir, ref, err)
	}
	for _, n := range names {
		if !strings.HasSuffix(n, ".tf") {
			continue
		}
		of, err := parseHCLFile(p.files, n)
		if err != nil || of.body == nil {
			continue
		}
		for _, b := range of.body.Blocks {
			switch {
			case kind == "var" && b.Type == "variable" && len(b.Labels) == 1 && b.Labels[0] == attr.Name:
				def := b.Body.Attributes["default"]
				if def == nil {
					return nil, nil, nil, "", fmt.Sprintf("%s has no default and its value is given outside the scanned files (-var, TF_VAR_%s or a var file): set it there", ref, attr.Name)
				}
				return def.Expr, of, nil, "the default of variable " + strconv.Quote(attr.Name) + " to %s", ""
			case kind == "local" && b.Type == "locals":
				if a := b.Body.Attributes[attr.Name]; a != nil {
					return a.Expr, of, nil, "local " + attr.Name + " = %s", ""
				}
			}
		}
	}
	return nil, nil, nil, "", fmt.Sprintf("cannot find where %s is set", ref)
}

// moduleCallAt returns the module block of file that r lies in.
func moduleCallAt(file *hclFile, r parser.Range) *hclsyntax.Block {
	for _, b := range file.body.Blocks {
		if b.Type == "module" && len(b.Labels) == 1 && encloses(b.Range(), r) {
			return b
		}
	}
	return nil
}

// attributeAt returns the attribute of file whose value is at r, top-level
// or in a top-level block (module, locals, variable), and that block.
func attributeAt(file *hclFile, r parser.Range) (*hclsyntax.Attribute, *hclsyntax.Block) {
	same := func(a *hclsyntax.Attribute) bool {
		x := a.Expr.Range()
		return x.Start.Byte == r.Start.Byte && x.End.Byte == r.End.Byte
	}
	for _, a := range file.body.Attributes {
		if same(a) {
			return a, nil
		}
	}
	for _, b := range file.body.Blocks {
		if !encloses(b.Range(), r) {
			continue
		}
		for _, a := range b.Body.Attributes {
			if same(a) {
				return a, b
			}
		}
	}
	return nil, nil
}

// assignJSON replaces a scalar of a .tfvars.json file.
func (p *tfPlan) assignJSON(file *hclFile, n *parser.JSONNode, what, label string, val cty.Value, add bool) string {
	if add || n.Kind == parser.JSONObject || n.Kind == parser.JSONArray {
		return fmt.Sprintf("%s is a collection in %s: change it by hand", what, file.name)
	}
	goVal, err := jsonOf(val)
	if err != nil {
		return err.Error()
	}
	text, err := json.Marshal(goVal)
	if err != nil {
		return err.Error()
	}
	if string(file.src[n.Start:n.End]) == string(text) {
		return ""
	}
	p.edits = append(p.edits, rawEdit{file: file, start: n.Start, end: n.End, text: string(text)})
	p.changes = append(p.changes, p.where(file, fmt.Sprintf(label, text)))
	return ""
}

// addItems inserts into a list literal the items of val it lacks.
func (p *tfPlan) addItems(file *hclFile, expr hclsyntax.Expression, cur, val cty.Value, what string) string {
	tuple, ok := expr.(*hclsyntax.TupleConsExpr)
	if !ok || !cur.CanIterateElements() {
		return fmt.Sprintf("%s is not a list in %s", what, file.name)
	}
	var missing []string
	for it := val.ElementIterator(); it.Next(); {
		_, want := it.Element()
		found := false
		for it2 := cur.ElementIterator(); it2.Next(); {
			_, have := it2.Element()
			if have.Type().Equals(want.Type()) && have.RawEquals(want) {
				found = true
			}
		}
		if !found {
			missing = append(missing, string(hclwrite.TokensForValue(want).Bytes()))
		}
	}
	if len(missing) == 0 {
		return ""
	}
	text := strings.Join(missing, ", ")
	end := tuple.SrcRange.End.Byte - 1 // the closing bracket
	if len(tuple.Exprs) > 0 {
		last := tuple.Exprs[len(tuple.Exprs)-1].Range().End.Byte
		p.edits = append(p.edits, rawEdit{file: file, start: last, end: last, text: ", " + text})
	} else {
		p.edits = append(p.edits, rawEdit{file: file, start: tuple.SrcRange.Start.Byte + 1, end: end, text: text})
	}
	p.changes = append(p.changes, p.where(file, "add "+text+" to "+what))
	return ""
}

func isLiteral(e hclsyntax.Expression) bool {
	switch x := e.(type) {
	case *hclsyntax.LiteralValueExpr:
		return true
	case *hclsyntax.TemplateExpr:
		return x.IsStringLiteral()
	case *hclsyntax.TupleConsExpr:
		for _, el := range x.Exprs {
			if !isLiteral(el) {
				return false
			}
		}
		return true
	}
	return false
}

func exprKind(e hclsyntax.Expression) string {
	switch e.(type) {
	case *hclsyntax.ConditionalExpr:
		return "a conditional"
	case *hclsyntax.ForExpr:
		return "a for expression"
	case *hclsyntax.FunctionCallExpr:
		return "a function call"
	case *hclsyntax.BinaryOpExpr, *hclsyntax.UnaryOpExpr:
		return "an operation on other values"
	case *hclsyntax.TemplateExpr:
		return "a string template"
	case *hclsyntax.IndexExpr, *hclsyntax.RelativeTraversalExpr, *hclsyntax.SplatExpr:
		return "an element of another value"
	case *hclsyntax.ObjectConsExpr:
		return "an object"
	}
	return "an expression"
}

// assignment renders a setting as the user would write it.
func (p *tfPlan) assignment(s Setting) string {
	val, err := hclValue(s.Value)
	if err != nil {
		return s.Path
	}
	return s.Path + " = " + string(hclwrite.TokensForValue(val).Bytes())
}

// where names the file of a change made away from the finding.
func (p *tfPlan) where(file *hclFile, change string) string {
	if file.name == p.f.Range.File {
		return change
	}
	return change + " in " + file.name
}

// fix turns the raw edits into the finding's Fix: the edits of each
// top-level block (or of a file without blocks, a tfvars file) are
// applied, the block formatted again if it was formatted, and the change
// expressed as an edit with positions. Formatting the block rather than
// the file keeps the cost of a fix to the size of what it edits.
func (p *tfPlan) fix() (*policies.Fix, error) {
	type group struct {
		file  *hclFile
		span  span
		edits []rawEdit
	}
	var groups []*group
	for _, e := range p.edits {
		sp := e.file.spanOf(e.start)
		var g *group
		for _, h := range groups {
			if h.file == e.file && h.span == sp {
				g = h
			}
		}
		if g == nil {
			g = &group{file: e.file, span: sp}
			groups = append(groups, g)
		}
		g.edits = append(g.edits, e)
	}
	fx := &policies.Fix{Description: Describe(p.changes...)}
	for _, g := range groups {
		file, edits := g.file, g.edits
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
		for i := 1; i < len(edits); i++ {
			if edits[i].start < edits[i-1].end {
				return nil, fmt.Errorf("the settings' edits of %s overlap", file.name)
			}
		}
		lines := file.lines()
		if !file.formattedSpan(g.span) {
			for _, e := range edits {
				fx.Edits = append(fx.Edits, edit(file.name, lines, e.start, e.end, e.text))
			}
			continue
		}
		old := file.src[g.span.start:g.span.end]
		var b []byte
		at := g.span.start
		for _, e := range edits {
			b = append(append(b, file.src[at:e.start]...), e.text...)
			at = e.end
		}
		b = hclwrite.Format(append(b, file.src[at:g.span.end]...))
		start, end, text := lineDiff(old, b)
		fx.Edits = append(fx.Edits, edit(file.name, lines, g.span.start+start, g.span.start+end, text))
	}
	return fx, nil
}

// span is a byte range of whole lines of a file.
type span struct{ start, end int }

// spanOf returns the lines of the top-level block holding offset at, or
// the whole file when no block does.
func (f *hclFile) spanOf(at int) span {
	for _, b := range f.body.Blocks {
		r := b.Range()
		if r.Start.Byte <= at && at <= r.End.Byte {
			return span{lineStart(f.src, r.Start.Byte), lineEnd(f.src, r.End.Byte)}
		}
	}
	return span{0, len(f.src)}
}

// formattedSpan reports whether hclwrite.Format leaves the span as it is.
func (f *hclFile) formattedSpan(sp span) bool {
	if f.formatted == nil {
		f.formatted = map[span]bool{}
	}
	ok, seen := f.formatted[sp]
	if !seen {
		b := f.src[sp.start:sp.end]
		ok = bytes.Equal(hclwrite.Format(b), b)
		f.formatted[sp] = ok
	}
	return ok
}

func (f *hclFile) lines() *parser.LineIndex {
	if f.lineIndex == nil {
		f.lineIndex = parser.NewLineIndex(f.src)
	}
	return f.lineIndex
}

func edit(name string, lines *parser.LineIndex, start, end int, text string) policies.Edit {
	return policies.Edit{
		Range: parser.Range{File: name, Start: lines.Pos(start), End: lines.Pos(end)},
		Text:  text,
	}
}

// lineDiff returns the smallest span of whole lines of old that, replaced
// by text, gives new.
func lineDiff(old, new []byte) (start, end int, text string) {
	pre := 0
	for pre < len(old) && pre < len(new) && old[pre] == new[pre] {
		pre++
	}
	pre = bytes.LastIndexByte(old[:pre], '\n') + 1
	suf := 0
	for suf < len(old)-pre && suf < len(new)-pre && old[len(old)-1-suf] == new[len(new)-1-suf] {
		suf++
	}
	// Back off to the start of a line in both (the common suffix ends
	// with the same bytes in both, so a newline in one is in the other).
	for suf > 0 && old[len(old)-suf-1] != '\n' {
		suf--
	}
	return pre, len(old) - suf, string(new[pre : len(new)-suf])
}

// insertBlock inserts the lines of a new nested block into body, owned by
// block owner, where Terraform style puts blocks: after the last nested
// block, else after the attributes, set off by a blank line.
func insertBlock(file *hclFile, body *hclsyntax.Body, owner *hclsyntax.Block, lines []string) rawEdit {
	src := file.src
	end := -1
	var at hcl.Range
	for _, b := range body.Blocks {
		if r := b.Range(); r.End.Byte > end {
			end, at = r.End.Byte, r
		}
	}
	for _, a := range body.Attributes {
		if a.SrcRange.End.Byte > end {
			end, at = a.SrcRange.End.Byte, a.SrcRange
		}
	}
	if end < 0 {
		return insertLines(file, body, owner, lines)
	}
	indent := indentAt(src, at.Start.Byte)
	pos := lineEnd(src, end)
	var sb strings.Builder
	if pos == len(src) && (len(src) == 0 || src[len(src)-1] != '\n') {
		sb.WriteByte('\n')
	}
	sb.WriteByte('\n')
	for _, l := range lines {
		sb.WriteString(indent + l + "\n")
	}
	return rawEdit{file: file, start: pos, end: pos, text: sb.String()}
}

// insertLines inserts lines (without indentation) into body, owned by
// block owner: after its last attribute, else before its first nested
// block, else inside its braces. The indentation follows the
// surroundings.
func insertLines(file *hclFile, body *hclsyntax.Body, owner *hclsyntax.Block, lines []string) rawEdit {
	src := file.src
	var last *hclsyntax.Attribute
	for _, a := range body.Attributes {
		if last == nil || a.SrcRange.End.Byte > last.SrcRange.End.Byte {
			last = a
		}
	}
	var first *hclsyntax.Block
	for _, b := range body.Blocks {
		if first == nil || b.Range().Start.Byte < first.Range().Start.Byte {
			first = b
		}
	}
	ownerIndent := indentAt(src, owner.TypeRange.Start.Byte)
	unit := "  "
	if tabbed(ownerIndent) {
		unit = "\t"
	}
	indented := func(indent string) string {
		var sb strings.Builder
		for _, l := range lines {
			sb.WriteString(indent)
			sb.WriteString(l)
			sb.WriteByte('\n')
		}
		return sb.String()
	}
	switch {
	case last != nil && (first == nil || last.SrcRange.Start.Byte < first.Range().Start.Byte):
		at := lineEnd(src, last.SrcRange.End.Byte)
		text := indented(indentAt(src, last.SrcRange.Start.Byte))
		if at == len(src) && (len(src) == 0 || src[len(src)-1] != '\n') {
			text = "\n" + strings.TrimSuffix(text, "\n")
		}
		return rawEdit{file: file, start: at, end: at, text: text}
	case first != nil:
		at := lineStart(src, first.Range().Start.Byte)
		// Comments just above the block belong to it.
		for at > 0 {
			prev := lineStart(src, at-1)
			l := strings.TrimSpace(string(src[prev:at]))
			if !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "//") {
				break
			}
			at = prev
		}
		return rawEdit{file: file, start: at, end: at, text: indented(indentAt(src, first.Range().Start.Byte)) + "\n"}
	}
	open, closing := owner.OpenBraceRange.End.Byte, owner.CloseBraceRange.Start.Byte
	if bytes.IndexByte(src[open:closing], '\n') >= 0 {
		at := lineEnd(src, open)
		return rawEdit{file: file, start: at, end: at, text: indented(ownerIndent + unit)}
	}
	return rawEdit{file: file, start: open, end: closing, text: "\n" + indented(ownerIndent+unit) + ownerIndent}
}

// nestedBlocks writes blocks segs[:len-1] around the attribute segs[len-1].
func nestedBlocks(segs []string, val cty.Value) []string {
	n := len(segs) - 1
	out := make([]string, 0, 2*n+1)
	for i, s := range segs[:n] {
		out = append(out, strings.Repeat("  ", i)+s+" {")
	}
	out = append(out, strings.Repeat("  ", n)+segs[n]+" = "+string(hclwrite.TokensForValue(val).Bytes()))
	for i := n - 1; i >= 0; i-- {
		out = append(out, strings.Repeat("  ", i)+"}")
	}
	return out
}

func lineStart(src []byte, at int) int { return bytes.LastIndexByte(src[:at], '\n') + 1 }

// lineEnd returns the offset just past the newline ending the line at at,
// or the end of src.
func lineEnd(src []byte, at int) int {
	if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
		return at + i + 1
	}
	return len(src)
}

func indentAt(src []byte, at int) string {
	s := lineStart(src, at)
	e := s
	for e < len(src) && (src[e] == ' ' || src[e] == '\t') {
		e++
	}
	return string(src[s:e])
}

func tabbed(indent string) bool { return strings.HasPrefix(indent, "\t") }

// hclValue turns a declared value (what YAML metadata decodes to) into a
// cty value: lists become tuples, maps objects.
func hclValue(v any) (cty.Value, error) {
	switch x := v.(type) {
	case bool:
		return cty.BoolVal(x), nil
	case string:
		return cty.StringVal(x), nil
	case int:
		return cty.NumberIntVal(int64(x)), nil
	case int64:
		return cty.NumberIntVal(x), nil
	case float64:
		return cty.NumberFloatVal(x), nil
	case json.Number:
		return cty.ParseNumberVal(x.String())
	case []any:
		if len(x) == 0 {
			return cty.EmptyTupleVal, nil
		}
		els := make([]cty.Value, len(x))
		for i, el := range x {
			c, err := hclValue(el)
			if err != nil {
				return cty.NilVal, err
			}
			els[i] = c
		}
		return cty.TupleVal(els), nil
	case map[string]any:
		if len(x) == 0 {
			return cty.EmptyObjectVal, nil
		}
		attrs := make(map[string]cty.Value, len(x))
		for k, el := range x {
			c, err := hclValue(el)
			if err != nil {
				return cty.NilVal, err
			}
			attrs[k] = c
		}
		return cty.ObjectVal(attrs), nil
	}
	return cty.NilVal, fmt.Errorf("the declared value %v (%T) has no HCL form", v, v)
}

// jsonOf turns a cty scalar back into what encoding/json writes.
func jsonOf(v cty.Value) (any, error) {
	switch {
	case v.Type() == cty.Bool:
		return v.True(), nil
	case v.Type() == cty.String:
		return v.AsString(), nil
	case v.Type() == cty.Number:
		return json.Number(v.AsBigFloat().Text('f', -1)), nil
	}
	return nil, fmt.Errorf("the declared value has no JSON form for a .tfvars.json file")
}
