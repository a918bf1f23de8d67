package terraform

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"weak"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
)

// module is the parsed configuration of one directory. It is immutable once
// loaded and shared by every unit that evaluates it.
type module struct {
	dir   string
	files map[string]*hcl.File
	// suppressions are the ignore comments of the module's .tf files.
	suppressions []parser.Suppression
	lines        map[string]*parser.LineIndex
	variables    map[string]*variable
	locals       map[string]*hcl.Attribute
	resources    map[string]*resourceBlock // "type.name"
	resOrder     []*resourceBlock
	data         map[string]map[string]bool
	// dataBlocks are the data blocks the scan evaluates (dataEvaluators),
	// by "type.name", in declaration order in dataOrder.
	dataBlocks map[string]*resourceBlock
	dataOrder  []*resourceBlock
	calls      map[string]*moduleCall
	callOrder  []*moduleCall
	outputs    map[string]*hcl.Attribute
	providers  map[string]string // local provider name → version constraint
	// order is the evaluation order of locals, resources, module calls and
	// outputs; cycles lists the nodes that take part in a reference cycle.
	order  []*node
	cycles []*node
	// attrRefs are attribute names read from resources through splats and
	// for expressions, where the resource they belong to is not visible
	// statically; every resource object offers them (as unknown values).
	attrRefs map[string]bool
	// providerFuncs are the provider-defined functions called
	// (provider::azurerm::normalise_resource_id); their results need the
	// provider, so they are unknown.
	providerFuncs map[string]bool
	diags         []parser.Diagnostic
	hasConf       bool
}

type variable struct {
	name       string
	decl       hcl.Range
	def        cty.Value // cty.NilVal when there is no default
	ty         cty.Type
	defaults   *typeexpr.Defaults
	nullable   bool
	hasDefault bool
}

type resourceBlock struct {
	typ, name string
	block     *hcl.Block
	count     *hcl.Attribute
	forEach   *hcl.Attribute
	// refAttrs are the attribute names other expressions read from this
	// resource; the ones it does not configure are computed, hence unknown.
	refAttrs map[string]bool
}

type moduleCall struct {
	name    string
	source  string
	version string
	block   *hcl.Block
	args    map[string]*hcl.Attribute
	count   *hcl.Attribute
	forEach *hcl.Attribute
}

type moduleEntry struct {
	mu  sync.Mutex
	mod weak.Pointer[module]
}

// moduleCache holds the modules parsed from one Source. It holds them
// weakly: a module stays while a unit being evaluated uses it, and the
// garbage collector may drop it afterwards, so a large scan does not keep
// every HCL syntax tree alive to the end. A module needed again after
// that is parsed again from the cached bytes, with the same result.
type moduleCache struct {
	src  *parser.Source
	mu   sync.Mutex
	mods map[string]*moduleEntry
}

// get returns the module in dir, parsing it on first use.
func (c *moduleCache) get(dir string) *module {
	c.mu.Lock()
	e, ok := c.mods[dir]
	if !ok {
		e = &moduleEntry{}
		c.mods[dir] = e
	}
	c.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	if m := e.mod.Value(); m != nil {
		return m
	}
	m := loadModule(c.src, dir)
	e.mod = weak.Make(m)
	return m
}

// parseFile parses HCL native syntax or JSON by file name, with diagnostics
// at exact positions.
func parseFile(name string, b []byte) (*hcl.File, hcl.Diagnostics) {
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		return hcljson.Parse(b, name)
	}
	return hclsyntax.ParseConfig(b, name, hcl.InitialPos)
}

var rootSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "ephemeral", LabelNames: []string{"type", "name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "moved"}, {Type: "import"}, {Type: "removed"},
	{Type: "check", LabelNames: []string{"name"}},
}}

var variableSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "type"}, {Name: "default"}, {Name: "description"},
		{Name: "sensitive"}, {Name: "nullable"}, {Name: "ephemeral"},
	},
	Blocks: []hcl.BlockHeaderSchema{{Type: "validation"}},
}

func loadModule(src *parser.Source, dir string) *module {
	m := &module{
		dir:        dir,
		files:      map[string]*hcl.File{},
		lines:      map[string]*parser.LineIndex{},
		variables:  map[string]*variable{},
		locals:     map[string]*hcl.Attribute{},
		resources:  map[string]*resourceBlock{},
		data:       map[string]map[string]bool{},
		dataBlocks: map[string]*resourceBlock{},
		calls:      map[string]*moduleCall{},
		outputs:    map[string]*hcl.Attribute{},
		providers:  map[string]string{},
		attrRefs:   map[string]bool{},

		providerFuncs: map[string]bool{},
	}
	entries, err := fs.ReadDir(src, dir)
	if err != nil {
		m.diags = append(m.diags, parser.Errorf(parser.Range{File: dir}, "cannot read module directory: %v", err))
		return m
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() || fileKind(e.Name()) != kindConfig {
			continue
		}
		names = append(names, path.Join(dir, e.Name()))
	}
	// Terraform reads override files after the others, in lexical order,
	// and merges each of their blocks into the block of the same name.
	sort.SliceStable(names, func(i, j int) bool { return !isOverride(names[i]) && isOverride(names[j]) })
	for _, name := range names {
		m.loadFile(src, name)
	}
	m.plan()
	return m
}

// notJSONObject returns the offset of the top-level value of a JSON file
// when it is not an object. HCL reads an array as a list of bodies and
// anything else as an empty body, so such a file would vanish silently.
func notJSONObject(name string, b []byte) (int, bool) {
	if !strings.HasSuffix(strings.ToLower(name), ".json") {
		return 0, false
	}
	trimmed := bytes.TrimLeft(b, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] == '{' {
		return 0, false
	}
	return len(b) - len(trimmed), true
}

func isOverride(name string) bool {
	b := strings.TrimSuffix(strings.TrimSuffix(path.Base(name), ".json"), ".tf")
	return b == "override" || strings.HasSuffix(b, "_override")
}

func (m *module) loadFile(src *parser.Source, name string) {
	b, err := src.ReadFile(name)
	if err != nil {
		m.diags = append(m.diags, parser.Errorf(parser.Range{File: name}, "cannot read file: %v", err))
		return
	}
	m.hasConf = true
	m.lines[name] = parser.NewLineIndex(b)
	if e := checkNesting(name, b); e != nil {
		m.diags = append(m.diags, e.diagnostic(m.lines[name]))
		return
	}
	if off, ok := notJSONObject(name, b); ok {
		p := m.lines[name].Pos(off)
		m.diags = append(m.diags, parser.Errorf(parser.Range{File: name, Start: p, End: p},
			"a .tf.json file holds one JSON object whose members are blocks (resource, variable, ...); this one does not, so the file is not scanned"))
		return
	}
	f, diags := parseFile(name, b)
	if strings.HasSuffix(name, ".tf") && f != nil {
		body, _ := f.Body.(*hclsyntax.Body)
		m.suppressions = append(m.suppressions, suppressions(name, b, body)...)
	}
	if diags.HasErrors() {
		// What HCL recovers from a broken file is partial: checks would
		// report attributes as missing that are only unreadable.
		for _, d := range convertDiags(diags, parser.DiagError, m.rng) {
			if d.Severity == parser.DiagError {
				d.Message += " (the file is not scanned until this is fixed)"
			}
			m.diags = append(m.diags, d)
		}
		return
	}
	m.addDiags(diags, parser.DiagError)
	if f == nil || f.Body == nil {
		return
	}
	if body, ok := f.Body.(*hclsyntax.Body); ok {
		for _, blk := range body.Blocks {
			// Variable defaults are evaluated without functions, where a
			// reference is an error that should say so.
			if blk.Type != "variable" {
				chargeTemplates(blk)
			}
		}
	}
	m.files[name] = f
	content, _, _ := f.Body.PartialContent(rootSchema)
	override := isOverride(name)
	for _, blk := range content.Blocks {
		switch blk.Type {
		case "terraform":
			m.readTerraformBlock(blk)
		case "variable":
			m.readVariable(blk, override)
		case "locals":
			attrs, diags := blk.Body.JustAttributes()
			m.addDiags(diags, parser.DiagError)
			for n, a := range attrs {
				m.locals[n] = a
			}
		case "resource":
			m.readResource(blk, override)
		case "data":
			if m.data[blk.Labels[0]] == nil {
				m.data[blk.Labels[0]] = map[string]bool{}
			}
			m.data[blk.Labels[0]][blk.Labels[1]] = true
			m.readData(blk, override)
		case "module":
			m.readModuleCall(blk, override)
		case "output":
			attrs, _ := blk.Body.JustAttributes()
			if a, ok := attrs["value"]; ok {
				m.outputs[blk.Labels[0]] = a
			}
		}
	}
}

func (m *module) readVariable(blk *hcl.Block, override bool) {
	name := blk.Labels[0]
	v := m.variables[name]
	if v == nil || !override {
		v = &variable{name: name, ty: cty.DynamicPseudoType, nullable: true}
	}
	v.decl = blk.DefRange
	content, _, diags := blk.Body.PartialContent(variableSchema)
	m.addDiags(diags, parser.DiagError)
	if a, ok := content.Attributes["type"]; ok {
		ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(a.Expr)
		if diags.HasErrors() {
			// Terraform still accepts the bare collection keywords of 0.11.
			switch hcl.ExprAsKeyword(a.Expr) {
			case "map":
				ty, diags = cty.Map(cty.DynamicPseudoType), nil
			case "list":
				ty, diags = cty.List(cty.DynamicPseudoType), nil
			case "set":
				ty, diags = cty.Set(cty.DynamicPseudoType), nil
			}
		}
		if diags.HasErrors() {
			m.addDiags(diags, parser.DiagWarning)
		} else {
			v.ty, v.defaults = ty, defaults
		}
	}
	if a, ok := content.Attributes["nullable"]; ok {
		if val, diags := a.Expr.Value(nil); !diags.HasErrors() && val.Type() == cty.Bool && val.IsKnown() && !val.IsNull() {
			v.nullable = val.True()
		}
	}
	if a, ok := content.Attributes["default"]; ok {
		val, diags := a.Expr.Value(nil)
		if diags.HasErrors() {
			m.addDiags(diags, parser.DiagWarning)
		} else {
			v.def, v.hasDefault = val, true
		}
	}
	m.variables[name] = v
}

func (m *module) readResource(blk *hcl.Block, override bool) {
	key := blk.Labels[0] + "." + blk.Labels[1]
	old, ok := m.resources[key]
	switch {
	case ok && !override:
		m.diags = append(m.diags, parser.Errorf(m.rng(blk.DefRange),
			"duplicate resource %s: it is also declared %s; rename one of them", key, m.elsewhere(blk.DefRange, old.block.DefRange)))
		return
	case ok:
		blk = overrideBlock(old.block, blk)
	case override:
		m.missingOverridden(blk, "resource "+key)
	}
	r := &resourceBlock{typ: blk.Labels[0], name: blk.Labels[1], block: blk, refAttrs: map[string]bool{}}
	attrs := bodyAttrs(blk.Body)
	r.count, r.forEach = attrs["count"], attrs["for_each"]
	if _, ok := m.resources[key]; !ok {
		m.resOrder = append(m.resOrder, r)
	} else {
		for i, o := range m.resOrder {
			if o.typ+"."+o.name == key {
				m.resOrder[i] = r
			}
		}
	}
	m.resources[key] = r
}

func (m *module) readModuleCall(blk *hcl.Block, override bool) {
	name := blk.Labels[0]
	if old, ok := m.calls[name]; ok && override {
		blk = overrideBlock(old.block, blk)
	} else if !ok && override {
		m.missingOverridden(blk, "module call "+name)
	}
	c := &moduleCall{name: name, block: blk, args: map[string]*hcl.Attribute{}}
	attrs, _ := blk.Body.JustAttributes()
	for n, a := range attrs {
		switch n {
		case "source":
			if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
				c.source = v.AsString()
			}
		case "version":
			if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
				c.version = v.AsString()
			}
		case "count":
			c.count = a
		case "for_each":
			c.forEach = a
		case "providers", "depends_on":
		default:
			c.args[n] = a
		}
	}
	if _, ok := m.calls[name]; !ok {
		m.callOrder = append(m.callOrder, c)
	} else if !override {
		m.diags = append(m.diags, parser.Errorf(m.rng(blk.DefRange), "duplicate module call %q; rename one of them", name))
		return
	} else {
		for i, o := range m.callOrder {
			if o.name == name {
				m.callOrder[i] = c
			}
		}
	}
	m.calls[name] = c
}

// missingOverridden reports an override file's block that overrides
// nothing. Terraform rejects the configuration; the block is read as if
// declared normally, which is what its author meant.
func (m *module) missingOverridden(blk *hcl.Block, what string) {
	m.diags = append(m.diags, parser.Warnf(m.rng(blk.DefRange),
		"%s is in an override file, but no other file of the module declares it, so there is nothing to override (Terraform rejects this); declare it in a normal .tf file", what))
}

func (m *module) readTerraformBlock(blk *hcl.Block) {
	content, _, _ := blk.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "required_providers"}}})
	for _, rp := range content.Blocks {
		attrs, _ := rp.Body.JustAttributes()
		for name, a := range attrs {
			v, diags := a.Expr.Value(nil)
			if diags.HasErrors() || !v.IsWhollyKnown() || v.IsNull() {
				continue
			}
			switch {
			case v.Type() == cty.String:
				// The pre-0.13 shorthand: the value is the version constraint.
				m.providers[name] = v.AsString()
			case v.Type().IsObjectType() && v.Type().HasAttribute("version"):
				if ver := v.GetAttr("version"); ver.Type() == cty.String && !ver.IsNull() {
					m.providers[name] = ver.AsString()
				}
			}
		}
	}
}

// bodyAttrs returns the attributes of a block body without a schema: native
// syntax bodies expose them directly; for JSON every property is an
// attribute.
func bodyAttrs(body hcl.Body) map[string]*hcl.Attribute {
	if sb, ok := body.(*hclsyntax.Body); ok {
		out := make(map[string]*hcl.Attribute, len(sb.Attributes))
		for n, a := range sb.Attributes {
			out[n] = a.AsHCLAttribute()
		}
		return out
	}
	attrs, _ := body.JustAttributes()
	return attrs
}

// addDiags turns HCL diagnostics into the model's, at severity sev for errors.
func (m *module) addDiags(diags hcl.Diagnostics, sev parser.DiagSeverity) {
	m.diags = append(m.diags, convertDiags(diags, sev, m.rng)...)
}

func convertDiags(diags hcl.Diagnostics, sev parser.DiagSeverity, rng func(hcl.Range) parser.Range) []parser.Diagnostic {
	var out []parser.Diagnostic
	for _, d := range diags {
		s := sev
		if d.Severity == hcl.DiagWarning {
			s = parser.DiagWarning
		}
		var r parser.Range
		if d.Subject != nil {
			r = rng(*d.Subject)
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		out = append(out, parser.Diagnostic{Severity: s, Message: clip(msg), Range: r})
	}
	return out
}

// rng converts an HCL range of one of the module's files, recounting columns
// in code points from the byte offsets.
// elsewhere names the place of other for a message about here: its line
// in the same file, else its file and line. The files of a module share a
// directory, so the file's base name is enough, and it reads the same
// whatever directory the scan runs from.
func (m *module) elsewhere(here, other hcl.Range) string {
	o := m.rng(other)
	if other.Filename == here.Filename {
		return fmt.Sprintf("at line %d", o.Start.Line)
	}
	return fmt.Sprintf("in %s at line %d", path.Base(o.File), o.Start.Line)
}

func (m *module) rng(r hcl.Range) parser.Range {
	return convertRange(m.lines[r.Filename], r)
}

func convertRange(idx *parser.LineIndex, r hcl.Range) parser.Range {
	if idx == nil {
		return parser.Range{File: r.Filename,
			Start: parser.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
			End:   parser.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte}}
	}
	return parser.Range{File: r.Filename, Start: idx.Pos(r.Start.Byte), End: idx.Pos(r.End.Byte)}
}
