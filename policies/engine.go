package policies

import (
	"context"
	"fmt"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/posture-dev/posture/parser"
)

// Options select and parameterise the rules of a scan.
type Options struct {
	// Only and Skip select rules by id or id prefix (AZ-AI-001, AZ-AI).
	Only, Skip []string
	// Frameworks keeps only rules mapped to one of these frameworks.
	Frameworks []string
	// Params override the default parameters of parameterised rules, by id.
	Params map[string]map[string]any
	// Complete declares that the scan holds every resource of the
	// deployment, so graph rules may fail on a missing related resource.
	Complete bool
	// ShowUnknown keeps checks that could not be decided, as StatusReview.
	ShowUnknown bool
}

// Engine evaluates the selected rules of a library. Compilation happens
// once per provider group, lazily, so a scan compiles only the groups its
// resources need.
type Engine struct {
	lib    *Library
	opts   Options
	rules  []*Rule
	byType map[string][]*Rule
	groups map[string]*group
}

type group struct {
	name    string
	modules map[string]*ast.Module
	once    sync.Once
	comp    *ast.Compiler
	err     error
}

// New selects the rules of lib that opts ask for.
func New(lib *Library, opts Options) (*Engine, error) {
	e := &Engine{lib: lib, opts: opts, byType: map[string][]*Rule{}, groups: map[string]*group{}}
	for _, r := range lib.Rules {
		if selected(r, opts) {
			e.rules = append(e.rules, r)
			for _, t := range r.ResourceTypes {
				e.byType[t] = append(e.byType[t], r)
			}
		}
	}
	for _, sel := range opts.Only {
		if !anyMatch(lib.Rules, sel) {
			return nil, fmt.Errorf("--only %s: no rule has that id or prefix (see `posture policies`)", sel)
		}
	}
	for name, mods := range lib.groups {
		e.groups[name] = &group{name: name, modules: mods}
	}
	return e, nil
}

// Rules returns the selected rules, sorted by id.
func (e *Engine) Rules() []*Rule { return e.rules }

// Routes reports whether some selected rule evaluates resources of type
// typ, which is to say whether a finding can be reported on them.
func (e *Engine) Routes(typ string) bool { return len(e.byType[typ]) > 0 }

func anyMatch(rules []*Rule, sel string) bool {
	for _, r := range rules {
		if idMatches(r.ID, sel) {
			return true
		}
	}
	return false
}

func idMatches(id, sel string) bool {
	sel = strings.TrimSpace(sel)
	return strings.EqualFold(id, sel) || len(sel) > 0 && strings.HasPrefix(strings.ToUpper(id), strings.ToUpper(strings.TrimSuffix(sel, "-"))+"-")
}

func selected(r *Rule, o Options) bool {
	if len(o.Only) > 0 {
		ok := false
		for _, s := range o.Only {
			ok = ok || idMatches(r.ID, s)
		}
		if !ok {
			return false
		}
	}
	for _, s := range o.Skip {
		if idMatches(r.ID, s) {
			return false
		}
	}
	if len(o.Frameworks) > 0 {
		ok := false
		for _, f := range o.Frameworks {
			_, ok2 := r.Compliance[strings.ToLower(f)]
			ok = ok || ok2
		}
		return ok
	}
	return true
}

// Warm compiles the groups of the given providers ahead of evaluation, so
// compilation can overlap with parsing.
func (e *Engine) Warm(providers ...string) error {
	for _, p := range providers {
		if g := e.groups[p]; g != nil {
			if _, err := e.compile(g); err != nil {
				return err
			}
		}
	}
	return nil
}

// compile builds a group's compiler with the shared helper modules.
func (e *Engine) compile(g *group) (*ast.Compiler, error) {
	g.once.Do(func() {
		mods := make(map[string]*ast.Module, len(g.modules)+len(e.lib.lib))
		for k, m := range e.lib.lib {
			mods[k] = m
		}
		for k, m := range g.modules {
			mods[k] = m
		}
		c := newCompiler().WithStageAfterID(ast.StageSetRuleTree, inlineConstantsStage)
		c.Compile(mods)
		if c.Failed() {
			g.err = fmt.Errorf("compile %s policies: %w", g.name, withoutSource(c.Errors))
			return
		}
		g.comp = c
	})
	return g.comp, g.err
}

// Validate compiles every group, so that a broken custom policy is
// reported before anything is scanned.
func (e *Engine) Validate() error {
	names := make([]string, 0, len(e.groups))
	for n := range e.groups {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, err := e.compile(e.groups[n]); err != nil {
			return err
		}
	}
	return nil
}

// Result is what evaluating a scan's resources produced.
type Result struct {
	Findings []Finding
	// Assessed lists, per rule id, the resources the rule was evaluated on
	// (the denominator of the posture score).
	Assessed    map[string][]Assessed
	Diagnostics []parser.Diagnostic
}

// Assessed names one resource a rule was evaluated on.
type Assessed struct {
	ResourceID string
	File       string
}

// typeQuery is the prepared query of one resource type over the rules
// that apply to it, grouped by the compiled group they live in.
type typeQuery struct {
	once    sync.Once
	queries []preparedGroup
	err     error
}

type preparedGroup struct {
	pq    rego.PreparedEvalQuery
	rules []*Rule
	// store is data.posture, which a rule evaluated alone needs too.
	store storage.Store
}

// A SourceView shows policies the scanned files as the user sees them.
type SourceView interface {
	// Text returns the source text of a range, so messages can quote what
	// the user wrote, or "" when it is not worth quoting.
	Text(parser.Range) string
	// Path returns the name a message gives a file (input.file): the path
	// the user sees in the report, not the scan's internal name.
	Path(file string) string
}

// Evaluate runs the selected rules on resources. Resources of types no
// rule applies to are never handed to Rego. A nil view leaves quotes out
// and names files as the resources do.
// An Engine may evaluate many scans, concurrently or not.
func (e *Engine) Evaluate(ctx context.Context, resources []parser.Resource, view SourceView) (*Result, error) {
	keys := uniqueKeys(resources)
	targets := resolveRefs(resources, keys)

	inputs := make([]ast.Value, len(resources))
	parallel(len(resources), func(i int) {
		inputs[i] = buildInput(&resources[i], keys[i], targets[i], view)
	})
	store := inmem.NewFromASTObject(e.dataDocument(resources, keys, targets, inputs))

	var types []string
	seen := map[string]bool{}
	for i := range resources {
		t := resources[i].Type
		if !seen[t] && len(e.byType[t]) > 0 {
			seen[t] = true
			types = append(types, t)
		}
	}
	sort.Strings(types)
	queriesByType := map[string]*typeQuery{}
	for _, t := range types {
		queriesByType[t] = &typeQuery{}
	}

	cancel := topdown.NewCancel()
	stop := context.AfterFunc(ctx, cancel.Cancel)
	defer stop()

	perResource := make([][]Finding, len(resources))
	var diagMu sync.Mutex
	var diags []parser.Diagnostic
	var firstErr error
	parallel(len(resources), func(i int) {
		r := &resources[i]
		tq := queriesByType[r.Type]
		if tq == nil {
			return
		}
		tq.once.Do(func() { tq.queries, tq.err = e.prepare(ctx, store, r.Type) })
		if tq.err != nil {
			diagMu.Lock()
			if firstErr == nil {
				firstErr = tq.err
			}
			diagMu.Unlock()
			return
		}
		fs, ds := e.evalSafely(ctx, cancel, tq.queries, r, inputs[i])
		perResource[i] = fs
		if len(ds) > 0 {
			diagMu.Lock()
			diags = append(diags, ds...)
			diagMu.Unlock()
		}
	})
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Result{Assessed: map[string][]Assessed{}, Diagnostics: diags}
	for i := range resources {
		res.Findings = append(res.Findings, perResource[i]...)
		for _, rule := range e.byType[resources[i].Type] {
			res.Assessed[rule.ID] = append(res.Assessed[rule.ID], Assessed{ResourceID: resources[i].ID, File: resources[i].Range.File})
		}
	}
	SortFindings(res.Findings)
	parser.SortDiagnostics(res.Diagnostics)
	return res, nil
}

// prepare builds the queries of one resource type: for every group that
// holds rules for the type, one query reading all their deny sets.
func (e *Engine) prepare(ctx context.Context, store storage.Store, typ string) ([]preparedGroup, error) {
	byGroup := map[string][]*Rule{}
	for _, r := range e.byType[typ] {
		byGroup[r.Provider] = append(byGroup[r.Provider], r)
	}
	names := make([]string, 0, len(byGroup))
	for n := range byGroup {
		names = append(names, n)
	}
	sort.Strings(names)
	var out []preparedGroup
	for _, n := range names {
		g := e.groups[n]
		comp, err := e.compile(g)
		if err != nil {
			return nil, err
		}
		rules := byGroup[n]
		// One expression binding one array: the result carries one
		// binding and one expression value rather than one per rule.
		var q strings.Builder
		q.WriteString("x = [")
		for i, r := range rules {
			if i > 0 {
				q.WriteString(", ")
			}
			fmt.Fprintf(&q, "data.%s.deny", r.Package)
		}
		q.WriteString("]")
		pq, err := rego.New(
			rego.Compiler(comp),
			rego.Capabilities(capabilities),
			rego.Query(q.String()),
			rego.Store(store),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("prepare %s rules for %s: %w", n, typ, err)
		}
		out = append(out, preparedGroup{pq: pq, rules: rules, store: store})
	}
	return out, nil
}

// rawTerm hands an evaluation's result back as the term it is: findings
// are read from terms, and converting them to Go values first would copy
// every one.
func rawTerm(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }

// parallel runs f(0..n-1) on GOMAXPROCS workers.
func parallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// uniqueKeys gives every resource a scan-unique key: its ID, or ID@file
// when two files declare the same ID (two templates with the same storage
// account name, the same Deployment in two overlays). For a resource of a
// module the file is its root's (see root): two roots calling one module
// declare the same addresses in the same module file.
func uniqueKeys(rs []parser.Resource) []string {
	count := map[string]int{}
	for i := range rs {
		count[rs[i].ID]++
	}
	keys := make([]string, len(rs))
	used := map[string]int{}
	for i := range rs {
		k := rs[i].ID
		if count[k] > 1 {
			k = rs[i].ID + "@" + root(&rs[i])
			if used[k] > 0 {
				k = fmt.Sprintf("%s#%d", k, used[k])
			}
			used[k]++
		}
		keys[i] = k
	}
	return keys
}

// root is the file of the configuration a resource belongs to: where the
// outermost module call that created it is written (Origins[""]), or its
// own file. A reference never leaves its root: module.vpc in one example
// configuration is not module.vpc in another.
func root(r *parser.Resource) string {
	if o := r.Origins[""]; len(o) > 0 {
		return o[0].File
	}
	return r.Range.File
}

// resolveRefs maps each Ref target ID to the key of the resource it names,
// preferring a resource of the same root, then in the same file, then in
// the same directory.
func resolveRefs(rs []parser.Resource, keys []string) [][]string {
	byID := map[string][]int{}
	for i := range rs {
		byID[rs[i].ID] = append(byID[rs[i].ID], i)
	}
	out := make([][]string, len(rs))
	for i := range rs {
		if len(rs[i].Refs) == 0 {
			continue
		}
		out[i] = make([]string, len(rs[i].Refs))
		for j, ref := range rs[i].Refs {
			cands := byID[ref.Target]
			switch len(cands) {
			case 0:
				out[i][j] = ref.Target
			case 1:
				out[i][j] = keys[cands[0]]
			default:
				out[i][j] = keys[closest(rs, i, cands)]
			}
		}
	}
	return out
}

// closest is the candidate for a reference from rs[i]: the first of the
// same root, in the same file, else in the same directory (an earlier
// criterion outweighs all later ones).
func closest(rs []parser.Resource, i int, cands []int) int {
	best, bestScore := cands[0], -1
	from, file := root(&rs[i]), rs[i].Range.File
	for _, c := range cands {
		score := 0
		if root(&rs[c]) == from {
			score += 4
		}
		if rs[c].Range.File == file {
			score += 2
		}
		if path.Dir(rs[c].Range.File) == path.Dir(file) {
			score++
		}
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// dataDocument builds data.posture: every input by key and by type, the
// reverse references, parameters and the scan configuration.
func (e *Engine) dataDocument(rs []parser.Resource, keys []string, targets [][]string, inputs []ast.Value) ast.Object {
	manifestTypes := manifestOnlyTypes(rs)
	idx := indexInputs(rs, keys, inputs, manifestTypes)
	posture := ast.NewObject(
		[2]*ast.Term{ast.StringTerm("resources"), ast.NewTerm(idx.byKey)},
		// by_type lets a cross-resource rule visit only the resources of the
		// types it relates to: iterating every resource from every resource
		// is quadratic in the size of the scan.
		[2]*ast.Term{ast.StringTerm("by_type"), ast.NewTerm(objectOf(idx.byType))},
		[2]*ast.Term{ast.StringTerm("by_namespace"), ast.NewTerm(nestByType(idx.byNamespace, manifestTypes))},
		[2]*ast.Term{ast.StringTerm("by_directory"), ast.NewTerm(nestByType(idx.byDirectory, manifestTypes))},
		[2]*ast.Term{ast.StringTerm("referrers"), ast.NewTerm(referrers(rs, keys, targets))},
		[2]*ast.Term{ast.StringTerm("params"), ast.NewTerm(e.paramsDocument())},
		[2]*ast.Term{ast.StringTerm("config"), ast.NewTerm(e.configDocument())},
	)
	return ast.NewObject([2]*ast.Term{ast.StringTerm("posture"), ast.NewTerm(posture)})
}

// inputIndex holds the inputs of a scan by key, by type and, for the types
// that manifestOnlyTypes names, by type and Kubernetes namespace or, for
// those without a namespace, by type and directory: what
// posture.lib.kubernetes.in_namespace looks up, instead of filtering
// every resource of the type for every workload (quadratic: on the
// shared corpus two graph rules took 60% of Kubernetes evaluation).
type inputIndex struct {
	byKey       ast.Object
	byType      map[string]ast.Object
	byNamespace map[[2]string]ast.Object // (type, namespace) -> inputs by key
	byDirectory map[[2]string]ast.Object // (type, directory) -> inputs by key
}

// manifestOnlyTypes reports, for every type in rs, whether only
// Kubernetes manifests declare it. Only those types are indexed by
// namespace and directory, each under both keys; in_namespace filters
// by_type for any other type.
func manifestOnlyTypes(rs []parser.Resource) map[string]bool {
	manifestTypes := map[string]bool{}
	for i := range rs {
		t := rs[i].Type
		ok, seen := manifestTypes[t]
		manifestTypes[t] = (ok || !seen) && rs[i].Format == parser.KubernetesManifest
	}
	return manifestTypes
}

func indexInputs(rs []parser.Resource, keys []string, inputs []ast.Value, manifestTypes map[string]bool) inputIndex {
	idx := inputIndex{
		byKey:       ast.NewObject(),
		byType:      map[string]ast.Object{},
		byNamespace: map[[2]string]ast.Object{},
		byDirectory: map[[2]string]ast.Object{},
	}
	for i := range rs {
		key, in := ast.StringTerm(keys[i]), ast.NewTerm(inputs[i])
		idx.byKey.Insert(key, in)
		t := idx.byType[rs[i].Type]
		if t == nil {
			t = ast.NewObject()
			idx.byType[rs[i].Type] = t
		}
		t.Insert(key, in)
		if manifestTypes[rs[i].Type] {
			byPlace, k := idx.byNamespace, [2]string{rs[i].Type, namespaceOf(rs[i].Properties)}
			if k[1] == "" {
				// The directory of input.file, which in_namespace looks up.
				byPlace, k[1] = idx.byDirectory, dirOf(inputFile(inputs[i]))
			}
			o := byPlace[k]
			if o == nil {
				o = ast.NewObject()
				byPlace[k] = o
			}
			o.Insert(key, in)
		}
	}
	return idx
}

// objectOf builds an object from objects that are complete: an object
// caches its hash when it is inserted.
func objectOf(m map[string]ast.Object) ast.Object {
	out := ast.NewObject()
	for k, o := range m {
		out.Insert(ast.StringTerm(k), ast.NewTerm(o))
	}
	return out
}

// nestByType turns {(type, key): inputs} into {type: {key: inputs}}, with
// an empty object for every manifest-only type that has no entry.
func nestByType(idx map[[2]string]ast.Object, manifestTypes map[string]bool) ast.Object {
	inner := map[string]ast.Object{}
	for t, ok := range manifestTypes {
		if ok {
			inner[t] = ast.NewObject()
		}
	}
	for k, o := range idx {
		if inner[k[0]] == nil {
			inner[k[0]] = ast.NewObject()
		}
		inner[k[0]].Insert(ast.StringTerm(k[1]), ast.NewTerm(o))
	}
	return objectOf(inner)
}

// referrers maps the key of every referenced resource to the references
// made to it: the referrer's key and type, and the path of the reference.
func referrers(rs []parser.Resource, keys []string, targets [][]string) ast.Object {
	byTarget := map[string][]*ast.Term{}
	for i := range rs {
		for j, ref := range rs[i].Refs {
			t := targets[i][j]
			byTarget[t] = append(byTarget[t], ast.ObjectTerm(
				[2]*ast.Term{keyID, ast.StringTerm(keys[i])},
				[2]*ast.Term{keyType, ast.StringTerm(rs[i].Type)},
				[2]*ast.Term{keyPath, ast.StringTerm(ref.Path.String())},
			))
		}
	}
	out := ast.NewObject()
	for k, v := range byTarget {
		out.Insert(ast.StringTerm(k), ast.ArrayTerm(v...))
	}
	return out
}

// paramsDocument gives every selected parameterised rule its defaults
// overridden by the options' parameters.
func (e *Engine) paramsDocument() ast.Object {
	params := ast.NewObject()
	for _, r := range e.rules {
		merged := map[string]any{}
		for k, v := range r.Params {
			merged[k] = v
		}
		for k, v := range e.opts.Params[r.ID] {
			merged[k] = v
		}
		if len(merged) > 0 {
			params.Insert(ast.StringTerm(r.ID), ast.NewTerm(toValue(merged, 0)))
		}
	}
	return params
}

func (e *Engine) configDocument() ast.Object {
	return ast.NewObject(
		[2]*ast.Term{ast.StringTerm("complete"), ast.BooleanTerm(e.opts.Complete)},
	)
}

// namespaceOf is posture.lib.kubernetes.namespace_of on a resource body:
// metadata.namespace when it is a string, else "".
func namespaceOf(props any) string {
	obj, _ := props.(map[string]any)
	md, _ := obj["metadata"].(map[string]any)
	ns, _ := md["namespace"].(string)
	return ns
}

// dirOf is posture.lib.kubernetes.dir: the file's path up to its last
// slash, "" when it has none.
func dirOf(f string) string {
	if i := strings.LastIndexByte(f, '/'); i >= 0 {
		return f[:i]
	}
	return ""
}
