package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
	"github.com/posture-dev/posture/parser/bicep"
	"github.com/posture-dev/posture/parser/kubernetes"
	"github.com/posture-dev/posture/parser/terraform"
)

// declaration is one thing of the input that must yield resources or say
// why not: a Terraform resource block, a template resource (ARM or
// Bicep), a manifest document.
type declaration struct {
	file       string
	start, end int // lines
	what       string
	// conditional holds for a declaration that may rightly deploy
	// nothing: a Terraform count or for_each, an ARM condition or copy
	// loop, a Bicep if or for.
	conditional bool
}

func (d declaration) String() string {
	return fmt.Sprintf("%s:%d-%d %s", d.file, d.start, d.end, d.what)
}

// Nothing is dropped silently: every resource block, template resource
// and manifest document of the shared corpus yields a resource read from
// its lines, or a diagnostic in its file says what was not evaluated. A
// declaration that may rightly deploy nothing is left out: one with a
// count, a for_each, a condition or a copy loop, or one in a module that
// its caller deploys only under a condition or loop. Which count is zero
// and which unknown only the evaluator knows; the decoders' own tests
// pin the diagnostic of an unknown one.
func TestCorpusNothingDroppedSilently(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found at %s", dir)
	}
	src := parser.NewSource(os.DirFS(dir))
	decoders := func() []parser.Decoder {
		// As Run builds them.
		return []parser.Decoder{
			terraform.New(terraform.Options{}),
			arm.New(arm.Options{BicepSource: true}),
			bicep.New(bicep.Options{}),
			kubernetes.New(kubernetes.Options{}),
		}
	}
	res, err := parser.Parse(context.Background(), src, []string{"."}, decoders())
	require.NoError(t, err)

	// The lines each resource was read from: its own block, and every
	// value folded into it from elsewhere (a Terraform resource that
	// configures its parent, an override, a Kustomize patch).
	declared := map[string][][2]int{}
	for _, r := range res.Resources {
		declared[r.Range.File] = append(declared[r.Range.File], [2]int{r.Range.Start.Line, r.Range.End.Line})
		for _, rg := range r.Ranges {
			declared[rg.File] = append(declared[rg.File], [2]int{rg.Start.Line, rg.End.Line})
		}
	}
	diagnosed := map[string][]parser.Diagnostic{}
	for _, d := range res.Diagnostics {
		diagnosed[d.Range.File] = append(diagnosed[d.Range.File], d)
	}

	names, _, err := parser.Discover(src, []string{"."})
	require.NoError(t, err)
	claim := decoders()
	var decls []declaration
	// Files and module directories that are deployed only when a
	// condition or loop of their caller says so.
	conditionalFiles, conditionalDirs := map[string]bool{}, map[string]bool{}
	for _, name := range names {
		b, err := src.ReadFile(name)
		if err != nil {
			continue
		}
		for _, d := range claim {
			if !d.Match(name, b) {
				continue
			}
			switch d.Name() {
			case "terraform":
				ds, calls := terraformDeclarations(name, b)
				decls = append(decls, ds...)
				for _, c := range calls {
					conditionalDirs[c] = true
				}
			case "arm":
				if !compiledFromBicep(src, name, b) {
					decls = append(decls, armDeclarations(name, b)...)
				}
			case "bicep":
				ds, calls := bicepDeclarations(name, b)
				decls = append(decls, ds...)
				for _, c := range calls {
					conditionalFiles[c] = true
				}
			case "kubernetes":
				decls = append(decls, manifestDeclarations(name, b)...)
			}
			break
		}
	}

	yields := func(d declaration) bool {
		for _, r := range declared[d.file] {
			if r[0] <= d.end && r[1] >= d.start {
				return true
			}
		}
		for _, g := range diagnosed[d.file] {
			l := g.Range.Start.Line
			if l == 0 || l <= d.end && g.Range.End.Line >= d.start {
				return true
			}
		}
		return false
	}
	// Kustomize builds the documents a kustomization lists and gives its
	// resources the kustomization's place, so a listed document is
	// accounted for when its kustomization yields.
	kustomized := func(d declaration) (listed, kfile string) {
		dir := path.Dir(d.file)
		for _, k := range []string{"kustomization.yaml", "kustomization.yml", "Kustomization"} {
			kf := path.Join(dir, k)
			b, err := src.ReadFile(kf)
			if err != nil {
				continue
			}
			return kustomizationLists(b, path.Base(d.file)), kf
		}
		return "", ""
	}
	byFormat := map[string][2]int{}
	var dropped []string
	for _, d := range decls {
		c := byFormat[d.what]
		c[0]++
		ok := yields(d) || d.conditional || conditionalFiles[d.file] || conditionalDirs[path.Dir(d.file)]
		if !ok && d.what == "manifest document" {
			switch listed, kfile := kustomized(d); {
			case kfile == "":
			case listed != "":
				ok = yields(declaration{file: kfile, start: 1, end: 1 << 30})
			}
		}
		if !ok {
			c[1]++
			dropped = append(dropped, d.String())
		}
		byFormat[d.what] = c
	}
	kinds := make([]string, 0, len(byFormat))
	for k := range byFormat {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%s: %d declarations, %d yield neither resources nor a diagnostic", k, byFormat[k][0], byFormat[k][1])
	}
	assert.Empty(t, dropped, "declarations of the corpus that yield neither a resource nor a diagnostic")
}

// terraformDeclarations returns the resource blocks of a .tf file, and
// the directories of the local modules it calls with count or for_each.
func terraformDeclarations(name string, b []byte) ([]declaration, []string) {
	if !strings.HasSuffix(name, ".tf") {
		return nil, nil
	}
	f, diags := hclsyntax.ParseConfig(b, name, hcl.InitialPos)
	if diags.HasErrors() || f == nil {
		return nil, nil // the decoder reports the syntax error
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return nil, nil
	}
	var out []declaration
	var calls []string
	for _, blk := range body.Blocks {
		_, count := blk.Body.Attributes["count"]
		_, each := blk.Body.Attributes["for_each"]
		switch blk.Type {
		case "resource":
			out = append(out, declaration{
				file: name, start: blk.DefRange().Start.Line, end: blk.Range().End.Line,
				what: "terraform resource block", conditional: count || each,
			})
		case "module":
			src, ok := blk.Body.Attributes["source"]
			if !ok || !count && !each {
				continue
			}
			if v, diags := src.Expr.Value(nil); !diags.HasErrors() && v.Type().FriendlyName() == "string" {
				if rel := v.AsString(); strings.HasPrefix(rel, "./") || strings.HasPrefix(rel, "../") {
					calls = append(calls, path.Join(path.Dir(name), rel))
				}
			}
		}
	}
	return out, calls
}

// compiledFromBicep holds for an ARM template the Bicep compiler wrote
// beside the .bicep file that is scanned instead.
func compiledFromBicep(src *parser.Source, name string, b []byte) bool {
	base := strings.TrimSuffix(name, path.Ext(name))
	_, beside := src.Cached(base + ".bicep")
	if !beside && path.Base(base) == "azuredeploy" {
		_, beside = src.Cached(path.Join(path.Dir(name), "main.bicep"))
	}
	return beside && bytes.Contains(b, []byte(`"_generator"`)) && bytes.Contains(b, []byte(`"bicep"`))
}

func armDeclarations(name string, b []byte) []declaration {
	root, err := arm.ParseJSON(b)
	if err != nil || root.Kind != arm.KindObject {
		return nil
	}
	lines := parser.NewLineIndex(b)
	var out []declaration
	var walk func(list *arm.Node, conditional bool, depth int)
	walk = func(list *arm.Node, conditional bool, depth int) {
		if list == nil || depth > 16 {
			return
		}
		var rs []*arm.Node
		switch list.Kind {
		case arm.KindArray:
			rs = list.Elems
		case arm.KindObject:
			for _, m := range list.Members {
				rs = append(rs, m.Value)
			}
		}
		for _, r := range rs {
			if r.Kind != arm.KindObject {
				continue
			}
			if e := r.Get("existing"); e != nil && e.Kind == arm.KindBool && e.Bool {
				continue // declares nothing
			}
			c := conditional || r.Get("condition") != nil || r.Get("copy") != nil
			out = append(out, declaration{
				file: name, start: lines.Pos(r.Start).Line, end: lines.Pos(r.End).Line,
				what: "template resource", conditional: c,
			})
			walk(r.Get("resources"), c, depth+1)
			walk(r.Get("properties").Get("template").Get("resources"), c, depth+1)
		}
	}
	walk(root.Get("resources"), false, 0)
	return out
}

// bicepDeclarations returns the resources of a .bicep file, and the
// files of the modules it calls under a condition or loop.
func bicepDeclarations(name string, b []byte) ([]declaration, []string) {
	if !strings.HasSuffix(name, ".bicep") {
		return nil, nil
	}
	f, _ := bicep.Parse(name, b)
	if f == nil {
		return nil, nil
	}
	var out []declaration
	var calls []string
	for _, s := range f.Statements {
		switch x := s.(type) {
		case *bicep.Resource:
			if x.Existing {
				continue
			}
			_, isObject := x.Body.(*bicep.Object)
			out = append(out, declaration{
				file: name, start: x.Range.Start.Line, end: x.Range.End.Line,
				what: "template resource", conditional: !isObject,
			})
		case *bicep.Module:
			if _, isObject := x.Body.(*bicep.Object); isObject || x.Path == nil {
				continue
			}
			if rel, ok := x.Path.Value(); ok && !strings.Contains(rel, ":") {
				calls = append(calls, path.Join(path.Dir(name), rel))
			}
		}
	}
	return out, calls
}

func manifestDeclarations(name string, b []byte) []declaration {
	lower := strings.ToLower(name)
	if !strings.HasSuffix(lower, ".yaml") && !strings.HasSuffix(lower, ".yml") {
		return nil
	}
	base := path.Base(lower)
	if base == "kustomization.yaml" || base == "kustomization.yml" || base == "chart.yaml" || strings.Contains("/"+lower, "/templates/") {
		return nil // units of their own; their documents are not manifests
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var out []declaration
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) || err != nil {
			break // the decoder reports a syntax error
		}
		if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
			continue
		}
		m := doc.Content[0]
		var kind, apiVersion string
		for i := 0; i+1 < len(m.Content); i += 2 {
			switch m.Content[i].Value {
			case "kind":
				kind = m.Content[i+1].Value
			case "apiVersion":
				apiVersion = m.Content[i+1].Value
			}
		}
		if kind == "" || apiVersion == "" {
			continue
		}
		out = append(out, declaration{
			file: name, start: m.Line, end: lastLine(m),
			what: "manifest document",
		})
	}
	return out
}

func lastLine(n *yaml.Node) int {
	l := n.Line
	for _, c := range n.Content {
		if e := lastLine(c); e > l {
			l = e
		}
	}
	return l
}

// kustomizationLists returns the entry of a kustomization that names the
// file base (a resource, a patch, a component), or "".
func kustomizationLists(b []byte, base string) string {
	var k struct {
		Resources             []string `yaml:"resources"`
		Components            []string `yaml:"components"`
		PatchesStrategicMerge []string `yaml:"patchesStrategicMerge"`
		Patches               []struct {
			Path string `yaml:"path"`
		} `yaml:"patches"`
		PatchesJSON6902 []struct {
			Path string `yaml:"path"`
		} `yaml:"patchesJson6902"`
	}
	if yaml.Unmarshal(b, &k) != nil {
		return ""
	}
	entries := append(append(k.Resources, k.Components...), k.PatchesStrategicMerge...)
	for _, p := range k.Patches {
		entries = append(entries, p.Path)
	}
	for _, p := range k.PatchesJSON6902 {
		entries = append(entries, p.Path)
	}
	for _, e := range entries {
		if path.Clean(e) == base {
			return e
		}
	}
	return ""
}
