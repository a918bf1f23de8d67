// Package terraform reads Terraform configurations and plan JSON into the
// common resource model. A unit is a module directory: its .tf and .tf.json
// files are evaluated together the way Terraform would before plan —
// variables, locals, count and for_each, dynamic blocks, built-in functions,
// local modules — and whatever cannot be known statically is left unknown.
package terraform

import (
	"bytes"
	"context"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/posture-dev/posture/parser"
)

// Options are the inputs Terraform itself would be given on the command line
// and in the environment.
type Options struct {
	// VarFiles are -var-file paths relative to the scan root, applied in order.
	VarFiles []string
	// Vars are -var assignments; they win over every other source.
	Vars map[string]string
	// Env is the environment as KEY=VALUE; only TF_VAR_* entries are used.
	Env []string
	// Workspace is terraform.workspace; empty means "default".
	Workspace string
	// ShowUnknown asks for a note diagnostic per resource that has values
	// which could not be evaluated.
	ShowUnknown bool
}

// New returns the Terraform decoder.
func New(opts Options) parser.Decoder {
	if opts.Workspace == "" {
		opts.Workspace = "default"
	}
	return &decoder{opts: opts, cache: map[*parser.Source]*moduleCache{}}
}

type decoder struct {
	opts Options

	mu    sync.Mutex
	cache map[*parser.Source]*moduleCache
}

func (d *decoder) Name() string { return "terraform" }

// Match claims configuration, variable files and plan JSON. Plain .json is
// claimed only when it looks like `terraform show -json` output, so ARM
// templates and other JSON stay with their own decoders.
func (d *decoder) Match(name string, content []byte) bool {
	switch fileKind(name) {
	case kindConfig, kindVars:
		return true
	}
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		return isPlanJSON(content)
	}
	return false
}

// isPlanJSON looks for the two members every plan representation has near
// its top without decoding the whole document.
func isPlanJSON(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n\ufeff")
	if len(b) == 0 || b[0] != '{' {
		return false
	}
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if !bytes.Contains(head, []byte(`"format_version"`)) {
		return false
	}
	return bytes.Contains(b, []byte(`"planned_values"`)) || bytes.Contains(b, []byte(`"resource_changes"`))
}

type kind int

const (
	kindOther kind = iota
	kindConfig
	kindVars
)

func fileKind(name string) kind {
	lower := strings.ToLower(path.Base(name))
	switch {
	case strings.HasSuffix(lower, ".tf"), strings.HasSuffix(lower, ".tf.json"):
		return kindConfig
	case strings.HasSuffix(lower, ".tfvars"), strings.HasSuffix(lower, ".tfvars.json"):
		return kindVars
	}
	return kindOther
}

// Units groups configuration and variable files by directory (a module is a
// directory, so a file named alone still brings its siblings along when
// decoded); each plan file is a unit of its own. A plan in the directory of
// the configuration it was made from (`terraform show -json` in CI) stands
// for that configuration: its values are resolved, and its ranges point at
// the .tf files anyway, so evaluating the directory too would report every
// finding twice.
func (d *decoder) Units(names []string) [][]string {
	byDir := map[string][]string{}
	planDirs := map[string]bool{}
	var dirs []string
	var units [][]string
	for _, n := range names {
		if fileKind(n) == kindOther {
			units = append(units, []string{n})
			planDirs[path.Dir(n)] = true
			continue
		}
		dir := path.Dir(n)
		if _, ok := byDir[dir]; !ok {
			dirs = append(dirs, dir)
		}
		byDir[dir] = append(byDir[dir], n)
	}
	sort.Strings(dirs)
	for _, dir := range dirs {
		if !planDirs[dir] {
			units = append(units, byDir[dir])
		}
	}
	return units
}

// Decode evaluates one module directory, or reads one plan file.
func (d *decoder) Decode(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	if len(unit) == 0 {
		return nil, nil, nil
	}
	if fileKind(unit[0]) == kindOther {
		rs, ds := d.decodePlan(ctx, src, unit[0])
		return rs, ds, d.planSuppressions(src, rs)
	}
	dir := path.Dir(unit[0])
	st := newState(ctx, src, d.opts, d.modules(src), dir)
	rs := st.run()
	return rs, st.diags, st.suppressions
}

// planSuppressions returns the ignore comments of the configuration a
// plan's resources point at: the modules of their .tf files, which
// reading the plan has just parsed.
func (d *decoder) planSuppressions(src *parser.Source, rs []parser.Resource) []parser.Suppression {
	var out []parser.Suppression
	seen := map[string]bool{}
	for i := range rs {
		name := rs[i].Range.File
		if !strings.HasSuffix(name, ".tf") || seen[path.Dir(name)] {
			continue
		}
		seen[path.Dir(name)] = true
		out = append(out, d.modules(src).get(path.Dir(name)).suppressions...)
	}
	return out
}

// modules returns the parse cache of src. Units share it so that a module
// called by several roots (and scanned as a root itself) is parsed once.
func (d *decoder) modules(src *parser.Source) *moduleCache {
	d.mu.Lock()
	defer d.mu.Unlock()
	c, ok := d.cache[src]
	if !ok {
		c = &moduleCache{src: src, mods: map[string]*moduleEntry{}}
		d.cache[src] = c
	}
	return c
}
