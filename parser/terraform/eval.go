package terraform

import (
	"context"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agext/levenshtein"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/posture-dev/posture/parser"
)

// Limits that keep any input from exhausting time or memory. They are far
// above what real configurations use.
const (
	maxInstances    = 10000 // per count / for_each / dynamic block
	maxResources    = 200000
	maxModuleDepth  = 32
	maxDiagsPerUnit = 1000
)

// state is one unit's evaluation: the root module and everything it calls.
type state struct {
	ctx     context.Context
	src     *parser.Source
	opts    Options
	cache   *moduleCache
	rootDir string
	funcs   map[string]function.Function

	resources []parser.Resource
	diags     []parser.Diagnostic
	seen      map[string]bool // diagnostics already reported
	budget    int
	// suppressions are those of the modules evaluated; modulesSeen holds
	// their directories.
	suppressions []parser.Suppression
	modulesSeen  map[string]bool
	// iterations is what is left of the unit's budget for nested loops,
	// weightLeft of its budget for values (budget.go), blocksLeft of its
	// budget for block instances, stepsLeft of its budget for function
	// calls.
	iterations, weightLeft, blocksLeft, stepsLeft int
	// stopped is set when a budget is spent or time is up: nothing more
	// of the unit is evaluated.
	stopped bool
	// versions are the azurerm provider versions: locked in
	// .terraform.lock.hcl, else constrained in required_providers.
	lockedAzurerm string
	modulesJSON   map[string]string // module key → cached directory
	planVars      map[string]cty.Value
	lines         map[string]*parser.LineIndex
}

func newState(ctx context.Context, src *parser.Source, opts Options, cache *moduleCache, dir string) *state {
	st := &state{ctx: ctx, src: src, opts: opts, cache: cache, rootDir: dir,
		seen: map[string]bool{}, budget: maxResources, iterations: unitIterations, lines: map[string]*parser.LineIndex{},
		weightLeft: unitWeight, blocksLeft: maxBlocks, stepsLeft: unitSteps}
	st.funcs = st.functions()
	return st
}

// prov is where a value came from: the places it passed through and the
// resources it was read from.
type prov struct {
	origins []parser.Range
	refs    []refTarget
	// approx is set when the value derives from a resource, data source or
	// module output, which are modelled only partly; evaluation errors on
	// such values say more about the model than about the configuration.
	approx bool
}

type refTarget struct{ target, attr string }

// A value passes through few places and refers to few resources in real
// configurations; a chain of locals, each built from the one before, would
// otherwise make every value carry all of them, and merging them cost the
// square of the chain's length.
const (
	maxOrigins = 64
	maxRefs    = 1024
)

func (p *prov) merge(q *prov) {
	if q == nil {
		return
	}
	p.origins = mergeUnique(p.origins, q.origins, maxOrigins)
	p.refs = mergeUnique(p.refs, q.refs, maxRefs)
	p.approx = p.approx || q.approx
}

// mergeUnique appends the elements of src not in dst, up to limit.
func mergeUnique[T comparable](dst, src []T, limit int) []T {
	if len(src) == 0 || len(dst) >= limit {
		return dst
	}
	if len(dst)*len(src) <= 256 {
		for _, x := range src {
			if len(dst) < limit && !slices.Contains(dst, x) {
				dst = append(dst, x)
			}
		}
		return dst
	}
	seen := make(map[T]bool, len(dst)+len(src))
	for _, x := range dst {
		seen[x] = true
	}
	for _, x := range src {
		if !seen[x] && len(dst) < limit {
			seen[x] = true
			dst = append(dst, x)
		}
	}
	return dst
}

func containsRef(rs []refTarget, r refTarget) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// instance is one evaluation of a module: the root, or one instance of a
// module call.
type instance struct {
	st      *state
	mod     *module
	prefix  string // address prefix: "" or `module.a["x"].`
	key     string // modules.json key: "" or "a.b"
	modPath string // path.module, relative to the root module
	depth   int
	stack   []string
	// callers are the module calls that lead to this instance, the root
	// module's first.
	callers []callSite
	// copies is how many instances of this module the unit evaluates, as
	// far as the count and for_each of the calls leading here tell: the
	// product of their instances at every level.
	copies int

	vars    map[string]cty.Value
	locals  map[string]cty.Value
	res     map[string]cty.Value
	data    map[string]cty.Value // evaluated data blocks, by "type.name"
	calls   map[string]cty.Value
	outputs map[string]cty.Value
	provs   map[string]*prov // "var.x", "local.x", "module.x", "output.x", "data.type.name"
}

func (st *state) newInstance(m *module, prefix, key string, depth int, stack []string) *instance {
	for n := range m.providerFuncs {
		if _, ok := st.funcs[n]; !ok {
			st.funcs[n] = unknownVariadic(cty.DynamicPseudoType)
		}
	}
	return &instance{st: st, mod: m, prefix: prefix, key: key, depth: depth, copies: 1,
		stack:   append(append([]string(nil), stack...), m.dir),
		modPath: relPath(st.rootDir, m.dir),
		vars:    map[string]cty.Value{}, locals: map[string]cty.Value{}, res: map[string]cty.Value{}, data: map[string]cty.Value{},
		calls: map[string]cty.Value{}, outputs: map[string]cty.Value{}, provs: map[string]*prov{}}
}

// module returns the module in dir, keeping its suppressions for the
// unit's result.
func (st *state) module(dir string) *module {
	m := st.cache.get(dir)
	if !st.modulesSeen[dir] {
		if st.modulesSeen == nil {
			st.modulesSeen = map[string]bool{}
		}
		st.modulesSeen[dir] = true
		st.suppressions = append(st.suppressions, m.suppressions...)
	}
	return m
}

// run evaluates the root module of the unit.
func (st *state) run() []parser.Resource {
	m := st.module(st.rootDir)
	st.diags = append(st.diags, m.diags...)
	if !m.hasConf {
		return nil
	}
	st.readLockFile()
	st.readModulesJSON()
	in := st.newInstance(m, "", "", 0, nil)
	st.rootVariables(in)
	in.evaluate()
	return st.finish(st.resources, st.azurermVersion(m))
}

// evaluate runs through the module's nodes in dependency order.
func (in *instance) evaluate() {
	cyclic := map[*node]bool{}
	for _, n := range in.mod.cycles {
		cyclic[n] = true
	}
	for _, n := range in.mod.order {
		if in.st.stopped || in.st.ctx.Err() != nil {
			return
		}
		switch n.kind {
		case nodeLocal:
			name := strings.TrimPrefix(n.key, "local.")
			if cyclic[n] {
				in.locals[name] = cty.DynamicVal
				continue
			}
			v, p := in.eval(n.local.Expr, nil)
			p.origins = append(p.origins, in.mod.rng(n.local.Expr.Range()))
			in.locals[name], in.provs[n.key] = v, p
		case nodeOutput:
			name := strings.TrimPrefix(n.key, "output.")
			if cyclic[n] {
				in.outputs[name] = cty.DynamicVal
				continue
			}
			v, p := in.eval(n.out.Expr, nil)
			in.outputs[name], in.provs[n.key] = v, p
		case nodeResource:
			if cyclic[n] {
				in.res[n.key] = cty.DynamicVal
				continue
			}
			in.res[n.key] = in.evalResource(n.res)
		case nodeData:
			key := n.res.typ + "." + n.res.name
			if cyclic[n] {
				in.data[key] = cty.DynamicVal
				continue
			}
			// Findings on a value built here also point at the block, and a
			// change to it touches them (--diff-base).
			in.data[key], in.provs[n.key] = in.evalData(n.res)
		case nodeCall:
			if cyclic[n] {
				in.calls[n.call.name] = cty.DynamicVal
				continue
			}
			in.calls[n.call.name] = in.evalCall(n.call)
		}
	}
}

// eval evaluates expr with the module's values and the extra symbols in
// scope (count, each, dynamic block iterators). Errors make the value
// unknown; they are reported unless they stem from the partial model of
// resources.
func (in *instance) eval(expr hcl.Expression, scope map[string]cty.Value) (cty.Value, *prov) {
	p := &prov{}
	if !in.running() {
		return cty.DynamicVal, p
	}
	syms := newSymbols()
	for _, t := range expr.Variables() {
		in.resolve(t, scope, syms, p)
	}
	vars := syms.variables()
	if !in.affordable(expr, vars) {
		return cty.DynamicVal, p
	}
	return in.evalWith(expr, vars, p), p
}

// running reports whether the unit is still being evaluated: no budget
// spent, no timeout.
func (in *instance) running() bool {
	if in.st.stopped {
		return false
	}
	if in.st.ctx.Err() != nil {
		// The driver reports the unit's timeout.
		in.st.stopped = true
		return false
	}
	return true
}

// symbols are the values an expression refers to, grouped by root name
// as an hcl.EvalContext wants them: bare roots (path, count), roots with
// one attribute (var.x, aws_s3_bucket.b) and roots with two
// (data.type.name, resource.type.name).
type symbols struct {
	bare  map[string]cty.Value
	named map[string]map[string]cty.Value
	typed map[string]map[string]map[string]cty.Value
}

func newSymbols() *symbols {
	return &symbols{bare: map[string]cty.Value{}, named: map[string]map[string]cty.Value{},
		typed: map[string]map[string]map[string]cty.Value{}}
}

// setNamed sets root.name.
func (s *symbols) setNamed(root, name string, v cty.Value) {
	m := s.named[root]
	if m == nil {
		m = map[string]cty.Value{}
		s.named[root] = m
	}
	m[name] = v
}

// setTyped sets root.typ.name.
func (s *symbols) setTyped(root, typ, name string, v cty.Value) {
	if s.typed[root] == nil {
		s.typed[root] = map[string]map[string]cty.Value{}
	}
	if s.typed[root][typ] == nil {
		s.typed[root][typ] = map[string]cty.Value{}
	}
	s.typed[root][typ][name] = v
}

// variables returns the symbols as the variables of an evaluation context.
// A root given both bare and with attributes takes the latter.
func (s *symbols) variables() map[string]cty.Value {
	vars := s.bare
	for root, m := range s.named {
		vars[root] = cty.ObjectVal(m)
	}
	for root, types := range s.typed {
		d := map[string]cty.Value{}
		for typ, m := range types {
			d[typ] = cty.ObjectVal(m)
		}
		vars[root] = cty.ObjectVal(d)
	}
	return vars
}

// resolve adds the value t refers to to syms, and its provenance to p.
// References to what the module does not declare are reported.
func (in *instance) resolve(t hcl.Traversal, scope map[string]cty.Value, syms *symbols, p *prov) {
	root := t.RootName()
	if v, ok := scope[root]; ok {
		syms.bare[root] = v
		return
	}
	if v, ok := in.builtin(root); ok {
		syms.bare[root] = v
		return
	}
	name, ok := attrStep(t, 1)
	if !ok {
		in.st.warn(in.mod, t.SourceRange(), "invalid reference %q: refer to var.<name>, local.<name>, module.<name> or <resource type>.<name>", root)
		syms.bare[root] = cty.DynamicVal
		return
	}
	switch root {
	case "var":
		syms.setNamed(root, name, in.inputVariable(t, name))
		p.merge(in.provs["var."+name])
	case "local":
		syms.setNamed(root, name, in.localValue(t, name))
		p.merge(in.provs["local."+name])
	case "module":
		syms.setNamed(root, name, in.callOutputs(t, name))
		p.merge(in.provs["module."+name])
		p.approx = true
	case "data", "ephemeral":
		in.resolveData(t, root, name, syms, p)
	case "resource":
		// resource.type.name is the long form of type.name.
		rn, ok := attrStep(t, 2)
		if !ok {
			syms.bare[root] = cty.DynamicVal
			return
		}
		syms.setTyped(root, name, rn, in.resourceRef(hcl.Traversal(t[1:]), name, rn, p))
	default:
		syms.setNamed(root, name, in.resourceRef(t, root, name, p))
	}
}

// builtin returns the value of the roots Terraform itself defines. count,
// each and self outside the blocks that define them are unknown.
func (in *instance) builtin(root string) (cty.Value, bool) {
	switch root {
	case "path":
		return cty.ObjectVal(map[string]cty.Value{
			"module": cty.StringVal(in.modPath), "root": cty.StringVal("."), "cwd": cty.StringVal(".")}), true
	case "terraform":
		return cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal(in.st.opts.Workspace)}), true
	case "count", "each", "self":
		return cty.DynamicVal, true
	}
	return cty.NilVal, false
}

// inputVariable returns the value of var.name, t referring to it.
func (in *instance) inputVariable(t hcl.Traversal, name string) cty.Value {
	v, ok := in.vars[name]
	if !ok {
		in.st.warn(in.mod, t.SourceRange(), "reference to undeclared input variable %q; declare it with a variable block", name)
		v = cty.DynamicVal
	}
	return v
}

// localValue returns the value of local.name, t referring to it. A declared
// local not evaluated yet is unknown, not an error.
func (in *instance) localValue(t hcl.Traversal, name string) cty.Value {
	v, ok := in.locals[name]
	if !ok {
		if _, declared := in.mod.locals[name]; !declared {
			in.st.warn(in.mod, t.SourceRange(), "reference to undeclared local value %q; declare it in a locals block", name)
		}
		v = cty.DynamicVal
	}
	return v
}

// callOutputs returns the outputs of module.name, t referring to it.
func (in *instance) callOutputs(t hcl.Traversal, name string) cty.Value {
	v, ok := in.calls[name]
	if !ok {
		if _, declared := in.mod.calls[name]; !declared {
			in.st.warn(in.mod, t.SourceRange(), "reference to undeclared module call %q; declare it with a module block", name)
		}
		v = cty.DynamicVal
	}
	return v
}

// resolveData adds data.typ.name or ephemeral.typ.name to syms: the
// evaluated data block if there is one, else an unknown value.
func (in *instance) resolveData(t hcl.Traversal, root, typ string, syms *symbols, p *prov) {
	name, ok := attrStep(t, 2)
	if !ok {
		p.approx = true
		return
	}
	if v, evaluated := in.data[typ+"."+name]; evaluated && root == "data" {
		syms.setTyped(root, typ, name, v)
		p.merge(in.provs[dataNodeKey(typ, name)])
		return
	}
	syms.setTyped(root, typ, name, cty.DynamicVal)
	p.approx = true
}

// affordable reports whether evaluating expr with vars stays within the
// unit's budgets, and charges the iterations it costs. An expression over
// budget is reported.
func (in *instance) affordable(expr hcl.Expression, vars map[string]cty.Value) bool {
	c := cost(expr, vars)
	if c > maxIterations || c > float64(in.st.iterations) {
		in.st.warn(in.mod, expr.Range(), "nested for expressions here could iterate more than %d times; the value is treated as unknown", min(maxIterations, in.st.iterations))
		return false
	}
	in.st.iterations -= int(c)
	if err := in.jsonCost(expr, vars); err != nil {
		in.st.refuse(in.mod, expr.Range(), err)
		return false
	}
	return true
}

// evalWith evaluates expr with vars, p being the provenance of its
// operands.
func (in *instance) evalWith(expr hcl.Expression, vars map[string]cty.Value, p *prov) cty.Value {
	ctx := &hcl.EvalContext{Variables: vars, Functions: in.st.funcs}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		if err := budgetError(diags); err != nil {
			in.st.refuse(in.mod, expr.Range(), err)
			return cty.DynamicVal
		}
		for _, d := range diags {
			if d.Severity != hcl.DiagError {
				continue
			}
			if p.approx && d.Summary != "Call to unknown function" && !fileFuncError(d) {
				continue
			}
			in.st.report(in.mod, d)
		}
		return cty.DynamicVal
	}
	if err := in.st.charge(v); err != nil {
		in.st.refuse(in.mod, expr.Range(), err)
		return cty.DynamicVal
	}
	return v
}

// refuse reports a value not evaluated because it would pass a bound. When
// the unit's budget is spent, evaluation stops.
func (st *state) refuse(m *module, r hcl.Range, err error) {
	if st.weightLeft > 0 {
		st.warn(m, r, "%v; the value is treated as unknown", err)
		return
	}
	st.stop(m, r, err.Error())
}

// stop ends the evaluation of the unit, with the reason at r.
func (st *state) stop(m *module, r hcl.Range, reason string) {
	st.stopped = true
	st.add(parser.Errorf(m.rng(r), "%s; evaluation of this module and the modules it calls stops here, so findings may be missing", reason))
}

// block counts one block instance (a resource, data source, module
// instance or dynamic block) against the unit's budget.
func (st *state) block(m *module, r hcl.Range) bool {
	if st.stopped {
		return false
	}
	st.blocksLeft--
	if st.blocksLeft < 0 {
		st.stop(m, r, fmt.Sprintf("more than %d resource, module and dynamic block instances", maxBlocks))
		return false
	}
	return true
}

// budgetError returns the bound a function call of diags ran into.
func budgetError(diags hcl.Diagnostics) error {
	for _, d := range diags {
		if extra, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d); ok {
			var ob *overBudget
			if errors.As(extra.FunctionCallError(), &ob) {
				return ob
			}
		}
	}
	return nil
}

// fileFuncError tells errors of functions that read files, which are
// reported even when the expression involves a resource: they say that a
// path leaves the scan or cannot be read.
func fileFuncError(d *hcl.Diagnostic) bool {
	extra, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d)
	return ok && (strings.HasPrefix(extra.CalledFunctionName(), "file") || extra.CalledFunctionName() == "templatefile")
}

// resourceRef returns the value of the resource typ.name that traversal t
// (typ.name...) reads, and records the reference.
func (in *instance) resourceRef(t hcl.Traversal, typ, name string, p *prov) cty.Value {
	key := typ + "." + name
	rb, declared := in.mod.resources[key]
	if !declared {
		in.st.warn(in.mod, t.SourceRange(), "reference to undeclared resource %s; declare it or fix the name", key)
		return cty.DynamicVal
	}
	p.approx = true
	p.refs = appendRef(p.refs, refTarget{target: in.prefix + key + staticIndex(t, rb), attr: refAttr(t)})
	if v, ok := in.res[key]; ok {
		return v
	}
	return cty.DynamicVal
}

func appendRef(rs []refTarget, r refTarget) []refTarget {
	if len(rs) >= maxRefs || containsRef(rs, r) {
		return rs
	}
	return append(rs, r)
}

// staticIndex renders the instance key of a traversal like
// azurerm_subnet.this["a"].id, when the key is a literal.
func staticIndex(t hcl.Traversal, rb *resourceBlock) string {
	if len(t) < 3 {
		return ""
	}
	idx, ok := t[2].(hcl.TraverseIndex)
	if !ok || !idx.Key.IsKnown() || idx.Key.IsNull() {
		return ""
	}
	return instanceKey(idx.Key)
}

func instanceKey(k cty.Value) string {
	switch k.Type() {
	case cty.String:
		return fmt.Sprintf("[%q]", k.AsString())
	case cty.Number:
		return "[" + k.AsBigFloat().Text('f', -1) + "]"
	}
	return ""
}

// refAttr is the attribute a resource reference reads: "id" in
// azurerm_storage_account.docs.id.
func refAttr(t hcl.Traversal) string {
	i := 2
	if i < len(t) {
		if _, ok := t[i].(hcl.TraverseIndex); ok {
			i++
		}
	}
	a, _ := attrStep(t, i)
	return a
}

// warn records a warning about the evaluation, once per place and message.
func (st *state) warn(m *module, r hcl.Range, format string, args ...any) {
	st.add(parser.Warnf(m.rng(r), format, args...))
}

func (st *state) report(m *module, d *hcl.Diagnostic) {
	var r parser.Range
	if d.Subject != nil {
		r = m.rng(*d.Subject)
	}
	detail := d.Detail
	if call, ok := d.Expression.(*hclsyntax.FunctionCallExpr); ok && d.Summary == "Call to unknown function" {
		// HCL suggests the first close name in map order, which changes
		// from run to run.
		detail = fmt.Sprintf("There is no function named %q.%s", call.Name, st.suggestFunction(call.Name))
	}
	msg := d.Summary
	if detail != "" {
		msg += ": " + detail
	}
	st.add(parser.Warnf(r, "%s; the value is treated as unknown", msg))
}

// removedFunctions are functions Terraform no longer has, with what
// replaces them.
var removedFunctions = map[string]string{
	"list": "tolist([...]) or a [...] literal (list() was removed in Terraform 0.15)",
	"map":  "tomap({...}) or a {...} literal (map() was removed in Terraform 0.15)",
}

// suggestFunction names the known function closest to name (fewest edits,
// then alphabetical), or says what replaced a removed one.
func (st *state) suggestFunction(name string) string {
	if r, ok := removedFunctions[name]; ok {
		return " Use " + r + "."
	}
	best, bestDist := "", 3
	for f := range st.funcs {
		if f == chargeFunc {
			continue
		}
		d := levenshtein.Distance(name, f, nil)
		if d < bestDist || d == bestDist && best != "" && f < best {
			best, bestDist = f, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" Did you mean %q?", best)
}

func (st *state) add(d parser.Diagnostic) {
	d.Message = clip(d.Message)
	key := d.String()
	if st.seen[key] || len(st.seen) >= maxDiagsPerUnit {
		return
	}
	st.seen[key] = true
	st.diags = append(st.diags, d)
}

// maxMessage bounds a diagnostic's message. Messages quote names from the
// configuration, and HCL's quote values; none of them needs to be long,
// and a megabyte-long name must not make a megabyte-long report.
const maxMessage = 2000

func clip(msg string) string {
	if len(msg) <= maxMessage {
		return msg
	}
	cut := maxMessage
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + "… (message shortened)"
}

// relPath returns target relative to base, both slash paths relative to
// the scan root.
func relPath(base, target string) string {
	if base == target {
		return "."
	}
	b := strings.Split(path.Clean(base), "/")
	t := strings.Split(path.Clean(target), "/")
	if base == "." {
		b = nil
	}
	if target == "." {
		t = nil
	}
	i := 0
	for i < len(b) && i < len(t) && b[i] == t[i] {
		i++
	}
	var parts []string
	for range b[i:] {
		parts = append(parts, "..")
	}
	parts = append(parts, t[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}
