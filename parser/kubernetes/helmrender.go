package kubernetes

// Rendering is Helm's engine (helm.sh/helm/v3/pkg/engine, Apache License
// 2.0: the template set, the scoping of values per subchart, include, tpl,
// required, fail, the extra functions and .Files are as Helm writes them)
// with a budget, which Helm's engine has no way to take. A chart is
// attacker-controlled code: a loop of 10^8 iterations, include fanning
// out twice per level, tpl, repeat, printf widths or cat doubling a
// string each iteration run for minutes or exhaust memory, and a dict
// that holds itself makes every serialiser recurse until the stack
// overflows, which no recover survives. text/template cannot be
// interrupted from outside, so the budget is checked from inside it:
//
//   - every function of the template language is wrapped: each call is a
//     step, the string or list it returns counts as produced bytes, and
//     those that allocate in proportion to a number they are given
//     (until, repeat, indent, printf widths, ...) are refused before they
//     run when that would exceed what is left;
//   - the parsed templates are rewritten: a range announces its length
//     (each iteration a step), a template action becomes a call that
//     counts depth, and a printed value is measured before fmt formats it;
//   - everything written counts as produced bytes; the context is checked
//     at every step;
//   - set and merge refuse to build a value that holds itself or that
//     unfolds into more than the walk limit, so no serialiser can loop.
//
// A function that exceeds the budget returns an error, which stops the
// template; the error is sticky, so nothing after it runs either.

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/BurntSushi/toml"
	"github.com/Masterminds/sprig/v3"
	"github.com/gobwas/glob"
	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chartutil"
	"sigs.k8s.io/yaml"
	goYaml "sigs.k8s.io/yaml/goyaml.v3"
)

const (
	// maxRenderBytes bounds what one chart's templates and functions
	// produce, counted each time a string is made or written.
	maxRenderBytes = 64 << 20
	// maxRenderSteps bounds function calls, range iterations, template
	// calls and value nodes visited.
	maxRenderSteps = 5_000_000
	// maxRenderDepth bounds nested include, tpl and template calls.
	maxRenderDepth = 1000
	// maxValueDepth bounds how deep a value may nest.
	maxValueDepth = 1000
	// heavyShare is the share of the steps a key or certificate
	// generation or a password hash costs: RSA 4096 takes a second.
	heavyShare = 20
)

// errRenderBudget marks an exceeded budget in the error chain.
var errRenderBudget = errors.New("render budget exceeded")

// renderLimits are a chart's budget; the zero value means the defaults.
type renderLimits struct{ bytes, steps int64 }

// budget is shared by every template of one chart.
type budget struct {
	ctx          context.Context
	limits       renderLimits
	steps, bytes int64
	depth        int
	err          error
}

func (b *budget) fail(format string, args ...any) error {
	if b.err == nil {
		b.err = fmt.Errorf("%w: "+format, append([]any{errRenderBudget}, args...)...)
	}
	return b.err
}

func (b *budget) step(n int64) error {
	if b.err != nil {
		return b.err
	}
	if b.steps += n; b.steps > b.limits.steps {
		return b.fail("the templates take more than %d steps (loops, calls and values walked)", b.limits.steps)
	}
	if err := b.ctx.Err(); err != nil {
		return b.fail("rendering stopped: %v", err)
	}
	return nil
}

func (b *budget) produce(n int64) error {
	return b.produceFor("", n)
}

// produceFor charges the n bytes function fn is about to produce, before
// it allocates them; the error names fn.
func (b *budget) produceFor(fn string, n int64) error {
	if b.err != nil {
		return b.err
	}
	if n > b.limits.bytes-b.bytes {
		b.bytes = b.limits.bytes + 1
		if fn != "" {
			return b.fail("%s would produce %d bytes; the templates may produce %s", fn, n, byteCount(b.limits.bytes))
		}
		return b.fail("the templates produce more than %s", byteCount(b.limits.bytes))
	}
	b.bytes += n
	return nil
}

// renderStopped is a render the budget stopped: its text is the template
// engine's (which names the template and line), its cause the budget.
type renderStopped struct {
	budget   error
	template error
}

func (e *renderStopped) Error() string {
	if e.template == nil {
		return e.budget.Error()
	}
	return e.template.Error()
}

func (e *renderStopped) Unwrap() error { return e.budget }

// budgetWriter is where templates write: every byte counts.
type budgetWriter struct {
	b  *budget
	sb strings.Builder
}

func (w *budgetWriter) Write(p []byte) (int, error) {
	if err := w.b.produce(int64(len(p))); err != nil {
		return 0, err
	}
	if err := w.b.step(1); err != nil {
		return 0, err
	}
	return w.sb.Write(p)
}

// renderable is one template with the values of its chart's scope.
type renderable struct {
	tpl      string
	vals     chartutil.Values
	basePath string
}

type renderer struct {
	b    *budget
	done map[*parse.Tree]bool
}

// renderChart renders every template of ch as helm template does, within
// the budget.
func renderChart(ctx context.Context, ch *chart.Chart, vals chartutil.Values, limits renderLimits) (rendered map[string]string, err error) {
	if limits == (renderLimits{}) {
		limits = renderLimits{bytes: maxRenderBytes, steps: maxRenderSteps}
	}
	r := &renderer{b: &budget{ctx: ctx, limits: limits}, done: map[*parse.Tree]bool{}}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("the Helm template engine failed: %v", p)
		}
		if r.b.err != nil {
			// Whatever error the template saw, the budget stopped it.
			err = &renderStopped{budget: r.b.err, template: err}
		}
	}()
	tpls := map[string]renderable{}
	recAllTpls(ch, tpls, vals)
	t := template.New("gotpl")
	t.Option("missingkey=zero")
	t.Funcs(r.funcMap(t))
	keys := sortTemplates(tpls)
	for _, filename := range keys {
		if _, err := t.New(filename).Parse(tpls[filename].tpl); err != nil {
			return nil, cleanupParseError(filename, err)
		}
	}
	r.instrument(t)
	rendered = make(map[string]string, len(keys))
	for _, filename := range keys {
		if strings.HasPrefix(path.Base(filename), "_") {
			continue // partials render only through include
		}
		vals := tpls[filename].vals
		vals["Template"] = chartutil.Values{"Name": filename, "BasePath": tpls[filename].basePath}
		w := &budgetWriter{b: r.b}
		if err := t.ExecuteTemplate(w, filename, vals); err != nil {
			if !strings.Contains(err.Error(), "template: ") {
				// A write error carries no position: name the template.
				err = fmt.Errorf("template: %s:1:1: %w", filename, err)
			}
			return nil, cleanupExecError(filename, err)
		}
		rendered[filename] = strings.ReplaceAll(w.sb.String(), "<no value>", "")
	}
	return rendered, nil
}

// instrument rewrites the templates of t not seen yet (see the file
// comment). Trees are shared by clones, so each is rewritten once.
func (r *renderer) instrument(t *template.Template) {
	for _, tt := range t.Templates() {
		if tt.Tree == nil || r.done[tt.Tree] {
			continue
		}
		r.done[tt.Tree] = true
		r.list(tt.Tree, tt.Tree.Root)
	}
}

func (r *renderer) list(tr *parse.Tree, l *parse.ListNode) {
	if l == nil {
		return
	}
	for i, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if len(n.Pipe.Decl) == 0 {
				appendCall(tr, n.Pipe, "posturePrint")
			}
		case *parse.RangeNode:
			appendCall(tr, n.Pipe, "postureRange")
			r.list(tr, n.List)
			r.list(tr, n.ElseList)
		case *parse.IfNode:
			r.list(tr, n.List)
			r.list(tr, n.ElseList)
		case *parse.WithNode:
			r.list(tr, n.List)
			r.list(tr, n.ElseList)
		case *parse.TemplateNode:
			l.Nodes[i] = templateCall(tr, n)
		}
	}
}

// appendCall makes the pipeline's value pass through the function name.
func appendCall(tr *parse.Tree, p *parse.PipeNode, name string) {
	id := parse.NewIdentifier(name).SetTree(tr).SetPos(p.Pos)
	p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: p.Pos, Args: []parse.Node{id}})
}

// templateCall turns {{template "name" pipeline}} into
// {{postureTemplate "name" (pipeline)}}, which prints the same text.
func templateCall(tr *parse.Tree, n *parse.TemplateNode) *parse.ActionNode {
	var data parse.Node = &parse.NilNode{NodeType: parse.NodeNil, Pos: n.Pos}
	if n.Pipe != nil {
		data = n.Pipe
	}
	args := []parse.Node{
		parse.NewIdentifier("postureTemplate").SetTree(tr).SetPos(n.Pos),
		&parse.StringNode{NodeType: parse.NodeString, Pos: n.Pos, Quoted: strconv.Quote(n.Name), Text: n.Name},
		data,
	}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: n.Pos, Line: n.Line, Cmds: []*parse.CommandNode{{NodeType: parse.NodeCommand, Pos: n.Pos, Args: args}}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: n.Pos, Line: n.Line, Pipe: pipe}
}

// execute runs the named template of t, as include and template do.
func (r *renderer) execute(t *template.Template, name string, data any) (string, error) {
	if err := r.b.step(1); err != nil {
		return "", err
	}
	if r.b.depth >= maxRenderDepth {
		return "", r.b.fail("templates nest deeper than %d include, tpl or template calls", maxRenderDepth)
	}
	r.b.depth++
	defer func() { r.b.depth-- }()
	w := &budgetWriter{b: r.b}
	err := t.ExecuteTemplate(w, name, data)
	return w.sb.String(), err
}

func (r *renderer) include(t *template.Template) func(string, any) (string, error) {
	return func(name string, data any) (string, error) { return r.execute(t, name, data) }
}

func (r *renderer) tpl(parent *template.Template) func(string, any) (string, error) {
	return func(text string, vals any) (string, error) {
		if err := r.b.step(int64(len(parent.Templates()))); err != nil {
			return "", err
		}
		t, err := parent.Clone()
		if err != nil {
			return "", fmt.Errorf("cannot clone template: %w", err)
		}
		t.Option("missingkey=zero")
		t.Funcs(template.FuncMap{
			"include":         r.include(t),
			"tpl":             r.tpl(t),
			"postureTemplate": r.include(t),
		})
		t, err = t.New(parent.Name()).Parse(text)
		if err != nil {
			return "", fmt.Errorf("cannot parse template %q: %w", text, err)
		}
		r.instrument(t)
		out, err := r.execute(t, t.Name(), vals)
		if err != nil {
			return "", fmt.Errorf("error during tpl function execution for %q: %w", text, err)
		}
		return strings.ReplaceAll(out, "<no value>", ""), nil
	}
}

const (
	warnStartDelim = "HELM_ERR_START"
	warnEndDelim   = "HELM_ERR_END"
)

var warnRegex = regexp.MustCompile(warnStartDelim + `((?s).*)` + warnEndDelim)

func (r *renderer) funcMap(t *template.Template) template.FuncMap {
	f := sprig.TxtFuncMap()
	delete(f, "env")
	delete(f, "expandenv")
	extra := template.FuncMap{
		"toToml":        toTOML,
		"fromToml":      fromTOML,
		"toYaml":        toYAML,
		"toYamlPretty":  toYAMLPretty,
		"fromYaml":      fromYAML,
		"fromYamlArray": fromYAMLArray,
		"toJson":        toJSON,
		"fromJson":      fromJSON,
		"fromJsonArray": fromJSONArray,
		"required": func(warn string, val any) (any, error) {
			if s, ok := val.(string); val == nil || ok && s == "" {
				return val, errors.New(warnStartDelim + warn + warnEndDelim)
			}
			return val, nil
		},
		"fail": func(msg string) (string, error) {
			return "", errors.New(warnStartDelim + msg + warnEndDelim)
		},
		"lookup":        func(string, string, string, string) (map[string]any, error) { return map[string]any{}, nil },
		"getHostByName": func(string) string { return "" },
		// text/template's own; wrapped like the others.
		"print":    fmt.Sprint,
		"printf":   fmt.Sprintf,
		"println":  fmt.Sprintln,
		"html":     template.HTMLEscaper,
		"js":       template.JSEscaper,
		"urlquery": template.URLQueryEscaper,
	}
	for k, v := range extra {
		f[k] = v
	}
	for name, fn := range f {
		f[name] = r.wrap(name, fn)
	}
	f["include"] = r.include(t)
	f["tpl"] = r.tpl(t)
	f["postureTemplate"] = r.include(t)
	f["postureRange"] = r.rangeOver
	f["posturePrint"] = r.print
	return f
}

// rangeOver counts a range's iterations before it starts.
func (r *renderer) rangeOver(v any) (any, error) {
	n := int64(0)
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n = rv.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n = int64(min(rv.Uint(), 1<<62))
	case reflect.Slice, reflect.Array, reflect.Map, reflect.String:
		n = int64(rv.Len())
	}
	return v, r.b.step(max(n, 1))
}

// print measures a value an action prints before fmt formats it.
func (r *renderer) print(v any) (any, error) {
	if err := r.walk(v); err != nil {
		return nil, err
	}
	return v, nil
}

// walk visits v as a tree, each node a step: a value that holds itself
// or unfolds into too many nodes exceeds the budget instead of making a
// serialiser recurse forever.
func (r *renderer) walk(v any) error {
	switch v.(type) {
	case nil, string, bool, int, int64, float64:
		return nil
	}
	return r.walkValue(reflect.ValueOf(v), 0)
}

func (r *renderer) walkValue(v reflect.Value, depth int) error {
	if depth > maxValueDepth {
		return r.b.fail("a value nests deeper than %d levels (does it hold itself?)", maxValueDepth)
	}
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Map:
		if err := r.b.step(int64(v.Len()) + 1); err != nil {
			return err
		}
		it := v.MapRange()
		for it.Next() {
			if err := r.walkValue(it.Value(), depth+1); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil
		}
		if err := r.b.step(int64(v.Len()) + 1); err != nil {
			return err
		}
		for i := 0; i < v.Len(); i++ {
			if err := r.walkValue(v.Index(i), depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// serialising functions format or copy whole values: their arguments
// are walked first.
var serialising = map[string]bool{
	"toToml": true, "toYaml": true, "toYamlPretty": true, "toJson": true, "toPrettyJson": true, "toRawJson": true,
	"mustToJson": true, "mustToPrettyJson": true, "mustToRawJson": true, "toString": true, "toStrings": true,
	"print": true, "printf": true, "println": true, "cat": true, "quote": true, "squote": true, "join": true,
	"sortAlpha": true, "deepCopy": true, "mustDeepCopy": true, "html": true, "js": true, "urlquery": true,
	"fail": true, "required": true, "b64enc": true, "toDecimal": true, "splitList": true, "uniq": true, "mustUniq": true,
}

// mutating functions change their first argument: it is walked after.
var mutating = map[string]bool{
	"set": true, "merge": true, "mergeOverwrite": true, "mustMerge": true, "mustMergeOverwrite": true,
}

var heavy = map[string]bool{
	"genPrivateKey": true, "genCA": true, "genCAWithKey": true, "genSelfSignedCert": true,
	"genSelfSignedCertWithKey": true, "genSignedCert": true, "genSignedCertWithKey": true,
	"derivePassword": true, "bcrypt": true, "htpasswd": true, "encryptAES": true, "decryptAES": true,
}

var errorType = reflect.TypeFor[error]()

// wrap returns fn with the budget checked around every call. The wrapper
// also returns an error, which text/template turns into a failed
// template.
func (r *renderer) wrap(name string, fn any) any {
	fv := reflect.ValueOf(fn)
	ft := fv.Type()
	if ft.Kind() != reflect.Func || ft.NumOut() == 0 || ft.NumOut() > 2 {
		return fn
	}
	hasErr := ft.NumOut() == 2
	if hasErr && ft.Out(1) != errorType {
		return fn
	}
	in := make([]reflect.Type, ft.NumIn())
	for i := range in {
		in[i] = ft.In(i)
	}
	wt := reflect.FuncOf(in, []reflect.Type{ft.Out(0), errorType}, ft.IsVariadic())
	weight := int64(1)
	if heavy[name] {
		weight = r.b.limits.steps / heavyShare
	}
	fail := func(err error) []reflect.Value {
		return []reflect.Value{reflect.Zero(ft.Out(0)), reflect.ValueOf(&err).Elem()}
	}
	return reflect.MakeFunc(wt, func(args []reflect.Value) []reflect.Value {
		if err := r.b.step(weight); err != nil {
			return fail(err)
		}
		if n := allocates(name, args); n > 0 {
			if err := r.b.produceFor(name, n); err != nil {
				return fail(err)
			}
		}
		if serialising[name] || mutating[name] && name != "set" {
			for _, a := range args {
				if err := r.walkValue(a, 0); err != nil {
					return fail(err)
				}
			}
		}
		var out []reflect.Value
		if ft.IsVariadic() {
			out = fv.CallSlice(args)
		} else {
			out = fv.Call(args)
		}
		if hasErr && !out[1].IsNil() {
			return out
		}
		if mutating[name] && len(args) > 0 {
			if err := r.walkValue(args[0], 0); err != nil {
				return fail(err)
			}
		}
		if err := r.b.produce(size(out[0])); err != nil {
			return fail(err)
		}
		return []reflect.Value{out[0], reflect.Zero(errorType)}
	}).Interface()
}

// size is what a function's result counts against the byte budget.
func size(v reflect.Value) int64 {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return int64(v.Len())
	case reflect.Slice, reflect.Map:
		return 16 * int64(v.Len())
	}
	return 0
}

// allocates returns how many bytes a function that allocates in
// proportion to its arguments will make, before it runs; 0 for the
// others (their result is counted after).
func allocates(name string, args []reflect.Value) int64 {
	arg := func(i int) reflect.Value {
		if i < len(args) {
			return args[i]
		}
		return reflect.Value{}
	}
	num := func(i int) int64 {
		a := arg(i)
		switch a.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return a.Int()
		}
		return 0
	}
	str := func(i int) string {
		if a := arg(i); a.Kind() == reflect.String {
			return a.String()
		}
		return ""
	}
	abs := func(n int64) int64 { return max(n, -n) }
	switch name {
	case "repeat":
		return sat(max(num(0), 0), int64(len(str(1))))
	case "until":
		return sat(abs(num(0)), 16)
	case "untilStep":
		if step := abs(num(2)); step != 0 {
			return sat(abs(num(1)-num(0))/step+1, 16)
		}
	case "seq":
		if ints, ok := arg(0).Interface().([]int); ok && len(ints) > 0 {
			lo, hi, step := int64(1), int64(ints[len(ints)-1]), int64(1)
			if len(ints) >= 2 {
				lo = int64(ints[0])
			}
			if len(ints) == 3 {
				step = max(abs(int64(ints[1])), 1)
			}
			return sat(abs(hi-lo)/step+1, 21)
		}
	case "randAlphaNum", "randAlpha", "randNumeric", "randAscii", "randBytes":
		return sat(abs(num(0)), 2)
	case "indent", "nindent":
		s := str(1)
		return sat(max(num(0), 0), int64(strings.Count(s, "\n")+2)) + int64(len(s))
	case "replace":
		old, repl, src := str(0), str(1), str(2)
		n := int64(len(src) + 1)
		if old != "" {
			n = int64(strings.Count(src, old))
		}
		return sat(n, int64(len(repl))) + int64(len(src))
	case "wrapWith":
		return sat(int64(len(str(2)))/max(num(0), 1)+1, int64(len(str(1)))) + int64(len(str(2)))
	case "join":
		n := int64(0)
		if a := arg(1); a.IsValid() {
			for a.Kind() == reflect.Interface && !a.IsNil() {
				a = a.Elem()
			}
			if a.Kind() == reflect.Slice || a.Kind() == reflect.Array {
				n = int64(a.Len())
			}
		}
		return sat(n, int64(len(str(0))))
	case "regexReplaceAll", "mustRegexReplaceAll", "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral":
		re, err := regexp.Compile(str(0))
		if err != nil {
			return 0
		}
		s, repl := str(1), str(2)
		dollars := int64(0)
		if !strings.HasSuffix(name, "Literal") {
			dollars = int64(strings.Count(repl, "$"))
		}
		total := int64(len(s))
		for _, m := range re.FindAllStringIndex(s, -1) {
			total += int64(len(repl)) + sat(dollars, int64(m[1]-m[0]))
		}
		return total
	case "printf":
		total := int64(len(str(0)))
		for _, w := range printfWidth.FindAllString(str(0), -1) {
			n, _ := strconv.ParseInt(w, 10, 64)
			total += n
		}
		for _, a := range args[1:] {
			if a.Kind() == reflect.Slice {
				for i := 0; i < a.Len(); i++ {
					if e := a.Index(i); e.Kind() == reflect.Interface && !e.IsNil() && e.Elem().Kind() == reflect.Int {
						total += min(abs(e.Elem().Int()), 1e6) // a * width
					}
				}
			}
		}
		return total
	}
	return 0
}

func byteCount(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

var printfWidth = regexp.MustCompile(`[0-9]{2,}`)

// sat multiplies without overflowing.
func sat(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a > (1<<62)/b {
		return 1 << 62
	}
	return a * b
}

func cleanupParseError(filename string, err error) error {
	tokens := strings.Split(err.Error(), ": ")
	if len(tokens) == 1 {
		return fmt.Errorf("parse error in (%s): %s", filename, err)
	}
	return fmt.Errorf("parse error at (%s): %s", tokens[1], tokens[len(tokens)-1])
}

func cleanupExecError(filename string, err error) error {
	var execErr template.ExecError
	if !errors.As(err, &execErr) {
		return err
	}
	tokens := strings.SplitN(err.Error(), ": ", 3)
	if len(tokens) != 3 {
		return fmt.Errorf("execution error in (%s): %w", filename, err)
	}
	if parts := warnRegex.FindStringSubmatch(tokens[2]); len(parts) >= 2 {
		return fmt.Errorf("execution error at (%s): %s", tokens[1], parts[1])
	}
	return err
}

func sortTemplates(tpls map[string]renderable) []string {
	keys := make([]string, 0, len(tpls))
	for key := range tpls {
		keys = append(keys, key)
	}
	// Deepest paths first, as Helm parses them.
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		ca, cb := strings.Count(a, "/"), strings.Count(b, "/")
		if ca == cb {
			return a > b
		}
		return ca > cb
	})
	return keys
}

// recAllTpls collects the templates of c and its subcharts, each with the
// values of its scope.
func recAllTpls(c *chart.Chart, templates map[string]renderable, vals chartutil.Values) map[string]any {
	subCharts := map[string]any{}
	chartMetaData := struct {
		chart.Metadata
		IsRoot bool
	}{*c.Metadata, c.IsRoot()}
	next := map[string]any{
		"Chart":        chartMetaData,
		"Files":        newFiles(c.Files),
		"Release":      vals["Release"],
		"Capabilities": vals["Capabilities"],
		"Values":       make(chartutil.Values),
		"Subcharts":    subCharts,
	}
	if c.IsRoot() {
		next["Values"] = vals["Values"]
	} else if vs, err := vals.Table("Values." + c.Name()); err == nil {
		next["Values"] = vs
	}
	for _, child := range c.Dependencies() {
		subCharts[child.Name()] = recAllTpls(child, templates, next)
	}
	parentID := c.ChartFullPath()
	library := strings.EqualFold(c.Metadata.Type, "library")
	for _, t := range c.Templates {
		if t == nil || library && !strings.HasPrefix(filepath.Base(t.Name), "_") {
			continue
		}
		templates[path.Join(parentID, t.Name)] = renderable{
			tpl:      string(t.Data),
			vals:     next,
			basePath: path.Join(parentID, "templates"),
		}
	}
	return next
}

// files is .Files: the chart's files other than templates and values.
type files map[string][]byte

func newFiles(from []*chart.File) files {
	f := files{}
	for _, file := range from {
		f[file.Name] = file.Data
	}
	return f
}

// GetBytes returns a file's content, or nothing.
func (f files) GetBytes(name string) []byte {
	if v, ok := f[name]; ok {
		return v
	}
	return []byte{}
}

// Get returns a file's content as a string.
func (f files) Get(name string) string { return string(f.GetBytes(name)) }

// Glob returns the files whose names match pattern.
func (f files) Glob(pattern string) files {
	g, err := glob.Compile(pattern, '/')
	if err != nil {
		g, _ = glob.Compile("**")
	}
	nf := files{}
	for name, contents := range f {
		if g.Match(name) {
			nf[name] = contents
		}
	}
	return nf
}

// AsConfig returns the files as the data of a ConfigMap.
func (f files) AsConfig() string {
	if f == nil {
		return ""
	}
	m := map[string]string{}
	for k, v := range f {
		m[path.Base(k)] = string(v)
	}
	return toYAML(m)
}

// AsSecrets returns the files base64-encoded, as the data of a Secret.
func (f files) AsSecrets() string {
	if f == nil {
		return ""
	}
	m := map[string]string{}
	for k, v := range f {
		m[path.Base(k)] = base64.StdEncoding.EncodeToString(v)
	}
	return toYAML(m)
}

// Lines returns the lines of a file.
func (f files) Lines(path string) []string {
	if f == nil || len(f[path]) == 0 {
		return []string{}
	}
	s := string(f[path])
	if s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	return strings.Split(s, "\n")
}

func toYAML(v any) string {
	data, err := yaml.Marshal(v)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(data), "\n")
}

func toYAMLPretty(v any) string {
	var data strings.Builder
	enc := goYaml.NewEncoder(&data)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return ""
	}
	return strings.TrimSuffix(data.String(), "\n")
}

func fromYAML(str string) map[string]any {
	m := map[string]any{}
	if err := yaml.Unmarshal([]byte(str), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func fromYAMLArray(str string) []any {
	a := []any{}
	if err := yaml.Unmarshal([]byte(str), &a); err != nil {
		a = []any{err.Error()}
	}
	return a
}

func toTOML(v any) string {
	var b strings.Builder
	if err := toml.NewEncoder(&b).Encode(v); err != nil {
		return err.Error()
	}
	return b.String()
}

func fromTOML(str string) map[string]any {
	m := map[string]any{}
	if err := toml.Unmarshal([]byte(str), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func toJSON(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(data)
}

func fromJSON(str string) map[string]any {
	m := map[string]any{}
	if err := json.Unmarshal([]byte(str), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func fromJSONArray(str string) []any {
	a := []any{}
	if err := json.Unmarshal([]byte(str), &a); err != nil {
		a = []any{err.Error()}
	}
	return a
}
