package bicep

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
)

// Translation: a Bicep file becomes the ARM template the Bicep compiler
// would write for it, as a tree of arm.Node values whose offsets point
// into the Bicep source, so that the ARM evaluator reports on the .bicep
// lines. Every template is written in the languageVersion 2.0 form with
// symbolic names (resources keyed by symbol, existing resources kept with
// "existing": true): it deploys exactly what the classic form deploys,
// and reference('symbol') needs no resource id.

// maxModuleDepth bounds modules calling modules.
const maxModuleDepth = 16

// unknownExpr is an ARM expression whose value is unknown, with no
// diagnostic: what the translation cannot express.
const unknownExpr = "newGuid()"

// reader reads the files a translation needs (modules, loadTextContent).
type reader interface {
	ReadFile(name string) ([]byte, error)
}

// translator translates one unit: a root file and the modules it calls.
type translator struct {
	src    reader
	diags  []parser.Diagnostic
	nested map[*arm.Node]arm.TreeFile
	stack  []string
	// exporters are the files read for compile-time imports, by path.
	exporters map[string]*fileTr
	// modules are the module files translated, by path.
	modules map[string]moduleTemplate
	// suppressions are the ignore comments of the files translated.
	suppressions []parser.Suppression
	// depth and steps bound expression translation; exhausted is set
	// once a bound was hit.
	depth     int
	steps     int
	exhausted bool
}

// fileTr is the translation of one file.
type fileTr struct {
	t       *translator
	name    string
	content []byte
	f       *File
	params  map[string]bool
	vars    map[string]bool
	funcs   map[string]bool
	res     map[string]*resInfo
	scope   string // targetScope

	// Compile-time imports: the compiler copies what a file imports into
	// the template; here an imported variable or function is inlined
	// where it is used, so its value lands on the line that uses it.
	imported  map[string]importRef
	wildcards map[string]*fileTr
	varDecls  map[string]*Var
	funcDecls map[string]*Func
	// inline is set on a file read for its exports: its variables are
	// inlined rather than referenced.
	inline bool
}

// importRef is an imported name: the file that exports it and its name
// there.
type importRef struct {
	from *fileTr
	name string
}

// resInfo is a declared resource or module.
type resInfo struct {
	sym     string
	module  *Module
	decl    *Resource
	typ     string
	version string
	parent  *resInfo
	// parentIdx is the index of a looped parent named as parent: p[i].
	parentIdx string
	nameExpr  Expr
	loop      *For
	existing  bool
	scope     Expr
	body      *Object
	cond      Expr
	// env binds the loop variables of the declaration's own copy loop.
	env env
}

// env maps Bicep names (loop variables, lambda and function parameters)
// to ARM expression text.
type env map[string]string

// Translate builds the ARM template tree of a parsed Bicep file. Modules
// are read through src.
func translate(src reader, f *File, content []byte) (*arm.Tree, []parser.Diagnostic, []parser.Suppression) {
	t := &translator{src: src, nested: map[*arm.Node]arm.TreeFile{}}
	root := t.file(f, content)
	return &arm.Tree{File: arm.TreeFile{Name: f.Name, Content: content}, Root: root, Nested: t.nested}, t.diags, t.suppressions
}

func (t *translator) file(f *File, content []byte) *arm.Node {
	t.stack = append(t.stack, f.Name)
	defer func() { t.stack = t.stack[:len(t.stack)-1] }()
	t.suppressions = append(t.suppressions, suppressions(f)...)
	ft := &fileTr{t: t, name: f.Name, content: content, f: f,
		params: map[string]bool{}, vars: map[string]bool{}, funcs: map[string]bool{}, res: map[string]*resInfo{}, scope: "resourceGroup"}
	return ft.template()
}

// Node constructors.

func (ft *fileTr) span(n Node) (int, int) {
	if n == nil {
		return 0, 0
	}
	r := n.Span()
	return r.Start.Byte, r.End.Byte
}

func strNode(s string, at Node, ft *fileTr) *arm.Node {
	a, b := ft.span(at)
	return &arm.Node{Kind: arm.KindString, Str: s, Start: a, End: b}
}

func litNode(s string, at Node, ft *fileTr) *arm.Node {
	if len(s) >= 2 && s[0] == '[' && s[len(s)-1] == ']' {
		s = "[" + s
	}
	return strNode(s, at, ft)
}

func exprNode(e string, at Node, ft *fileTr) *arm.Node { return strNode("["+e+"]", at, ft) }

func objNode(at Node, ft *fileTr) *arm.Node {
	a, b := ft.span(at)
	return &arm.Node{Kind: arm.KindObject, Start: a, End: b}
}

func set(o *arm.Node, key string, keyAt int, v *arm.Node) {
	o.Members = append(o.Members, arm.Member{Key: key, KeyStart: keyAt, Value: v})
}

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (ft *fileTr) warn(n Node, format string, args ...any) {
	ft.t.diags = append(ft.t.diags, parser.Warnf(n.Span(), format, args...))
}

func (ft *fileTr) note(n Node, format string, args ...any) {
	ft.t.diags = append(ft.t.diags, parser.Notef(n.Span(), format, args...))
}

// template translates the file into a deployment template.
func (ft *fileTr) template() *arm.Node {
	root := &arm.Node{Kind: arm.KindObject, Start: 0, End: len(ft.content)}
	ft.declareNames()
	for _, s := range ft.f.Statements {
		switch d := s.(type) {
		case *TargetScope:
			if v, ok := d.Value.(*String); ok {
				if sv, ok := v.Value(); ok {
					ft.scope = sv
				}
			}
		case *Resource:
			ft.declare(d, nil)
		case *Module:
			ft.declareModule(d)
		}
	}
	set(root, "$schema", 0, strNode("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", nil, ft))
	set(root, "contentVersion", 0, strNode("1.0.0.0", nil, ft))
	set(root, "languageVersion", 0, strNode("2.0", nil, ft))
	meta := objNode(nil, ft)
	gen := objNode(nil, ft)
	set(gen, "name", 0, strNode("bicep", nil, ft))
	set(meta, "_generator", 0, gen)
	set(root, "metadata", 0, meta)

	params, vars, outputs := objNode(nil, ft), objNode(nil, ft), objNode(nil, ft)
	var fns *arm.Node
	var varCopies []*arm.Node
	resources := objNode(nil, ft)
	for _, s := range ft.f.Statements {
		switch d := s.(type) {
		case *Param:
			p := objNode(d, ft)
			set(p, "type", d.Range.Start.Byte, strNode(typeName(d.Type, d.Decorators), d.Type, ft))
			if d.Default != nil {
				set(p, "defaultValue", d.Default.Span().Start.Byte, ft.val(d.Default, nil))
			}
			set(params, d.Name.Name, d.Name.Range.Start.Byte, p)
		case *Var:
			if fr, ok := d.Value.(*For); ok {
				varCopies = append(varCopies, ft.copyEntry(d.Name.Name, fr, nil, "copyIndex("+quote(d.Name.Name)+")"))
				continue
			}
			set(vars, d.Name.Name, d.Name.Range.Start.Byte, ft.val(d.Value, nil))
		case *Func:
			if fns == nil {
				fns = objNode(nil, ft)
			}
			fn := objNode(d, ft)
			ps := &arm.Node{Kind: arm.KindArray}
			en := env{}
			for _, p := range d.Params {
				pn := objNode(p, ft)
				set(pn, "name", 0, strNode(p.Name.Name, p.Name, ft))
				set(pn, "type", 0, strNode(typeName(p.Type, nil), p.Type, ft))
				ps.Elems = append(ps.Elems, pn)
				en[p.Name.Name] = "parameters(" + quote(p.Name.Name) + ")"
			}
			set(fn, "parameters", 0, ps)
			out := objNode(d.Body, ft)
			set(out, "type", 0, strNode(typeName(d.Result, nil), d.Result, ft))
			set(out, "value", 0, ft.val(d.Body, en))
			set(fn, "output", 0, out)
			set(fns, d.Name.Name, d.Name.Range.Start.Byte, fn)
		case *Output:
			o := objNode(d, ft)
			set(o, "type", 0, strNode(typeName(d.Type, d.Decorators), d.Type, ft))
			if fr, ok := d.Value.(*For); ok {
				c := ft.copyEntry("", fr, nil, "copyIndex()")
				set(o, "copy", fr.Range.Start.Byte, c)
			} else {
				set(o, "value", d.Value.Span().Start.Byte, ft.val(d.Value, nil))
			}
			set(outputs, d.Name.Name, d.Name.Range.Start.Byte, o)
		}
	}
	if len(varCopies) > 0 {
		set(vars, "copy", 0, &arm.Node{Kind: arm.KindArray, Elems: varCopies})
	}
	// Resources and modules in declaration order, children after their
	// parents.
	infos := make([]*resInfo, 0, len(ft.res))
	for _, ri := range ft.res {
		infos = append(infos, ri)
	}
	sort.Slice(infos, func(i, j int) bool { return ft.order(infos[i]) < ft.order(infos[j]) })
	for _, ri := range infos {
		var n *arm.Node
		if ri.body == nil {
			// Not a declaration Bicep accepts; the parser reported it.
			continue
		}
		if ri.module != nil {
			n = ft.moduleNode(ri)
		} else {
			n = ft.resourceNode(ri)
		}
		if n != nil {
			set(resources, ri.sym, ri.start(), n)
		}
	}
	set(root, "parameters", 0, params)
	set(root, "variables", 0, vars)
	if fns != nil {
		ns := objNode(nil, ft)
		set(ns, "namespace", 0, strNode("__bicep", nil, ft))
		set(ns, "members", 0, fns)
		set(root, "functions", 0, &arm.Node{Kind: arm.KindArray, Elems: []*arm.Node{ns}})
	}
	set(root, "resources", 0, resources)
	set(root, "outputs", 0, outputs)
	return root
}

func (ri *resInfo) start() int {
	if ri.module != nil {
		return ri.module.Range.Start.Byte
	}
	return ri.decl.Range.Start.Byte
}

func (ft *fileTr) order(ri *resInfo) int { return ri.start() }

// copyEntry is a {name, count, input} loop over fr, whose item and index
// variables are bound with index (an ARM copyIndex expression).
func (ft *fileTr) copyEntry(name string, fr *For, en env, index string) *arm.Node {
	c := objNode(fr, ft)
	if name != "" {
		set(c, "name", 0, strNode(name, nil, ft))
	}
	it := ft.ex(fr.Iterable, en)
	set(c, "count", 0, exprNode("length("+it+")", fr.Iterable, ft))
	inner := ft.loopEnv(fr, en, it, index)
	body := fr.Body
	if _, ok := body.(*If); ok {
		ft.warn(fr, "a filtered loop is not supported here; the value is treated as unknown")
		set(c, "input", 0, exprNode(unknownExpr, body, ft))
		return c
	}
	set(c, "input", 0, ft.val(body, inner))
	return c
}

func (ft *fileTr) loopEnv(fr *For, en env, iterable, index string) env {
	out := env{}
	for k, v := range en {
		out[k] = v
	}
	out[fr.Item.Name] = iterable + "[" + index + "]"
	if fr.Index != nil {
		out[fr.Index.Name] = index
	}
	return out
}

func typeName(t Type, ds []*Decorator) string {
	secure := FindDecorator(ds, "secure") != nil
	name := "object"
	switch x := t.(type) {
	case *TypeRef:
		switch x.Name.Name {
		case "string", "int", "bool", "object", "array":
			name = x.Name.Name
		}
	case *TypeArray, *TypeTuple:
		name = "array"
	case *TypeNullable:
		return typeName(x.Elem, ds)
	case *TypeUnion:
		if len(x.Members) > 0 {
			return typeName(x.Members[0], ds)
		}
	case *TypeLiteral:
		switch x.Value.(type) {
		case *String:
			name = "string"
		case *Int, *Unary:
			name = "int"
		case *Bool:
			name = "bool"
		}
	case *TypeResource:
		name = "string"
	}
	if secure {
		switch name {
		case "string":
			return "securestring"
		case "object":
			return "secureObject"
		}
	}
	return name
}

// unwrapBody returns a declaration's object, its condition and loop.
func unwrapBody(b Expr) (*Object, Expr, *For) {
	var loop *For
	if fr, ok := b.(*For); ok {
		loop = fr
		b = fr.Body
	}
	var cond Expr
	if i, ok := b.(*If); ok {
		cond = i.Cond
		b = i.Body
	}
	o, _ := b.(*Object)
	return o, cond, loop
}

// declare records a resource and its nested children.
func (ft *fileTr) declare(r *Resource, parent *resInfo) {
	typ, version, _ := r.TypeAndVersion()
	body, cond, loop := unwrapBody(r.Body)
	ri := &resInfo{sym: r.Name.Name, decl: r, version: version, existing: r.Existing, body: body, cond: cond, loop: loop}
	if parent != nil {
		ri.sym = parent.sym + "::" + r.Name.Name
		ri.parent = parent
		if !strings.Contains(typ, "/") {
			typ = parent.typ + "/" + typ
		}
		if version == "" {
			ri.version = parent.version
		}
		if loop == nil && parent.loop != nil {
			// A child of a looped parent is deployed once per parent.
			ri.loop = parent.loop
		}
	}
	if c, ok := catalogTypes[strings.ToLower(typ)]; ok {
		typ = c
	}
	ri.typ = typ
	if body != nil {
		if p := body.Property("name"); p != nil {
			ri.nameExpr = p.Value
		}
		if p := body.Property("scope"); p != nil {
			ri.scope = p.Value
		}
	}
	if ri.loop != nil {
		it := ft.ex(ri.loop.Iterable, nil)
		ri.env = ft.loopEnv(ri.loop, nil, it, "copyIndex("+quote(ri.sym)+")")
	}
	ft.res[ri.sym] = ri
	if body == nil {
		return
	}
	for _, it := range body.Items {
		if c, ok := it.(*Resource); ok {
			ft.declare(c, ri)
		}
	}
}

// resolveParents links the resources declared with a parent property.
func (ft *fileTr) parentOf(ri *resInfo) *resInfo {
	if ri.parent != nil || ri.body == nil || ri.module != nil {
		return ri.parent
	}
	p := ri.body.Property("parent")
	if p == nil {
		return nil
	}
	if pr, idx, ok := ft.symRef(p.Value, ri.env); ok && pr.module == nil {
		for x, i := pr, 0; x != nil; x, i = x.parent, i+1 {
			if x == ri || i > maxModuleDepth*4 {
				// A cycle of parents, which Bicep rejects.
				ft.warn(p.Value, "the resource is its own ancestor; its parent is ignored")
				ri.body = ri.body.withoutParent()
				return nil
			}
		}
		ri.parent, ri.parentIdx = pr, idx
		return pr
	}
	return nil
}

func (ft *fileTr) declareModule(m *Module) {
	body, cond, loop := unwrapBody(m.Body)
	ri := &resInfo{sym: m.Name.Name, module: m, typ: "Microsoft.Resources/deployments", version: "2022-09-01", body: body, cond: cond, loop: loop}
	if body != nil {
		if p := body.Property("name"); p != nil {
			ri.nameExpr = p.Value
		}
		if p := body.Property("scope"); p != nil {
			ri.scope = p.Value
		}
	}
	if loop != nil {
		it := ft.ex(loop.Iterable, nil)
		ri.env = ft.loopEnv(loop, nil, it, "copyIndex("+quote(ri.sym)+")")
	}
	ft.res[ri.sym] = ri
}

// nameSegs are the ARM expressions of the resource's name segments under
// en (the parent's first).
func (ft *fileTr) nameSegs(ri *resInfo, en env) []string {
	var segs []string
	if p := ft.parentOf(ri); p != nil {
		if ri.parentIdx != "" {
			segs = ft.nameSegs(p, ft.indexEnv(p, ri.parentIdx))
		} else {
			segs = ft.nameSegs(p, en)
		}
	}
	if ri.nameExpr == nil {
		if ri.module != nil {
			return append(segs, "format('{0}-{1}', "+quote(ri.sym)+", uniqueString("+quote(ri.sym)+", deployment().name))")
		}
		return append(segs, unknownExpr)
	}
	return append(segs, ft.ex(ri.nameExpr, en))
}

func joinSegs(segs []string) string {
	if len(segs) == 1 {
		return segs[0]
	}
	var f strings.Builder
	for i := range segs {
		if i > 0 {
			f.WriteByte('/')
		}
		fmt.Fprintf(&f, "{%d}", i)
	}
	return "format(" + quote(f.String()) + ", " + strings.Join(segs, ", ") + ")"
}

// indexEnv binds the loop variables of ri for its instance idx.
func (ft *fileTr) indexEnv(ri *resInfo, idx string) env {
	if ri.loop == nil {
		return nil
	}
	if idx == "" {
		return ri.env
	}
	it := ft.ex(ri.loop.Iterable, nil)
	return ft.loopEnv(ri.loop, nil, it, idx)
}

func (ft *fileTr) nameText(ri *resInfo, idx string) string {
	return joinSegs(ft.nameSegs(ri, ft.indexEnv(ri, idx)))
}

func (ft *fileTr) idText(ri *resInfo, idx string) string {
	segs := ft.nameSegs(ri, ft.indexEnv(ri, idx))
	args := quote(ri.typ) + ", " + strings.Join(segs, ", ")
	for r := ri; r != nil; r = ft.parentOf(r) {
		if r.scope == nil {
			continue
		}
		if sr, sidx, ok := ft.symRef(r.scope, nil); ok {
			return "extensionResourceId(" + ft.idText(sr, sidx) + ", " + args + ")"
		}
		if c, ok := r.scope.(*Call); ok && isScopeFunc(c) {
			switch strings.ToLower(c.Name.Name) {
			case "resourcegroup":
				// As the compiler writes it.
				switch len(c.Args) {
				case 1:
					return "extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, " + ft.ex(c.Args[0], nil) + "), " + args + ")"
				case 2:
					return "extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', " + ft.ex(c.Args[0], nil) + ", " + ft.ex(c.Args[1], nil) + "), " + args + ")"
				}
			case "subscription":
				return "subscriptionResourceId(" + args + ")"
			case "tenant":
				return "tenantResourceId(" + args + ")"
			}
		}
	}
	switch ft.scope {
	case "subscription":
		return "subscriptionResourceId(" + args + ")"
	case "tenant", "managementGroup":
		return "tenantResourceId(" + args + ")"
	}
	return "resourceId(" + args + ")"
}

func isScopeFunc(c *Call) bool {
	if c.Target != nil {
		if id, ok := c.Target.(*Ident); !ok || id.Name != "az" {
			return false
		}
	}
	switch strings.ToLower(c.Name.Name) {
	case "resourcegroup", "subscription", "tenant", "managementgroup":
		return true
	}
	return false
}

// scopeText is the "<type>/<name>" form the compiler writes for a
// resource's scope.
func (ft *fileTr) scopeText(ri *resInfo, idx string) string {
	segs := ft.nameSegs(ri, ft.indexEnv(ri, idx))
	types := strings.Split(ri.typ, "/")
	if len(types) < 2 {
		return unknownExpr
	}
	var f strings.Builder
	f.WriteString(types[0])
	for i, t := range types[1:] {
		if i >= len(segs) {
			break
		}
		fmt.Fprintf(&f, "/%s/{%d}", t, i)
	}
	return "format(" + quote(f.String()) + ", " + strings.Join(segs, ", ") + ")"
}

func (ft *fileTr) refText(ri *resInfo, idx string) string {
	if idx == "" && (ri.loop == nil) {
		return "reference(" + quote(ri.sym) + ")"
	}
	return "reference(" + ft.idText(ri, idx) + ", " + quote(ri.version) + ")"
}

func (ft *fileTr) refFull(ri *resInfo, idx string) string {
	if idx == "" && ri.loop == nil {
		return "reference(" + quote(ri.sym) + ", " + quote(ri.version) + ", 'full')"
	}
	return "reference(" + ft.idText(ri, idx) + ", " + quote(ri.version) + ", 'full')"
}

// resourceNode is the ARM resource of a declared resource.
func (ft *fileTr) resourceNode(ri *resInfo) *arm.Node {
	r := ri.decl
	n := objNode(r, ft)
	set(n, "type", r.Range.Start.Byte, strNode(ri.typ, r.TypeSpec, ft))
	set(n, "apiVersion", 0, strNode(ri.version, r.TypeSpec, ft))
	en := ri.env
	if ri.loop != nil {
		c := objNode(ri.loop, ft)
		set(c, "name", 0, strNode(ri.sym, nil, ft))
		set(c, "count", 0, exprNode("length("+ft.ex(ri.loop.Iterable, nil)+")", ri.loop.Iterable, ft))
		if d := FindDecorator(r.Decorators, "batchSize"); d != nil && len(d.Args()) == 1 {
			set(c, "mode", 0, strNode("serial", d, ft))
			set(c, "batchSize", 0, ft.val(d.Args()[0], nil))
		}
		set(n, "copy", 0, c)
	}
	if ri.existing {
		set(n, "existing", 0, &arm.Node{Kind: arm.KindBool, Bool: true, Start: r.Range.Start.Byte, End: r.TypeSpec.Range.End.Byte})
	}
	var conds []string
	for p := ri; p != nil; p = p.parent {
		if p.cond != nil {
			conds = append(conds, ft.ex(p.cond, en))
		}
	}
	if len(conds) == 1 {
		set(n, "condition", 0, exprNode(conds[0], ri.cond, ft))
	} else if len(conds) > 1 {
		set(n, "condition", 0, exprNode("and("+strings.Join(conds, ", ")+")", r, ft))
	}
	if ri.body == nil {
		return n
	}
	if ft.parentOf(ri) != nil && ri.nameExpr != nil {
		set(n, "name", ri.nameExpr.Span().Start.Byte, exprNode(ft.nameText(ri, ""), ri.nameExpr, ft))
	}
	if ri.scope != nil {
		if sr, sidx, ok := ft.symRef(ri.scope, en); ok {
			set(n, "scope", ri.scope.Span().Start.Byte, exprNode(ft.scopeText(sr, sidx), ri.scope, ft))
		} else if c, ok := ri.scope.(*Call); ok && isScopeFunc(c) {
			if strings.EqualFold(c.Name.Name, "resourceGroup") && len(c.Args) > 0 {
				set(n, "resourceGroup", 0, ft.val(c.Args[len(c.Args)-1], en))
				if len(c.Args) == 2 {
					set(n, "subscriptionId", 0, ft.val(c.Args[0], en))
				}
			}
		} else {
			set(n, "scope", ri.scope.Span().Start.Byte, ft.val(ri.scope, en))
		}
	}
	ft.members(n, ri.body.Items, en, func(k string) bool {
		switch k {
		case "parent", "scope", "dependsOn":
			return true
		case "name":
			return ft.parentOf(ri) != nil
		}
		return false
	})
	return n
}

// moduleNode is the deployment of a module.
func (ft *fileTr) moduleNode(ri *resInfo) *arm.Node {
	m := ri.module
	n := objNode(m, ft)
	set(n, "type", m.Range.Start.Byte, strNode(ri.typ, m.Path, ft))
	set(n, "apiVersion", 0, strNode(ri.version, m.Path, ft))
	en := ri.env
	if ri.nameExpr != nil {
		set(n, "name", ri.nameExpr.Span().Start.Byte, ft.val(ri.nameExpr, en))
	} else {
		set(n, "name", 0, exprNode(ft.nameText(ri, ""), m.Name, ft))
	}
	if ri.loop != nil {
		c := objNode(ri.loop, ft)
		set(c, "name", 0, strNode(ri.sym, nil, ft))
		set(c, "count", 0, exprNode("length("+ft.ex(ri.loop.Iterable, nil)+")", ri.loop.Iterable, ft))
		set(n, "copy", 0, c)
	}
	if ri.cond != nil {
		set(n, "condition", 0, exprNode(ft.ex(ri.cond, en), ri.cond, ft))
	}
	tmpl, moduleScope := ft.moduleTemplate(m)
	rgScoped := false
	if ri.scope != nil {
		if c, ok := ri.scope.(*Call); ok && isScopeFunc(c) {
			switch strings.ToLower(c.Name.Name) {
			case "resourcegroup":
				if len(c.Args) > 0 {
					rgScoped = true
					if len(c.Args) == 2 {
						set(n, "subscriptionId", 0, ft.val(c.Args[0], en))
					}
					set(n, "resourceGroup", 0, ft.val(c.Args[len(c.Args)-1], en))
				}
			case "subscription":
				if len(c.Args) > 0 {
					set(n, "subscriptionId", 0, ft.val(c.Args[0], en))
				}
			case "managementgroup":
				if len(c.Args) > 0 {
					set(n, "scope", 0, exprNode("format('Microsoft.Management/managementGroups/{0}', "+ft.ex(c.Args[0], en)+")", c, ft))
				}
			}
		} else if sr, sidx, ok := ft.symRef(ri.scope, en); ok && strings.EqualFold(sr.typ, "Microsoft.Resources/resourceGroups") {
			rgScoped = true
			set(n, "resourceGroup", 0, exprNode(ft.nameText(sr, sidx), ri.scope, ft))
		}
	}
	if !rgScoped && moduleScope != "" && moduleScope != "resourceGroup" {
		set(n, "location", 0, exprNode("deployment().location", m.Name, ft))
	}
	props := objNode(ri.body, ft)
	eo := objNode(nil, ft)
	set(eo, "scope", 0, strNode("inner", nil, ft))
	set(props, "expressionEvaluationOptions", 0, eo)
	set(props, "mode", 0, strNode("Incremental", nil, ft))
	params := objNode(nil, ft)
	if ri.body != nil {
		if p := ri.body.Property("params"); p != nil {
			params = objNode(p.Value, ft)
			if o, ok := p.Value.(*Object); ok {
				for _, it := range o.Items {
					pp, ok := it.(*Property)
					if !ok {
						continue
					}
					k, ok := pp.Name()
					if !ok {
						continue
					}
					w := objNode(pp, ft)
					ft.members(w, []ObjectItem{&Property{node: pp.node, Key: &Ident{node: pp.node, Name: "value"}, Value: pp.Value}}, en, nil)
					set(params, k, pp.Key.Span().Start.Byte, w)
				}
			}
		}
	}
	set(props, "parameters", 0, params)
	if tmpl != nil {
		set(props, "template", 0, tmpl)
	}
	set(n, "properties", 0, props)
	return n
}

// moduleTemplate translates the file a module names; nil for a registry
// module or one that cannot be read.
func (ft *fileTr) moduleTemplate(m *Module) (*arm.Node, string) {
	rel, ok := m.Path.Value()
	if !ok {
		ft.warn(m.Path, "the module path must be a literal string")
		return nil, ""
	}
	if strings.HasPrefix(rel, "br:") || strings.HasPrefix(rel, "br/") || strings.HasPrefix(rel, "ts:") || strings.HasPrefix(rel, "ts/") {
		ft.note(m.Path, "registry module %s is not fetched: its resources are not scanned and its outputs are unknown", quote(rel))
		return nil, ""
	}
	target := path.Join(path.Dir(ft.name), rel)
	if strings.HasPrefix(target, "../") || target == ".." {
		ft.note(m.Path, "module %s lies outside the scanned directory; its resources are not scanned", quote(rel))
		return nil, ""
	}
	for _, open := range ft.t.stack {
		if open == target {
			ft.warn(m.Path, "module %s calls back into %s, which is being translated; the cycle is not followed", quote(rel), open)
			return nil, ""
		}
	}
	if len(ft.t.stack) >= maxModuleDepth {
		ft.warn(m.Path, "modules nested more than %d deep; the inner resources are not scanned", maxModuleDepth)
		return nil, ""
	}
	if c, ok := ft.t.modules[target]; ok {
		// A template does not depend on its call: one translation serves
		// every call, as the same inline template serves every copy of a
		// looped deployment.
		return c.root, c.scope
	}
	root, scope := ft.readModule(m, rel, target)
	if ft.t.modules == nil {
		ft.t.modules = map[string]moduleTemplate{}
	}
	ft.t.modules[target] = moduleTemplate{root, scope}
	return root, scope
}

// moduleTemplate is a module file's translation.
type moduleTemplate struct {
	root  *arm.Node
	scope string
}

func (ft *fileTr) readModule(m *Module, rel, target string) (*arm.Node, string) {
	b, err := ft.t.src.ReadFile(target)
	if err != nil {
		ft.note(m.Path, "module %s cannot be read (%v); its resources are not scanned", quote(rel), err)
		return nil, ""
	}
	if strings.HasSuffix(strings.ToLower(target), ".json") {
		root, err := arm.ParseJSON(b)
		if err != nil || root.Kind != arm.KindObject {
			ft.warn(m.Path, "module %s is not a valid ARM template; its resources are not scanned", quote(rel))
			return nil, ""
		}
		ft.t.nested[root] = arm.TreeFile{Name: target, Content: b}
		return root, ""
	}
	mf, diags := Parse(target, b)
	bad := false
	for _, d := range diags {
		if d.Severity == parser.DiagError {
			ft.t.diags = append(ft.t.diags, d)
			bad = true
		}
	}
	if mf == nil || bad {
		// A module read only in part could lack what it declares: its
		// resources are not scanned rather than judged on half a body.
		ft.note(m.Path, "module %s does not parse; its resources are not scanned", quote(rel))
		return nil, ""
	}
	ft.t.suppressions = append(ft.t.suppressions, suppressions(mf)...)
	sub := &fileTr{t: ft.t, name: target, content: b, f: mf,
		params: map[string]bool{}, vars: map[string]bool{}, funcs: map[string]bool{}, res: map[string]*resInfo{}, scope: "resourceGroup"}
	ft.t.stack = append(ft.t.stack, target)
	root := sub.template()
	ft.t.stack = ft.t.stack[:len(ft.t.stack)-1]
	ft.t.nested[root] = arm.TreeFile{Name: target, Content: b}
	return root, sub.scope
}

// members appends the properties of a Bicep object to an ARM object:
// loops become property copies, nested resources are left out.
func (ft *fileTr) members(o *arm.Node, items []ObjectItem, en env, skip func(string) bool) {
	var copies []*arm.Node
	for _, it := range items {
		p, ok := it.(*Property)
		if !ok {
			continue
		}
		k, ok := p.Name()
		if !ok {
			// As the compiler writes it: the key is an expression, which
			// the ARM evaluator keeps as written.
			k = "[" + ft.ex(p.Key, en) + "]"
		}
		if skip != nil && skip(k) {
			continue
		}
		if fr, ok := p.Value.(*For); ok {
			copies = append(copies, ft.copyEntry(k, fr, en, "copyIndex("+quote(k)+")"))
			continue
		}
		set(o, k, p.Key.Span().Start.Byte, ft.val(p.Value, en))
	}
	if len(copies) > 0 {
		set(o, "copy", 0, &arm.Node{Kind: arm.KindArray, Elems: copies})
	}
}

// val translates a value: literals stay JSON, the rest is an expression.
func (ft *fileTr) val(e Expr, en env) *arm.Node {
	switch x := e.(type) {
	case *String:
		if v, ok := x.Value(); ok {
			return litNode(v, x, ft)
		}
	case *Int:
		if v, ok := x.Value(); ok && v <= 1<<63-1 {
			a, b := ft.span(x)
			return &arm.Node{Kind: arm.KindNumber, Num: int64(v), Start: a, End: b}
		}
	case *Unary:
		if i, ok := x.X.(*Int); ok && x.Op == "-" {
			if v, ok := i.Value(); ok && v <= 1<<63 {
				a, b := ft.span(x)
				return &arm.Node{Kind: arm.KindNumber, Num: -int64(v), Start: a, End: b}
			}
		}
	case *Bool:
		a, b := ft.span(x)
		return &arm.Node{Kind: arm.KindBool, Bool: x.Value, Start: a, End: b}
	case *Null:
		a, b := ft.span(x)
		return &arm.Node{Kind: arm.KindNull, Start: a, End: b}
	case *Paren:
		return ft.val(x.X, en)
	case *Object:
		if !hasSpread(x.Items) {
			o := objNode(x, ft)
			ft.members(o, x.Items, en, nil)
			return o
		}
	case *Array:
		plainItems := true
		for _, it := range x.Items {
			if _, ok := it.(*Spread); ok {
				plainItems = false
			}
		}
		if plainItems {
			a, b := ft.span(x)
			n := &arm.Node{Kind: arm.KindArray, Start: a, End: b}
			for _, it := range x.Items {
				n.Elems = append(n.Elems, ft.val(it, en))
			}
			return n
		}
	}
	return exprNode(ft.ex(e, en), e, ft)
}

func hasSpread(items []ObjectItem) bool {
	for _, it := range items {
		if _, ok := it.(*Spread); ok {
			return true
		}
	}
	return false
}

func cleanPath(p string) string { return path.Clean(p) }

// withoutParent returns o without its parent property.
func (o *Object) withoutParent() *Object {
	c := *o
	c.Items = nil
	for _, it := range o.Items {
		if p, ok := it.(*Property); ok {
			if k, _ := p.Name(); k == "parent" {
				continue
			}
		}
		c.Items = append(c.Items, it)
	}
	return &c
}

// declareNames records the file's parameters, variables, functions and
// imports.
func (ft *fileTr) declareNames() {
	ft.varDecls, ft.funcDecls = map[string]*Var{}, map[string]*Func{}
	ft.imported, ft.wildcards = map[string]importRef{}, map[string]*fileTr{}
	for _, s := range ft.f.Statements {
		switch d := s.(type) {
		case *Param:
			ft.params[d.Name.Name] = true
		case *Var:
			ft.vars[d.Name.Name] = true
			ft.varDecls[d.Name.Name] = d
		case *Func:
			ft.funcs[d.Name.Name] = true
			ft.funcDecls[d.Name.Name] = d
		case *Import:
			ft.importFrom(d)
		}
	}
}

// importFrom reads the file of an import declaration.
func (ft *fileTr) importFrom(d *Import) {
	if d.From == nil {
		return
	}
	rel, ok := d.From.Value()
	if !ok || strings.Contains(rel, ":") {
		// Registry files are not fetched; what they export is unknown.
		return
	}
	from := ft.t.exporter(ft, d.From, path.Join(path.Dir(ft.name), rel))
	if from == nil {
		return
	}
	if d.Wildcard && d.Alias != nil {
		ft.wildcards[d.Alias.Name] = from
		return
	}
	for _, sym := range d.Symbols {
		var name string
		switch n := sym.Name.(type) {
		case *Ident:
			name = n.Name
		case *String:
			name, _ = n.Value()
		}
		local := name
		if sym.Alias != nil {
			local = sym.Alias.Name
		}
		if name != "" {
			ft.imported[local] = importRef{from, name}
		}
	}
}

// exporter returns the file read for its exports, nil when it cannot be
// read, does not parse or imports back into a file being read.
func (t *translator) exporter(by *fileTr, at Node, target string) *fileTr {
	if f, ok := t.exporters[target]; ok {
		return f
	}
	if t.exporters == nil {
		t.exporters = map[string]*fileTr{}
	}
	for _, open := range t.stack {
		if open == target {
			by.warn(at, "%s imports back into %s, which is being read; the cycle is not followed", quote(target), open)
			return nil
		}
	}
	t.exporters[target] = nil
	if len(t.stack) >= maxModuleDepth {
		return nil
	}
	b, err := t.src.ReadFile(target)
	if err != nil {
		by.note(at, "%s cannot be read (%v); what it exports is unknown", quote(target), err)
		return nil
	}
	f, diags := Parse(target, b)
	if f == nil || hasError(diags) {
		by.note(at, "%s does not parse; what it exports is unknown", quote(target))
		return nil
	}
	ex := &fileTr{t: t, name: target, content: b, f: f, inline: true,
		params: map[string]bool{}, vars: map[string]bool{}, funcs: map[string]bool{}, res: map[string]*resInfo{}, scope: "resourceGroup"}
	t.stack = append(t.stack, target)
	ex.declareNames()
	t.stack = t.stack[:len(t.stack)-1]
	t.exporters[target] = ex
	return ex
}

// inlineVar is the ARM text of an exported variable.
func (ft *fileTr) inlineVar(name string) string {
	d := ft.varDecls[name]
	if d == nil {
		return unknownExpr
	}
	return ft.ex(d.Value, nil)
}

// inlineFunc is the ARM text of a call to an exported function.
func (ft *fileTr) inlineFunc(name string, args []string) string {
	d := ft.funcDecls[name]
	if d == nil || len(d.Params) != len(args) {
		return unknownExpr
	}
	en := env{}
	for i, p := range d.Params {
		en[p.Name.Name] = args[i]
	}
	return ft.ex(d.Body, en)
}
