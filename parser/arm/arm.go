// Package arm reads Azure Resource Manager deployment templates, including
// those the Bicep compiler writes, and evaluates them into
// parser.Resource values: parameters (defaults and parameter files),
// variables, user-defined functions, the template expression language
// (package expr), copy loops, conditions, child resources, nested and
// linked deployments, and languageVersion 2.0 symbolic names.
//
// Templates come from untrusted pull requests, so evaluation is bounded by
// counting, per template unit and shared by every nesting level: resource
// instances, evaluated values, expression steps and bytes produced, and
// the depth of JSON, expressions, evaluation and nested deployments. A
// unit that exceeds a budget is abandoned with an error naming the file
// and line where it ran out, and reports no resources (see state).
package arm

import (
	"bytes"
	"context"
	"path"
	"strings"
	"sync"

	"github.com/posture-dev/posture/parser"
)

// Options configure the ARM decoder.
type Options struct {
	// ParameterFiles are parameter files (paths relative to the scan
	// root) applied to every template, after any parameter file found
	// beside the template, so that their values win.
	ParameterFiles []string
	// BicepSource skips a template the Bicep compiler wrote beside its
	// source (main.json beside main.bicep, generator "bicep"): the Bicep
	// decoder scans the source, so each problem is reported once.
	BicepSource bool
}

// New returns the decoder for ARM templates.
func New(opts Options) parser.Decoder {
	return &decoder{opts: opts}
}

type decoder struct {
	opts Options

	mu      sync.Mutex
	claimed []string
	once    *sync.Once
	// linked are the templates of the scan that another template of the
	// scan deploys as a linked template (see indexLinks).
	linked map[string]bool
}

// Name implements parser.Decoder.
func (d *decoder) Name() string { return "arm" }

// Match claims deployment templates: JSON whose $schema is a deployment
// template schema, or, without $schema, a top-level object with both
// resources and contentVersion. Parameter files and other JSON are left
// alone without a diagnostic.
func (d *decoder) Match(name string, content []byte) bool {
	if !strings.HasSuffix(strings.ToLower(name), ".json") {
		return false
	}
	return isTemplate(content)
}

// schemaHead is how far into a file Match looks for "$schema": templates
// put it first, and reading further would cost time on unrelated JSON.
const schemaHead = 4096

func isTemplate(b []byte) bool {
	start := bytes.TrimLeft(b, "\ufeff \t\r\n")
	if len(start) == 0 || start[0] != '{' && start[0] != '/' {
		return false
	}
	head := b[:min(len(b), schemaHead)]
	if i := bytes.Index(head, []byte(`"$schema"`)); i >= 0 {
		rest := bytes.TrimLeft(head[i+len(`"$schema"`):], " \t\r\n:")
		if len(rest) > 0 && rest[0] == '"' {
			if end := bytes.IndexByte(rest[1:], '"'); end >= 0 {
				schema := strings.ToLower(string(rest[1 : end+1]))
				return strings.Contains(schema, "deploymenttemplate.json")
			}
		}
	}
	if !bytes.Contains(b, []byte(`"contentVersion"`)) || !bytes.Contains(b, []byte(`"resources"`)) {
		return false
	}
	root, err := ParseJSON(b)
	if err != nil || root.Kind != KindObject {
		return false
	}
	if s := root.Get("$schema"); s != nil {
		return strings.Contains(strings.ToLower(s.String()), "deploymenttemplate.json")
	}
	return root.Get("resources") != nil && root.Get("contentVersion") != nil
}

// Units implements parser.Decoder: every template is its own unit; its
// parameter files are found by Decode.
func (d *decoder) Units(names []string) [][]string {
	// Units starts a scan: which templates link which is indexed anew.
	d.mu.Lock()
	d.claimed = append([]string(nil), names...)
	d.once = &sync.Once{}
	d.mu.Unlock()
	units := make([][]string, len(names))
	for i, n := range names {
		units[i] = []string{n}
	}
	return units
}

// Decode implements parser.Decoder.
func (d *decoder) Decode(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	var rs []parser.Resource
	var ds []parser.Diagnostic
	d.mu.Lock()
	once := d.once
	d.mu.Unlock()
	if once != nil {
		once.Do(func() { d.indexLinks(ctx, src) })
	}
	for _, name := range unit {
		if ctx.Err() != nil {
			break
		}
		if d.opts.BicepSource && compiledBeside(src, name) {
			continue
		}
		if d.linked[name] {
			// Scanned where it is deployed, with the parameters its
			// parent passes (see indexLinks).
			continue
		}
		r, diags := d.decodeTemplate(ctx, src, name)
		rs = append(rs, r...)
		ds = append(ds, diags...)
	}
	return rs, ds, nil
}

// besideParameterFile names the parameter file that conventionally sits
// beside a template: azuredeploy.json → azuredeploy.parameters.json,
// main.json → main.parameters.json.
func besideParameterFile(template string) string {
	dir, file := path.Split(template)
	base := strings.TrimSuffix(file, path.Ext(file))
	return dir + base + ".parameters.json"
}
