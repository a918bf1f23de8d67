package terraform

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/posture-dev/posture/parser"
)

// evalCall evaluates a module call: each of its instances evaluates the
// called module with the call's arguments as input variables. It returns
// the value module.<name> has for the caller.
func (in *instance) evalCall(c *moduleCall) cty.Value {
	st := in.st
	m := in.mod
	key := c.name
	if in.key != "" {
		key = in.key + "." + c.name
	}
	dir, ok := in.moduleDir(c, key)
	if !ok {
		return cty.DynamicVal
	}
	if in.depth+1 > maxModuleDepth {
		st.warn(m, c.block.DefRange, "module calls are nested more than %d deep; module %q is not evaluated", maxModuleDepth, c.name)
		return cty.DynamicVal
	}
	for _, d := range in.stack {
		if d == dir {
			st.warn(m, c.block.DefRange, "module %q calls itself through %s; a module cannot contain itself, so it is not evaluated", c.name, dir)
			return cty.DynamicVal
		}
	}
	child := st.module(dir)
	if !child.hasConf && len(child.diags) > 0 && child.diags[0].Range.File == dir {
		// The directory cannot be read (a link out of the scan): no unit
		// of its own reports that.
		st.add(child.diags[0])
		return cty.DynamicVal
	}
	if !child.hasConf {
		st.warn(m, c.block.DefRange, "module %q: no .tf files in %s; check the source path", c.name, dir)
		return cty.DynamicVal
	}
	if hasErrors(child.diags) {
		st.add(parser.Notef(m.rng(c.block.DefRange), "module %q in %s has errors (reported with that directory); its values may be incomplete", c.name, dir))
	}
	for name, a := range c.args {
		if _, ok := child.variables[name]; !ok {
			st.warn(m, a.NameRange, "module %q has no variable %q; remove the argument or declare the variable in %s", c.name, name, dir)
		}
	}

	e := in.expand(c.count, c.forEach)
	in.noteUnknownExpansion(e, c.count, c.forEach, in.prefix+"module."+c.name)
	vals := make([]cty.Value, 0, len(e.instances))
	callProv := &prov{approx: true}
	for _, inst := range e.instances {
		if !st.block(m, c.block.DefRange) {
			return cty.DynamicVal
		}
		ci := st.newInstance(child, in.prefix+"module."+c.name+inst.suffix+".", key, in.depth+1, in.stack)
		ci.copies = in.copies * len(e.instances)
		ci.callers = append(append([]callSite(nil), in.callers...), callSite{mod: m, block: c.block})
		for name, decl := range child.variables {
			a, given := c.args[name]
			var v cty.Value
			p := &prov{}
			var at *parser.Range
			if given {
				v, p = in.eval(a.Expr, inst.scope)
				r := m.rng(a.Expr.Range())
				at = &r
				p = &prov{origins: append(append([]parser.Range(nil), p.origins...), r), refs: p.refs, approx: p.approx}
			}
			ci.vars[name] = ci.finalizeVar(decl, v, given, at)
			ci.provs["var."+name] = p
		}
		ci.evaluate()
		outs := make(map[string]cty.Value, len(ci.outputs))
		for n, v := range ci.outputs {
			outs[n] = v
			callProv.merge(ci.provs["output."+n])
		}
		vals = append(vals, cty.ObjectVal(outs))
	}
	// Only references count for a module's outputs: where a value passed
	// through inside the module is not where the caller's value came from.
	in.provs["module."+c.name] = &prov{refs: callProv.refs, approx: true}
	return e.collect(vals)
}

// moduleDir resolves a call's source to a directory of the scan: local
// paths directly, registry and remote sources through the cache
// `terraform init` writes to .terraform/modules.
func (in *instance) moduleDir(c *moduleCall, key string) (string, bool) {
	st := in.st
	src := c.source
	if src == "" {
		st.warn(in.mod, c.block.DefRange, "module %q has no literal source; it is not evaluated", c.name)
		return "", false
	}
	if strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") {
		dir := path.Join(in.mod.dir, src)
		if dir == ".." || strings.HasPrefix(dir, "../") {
			st.warn(in.mod, c.block.DefRange, "module %q: source %q lies outside the scanned directory; scan a directory that contains it", c.name, src)
			return "", false
		}
		return dir, true
	}
	if dir, ok := st.modulesJSON[key]; ok {
		return dir, true
	}
	st.add(parser.Notef(in.mod.rng(c.block.DefRange),
		"module %q comes from %q, which is not fetched during a scan; run `terraform init` so .terraform/modules holds it, otherwise its outputs are unknown", c.name, src))
	return "", false
}

// readModulesJSON reads the module cache manifest of the root module.
func (st *state) readModulesJSON() {
	name := path.Join(st.rootDir, ".terraform/modules/modules.json")
	b, err := st.src.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		st.add(parser.Warnf(parser.Range{File: name}, "cannot read the module cache manifest: %v; modules fetched by `terraform init` are not evaluated", err))
		return
	}
	var manifest struct {
		Modules []struct{ Key, Source, Dir string }
	}
	if err := json.Unmarshal(b, &manifest); err != nil {
		st.add(parser.Warnf(parser.Range{File: name}, "cannot read the module cache manifest: %v; run `terraform init` again", err))
		return
	}
	st.modulesJSON = map[string]string{}
	for _, mod := range manifest.Modules {
		if mod.Key == "" || mod.Dir == "" {
			continue
		}
		// Terraform writes directories relative to the root module; one
		// that leads anywhere else did not come from `terraform init`.
		dir := path.Join(st.rootDir, filepath.ToSlash(mod.Dir))
		if path.IsAbs(mod.Dir) || filepath.IsAbs(mod.Dir) || dir == ".." || strings.HasPrefix(dir, "../") {
			st.add(parser.Warnf(parser.Range{File: name}, "the module cache manifest places module %q outside the scanned directory; it is not evaluated", mod.Key))
			continue
		}
		st.modulesJSON[mod.Key] = dir
	}
}

func hasErrors(ds []parser.Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == parser.DiagError {
			return true
		}
	}
	return false
}
