package arm

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// TreeFile is a source file a template tree was translated from: the
// Start and End offsets of the tree's nodes point into Content, so that
// ranges land on the lines of that file.
type TreeFile struct {
	Name    string
	Content []byte
}

// Tree is a deployment template built in memory from another language
// (Bicep), rather than read from JSON.
type Tree struct {
	File TreeFile
	Root *Node
	// Nested maps the inline templates of nested deployments that were
	// translated from other files (modules) to those files.
	Nested map[*Node]TreeFile
	// ParameterFiles are parameter files given by the user; their values
	// win over every other.
	ParameterFiles []string
}

// Supplied is a parameter value given from outside a template: Value is a
// plain JSON-like value or expr.Unknown; Origins are where it was written.
type Supplied struct {
	Value   any
	Origins []parser.Range
}

// DecodeTree evaluates a template tree as the decoder evaluates a template
// file, with the same budgets. The parameter file beside t.File
// (main.parameters.json for main.bicep) is read first; an azd-style value
// such as "${AZURE_LOCATION}" is unknown and "${SKU=S0}" is "S0". Then
// params, which win.
func DecodeTree(ctx context.Context, src *parser.Source, t *Tree, params map[string]Supplied) ([]parser.Resource, []parser.Diagnostic) {
	name := t.File.Name
	st := newState(ctx, src, name)
	st.translated = true
	f := &file{name: name, src: t.File.Content, lines: parser.NewLineIndex(t.File.Content), root: t.Root}
	st.files[name] = f
	if len(t.Nested) > 0 {
		st.owners = map[*Node]*file{}
		byName := map[string]*file{name: f}
		for n, tf := range t.Nested {
			nf := byName[tf.Name]
			if nf == nil {
				nf = &file{name: tf.Name, src: tf.Content, lines: parser.NewLineIndex(tf.Content)}
				byName[tf.Name] = nf
			}
			st.owners[n] = nf
		}
	}
	supplied := map[string]suppliedValue{}
	types := map[string]string{}
	for _, m := range t.Root.Get("parameters").Fields() {
		types[strings.ToLower(m.Key)] = strings.ToLower(m.Value.Get("type").String())
	}
	// read adds a parameter file's values, azd's substitutions read.
	read := func(pf string) {
		vs := map[string]suppliedValue{}
		st.readParameters(pf, vs)
		for k, v := range vs {
			supplied[k] = suppliedValue{value: coerce(azdValue(v.value), types[k]), origins: v.origins}
		}
	}
	if beside := besideParameterFile(name); beside != name {
		if _, err := fs.Stat(st.src, beside); err == nil || !errors.Is(err, fs.ErrNotExist) {
			read(beside)
		} else if pf := compiledParameterFile(st.src, name); pf != "" {
			read(pf)
		}
	}
	for k, v := range params {
		supplied[strings.ToLower(k)] = suppliedValue{value: v.Value, origins: v.Origins}
	}
	for _, pf := range t.ParameterFiles {
		read(pf)
	}
	st.linking = []string{name}
	s := newScope(st, f, t.Root, supplied, "")
	s.collect(t.Root.Get("resources"), nil, nil, 0)
	if st.stopped {
		return nil, st.diagnostics()
	}
	rs := st.emit()
	if st.stopped {
		return nil, st.diagnostics()
	}
	return withSuppressions(rs), st.diagnostics()
}

// azdValue reads the Azure Developer CLI's substitutions in a parameter
// value: "${NAME}" is unknown (set in the environment at deploy time),
// "${NAME=default}" is the default.
func azdValue(v any) any {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "${") && strings.HasSuffix(x, "}") && !strings.Contains(x[2:], "${") {
			inner := x[2 : len(x)-1]
			if _, def, ok := strings.Cut(inner, "="); ok {
				return def
			}
			return expr.Unknown
		}
		if strings.Contains(x, "${") {
			return expr.Unknown
		}
	case map[string]any:
		for k, e := range x {
			x[k] = azdValue(e)
		}
	case []any:
		for i, e := range x {
			x[i] = azdValue(e)
		}
	}
	return v
}

// compiledParameterFile returns the parameter file of the template
// compiled from the .bicep file name, when that template sits beside it
// (main.bicep → azuredeploy.json → azuredeploy.parameters.json, the Azure
// quickstarts' layout): the decoder reads the .bicep instead of its
// compiled copy, and the values meant for the copy are meant for it.
func compiledParameterFile(src *parser.Source, name string) string {
	base := strings.TrimSuffix(name, path.Ext(name))
	candidates := []string{base + ".json"}
	if path.Base(base) == "main" {
		candidates = append(candidates, path.Join(path.Dir(name), "azuredeploy.json"))
	}
	for _, compiled := range candidates {
		pf := besideParameterFile(compiled)
		if _, err := fs.Stat(src, pf); err != nil {
			continue
		}
		if b, err := src.ReadFile(compiled); err == nil && generatedByBicep(b) {
			return pf
		}
	}
	return ""
}

// generatedByBicep reports whether a template says the Bicep compiler
// wrote it.
func generatedByBicep(b []byte) bool {
	root, err := ParseJSON(b)
	return err == nil && strings.EqualFold(root.Get("metadata").Get("_generator").Get("name").String(), "bicep")
}

// compiledBeside reports whether the template name was compiled by Bicep
// from the .bicep file of the same base name beside it (or, in the layout
// of the Azure quickstarts, azuredeploy.json from main.bicep), and that
// file is part of the scan (discovery read it): a template named alone
// on the command line is still scanned.
func compiledBeside(src *parser.Source, name string) bool {
	base := strings.TrimSuffix(name, path.Ext(name))
	_, ok := src.Cached(base + ".bicep")
	if !ok && path.Base(base) == "azuredeploy" {
		_, ok = src.Cached(path.Join(path.Dir(name), "main.bicep"))
	}
	if !ok {
		return false
	}
	b, err := src.ReadFile(name)
	return err == nil && generatedByBicep(b)
}

// coerce converts the text azd substitutes for a boolean or integer
// parameter ("${ENABLED=true}" becomes "true") to the parameter's type,
// as Azure does.
func coerce(v any, typ string) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	switch typ {
	case "bool":
		switch strings.ToLower(s) {
		case "true":
			return true
		case "false":
			return false
		}
	case "int":
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return n
		}
	}
	return v
}
