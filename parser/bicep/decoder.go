package bicep

import (
	"context"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// New returns the decoder for Bicep source: each .bicep file is
// translated into the ARM template the Bicep compiler would write and
// evaluated by the ARM decoder's evaluator, with findings on the .bicep
// lines. A file that another scanned .bicep calls as a module is
// evaluated within that call, with its arguments, and not on its own.
// Parameter values come from a .bicepparam whose using names the
// template, else from <name>.parameters.json beside it (azd's
// "${VAR=default}" form understood), else from the defaults.
func New(opts Options) parser.Decoder { return &decoder{opts: opts} }

// Options configure the Bicep decoder.
type Options struct {
	// ParameterFiles are ARM parameter files (paths relative to the scan
	// root) applied to every template; their values win.
	ParameterFiles []string
}

type decoder struct {
	opts    Options
	mu      sync.Mutex
	claimed []string
	once    sync.Once
	called  map[string]bool
	params  map[string][]string // template → .bicepparam files using it
	using   map[string]string   // .bicepparam file → its template
}

func (d *decoder) isClaimed(name string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, c := range d.claimed {
		if c == name {
			return true
		}
	}
	return false
}

// Name implements parser.Decoder.
func (d *decoder) Name() string { return "bicep" }

// Match implements parser.Decoder.
func (d *decoder) Match(name string, _ []byte) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, ".bicep") || strings.HasSuffix(l, ".bicepparam")
}

// Units implements parser.Decoder: every file is a unit; a .bicepparam
// file decodes its template only when the template is not scanned itself.
func (d *decoder) Units(names []string) [][]string {
	// Units starts a scan: what the files call is indexed anew.
	d.mu.Lock()
	d.claimed = append([]string(nil), names...)
	d.once = sync.Once{}
	d.mu.Unlock()
	units := make([][]string, 0, len(names))
	for _, n := range names {
		units = append(units, []string{n})
	}
	return units
}

// index finds which files are modules of others and which parameter
// files use which template.
func (d *decoder) index(src *parser.Source) {
	d.called, d.params, d.using = map[string]bool{}, map[string][]string{}, map[string]string{}
	d.mu.Lock()
	names := append([]string(nil), d.claimed...)
	d.mu.Unlock()
	sort.Strings(names)
	for _, n := range names {
		b, err := src.ReadFile(n)
		if err != nil {
			continue
		}
		f, diags := Parse(n, b)
		if f == nil || hasError(diags) {
			// A file that does not parse is not evaluated, so its modules
			// are scanned on their own.
			continue
		}
		for _, s := range f.Statements {
			switch x := s.(type) {
			case *Module:
				if rel, ok := x.Path.Value(); ok && !strings.Contains(rel, ":") {
					target := path.Join(path.Dir(n), rel)
					if target != n {
						d.called[target] = true
					}
				}
			case *Using:
				if x.Path != nil {
					if rel, ok := x.Path.Value(); ok {
						t := path.Join(path.Dir(n), rel)
						d.params[t] = append(d.params[t], n)
						d.using[n] = t
					}
				}
			}
		}
	}
}

// Decode implements parser.Decoder.
func (d *decoder) Decode(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	d.once.Do(func() { d.index(src) })
	var rs []parser.Resource
	var ds []parser.Diagnostic
	var ss []parser.Suppression
	commented := map[string]bool{} // a module called by several files
	for _, name := range unit {
		if strings.HasSuffix(strings.ToLower(name), ".bicepparam") {
			// A parameters file scanned without its template: the
			// template is evaluated with it.
			if t := d.using[name]; t != "" && !d.isClaimed(t) {
				r, diags, sups := decodeFile(ctx, src, t, name, d.opts.ParameterFiles)
				rs = append(rs, r...)
				ds = append(ds, diags...)
				ss = parser.AppendSuppressions(ss, sups, commented)
			}
			continue
		}
		if d.called[name] {
			continue
		}
		var pf string
		if ps := d.params[name]; len(ps) > 0 {
			pf = ps[0]
		}
		r, diags, sups := decodeFile(ctx, src, name, pf, d.opts.ParameterFiles)
		rs = append(rs, r...)
		ds = append(ds, diags...)
		ss = parser.AppendSuppressions(ss, sups, commented)
	}
	return rs, ds, ss
}

// DecodeFile translates and evaluates one .bicep file, with the values
// of the .bicepparam file paramFile when it is not empty.
func DecodeFile(ctx context.Context, src *parser.Source, name, paramFile string) ([]parser.Resource, []parser.Diagnostic) {
	rs, ds, _ := decodeFile(ctx, src, name, paramFile, nil)
	return rs, ds
}

// decodeFile also returns the ignore comments of the file and of the
// modules it calls.
func decodeFile(ctx context.Context, src *parser.Source, name, paramFile string, parameterFiles []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	b, err := src.ReadFile(name)
	if err != nil {
		return nil, []parser.Diagnostic{parser.Errorf(parser.Range{File: name}, "cannot read: %v", err)}, nil
	}
	f, diags := Parse(name, b)
	for _, d := range diags {
		if d.Severity == parser.DiagError {
			return nil, diags, nil
		}
	}
	tree, tds, sups := translate(src, f, b)
	tree.ParameterFiles = parameterFiles
	diags = append(diags, tds...)
	var params map[string]arm.Supplied
	if paramFile != "" {
		var pds []parser.Diagnostic
		params, pds = readBicepParams(src, paramFile)
		diags = append(diags, pds...)
	}
	rs, eds := arm.DecodeTree(ctx, src, tree, params)
	for i := range rs {
		nameAsWritten(src, &rs[i])
	}
	return rs, append(diags, eds...), sups
}

// nameAsWritten names a resource whose name is known only at deployment
// by its Bicep text (cacheAccountName, mlw${env}) rather than by the ARM
// expression the translation made of it ([parameters('cacheAccountName')]),
// which the author of the .bicep file never wrote.
func nameAsWritten(src *parser.Source, r *parser.Resource) {
	if !strings.HasPrefix(r.Name, "[") {
		return
	}
	rg, ok := r.Ranges["name"]
	if !ok || !strings.HasSuffix(rg.File, ".bicep") || rg.Start.Line != rg.End.Line {
		return
	}
	b, ok := src.Cached(rg.File)
	if !ok || rg.Start.Byte < 0 || rg.End.Byte > len(b) || rg.End.Byte-rg.Start.Byte > 80 {
		return
	}
	text := string(b[rg.Start.Byte:rg.End.Byte])
	if len(text) >= 2 && text[0] == '\'' && text[len(text)-1] == '\'' {
		text = text[1 : len(text)-1]
	}
	if text != "" {
		r.Name = text
	}
}

// readBicepParams reads the param assignments of a .bicepparam file.
// Values that are not literals are unknown.
func readBicepParams(src *parser.Source, name string) (map[string]arm.Supplied, []parser.Diagnostic) {
	b, err := src.ReadFile(name)
	if err != nil {
		return nil, []parser.Diagnostic{parser.Warnf(parser.Range{File: name}, "cannot read parameters file: %v", err)}
	}
	f, diags := Parse(name, b)
	out := map[string]arm.Supplied{}
	for _, s := range f.Statements {
		if p, ok := s.(*ParamAssign); ok && p.Value != nil {
			out[p.Name.Name] = arm.Supplied{Value: literal(p.Value, 0), Origins: []parser.Range{p.Value.Span()}}
		}
	}
	return out, diags
}

// literal is the value of a literal expression; expr.Unknown otherwise.
func literal(e Expr, depth int) any {
	if depth > 64 {
		return expr.Unknown
	}
	switch x := e.(type) {
	case *String:
		if v, ok := x.Value(); ok {
			return v
		}
	case *Int:
		if v, ok := x.Value(); ok && v < 1<<63 {
			return int64(v)
		}
	case *Unary:
		if i, ok := x.X.(*Int); ok && x.Op == "-" {
			if v, ok := i.Value(); ok && v < 1<<63 {
				return -int64(v)
			}
		}
	case *Bool:
		return x.Value
	case *Null:
		return nil
	case *Paren:
		return literal(x.X, depth+1)
	case *Array:
		out := make([]any, 0, len(x.Items))
		for _, it := range x.Items {
			out = append(out, literal(it, depth+1))
		}
		return out
	case *Object:
		out := map[string]any{}
		for _, it := range x.Items {
			p, ok := it.(*Property)
			if !ok {
				return expr.Unknown
			}
			k, ok := p.Name()
			if !ok {
				return expr.Unknown
			}
			v := literal(p.Value, depth+1)
			if !expr.IsUnknown(v) {
				out[k] = v
			}
		}
		return out
	case *Call:
		// readEnvironmentVariable('NAME', 'default') takes its default.
		if strings.EqualFold(x.Name.Name, "readEnvironmentVariable") && len(x.Args) == 2 {
			return literal(x.Args[1], depth+1)
		}
	}
	return expr.Unknown
}

func hasError(ds []parser.Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == parser.DiagError {
			return true
		}
	}
	return false
}
