package arm

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// Limits on what one template may ask for.
const (
	// maxCopy is ARM's own limit on the count of a copy loop.
	maxCopy = 800
	// maxNested bounds nested and linked deployments.
	maxNested = 16
	// maxEvalDepth bounds the chain of variables, parameter defaults,
	// user-defined functions and reference() evaluations that may be in
	// progress at once.
	maxEvalDepth = 128
	// maxInstances bounds the resource instances one template unit may
	// declare, its nested and linked deployments included: copy loops in
	// nested deployments multiply (800 × 800 × ...), so ARM's per-loop
	// limit bounds nothing. The largest template of the shared corpus
	// declares 339.
	maxInstances = 10_000
	// maxValues bounds the JSON values one unit evaluates: every property
	// of every instance, every element of a property or variable copy
	// loop, every parameter default and variable, every element of an
	// expression's result that reaches a resource. The largest template
	// of the shared corpus evaluates about 6,300; each value costs a few
	// hundred bytes of model and ranges.
	maxValues = 250_000
	// maxDiagnostics bounds what one unit reports: a copy loop can repeat
	// one mistake with a different message each time.
	maxDiagnostics = 100
)

// file is one JSON file read for a unit.
type file struct {
	name  string
	src   []byte
	lines *parser.LineIndex
	root  *Node
}

func (f *file) rng(start, end int) parser.Range {
	return parser.Range{File: f.name, Start: f.lines.Pos(start), End: f.lines.Pos(end)}
}

func (f *file) nodeRange(n *Node) parser.Range { return f.rng(n.Start, n.End) }

// loop is one copy loop in progress.
type loop struct {
	name  string
	index int64
	known bool
}

// state is shared by all scopes of one template unit. Its budgets (the
// expression Context's steps and bytes, instances, values) are shared by
// every nesting level, so nested deployments and copy loops cannot
// multiply them. When one runs out, or the unit's context ends, the unit
// is abandoned: evaluation stops and none of its resources are reported,
// because what was built so far was evaluated against a template only
// partly expanded (missing instances, outputs, references), and a
// resource missing half its facts could pass or fail policies falsely.
type state struct {
	goctx     context.Context
	unit      string // the template file the unit was started from
	src       *parser.Source
	ctx       *expr.Context
	diags     []parser.Diagnostic
	dropped   int
	seen      map[string]bool
	parsed    map[*Node]expr.Expr
	files     map[string]*file
	failed    map[string]error
	linking   []string
	loops     []loop
	fnArgs    []map[string]any
	origins   *[]parser.Range
	depth     int
	values    int
	stopped   bool
	instances []*instance
	// index finds instances by resource id or name, per template.
	index   map[*Node]map[string]*instance
	indexed int
	// owners are the files of inline templates built from another file
	// (DecodeTree).
	owners map[*Node]*file
	// translated is set for a template built from another language
	// (DecodeTree).
	translated bool
	// linked collects the files of the linked templates read, when the
	// decoder asks (see linkIndex).
	linked map[string]bool
}

func newState(ctx context.Context, src *parser.Source, unit string) *state {
	st := &state{
		goctx:  ctx,
		unit:   unit,
		src:    src,
		ctx:    expr.NewContext(nil),
		seen:   map[string]bool{},
		parsed: map[*Node]expr.Expr{},
		files:  map[string]*file{},
		failed: map[string]error{},
		index:  map[*Node]map[string]*instance{},
	}
	st.ctx.Check = ctx.Err
	return st
}

func (st *state) diag(d parser.Diagnostic) {
	key := d.Range.String() + d.Message
	if st.seen[key] {
		return
	}
	st.seen[key] = true
	if len(st.diags) >= maxDiagnostics {
		st.dropped++
		return
	}
	st.diags = append(st.diags, d)
}

// diagnostics returns what the unit reports, with a note on what the
// limit held back.
func (st *state) diagnostics() []parser.Diagnostic {
	if st.dropped > 0 {
		st.diags = append(st.diags, parser.Notef(parser.Range{File: st.unit},
			"%d more diagnostics for this template are not reported; fix the ones above first", st.dropped))
	}
	return st.diags
}

// stop abandons the unit because a budget ran out at r. The error is
// reported even when the diagnostics limit has been reached.
func (st *state) stop(r parser.Range, format string, args ...any) {
	if st.stopped {
		return
	}
	st.stopped = true
	if st.goctx.Err() != nil {
		// The deadline or cancellation is reported by parser.Parse.
		return
	}
	msg := fmt.Sprintf(format, args...)
	if r.File != st.unit {
		msg += fmt.Sprintf(" (while expanding %s)", st.unit)
	}
	st.diags = append(st.diags, parser.Errorf(r, "%s; the template is not scanned and none of its resources are reported", msg))
}

// countValue charges one evaluated JSON value (n, in f) to the unit and
// reports whether evaluation may go on.
func (st *state) countValue(f *file, n *Node) bool {
	if st.stopped {
		return false
	}
	st.values++
	if st.values > maxValues {
		st.stop(f.nodeRange(n), "the template expands to more than %d values (copy loops and nested deployments multiply one another)", maxValues)
		return false
	}
	if st.values%1024 == 0 && st.goctx.Err() != nil {
		st.stop(f.nodeRange(n), "%v", st.goctx.Err())
		return false
	}
	return true
}

// enter guards one more level of nested evaluation.
func (st *state) enter() bool {
	if st.depth >= maxEvalDepth {
		return false
	}
	st.depth++
	return true
}

func (st *state) leave() { st.depth-- }

// isolate clears the evaluation context that must not leak into a
// variable, a parameter default or another resource's body, and returns
// the function that restores it.
func (st *state) isolate(loops []loop) func() {
	l, a, o := st.loops, st.fnArgs, st.origins
	st.loops, st.fnArgs, st.origins = loops, nil, nil
	return func() { st.loops, st.fnArgs, st.origins = l, a, o }
}

// scope is the expression scope of one template: the top-level one, or
// an inner-scoped nested or linked deployment.
type scope struct {
	st        *state
	f         *file
	tmpl      *Node
	params    map[string]*param
	vars      map[string]*variable
	funcs     map[string]*Node
	generator string
	symbols   map[string][]*instance
	outputs   any
	outState  uint8
	lookup    func(string) *expr.Func
}

type param struct {
	decl    *Node
	given   bool
	value   any
	origins []parser.Range
	state   uint8 // 0 not evaluated, 1 in progress, 2 done
}

type variable struct {
	node    *Node
	copy    *Node // a copy entry of "variables.copy"
	value   any
	origins []parser.Range
	state   uint8
}

// suppliedValue is a parameter value given from outside the template.
type suppliedValue struct {
	value   any
	origins []parser.Range
}

func newScope(st *state, f *file, tmpl *Node, supplied map[string]suppliedValue, generator string) *scope {
	s := &scope{
		st: st, f: f, tmpl: tmpl,
		params:  map[string]*param{},
		vars:    map[string]*variable{},
		funcs:   map[string]*Node{},
		symbols: map[string][]*instance{},
	}
	if gen := tmpl.Get("metadata").Get("_generator"); gen != nil {
		if name := gen.Get("name").String(); name != "" {
			s.generator = strings.TrimSpace(name + " " + gen.Get("version").String())
		}
	} else {
		s.generator = generator
	}
	if ps := tmpl.Get("parameters"); ps != nil {
		for _, m := range ps.Fields() {
			p := &param{decl: m.Value}
			if v, ok := supplied[strings.ToLower(m.Key)]; ok {
				p.given, p.value, p.origins = true, v.value, v.origins
			}
			s.params[strings.ToLower(m.Key)] = p
		}
	}
	if vs := tmpl.Get("variables"); vs != nil {
		for _, m := range vs.Fields() {
			if strings.EqualFold(m.Key, "copy") && m.Value.Kind == KindArray {
				for _, e := range m.Value.Items() {
					if name := e.Get("name").String(); name != "" {
						s.vars[strings.ToLower(name)] = &variable{copy: e}
					}
				}
				continue
			}
			s.vars[strings.ToLower(m.Key)] = &variable{node: m.Value}
		}
	}
	if fs := tmpl.Get("functions"); fs != nil && fs.Kind == KindArray {
		for _, ns := range fs.Items() {
			prefix := strings.ToLower(ns.Get("namespace").String())
			for _, m := range ns.Get("members").Fields() {
				s.funcs[prefix+"."+strings.ToLower(m.Key)] = m.Value
			}
		}
	}
	s.lookup = s.makeLookup()
	return s
}

// outerScope returns a scope for a nested template evaluated with the
// outer template's parameters, variables and functions.
func (s *scope) outerScope(tmpl *Node) *scope {
	c := *s
	c.tmpl = tmpl
	c.symbols = map[string][]*instance{}
	c.outputs, c.outState = nil, 0
	if gen := tmpl.Get("metadata").Get("_generator"); gen != nil {
		c.generator = strings.TrimSpace(gen.Get("name").String() + " " + gen.Get("version").String())
	}
	cp := &c
	cp.lookup = cp.makeLookup()
	return cp
}

// evalString evaluates a JSON string that may hold an expression. It
// returns the value and the places of parameter values it was computed
// from.
func (s *scope) evalString(n *Node) (any, []parser.Range) {
	isExpr, lit := expr.Classify(n.Str)
	if !isExpr {
		return lit, nil
	}
	st := s.st
	e, ok := st.parsed[n]
	if !ok {
		var err error
		e, err = expr.Parse(n.Str)
		if err != nil {
			s.exprDiag(n, err)
			e = nil
		}
		st.parsed[n] = e
	}
	if e == nil || st.stopped {
		return expr.Unknown, nil
	}
	prevLookup, prevOrigins := st.ctx.Lookup, st.origins
	var col []parser.Range
	st.ctx.Lookup, st.origins = s.lookup, &col
	v, err := st.ctx.Eval(e)
	st.ctx.Lookup, st.origins = prevLookup, prevOrigins
	if err != nil {
		if st.stopped {
			return expr.Unknown, nil
		}
		if errors.Is(err, expr.ErrBudget) || errors.Is(err, expr.ErrBytes) || st.goctx.Err() != nil {
			st.stop(s.exprRange(n, err), "%v", errors.Unwrap(err))
			return expr.Unknown, nil
		}
		s.exprDiag(n, err)
		return expr.Unknown, nil
	}
	if err := st.ctx.Spent(); err != nil {
		// A function that caught the error (if() with an unknown
		// condition) still spent the budget.
		st.stop(s.f.nodeRange(n), "%v", err)
		return expr.Unknown, nil
	}
	if prevOrigins != nil {
		*prevOrigins = append(*prevOrigins, col...)
	}
	return v, col
}

// exprRange is where an expression error points: from the offending part
// of the expression to the end of its string.
func (s *scope) exprRange(n *Node, err error) parser.Range {
	off := 0
	if ee, ok := err.(*expr.Error); ok {
		off = ee.Offset
	}
	return s.f.rng(StringOffset(s.f.src, n, off), n.End)
}

func (s *scope) exprDiag(n *Node, err error) {
	r := s.exprRange(n, err)
	if ee, ok := err.(*expr.Error); ok && strings.HasPrefix(ee.Msg, "unknown function") {
		s.st.diag(parser.Warnf(r, "%s; the value is treated as unknown", err))
		return
	}
	s.st.diag(parser.Warnf(r, "cannot evaluate expression: %s; the value is treated as unknown", err))
}

func (s *scope) makeLookup() func(string) *expr.Func {
	fns := map[string]*expr.Func{
		"parameters": {MinArgs: 1, MaxArgs: 1, Shares: true, Eager: func(_ *expr.Context, a []any) (any, error) {
			name, ok := a[0].(string)
			if !ok {
				return nil, fmt.Errorf("the parameter name must be a string")
			}
			return s.paramValue(name)
		}},
		"variables": {MinArgs: 1, MaxArgs: 1, Shares: true, Eager: func(_ *expr.Context, a []any) (any, error) {
			name, ok := a[0].(string)
			if !ok {
				return nil, fmt.Errorf("the variable name must be a string")
			}
			return s.varValue(name)
		}},
		"copyindex":  {MinArgs: 0, MaxArgs: 2, Eager: s.copyIndex},
		"deployment": deploymentFunc(s.f),
		"reference":  {MinArgs: 1, MaxArgs: 3, Shares: true, Eager: s.reference},
	}
	return func(name string) *expr.Func {
		lower := strings.ToLower(name)
		if f := fns[lower]; f != nil {
			return f
		}
		if strings.Contains(lower, ".") {
			if body := s.funcs[lower]; body != nil {
				return s.userFunc(name, body)
			}
		}
		return nil
	}
}

func (s *scope) paramValue(name string) (any, error) {
	st := s.st
	if n := len(st.fnArgs); n > 0 {
		for k, v := range st.fnArgs[n-1] {
			if strings.EqualFold(k, name) {
				return v, nil
			}
		}
		return nil, fmt.Errorf("the function has no parameter %s", expr.Quote(name))
	}
	p := s.params[strings.ToLower(name)]
	if p == nil {
		return nil, fmt.Errorf("parameter %s is not declared in the template's parameters section", expr.Quote(name))
	}
	switch p.state {
	case 1:
		return nil, fmt.Errorf("the default value of parameter %s refers to itself", expr.Quote(name))
	case 0:
		p.state = 1
		switch {
		case p.given:
		case strings.EqualFold(name, artifactsLocation):
			// Whatever its default (a raw GitHub URL, or the template's
			// own link), the parameter names the template's folder.
			p.value = folderURL(s.f.name)
			if def := p.decl.Get("defaultValue"); def != nil {
				p.origins = []parser.Range{s.f.nodeRange(def)}
			}
		default:
			p.value = expr.Unknown
			if def := p.decl.Get("defaultValue"); def != nil && st.enter() {
				restore := st.isolate(nil)
				var col []parser.Range
				st.origins = &col
				p.value = s.build(def, nil, nil)
				restore()
				st.leave()
				p.origins = append([]parser.Range{s.f.nodeRange(def)}, col...)
			}
		}
		p.state = 2
	}
	if st.origins != nil {
		*st.origins = append(*st.origins, p.origins...)
	}
	return p.value, nil
}

func (s *scope) varValue(name string) (any, error) {
	st := s.st
	v := s.vars[strings.ToLower(name)]
	if v == nil {
		return nil, fmt.Errorf("variable %s is not declared in the template's variables section", expr.Quote(name))
	}
	switch v.state {
	case 1:
		return nil, fmt.Errorf("variable %s refers to itself", expr.Quote(name))
	case 0:
		if !st.enter() {
			return expr.Unknown, nil
		}
		v.state = 1
		restore := st.isolate(nil)
		st.origins = &v.origins
		if v.copy != nil {
			v.value = s.copyArray(v.copy, nil, nil)
		} else {
			v.value = s.build(v.node, nil, nil)
		}
		restore()
		st.leave()
		v.state = 2
	}
	if st.origins != nil {
		*st.origins = append(*st.origins, v.origins...)
	}
	return v.value, nil
}

func (s *scope) copyIndex(_ *expr.Context, a []any) (any, error) {
	name, offset := "", int64(0)
	for _, v := range a {
		switch v := v.(type) {
		case string:
			name = v
		case int64:
			offset = v
		default:
			return nil, fmt.Errorf("takes a loop name and/or an integer offset, not %s", expr.TypeName(v))
		}
	}
	loops := s.st.loops
	for i := len(loops) - 1; i >= 0; i-- {
		if name == "" || strings.EqualFold(loops[i].name, name) {
			if !loops[i].known {
				return expr.Unknown, nil
			}
			return loops[i].index + offset, nil
		}
	}
	if name != "" {
		return nil, fmt.Errorf("no copy loop named %s encloses this expression", expr.Quote(name))
	}
	return nil, fmt.Errorf("copyIndex() is used outside a copy loop")
}

func (s *scope) userFunc(name string, body *Node) *expr.Func {
	var params []string
	for _, p := range body.Get("parameters").Items() {
		params = append(params, p.Get("name").String())
	}
	// The output is built from the template and counted as values.
	return &expr.Func{MinArgs: len(params), MaxArgs: len(params), TakesUnknown: true, Shares: true, Eager: func(_ *expr.Context, a []any) (any, error) {
		st := s.st
		if !st.enter() {
			return nil, fmt.Errorf("user-defined function %s recurses too deeply", name)
		}
		defer st.leave()
		frame := make(map[string]any, len(params))
		for i, p := range params {
			frame[p] = a[i]
		}
		st.fnArgs = append(st.fnArgs, frame)
		defer func() { st.fnArgs = st.fnArgs[:len(st.fnArgs)-1] }()
		out := body.Get("output").Get("value")
		if out == nil {
			return nil, fmt.Errorf("user-defined function %s has no output value", name)
		}
		return s.build(out, nil, nil), nil
	}}
}

// copyArray evaluates a {name, count, input} copy entry of variables or
// properties into an array.
func (s *scope) copyArray(entry *Node, p parser.Path, rb *builder) any {
	name := entry.Get("name").String()
	count, ok := s.copyCount(entry)
	if !ok {
		return expr.Unknown
	}
	input := entry.Get("input")
	if input == nil {
		s.st.diag(parser.Warnf(s.f.nodeRange(entry), "copy %s has no input; add the value to repeat", expr.Quote(name)))
		return expr.Unknown
	}
	out := make([]any, 0, count)
	for i := int64(0); i < count && !s.st.stopped; i++ {
		s.st.loops = append(s.st.loops, loop{name: name, index: i, known: true})
		var ep parser.Path
		if rb != nil {
			ep = p.Key(int(i))
		}
		v := s.build(input, ep, rb)
		s.st.loops = s.st.loops[:len(s.st.loops)-1]
		if rb != nil && expr.IsUnknown(v) {
			v = nil
		}
		out = append(out, v)
	}
	return out
}

// copyCount evaluates the count of a copy loop; ok is false when the count
// is unknown or invalid.
func (s *scope) copyCount(entry *Node) (int64, bool) {
	cn := entry.Get("count")
	if cn == nil {
		s.st.diag(parser.Warnf(s.f.nodeRange(entry), "copy loop without a count; add \"count\""))
		return 0, false
	}
	v := s.build(cn, nil, nil)
	if expr.IsUnknown(v) {
		return 0, false
	}
	n, ok := v.(int64)
	if f, isFloat := v.(float64); isFloat && f == float64(int64(f)) {
		n, ok = int64(f), true
	}
	switch {
	case !ok:
		s.st.diag(parser.Warnf(s.f.nodeRange(cn), "the copy count must be an integer, not %s", expr.TypeName(v)))
		return 0, false
	case n < 0:
		s.st.diag(parser.Warnf(s.f.nodeRange(cn), "the copy count %d is negative; it must lie between 0 and %d", n, maxCopy))
		return 0, false
	case n > maxCopy:
		s.st.diag(parser.Warnf(s.f.nodeRange(cn), "the copy count %d exceeds ARM's limit of %d; only the first %d copies are evaluated (split the loop to deploy more)", n, maxCopy, maxCopy))
		return maxCopy, true
	}
	return n, true
}

// isPropertyCopy reports whether a "copy" member holds property loops
// (an array of {name, count, input}) rather than a property of that name.
func isPropertyCopy(n *Node) bool {
	if n.Kind != KindArray || len(n.Elems) == 0 {
		return false
	}
	for _, e := range n.Elems {
		if e.Get("name") == nil || e.Get("input") == nil || e.Get("count") == nil {
			return false
		}
	}
	return true
}

// builder collects the ranges, unknown paths and origins of one resource
// while its body is evaluated. A nil builder evaluates values only.
type builder struct {
	st      *state
	f       *file
	ranges  parser.RangeTable
	unknown []parser.Path
	origins map[string][]parser.Range
	// symbolic are the unknown values that name a resource of the
	// template by its name expression (symbolic.go).
	symbolic []symbolicRef
}

// build evaluates a JSON value. With a builder it records ranges and
// strips unknown values (recording their paths); without one, Unknown
// stays inside the value.
func (s *scope) build(n *Node, p parser.Path, rb *builder) any {
	if !s.st.countValue(s.f, n) {
		return expr.Unknown
	}
	if rb != nil {
		rb.ranges.Set(p, s.f.nodeRange(n))
	}
	switch n.Kind {
	case KindString:
		v, origins := s.evalString(n)
		if rb == nil {
			return v
		}
		if expr.IsUnknown(v) {
			if key, ok := refKey(s, n.Str); ok {
				rb.symbolic = append(rb.symbolic, symbolicRef{path: p, key: key})
			}
		}
		if len(origins) > 0 {
			rb.origins[p.String()] = dedupe(origins)
		}
		return rb.strip(v, p, 0, n)
	case KindNumber:
		if n.IsFloat {
			return n.Float
		}
		return n.Num
	case KindBool:
		return n.Bool
	case KindNull:
		return nil
	case KindArray:
		out := make([]any, len(n.Elems))
		for i, e := range n.Elems {
			var ep parser.Path
			if rb != nil {
				ep = p.Key(i)
			}
			v := s.build(e, ep, rb)
			if rb != nil && expr.IsUnknown(v) {
				v = nil
			}
			out[i] = v
		}
		return out
	}
	out := make(map[string]any, len(n.Members))
	for _, m := range n.Members {
		if m.Key == "copy" && isPropertyCopy(m.Value) {
			for _, e := range m.Value.Items() {
				name := e.Get("name").String()
				var ep parser.Path
				if rb != nil {
					ep = p.Key(name)
					rb.ranges.Set(ep, s.f.nodeRange(e))
				}
				v := s.copyArray(e, ep, rb)
				if expr.IsUnknown(v) {
					if rb != nil {
						rb.unknown = append(rb.unknown, ep)
						continue
					}
				}
				out[name] = v
			}
			continue
		}
		var mp parser.Path
		if rb != nil {
			mp = p.Key(m.Key)
		}
		v := s.build(m.Value, mp, rb)
		if rb != nil && expr.IsUnknown(v) {
			continue
		}
		out[m.Key] = v
	}
	return out
}

// strip returns v without its unknown parts, recording their paths. A
// value without unknowns is returned as is (values are shared read-only).
// Every element is charged to the unit's values: an expression can return
// an array that holds one large value many times over, small in memory
// here but not in the model policies read. What lies deeper than
// expr.MaxDepth is cut off as unknown, so no consumer has to follow it.
func (rb *builder) strip(v any, p parser.Path, depth int, n *Node) any {
	out, _ := rb.stripValue(v, p, depth, n)
	return out
}

func (rb *builder) stripValue(v any, p parser.Path, depth int, n *Node) (any, bool) {
	switch x := v.(type) {
	case *expr.Lambda:
		rb.unknown = append(rb.unknown, p)
		return expr.Unknown, true
	case map[string]any:
		if len(x) > 0 && depth >= expr.MaxDepth {
			rb.unknown = append(rb.unknown, p)
			return expr.Unknown, true
		}
		var out map[string]any
		for k, e := range x {
			if !rb.st.countValue(rb.f, n) {
				return expr.Unknown, true
			}
			ne, changed := rb.stripElem(e, p, k, depth, n)
			if changed && out == nil {
				out = make(map[string]any, len(x))
				for k2, e2 := range x {
					out[k2] = e2
				}
			}
			if changed {
				if expr.IsUnknown(ne) {
					delete(out, k)
				} else {
					out[k] = ne
				}
			}
		}
		if out == nil {
			return x, false
		}
		return out, true
	case []any:
		if len(x) > 0 && depth >= expr.MaxDepth {
			rb.unknown = append(rb.unknown, p)
			return expr.Unknown, true
		}
		var out []any
		for i, e := range x {
			if !rb.st.countValue(rb.f, n) {
				return expr.Unknown, true
			}
			ne, changed := rb.stripElem(e, p, i, depth, n)
			if changed && out == nil {
				out = append([]any(nil), x...)
			}
			if changed {
				if expr.IsUnknown(ne) {
					ne = nil
				}
				out[i] = ne
			}
		}
		if out == nil {
			return x, false
		}
		return out, true
	}
	if s, ok := v.(string); ok && derivedFromLink(s) {
		rb.unknown = append(rb.unknown, p)
		return expr.Unknown, true
	}
	if expr.IsUnknown(v) {
		rb.unknown = append(rb.unknown, p)
		return v, true
	}
	return v, false
}

// stripElem strips one element, making its path only when it is needed.
func (rb *builder) stripElem(e any, p parser.Path, key any, depth int, n *Node) (any, bool) {
	switch x := e.(type) {
	case string:
		if !derivedFromLink(x) {
			return e, false
		}
	case int64, float64, bool, nil:
		return e, false
	}
	return rb.stripValue(e, p.Key(key), depth+1, n)
}

func dedupe(rs []parser.Range) []parser.Range {
	out := rs[:0:0]
	seen := map[parser.Range]bool{}
	for _, r := range rs {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}
