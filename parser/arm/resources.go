package arm

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// instance is one resource the template deploys (or, when existing,
// merely refers to): one iteration of a copy loop, after conditions.
type instance struct {
	s        *scope
	node     *Node
	loops    []loop
	typ      string
	name     string // evaluated full name, or the expression text
	known    bool   // whether name is fully evaluated
	symbol   string
	existing bool
	parent   *instance
	inner    *scope // the template of a nested or linked deployment
	body     any
	bodyDone uint8
}

func (in *instance) id() string { return in.typ + "/" + in.name }

// lastNameSegment is the resource's own name: the part of a child's full
// name after the last slash. A slash inside an unevaluated expression
// ("[format('{0}/{1}', …)]") does not separate segments, so a name that
// could not be evaluated is kept whole rather than cut in the middle of
// its expression.
func lastNameSegment(name string) string {
	depth, quoted, cut := 0, false, 0
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case quoted:
			if c == '\'' {
				quoted = false
			}
		case c == '\'' && depth > 0:
			quoted = true
		case c == '[' || c == '(':
			depth++
		case c == ']' || c == ')':
			if depth > 0 {
				depth--
			}
		case c == '/' && depth == 0:
			cut = i + 1
		}
	}
	return name[cut:]
}

// armID is the resource id Azure would give the instance, with the
// placeholder subscription and resource group of package expr.
func (in *instance) armID() string {
	if !in.known {
		return ""
	}
	segs := strings.Split(in.typ, "/")
	names := strings.Split(in.name, "/")
	if len(segs) < 2 || len(names) != len(segs)-1 {
		return ""
	}
	var b strings.Builder
	b.WriteString("/subscriptions/" + expr.SubscriptionID + "/resourceGroups/" + expr.ResourceGroupName + "/providers/" + segs[0])
	for i, t := range segs[1:] {
		b.WriteString("/" + t + "/" + names[i])
	}
	return b.String()
}

// readFile reads and parses a template or parameter file (what says
// which, for messages). Failures are remembered, so a file that a copy
// loop links to 800 times is read, and reported, once.
func (st *state) readFile(name, what string) (*file, error) {
	if f, ok := st.files[name]; ok {
		return f, nil
	}
	if err, ok := st.failed[name]; ok {
		return nil, err
	}
	f, err := st.parseFile(name, what)
	if err != nil {
		st.failed[name] = err
		return nil, err
	}
	st.files[name] = f
	return f, nil
}

func (st *state) parseFile(name, what string) (*file, error) {
	b, err := st.src.ReadFile(name)
	if err != nil {
		return nil, err
	}
	f := &file{name: name, src: b, lines: parser.NewLineIndex(b)}
	root, err := ParseJSON(b)
	if err != nil {
		var se *SyntaxError
		if errors.As(err, &se) {
			st.diag(parser.Errorf(f.rng(se.Offset, se.Offset), "invalid JSON: %s; the file was not scanned", se.Msg))
			return nil, errReported
		}
		return nil, err
	}
	if root.Kind != KindObject {
		st.diag(parser.Errorf(f.nodeRange(root), "a %s must be a JSON object, not %s; the file was not scanned", what, kindName(root.Kind)))
		return nil, errReported
	}
	f.root = root
	return f, nil
}

func kindName(k Kind) string {
	switch k {
	case KindArray:
		return "an array"
	case KindString:
		return "a string"
	case KindNumber:
		return "a number"
	case KindBool:
		return "a boolean"
	case KindNull:
		return "null"
	}
	return "an object"
}

var errReported = errors.New("reported")

// decodeTemplate evaluates one template file with its parameter files.
func (d *decoder) decodeTemplate(ctx context.Context, src *parser.Source, name string) ([]parser.Resource, []parser.Diagnostic) {
	st := newState(ctx, src, name)
	rs := st.run(name, d.opts.ParameterFiles)
	return withSuppressions(rs), st.diagnostics()
}

// run evaluates the unit's template and returns its resources; nil when
// the unit was abandoned.
func (st *state) run(name string, parameterFiles []string) []parser.Resource {
	f, err := st.readFile(name, "template")
	if err != nil {
		if !errors.Is(err, errReported) {
			st.diag(parser.Errorf(parser.Range{File: name}, "cannot read template: %v", err))
		}
		return nil
	}
	supplied := map[string]suppliedValue{}
	if beside := besideParameterFile(name); beside != name {
		// The conventional file is optional: only its absence is silent.
		if _, err := fs.Stat(st.src, beside); err == nil || !errors.Is(err, fs.ErrNotExist) {
			st.readParameters(beside, supplied)
		}
	}
	for _, pf := range parameterFiles {
		st.readParameters(pf, supplied)
	}
	st.linking = []string{name}
	s := newScope(st, f, f.root, supplied, "")
	s.collect(f.root.Get("resources"), nil, nil, 0)
	if st.stopped {
		return nil
	}
	rs := st.emit()
	if st.stopped {
		return nil
	}
	return rs
}

// readParameters adds the values of a parameter file to supplied.
func (st *state) readParameters(name string, supplied map[string]suppliedValue) {
	f, err := st.readFile(name, "parameter file")
	if err != nil {
		if !errors.Is(err, errReported) {
			st.diag(parser.Errorf(parser.Range{File: name}, "cannot read parameter file: %v; its values are not used", err))
		}
		return
	}
	ps := f.root.Get("parameters")
	if ps == nil || ps.Kind != KindObject {
		st.diag(parser.Warnf(f.nodeRange(f.root), "parameter file has no \"parameters\" object; its values are ignored"))
		return
	}
	for _, m := range ps.Fields() {
		key := strings.ToLower(m.Key)
		if m.Value.Kind != KindObject {
			st.diag(parser.Warnf(f.nodeRange(m.Value), "the entry of parameter %s must be an object such as {\"value\": ...}; it is ignored", expr.Quote(m.Key)))
			continue
		}
		if v := m.Value.Get("value"); v != nil {
			supplied[key] = suppliedValue{value: plain(v), origins: []parser.Range{f.nodeRange(v)}}
			continue
		}
		// A Key Vault reference: the secret is not readable here.
		supplied[key] = suppliedValue{value: expr.Unknown, origins: []parser.Range{f.nodeRange(m.Value)}}
	}
}

// plain converts JSON to a value without evaluating expressions:
// parameter files hold literal values.
func plain(n *Node) any {
	switch n.Kind {
	case KindString:
		return n.Str
	case KindNumber:
		if n.IsFloat {
			return n.Float
		}
		return n.Num
	case KindBool:
		return n.Bool
	case KindArray:
		out := make([]any, len(n.Elems))
		for i, e := range n.Elems {
			out[i] = plain(e)
		}
		return out
	case KindObject:
		out := make(map[string]any, len(n.Members))
		for _, m := range n.Members {
			out[m.Key] = plain(m.Value)
		}
		return out
	}
	return nil
}

// collect declares the resources of a resources section (an array, or an
// object keyed by symbolic name in languageVersion 2.0).
func (s *scope) collect(list *Node, parent *instance, loops []loop, nesting int) {
	if list == nil {
		return
	}
	type entry struct {
		symbol string
		node   *Node
	}
	var entries []entry
	switch list.Kind {
	case KindArray:
		for _, e := range list.Elems {
			entries = append(entries, entry{"", e})
		}
	case KindObject:
		for _, m := range list.Members {
			entries = append(entries, entry{m.Key, m.Value})
		}
	default:
		s.st.diag(parser.Warnf(s.f.nodeRange(list), "\"resources\" must be an array (or an object of symbolic names with languageVersion 2.0)"))
		return
	}
	for _, e := range entries {
		if s.st.stopped {
			return
		}
		if e.node.Kind != KindObject {
			s.st.diag(parser.Warnf(s.f.nodeRange(e.node), "a resource must be a JSON object"))
			continue
		}
		cp := e.node.Get("copy")
		if cp == nil || cp.Kind != KindObject {
			s.declare(e.node, e.symbol, parent, loops, nesting)
			continue
		}
		s.st.loops = loops
		count, ok := s.copyCount(cp)
		name := cp.Get("name").String()
		if !ok {
			// The count is unknown: one instance stands for them all,
			// with copyIndex() unknown.
			s.declare(e.node, e.symbol, parent, append(loops[:len(loops):len(loops)], loop{name: name}), nesting)
			continue
		}
		for i := int64(0); i < count && !s.st.stopped; i++ {
			s.declare(e.node, e.symbol, parent, append(loops[:len(loops):len(loops)], loop{name: name, index: i, known: true}), nesting)
		}
	}
}

func (s *scope) declare(r *Node, symbol string, parent *instance, loops []loop, nesting int) {
	st := s.st
	if st.stopped {
		return
	}
	if len(st.instances) >= maxInstances {
		at := r
		if cp := r.Get("copy"); cp != nil {
			at = cp
		}
		st.stop(s.f.nodeRange(at), "the template declares more than %d resource instances (copy loops and nested deployments multiply one another)", maxInstances)
		return
	}
	if err := st.goctx.Err(); err != nil {
		st.stop(s.f.nodeRange(r), "%v", err)
		return
	}
	st.loops = loops
	if c := r.Get("condition"); c != nil {
		switch v := s.build(c, nil, nil).(type) {
		case bool:
			if !v {
				return
			}
		default:
			if !expr.IsUnknown(v) {
				st.diag(parser.Warnf(s.f.nodeRange(c), "the condition must be a boolean, not %s; the resource is scanned as if it were deployed", expr.TypeName(v)))
			}
		}
		st.loops = loops
	}
	tn := r.Get("type")
	if tn == nil || tn.Kind != KindString {
		st.diag(parser.Warnf(s.f.nodeRange(r), "resource without a \"type\"; add the resource type, such as Microsoft.Storage/storageAccounts"))
		return
	}
	typ, _ := s.text(tn)
	name, known := "", true
	if nn := r.Get("name"); nn != nil {
		name, known = s.text(nn)
	}
	if parent != nil && !strings.Contains(typ, "/") {
		typ = parent.typ + "/" + typ
		name = parent.name + "/" + name
		known = known && parent.known
	}
	// The @apiVersion suffix symbolic-name templates may carry in type.
	typ, _, _ = strings.Cut(typ, "@")
	existing := false
	if e := r.Get("existing"); e != nil && e.Kind == KindBool {
		existing = e.Bool
	}
	in := &instance{s: s, node: r, loops: loops, typ: typ, name: name, known: known, symbol: symbol, existing: existing, parent: parent}
	st.instances = append(st.instances, in)
	if symbol != "" {
		s.symbols[strings.ToLower(symbol)] = append(s.symbols[strings.ToLower(symbol)], in)
	}
	if strings.EqualFold(typ, "Microsoft.Resources/deployments") && !existing {
		s.nested(in, nesting)
	}
	st.loops = loops
	s.collect(r.Get("resources"), in, loops, nesting)
}

// text evaluates a string that must come out as text (a type, a name).
// An unknown value keeps its expression text, as the model contract asks.
func (s *scope) text(n *Node) (string, bool) {
	if n.Kind != KindString {
		return string(s.f.src[n.Start:n.End]), false
	}
	v, _ := s.evalString(n)
	switch v := v.(type) {
	case string:
		return v, true
	case int64:
		return fmt.Sprint(v), true
	}
	return n.Str, false
}

// nested evaluates the template of a nested (inline) or linked
// deployment.
func (s *scope) nested(in *instance, nesting int) {
	st := s.st
	props := in.node.Get("properties")
	tmpl := props.Get("template")
	f := s.f
	if of := st.owners[tmpl]; of != nil && tmpl != nil {
		f = of
	}
	inner := strings.EqualFold(props.Get("expressionEvaluationOptions").Get("scope").String(), "inner")
	if tmpl == nil {
		link := props.Get("templateLink")
		if link == nil {
			if st.translated {
				// The translator reported why (a registry module, a
				// module file it could not read).
				return
			}
			st.diag(parser.Notef(s.f.nodeRange(in.node), "this deployment has neither a template nor a templateLink; it deploys nothing posture can scan"))
			return
		}
		lf, ok := s.linkedTemplate(link)
		if !ok {
			return
		}
		f, tmpl, inner = lf, lf.root, true
		st.linking = append(st.linking, lf.name)
		defer func() { st.linking = st.linking[:len(st.linking)-1] }()
	}
	if tmpl.Kind != KindObject {
		return
	}
	if nesting >= maxNested {
		st.diag(parser.Warnf(f.nodeRange(tmpl), "deployments nested more than %d deep; the inner resources are not scanned", maxNested))
		return
	}
	var child *scope
	if inner {
		supplied := map[string]suppliedValue{}
		if pl := props.Get("parametersLink"); pl != nil {
			s.linkedParameters(pl, tmpl, supplied)
		}
		if ps := props.Get("parameters"); ps != nil {
			for _, m := range ps.Fields() {
				v := m.Value.Get("value")
				if v == nil {
					supplied[strings.ToLower(m.Key)] = suppliedValue{value: expr.Unknown}
					continue
				}
				st.loops = in.loops
				var col []parser.Range
				st.origins = &col
				val := s.build(v, nil, nil)
				st.origins = nil
				supplied[strings.ToLower(m.Key)] = suppliedValue{value: val, origins: append([]parser.Range{s.f.nodeRange(v)}, col...)}
			}
		}
		child = newScope(st, f, tmpl, supplied, s.generator)
		in.inner = child
		child.collect(tmpl.Get("resources"), nil, nil, nesting+1)
		return
	}
	child = s.outerScope(tmpl)
	in.inner = child
	child.collect(tmpl.Get("resources"), nil, in.loops, nesting+1)
}

// find returns the instance a reference() argument names: a symbolic
// name, a resource id, or (in languageVersion 1.0) a resource name.
func (s *scope) find(target string) *instance {
	if ins := s.symbols[strings.ToLower(target)]; len(ins) > 0 {
		return ins[0]
	}
	// An index, brought up to date with the instances declared since the
	// last call, rather than a scan: a template with thousands of
	// instances that each call reference() would otherwise take
	// quadratic time.
	st := s.st
	for ; st.indexed < len(st.instances); st.indexed++ {
		in := st.instances[st.indexed]
		keys := st.index[in.s.tmpl]
		if keys == nil {
			keys = map[string]*instance{}
			st.index[in.s.tmpl] = keys
		}
		// The first instance declared under a key wins, as a scan would.
		if k := strings.ToLower(in.armID()); keys[k] == nil {
			keys[k] = in
		}
		if in.known {
			if k := strings.ToLower(in.name); keys[k] == nil {
				keys[k] = in
			}
		}
	}
	return st.index[s.tmpl][strings.ToLower(target)]
}

func (s *scope) reference(_ *expr.Context, a []any) (any, error) {
	target, ok := a[0].(string)
	if !ok {
		return expr.Unknown, nil
	}
	in := s.find(target)
	if in == nil {
		return expr.Unknown, nil
	}
	full := len(a) == 3 && strings.EqualFold(fmt.Sprint(a[2]), "full")
	body := in.evalBody()
	m, ok := body.(map[string]any)
	if !ok {
		return expr.Unknown, nil
	}
	if in.inner != nil {
		return map[string]any{"outputs": in.inner.evalOutputs()}, nil
	}
	if full {
		return m, nil
	}
	if p, ok := expr.Get(m, "properties"); ok {
		return p, nil
	}
	return expr.Unknown, nil
}

// evalBody evaluates the declared body of an instance, for reference().
func (in *instance) evalBody() any {
	st := in.s.st
	if in.bodyDone == 1 || !st.enter() {
		return expr.Unknown
	}
	defer st.leave()
	if in.bodyDone == 2 {
		return in.body
	}
	in.bodyDone = 1
	restore := st.isolate(in.loops)
	in.body = in.s.buildBody(in, nil)
	restore()
	in.bodyDone = 2
	return in.body
}

// evalOutputs evaluates the outputs of a deployment's template.
func (s *scope) evalOutputs() any {
	if s.outState == 1 {
		return expr.Unknown
	}
	if s.outState == 2 {
		return s.outputs
	}
	s.outState = 1
	restore := s.st.isolate(nil)
	out := map[string]any{}
	for _, m := range s.tmpl.Get("outputs").Fields() {
		var v any
		if cp := m.Value.Get("copy"); cp != nil {
			v = s.copyArray(cp, nil, nil)
		} else if vn := m.Value.Get("value"); vn != nil {
			v = s.build(vn, nil, nil)
		} else {
			v = expr.Unknown
		}
		out[m.Key] = map[string]any{"type": m.Value.Get("type").String(), "value": v}
	}
	restore()
	s.outputs, s.outState = out, 2
	return out
}

// excluded are the members of a resource that describe the deployment,
// not the resource.
var excluded = map[string]bool{
	"type": true, "resources": true, "copy": true, "condition": true,
	"dependson": true, "comments": true, "existing": true,
}

// buildBody evaluates the resource body minus the deployment members.
// The template of a nested deployment is left out: its resources are
// emitted on their own, in their own scope.
func (s *scope) buildBody(in *instance, rb *builder) any {
	out := map[string]any{}
	for _, m := range in.node.Members {
		if excluded[strings.ToLower(m.Key)] {
			continue
		}
		p := parser.Path{m.Key}
		var v any
		if in.inner != nil && strings.EqualFold(m.Key, "properties") && m.Value.Kind == KindObject {
			if rb != nil {
				rb.ranges.Set(p, s.f.nodeRange(m.Value))
			}
			props := map[string]any{}
			for _, pm := range m.Value.Members {
				if strings.EqualFold(pm.Key, "template") {
					continue
				}
				pv := s.build(pm.Value, p.Key(pm.Key), rb)
				if !expr.IsUnknown(pv) || rb == nil {
					props[pm.Key] = pv
				}
			}
			v = props
		} else {
			v = s.build(m.Value, p, rb)
		}
		if rb != nil && expr.IsUnknown(v) {
			continue
		}
		out[m.Key] = v
	}
	return out
}

// emit turns the declared instances into resources and resolves the
// references between them.
func (st *state) emit() []parser.Resource {
	var out []parser.Resource
	byARM := map[string]string{}
	byID := map[string]string{}
	bySymbol := map[string]string{}
	used := map[string]int{}
	var names []string
	var symbolic [][]symbolicRef
	for _, in := range st.instances {
		if in.existing {
			continue
		}
		s := in.s
		if st.stopped {
			return nil
		}
		rb := &builder{st: st, f: s.f, ranges: parser.RangeTable{}, origins: map[string][]parser.Range{}}
		restore := st.isolate(in.loops)
		props, _ := s.buildBody(in, rb).(map[string]any)
		restore()
		if in.parent != nil && in.known {
			// A nested child declares only its last name segment; Azure
			// deploys (and policies see) the full name.
			props["name"] = in.name
		}
		id := in.id()
		if n := used[strings.ToLower(id)]; n > 0 {
			// Two instances with one name (an unknown copy name, or a
			// template error): keep both, distinguishable.
			id = fmt.Sprintf("%s#%d", id, n+1)
		}
		used[strings.ToLower(in.id())]++
		r := parser.Resource{
			ID:         id,
			Type:       in.typ,
			Name:       lastNameSegment(in.name),
			Provider:   parser.Azure,
			Format:     parser.ARM,
			Properties: props,
			Unknown:    rb.unknown,
			Ranges:     rb.ranges,
			Range:      s.f.nodeRange(in.node),
		}
		if tn := in.node.Get("type"); tn != nil {
			for _, m := range in.node.Members {
				if m.Value == tn {
					r.Header = s.f.rng(m.KeyStart, tn.End)
				}
			}
		}
		if len(rb.origins) > 0 {
			r.Origins = rb.origins
		}
		if s.generator != "" {
			r.Meta = map[string]string{"generator": s.generator}
		}
		if arm := in.armID(); arm != "" {
			byARM[strings.ToLower(arm)] = r.ID
		}
		byID[strings.ToLower(in.id())] = r.ID
		if key, ok := nameKey(in); ok {
			bySymbol[key] = r.ID
		}
		out = append(out, r)
		names = append(names, in.name)
		symbolic = append(symbolic, rb.symbolic)
	}
	for i := range out {
		out[i].Refs = findRefs(&out[i], names[i], byARM, byID)
		for _, sr := range symbolic[i] {
			if target, ok := bySymbol[sr.key]; ok && target != out[i].ID {
				out[i].Refs = append(out[i].Refs, parser.Ref{Path: sr.path, Target: target, Attribute: "id"})
			}
		}
	}
	return out
}

// findRefs lists the string properties of r whose value is the id of
// another resource of the template, and r's parent.
func findRefs(r *parser.Resource, fullName string, byARM, byID map[string]string) []parser.Ref {
	var refs []parser.Ref
	if n := strings.Count(r.Type, "/"); n >= 2 {
		parentType := r.Type[:strings.LastIndexByte(r.Type, '/')]
		if i := strings.LastIndexByte(fullName, '/'); i > 0 {
			if target, ok := byID[strings.ToLower(parentType+"/"+fullName[:i])]; ok {
				refs = append(refs, parser.Ref{Path: parser.Path{"name"}, Target: target, Attribute: "name"})
			}
		}
	}
	var walk func(v any, p parser.Path, depth int)
	walk = func(v any, p parser.Path, depth int) {
		if depth > 64 {
			return
		}
		switch x := v.(type) {
		case string:
			if target := resolveID(x, byARM, byID); target != "" && target != r.ID {
				refs = append(refs, parser.Ref{Path: p, Target: target, Attribute: "id"})
			}
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(x[k], p.Key(k), depth+1)
			}
		case []any:
			for i, e := range x {
				walk(e, p.Key(i), depth+1)
			}
		}
	}
	walk(r.Properties, nil, 0)
	return refs
}

// resolveID maps a resource id (or an id below a declared resource, such
// as a subnet of a declared network) or a "<type>/<name>" scope string to
// the ID of the declared resource.
func resolveID(s string, byARM, byID map[string]string) string {
	if len(s) < 10 || len(s) > 2048 {
		return ""
	}
	lower := strings.ToLower(s)
	if lower[0] != '/' {
		return byID[lower]
	}
	for id := lower; strings.Count(id, "/") > 4; {
		if t, ok := byARM[id]; ok {
			return t
		}
		// Drop one type/name pair and try the enclosing resource.
		i := strings.LastIndexByte(id, '/')
		j := strings.LastIndexByte(id[:i], '/')
		if j <= 0 {
			break
		}
		id = id[:j]
	}
	return ""
}
