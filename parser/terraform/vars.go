package terraform

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
)

// varValue is a value given for an input variable and where it was given.
type varValue struct {
	val    cty.Value
	origin *parser.Range
}

// rootVariables sets the root module's variables from, lowest precedence
// first: defaults, TF_VAR_* environment variables, terraform.tfvars,
// terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then the
// -var-file and -var options.
func (st *state) rootVariables(in *instance) {
	given := map[string]varValue{}
	for _, kv := range st.opts.Env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(k, "TF_VAR_") {
			continue
		}
		name := strings.TrimPrefix(k, "TF_VAR_")
		if decl, ok := in.mod.variables[name]; ok {
			if val, ok := st.rawValue(decl, v, "environment variable "+k); ok {
				given[name] = varValue{val: val}
			}
		}
	}
	var auto []string
	if entries, err := fs.ReadDir(st.src, st.rootDir); err == nil {
		for _, e := range entries {
			n := e.Name()
			if !e.IsDir() && (strings.HasSuffix(n, ".auto.tfvars") || strings.HasSuffix(n, ".auto.tfvars.json")) {
				auto = append(auto, n)
			}
		}
	}
	sort.Strings(auto)
	files := []string{path.Join(st.rootDir, "terraform.tfvars"), path.Join(st.rootDir, "terraform.tfvars.json")}
	for _, n := range auto {
		files = append(files, path.Join(st.rootDir, n))
	}
	for _, f := range files {
		st.readVarFile(f, given, false)
	}
	for _, f := range st.opts.VarFiles {
		st.readVarFile(path.Clean(f), given, true)
	}
	names := make([]string, 0, len(st.opts.Vars))
	for n := range st.opts.Vars {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if decl, ok := in.mod.variables[n]; ok {
			if val, ok := st.rawValue(decl, st.opts.Vars[n], "-var "+n); ok {
				given[n] = varValue{val: val}
			}
		}
	}
	for n, v := range st.planVars {
		given[n] = varValue{val: v}
	}
	for name, decl := range in.mod.variables {
		g, ok := given[name]
		var origins []parser.Range
		// A null given for a non-nullable variable leaves the default in
		// place, so the variable file is not where the value came from.
		if ok && g.origin != nil && !(g.val.IsNull() && !decl.nullable && decl.hasDefault) {
			origins = []parser.Range{*g.origin}
		}
		in.vars[name] = in.finalizeVar(decl, g.val, ok, nil)
		in.provs["var."+name] = &prov{origins: origins}
	}
}

// readVarFile reads a .tfvars or .tfvars.json file into given.
func (st *state) readVarFile(name string, given map[string]varValue, explicit bool) {
	b, err := st.src.ReadFile(name)
	switch {
	case err != nil && explicit:
		st.add(parser.Errorf(parser.Range{File: name}, "cannot read variable file given with --var-file: %v", err))
		return
	case errors.Is(err, fs.ErrNotExist):
		return
	case err != nil:
		st.add(parser.Errorf(parser.Range{File: name}, "cannot read variable file: %v; its values are not used", err))
		return
	}
	idx := parser.NewLineIndex(b)
	st.lines[name] = idx
	if e := checkNesting(name, b); e != nil {
		st.add(e.diagnostic(idx))
		return
	}
	if off, ok := notJSONObject(name, b); ok {
		p := idx.Pos(off)
		st.add(parser.Errorf(parser.Range{File: name, Start: p, End: p},
			"a .tfvars.json file holds one JSON object of variable values; this one does not, so its values are not used"))
		return
	}
	f, diags := parseFile(name, b)
	rng := func(r hcl.Range) parser.Range { return convertRange(idx, r) }
	for _, d := range convertDiags(diags, parser.DiagError, rng) {
		st.add(d)
	}
	if f == nil || f.Body == nil {
		return
	}
	attrs, diags := f.Body.JustAttributes()
	for _, d := range convertDiags(diags, parser.DiagError, rng) {
		st.add(d)
	}
	for n, a := range attrs {
		v, diags := a.Expr.Value(nil)
		if diags.HasErrors() {
			st.add(parser.Errorf(rng(a.Expr.Range()), "variable files may only hold literal values: %s", diags[0].Summary))
			continue
		}
		r := rng(a.Expr.Range())
		given[n] = varValue{val: v, origin: &r}
	}
}

// rawValue interprets a -var or TF_VAR_ string the way Terraform does:
// verbatim for primitive types, as an HCL expression for the others.
func (st *state) rawValue(decl *variable, s, what string) (cty.Value, bool) {
	if decl.ty == cty.DynamicPseudoType || decl.ty.IsPrimitiveType() {
		return cty.StringVal(s), true
	}
	expr, diags := hclsyntax.ParseExpression([]byte(s), what, hcl.InitialPos)
	if diags.HasErrors() {
		st.add(parser.Errorf(parser.Range{File: what}, "value of %s is not a valid expression: %s", what, diags[0].Summary))
		return cty.NilVal, false
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		st.add(parser.Errorf(parser.Range{File: what}, "value of %s must be a literal: %s", what, diags[0].Summary))
		return cty.NilVal, false
	}
	return v, true
}

// finalizeVar applies a variable's default, optional() attribute defaults,
// nullability and type constraint to the value it was given. A variable
// with neither a value nor a default is unknown.
func (in *instance) finalizeVar(decl *variable, v cty.Value, given bool, at *parser.Range) cty.Value {
	if !given || v == cty.NilVal {
		if !decl.hasDefault {
			return cty.UnknownVal(decl.ty)
		}
		v = decl.def
	}
	if v.IsKnown() && v.IsNull() && !decl.nullable && decl.hasDefault {
		v = decl.def
	}
	if decl.defaults != nil {
		v = decl.defaults.Apply(v)
	}
	if decl.ty == cty.DynamicPseudoType {
		return v
	}
	conv, err := convertTo(v, decl.ty)
	if err != nil {
		r := in.mod.rng(decl.decl)
		if at != nil {
			r = *at
		}
		in.st.add(parser.Warnf(r, "the value given for variable %q does not match its type: %v; it is treated as unknown", decl.name, err))
		return cty.UnknownVal(decl.ty)
	}
	return conv
}
