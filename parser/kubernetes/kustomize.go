package kubernetes

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/api/resmap"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"github.com/posture-dev/posture/parser"
)

// originKey is the annotation Kustomize writes, with buildMetadata
// originAnnotations, naming the file each resource came from.
const originKey = "config.kubernetes.io/origin"

// maxKustomizeFiles bounds the files one build may pull in through
// resources, bases and components.
const maxKustomizeFiles = 10_000

func isKustomization(base string) bool {
	return base == "kustomization.yaml" || base == "kustomization.yml" || base == "Kustomization"
}

// decodeKustomization builds the kustomization in kfile with Kustomize's
// own library (krusty) over an in-memory copy of the local files it
// references; remote bases are never fetched. Resources point at the file
// that declared them (Kustomize's origin annotation), with every line that
// is a literal copy of that file traced to it; the rest point at the
// nearest traced line above, or at the kustomization file.
//
// It reports false when the build failed; the files beside the
// kustomization are then read as plain manifests by the caller.
func (d *decoder) decodeKustomization(src *parser.Source, kfile string) ([]parser.Resource, []parser.Diagnostic, bool) {
	at := parser.Range{File: kfile, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	if files, ok := plainResources(src, kfile); ok {
		// Building would only concatenate these files: read them directly,
		// which is exact and spares Kustomize's copies of every node (large
		// CRD bundles took seconds).
		var rs []parser.Resource
		var ds []parser.Diagnostic
		for _, f := range files {
			b, err := src.ReadFile(f)
			if err != nil {
				ds = append(ds, parser.Errorf(at, "cannot read %s, a resource of the kustomization: %v", f, err))
				continue
			}
			m := readManifest(f, b)
			for i := range m.resources {
				m.resources[i].Meta = map[string]string{"kustomization": kfile}
			}
			rs = append(rs, m.resources...)
			ds = append(ds, m.diags...)
		}
		return rs, ds, true
	}
	return buildKustomization(src, kfile)
}

// buildKustomization builds with CRD schemas stubbed, and again from the
// real files when a patch reached into a stub.
func buildKustomization(src *parser.Source, kfile string) ([]parser.Resource, []parser.Diagnostic, bool) {
	rs, ds, built, stubbed := buildWith(src, kfile, true)
	if stubbed {
		rs, ds, built, _ = buildWith(src, kfile, false)
	}
	return rs, ds, built
}

// buildWith runs Kustomize over an in-memory copy of the files of the
// kustomization in kfile; with stub, CRD schemas in that copy are stubbed
// (see crdstub.go). It reports stubbed when the build touched a stub and
// must be done again without them.
func buildWith(src *parser.Source, kfile string, stub bool) (rs []parser.Resource, diags []parser.Diagnostic, built, stubbed bool) {
	at := parser.Range{File: kfile, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	mem := filesys.MakeFsInMemory()
	c := &kustomizeCopier{src: src, mem: mem, seen: map[string]bool{}, stub: stub}
	c.dir(path.Dir(kfile), true)
	if c.err != nil {
		return nil, append(c.diags, parser.Errorf(at, "cannot read the kustomization's files: %v", c.err)), false, false
	}
	if c.refused {
		return nil, c.diags, false, false
	}
	if d, over := c.overBudget(path.Dir(kfile), at); over {
		return nil, append(c.diags, d), false, false
	}
	k := krusty.MakeKustomizer(kustomizeOptions())
	out, err := buildSafely(k, mem, "/"+path.Dir(kfile))
	if err != nil {
		if c.stubs > 0 {
			return nil, nil, false, true
		}
		return nil, append(c.diags, parser.Warnf(at, "cannot build the kustomization: %s; fix it so that `kustomize build %s` succeeds (the manifests beside it are scanned as they are)", inTree(err.Error()), path.Dir(kfile))), false, false
	}
	rs, ds, stubbed := c.readBuild(kfile, at, out)
	if stubbed {
		return nil, nil, false, true
	}
	return rs, append(c.diags, ds...), true, false
}

// inTree names the files of a Kustomize error as the scan does: Kustomize
// sees the tree copied into memory at "/", so its errors say
// '/app/patch.yaml' for app/patch.yaml, which reads like a path outside
// the tree.
func inTree(msg string) string {
	return strings.NewReplacer("'/", "'", "path(/", "path(", " '/'", " '.'").Replace(msg)
}

// overBudget explains why the kustomization in dir is too large to build,
// if it is.
func (c *kustomizeCopier) overBudget(dir string, at parser.Range) (parser.Diagnostic, bool) {
	if c.docs > maxKustomizeDocs || c.docs*max(c.transforms, 1) > maxKustomizeWork {
		return parser.Warnf(at,
			"the kustomization is too large to build: %d YAML documents and %d patches or transformers (at most %d documents, and %d documents times patches); scan its resources directly", c.docs, c.transforms, maxKustomizeDocs, maxKustomizeWork), true
	}
	if n := c.builds(dir, map[string]int{}); n > maxKustomizeBuilds {
		return parser.Warnf(at,
			"the kustomization loads its bases more than %d times (bases shared by several of its bases are built once per path): not built", maxKustomizeBuilds), true
	}
	return parser.Diagnostic{}, false
}

// readBuild reads the resources Kustomize built from the kustomization in
// kfile, each traced to the files that declare and patch it. It reports
// stubbed when a resource holds a CRD schema stub it cannot restore: the
// build must be done again without stubs.
func (c *kustomizeCopier) readBuild(kfile string, at parser.Range, out resmap.ResMap) (rs []parser.Resource, diags []parser.Diagnostic, stubbed bool) {
	// A base file (an upstream install.yaml) declares many of the built
	// resources: read each file once per build, not once per resource.
	files := map[string][]parser.Resource{}
	for _, res := range out.Resources() {
		y, err := res.AsYAML()
		if err != nil {
			diags = append(diags, parser.Errorf(at, "cannot serialise a built resource: %v", err))
			continue
		}
		m := readManifest(kfile, y)
		for i := range m.resources {
			r := &m.resources[i]
			var sources []parser.Resource
			if origin := originFile(r, path.Dir(kfile)); origin != "" {
				sources = append(sources, declared(c.src, files, origin, r)...)
			}
			declaring := sources
			for _, pf := range c.patches {
				sources = append(sources, declared(c.src, files, pf, r)...)
			}
			trace(r, sources, at)
			if c.stubs > 0 && bytes.Contains(y, []byte(schemaStubKey)) {
				// After trace: the schema's ranges are the declaring file's.
				restored, ok := restoreSchemas(r, declaring)
				if !ok || restored != bytes.Count(y, []byte(schemaStubKey)) {
					return nil, nil, true
				}
			}
			r.Meta = map[string]string{"kustomization": kfile}
		}
		rs = append(rs, m.resources...)
		diags = append(diags, m.diags...)
	}
	return rs, diags, false
}

// noteBases records the local directories a kustomization builds on.
func (d *decoder) noteBases(kfile string, content []byte) {
	var k map[string]any
	if yaml.Unmarshal(content, &k) != nil {
		return
	}
	dir := path.Dir(kfile)
	for _, ref := range kustomizationRefs(k) {
		if !remoteRef(ref.value) {
			d.referenced[path.Clean(path.Join(dir, ref.value))] = true
		}
	}
	for _, field := range []string{"resources", "bases", "components"} {
		list, _ := k[field].([]any)
		for _, v := range list {
			p, _ := v.(string)
			if p == "" || remoteRef(p) {
				continue
			}
			base := path.Clean(path.Join(dir, p))
			d.bases[base] = append(d.bases[base], dir)
		}
	}
}

// basesOf returns the directories the kustomization in dir builds on, in
// a stable order.
func (d *decoder) basesOf(dir string) []string {
	var out []string
	for base, users := range d.bases {
		for _, u := range users {
			if u == dir {
				out = append(out, base)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// kustomizationUnit lists the unit of the kustomization in dir, as Units
// would have made it: the kustomization file first, then the manifests
// beside it. It is empty when dir holds no kustomization.
func kustomizationUnit(src *parser.Source, dir string) []string {
	entries, err := fs.ReadDir(src, dir)
	if err != nil {
		return nil
	}
	var kfile string
	var rest []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		name := path.Join(dir, e.Name())
		switch lower := strings.ToLower(e.Name()); {
		case isKustomization(e.Name()):
			if kfile == "" {
				kfile = name
			}
		case strings.HasSuffix(lower, ".yaml"), strings.HasSuffix(lower, ".yml"):
			rest = append(rest, name)
		}
	}
	if kfile == "" {
		return nil
	}
	return append([]string{kfile}, rest...)
}

// plainResources returns the resource files of a kustomization that does
// nothing but list local manifest files (no bases, no transformers, no
// generators), in order; ok is false for any other kustomization.
func plainResources(src *parser.Source, kfile string) (files []string, ok bool) {
	b, err := src.ReadFile(kfile)
	if err != nil {
		return nil, false
	}
	var k map[string]any
	if yaml.Unmarshal(b, &k) != nil {
		return nil, false
	}
	for key := range k {
		if key != "apiVersion" && key != "kind" && key != "resources" {
			return nil, false
		}
	}
	list, _ := k["resources"].([]any)
	if len(list) == 0 {
		return nil, false
	}
	dir := path.Dir(kfile)
	for _, v := range list {
		name, _ := v.(string)
		if name == "" || strings.Contains(name, "://") || strings.Contains(name, "..") || path.IsAbs(name) {
			return nil, false
		}
		full := path.Join(dir, name)
		info, err := fs.Stat(src, full)
		if err != nil || info.IsDir() {
			return nil, false
		}
		files = append(files, full)
	}
	return files, true
}

// declared returns the objects of file of the same kind as r whose name
// is r's or part of it (a namePrefix or nameSuffix was added). files
// caches the objects of every file read so far.
func declared(src *parser.Source, files map[string][]parser.Resource, file string, r *parser.Resource) []parser.Resource {
	objs, ok := files[file]
	if !ok {
		if b, err := src.ReadFile(file); err == nil {
			objs = readManifest(file, b).resources
		}
		files[file] = objs
	}
	kind, _ := r.Properties["kind"].(string)
	var out []parser.Resource
	for _, o := range objs {
		if k, _ := o.Properties["kind"].(string); k == kind && o.Name != "" && strings.Contains(r.Name, o.Name) {
			out = append(out, o)
		}
	}
	return out
}

// trace points every value of a built resource at the file that set it:
// the last source (patches come after the declaring file) that holds the
// same value at the same path; else the nearest ancestor the declaring
// file has; else the kustomization file.
func trace(r *parser.Resource, sources []parser.Resource, at parser.Range) {
	for k := range r.Ranges {
		p, err := parser.ParsePath(k)
		if err != nil {
			r.Ranges[k] = at
			continue
		}
		v, _ := lookup(r.Properties, p)
		r.Ranges[k] = traceOne(p, k, v, sources, at)
	}
	if len(sources) > 0 {
		r.Range, r.Header = sources[0].Range, sources[0].Header
	} else {
		r.Range, r.Header = at, at
	}
}

func traceOne(p parser.Path, k string, v any, sources []parser.Resource, at parser.Range) parser.Range {
	for i := len(sources) - 1; i >= 0; i-- {
		rg, ok := sources[i].Ranges[k]
		if !ok {
			continue
		}
		sv, _ := lookup(sources[i].Properties, p)
		if sameLeaf(v, sv) {
			return rg
		}
	}
	if len(sources) > 0 {
		if rg, matched, ok := sources[0].Ranges.Locate(p); ok && len(matched) > 0 {
			return rg
		}
		return sources[0].Header
	}
	return at
}

// sameLeaf reports whether two values agree: equal scalars, or two
// collections (whose members are compared on their own paths).
func sameLeaf(a, b any) bool {
	switch a.(type) {
	case map[string]any:
		_, ok := b.(map[string]any)
		return ok
	case []any:
		_, ok := b.([]any)
		return ok
	}
	return a == b
}

// originFile reads and removes Kustomize's origin annotation, returning the
// file (relative to the scan root) the resource was declared in. The
// annotation is posture's doing, so it must not reach policies.
func originFile(r *parser.Resource, dir string) string {
	md, _ := r.Properties["metadata"].(map[string]any)
	ann, _ := md["annotations"].(map[string]any)
	o, _ := ann[originKey].(string)
	delete(ann, originKey)
	delete(r.Ranges, parser.Path{"metadata", "annotations", originKey}.String())
	if len(ann) == 0 && ann != nil {
		delete(md, "annotations")
		delete(r.Ranges, "metadata.annotations")
	}
	var origin struct {
		Path string `yaml:"path"`
		Repo string `yaml:"repo"`
	}
	if yaml.Unmarshal([]byte(o), &origin) != nil || origin.Path == "" || origin.Repo != "" {
		return ""
	}
	return path.Join(dir, origin.Path)
}

// buildSafely turns a panic inside Kustomize into an error.
func buildSafely(k *krusty.Kustomizer, mem filesys.FileSystem, dir string) (out resmap.ResMap, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("kustomize failed: %v", p)
		}
	}()
	defer quietKustomize()()
	return k.Run(mem, dir)
}

// kustomizeCopier copies a kustomization and the local files it references
// from the scan into Kustomize's in-memory file system, at "/"+name.
type kustomizeCopier struct {
	src     *parser.Source
	mem     filesys.FileSystem
	seen    map[string]bool
	diags   []parser.Diagnostic
	refused bool // a file was refused: the build must not run
	err     error
	// patches are the root kustomization's patch files, to trace the
	// values they set.
	patches []string
	// stub asks for CRD schemas in resource files to be stubbed; stubs
	// counts those that were.
	stub  bool
	stubs int
	// edges are the directories each kustomization directory builds on.
	edges map[string][]string
	// docs counts the YAML documents copied (an upper bound of the
	// resources), transforms the patches and transformers of every
	// kustomization copied.
	docs, transforms int
}

// Kustomize's work grows with resources times patches and transformers,
// and its name-reference fixing with resources squared: a 10 MB file of
// tiny objects and a kustomization of thousands of patches would run for
// hours. Real builds (CRD bundles, operator installs) stay far below.
const (
	maxKustomizeDocs = 10_000
	maxKustomizeWork = 20_000_000
)

// maxKustomizeBuilds bounds how many kustomization directories one build
// loads, counting a directory once per path that reaches it: Kustomize
// builds a base again for every overlay that includes it, so bases shared
// in a diamond on every level cost 2^levels builds.
const maxKustomizeBuilds = 10_000

// builds returns how many directory loads building dir takes, stopping
// past maxKustomizeBuilds. A cycle counts once: Kustomize refuses it.
func (c *kustomizeCopier) builds(dir string, memo map[string]int) int {
	if n, ok := memo[dir]; ok {
		return n
	}
	memo[dir] = 1
	n := 1
	for _, e := range c.edges[dir] {
		if n += c.builds(e, memo); n > maxKustomizeBuilds {
			break
		}
	}
	memo[dir] = n
	return n
}

// dir copies the kustomization in directory dir and what it references.
func (c *kustomizeCopier) dir(dir string, root bool) {
	if c.err != nil || c.seen[dir] || len(c.seen) > maxKustomizeFiles {
		return
	}
	c.seen[dir] = true
	var kfile string
	for _, n := range []string{"kustomization.yaml", "kustomization.yml", "Kustomization"} {
		if _, err := fs.Stat(c.src, path.Join(dir, n)); err == nil {
			kfile = path.Join(dir, n)
			break
		}
	}
	if kfile == "" {
		return
	}
	b, err := c.src.ReadFile(kfile)
	if err != nil {
		c.err = errors.New(unreadable(kfile, err))
		return
	}
	if root && !bytes.Contains(b, []byte("buildMetadata")) {
		// Ask for origin annotations so resources can be traced to their
		// files; only the in-memory copy is changed.
		b = slices.Concat(bytes.TrimRight(b, "\n"), []byte("\nbuildMetadata: [originAnnotations]\n"))
	}
	c.write(kfile, b)
	var k map[string]any
	if yaml.Unmarshal(b, &k) != nil {
		return // krusty reports the syntax error
	}
	for _, ref := range kustomizationRefs(k) {
		p := ref.value
		if remoteRef(p) {
			continue // write refused it, with a diagnostic
		}
		full := path.Clean(path.Join(dir, p))
		if strings.HasPrefix(full, "../") || full == ".." {
			c.refusal(kfile, b, ref.path, "it is outside the scan root")
			continue
		}
		info, err := fs.Stat(c.src, full)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				c.refusal(kfile, b, ref.path, unreadable(full, err))
			}
			continue // a missing file Kustomize reports
		}
		if info.IsDir() {
			if c.edges == nil {
				c.edges = map[string][]string{}
			}
			c.edges[dir] = append(c.edges[dir], full)
			c.dir(full, false)
			continue
		}
		if root && (strings.HasPrefix(ref.path, "patches") || strings.HasPrefix(ref.path, "patchesStrategicMerge")) {
			c.patches = append(c.patches, full)
		}
		data, err := c.src.ReadFile(full)
		if err != nil {
			c.refusal(kfile, b, ref.path, unreadable(full, err))
			continue
		}
		if c.stub && strings.HasPrefix(ref.path, "resources[") {
			var n int
			data, n = stubSchemas(data)
			c.stubs += n
		}
		c.write(full, data)
	}
}

// refusal reports a file the kustomization names that is not given to
// Kustomize; the build then fails on it, and says it is missing.
func (c *kustomizeCopier) refusal(kfile string, content []byte, at, why string) {
	r, ok := documentRanges(kfile, content)[at]
	if !ok {
		r = parser.Range{File: kfile, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	}
	c.diags = append(c.diags, parser.Warnf(r, "file not read for the kustomization: %s", why))
}

// unreadable says why a file could not be read, naming it.
func unreadable(name string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("cannot read %s: %v", name, err)
}

// write copies one file into Kustomize's file system, unless it names
// something Kustomize would fetch or run (see kustomize_guard.go): then the
// kustomization is not built and each such reference is a diagnostic.
func (c *kustomizeCopier) write(name string, data []byte) {
	var refs []refused
	if isKustomization(path.Base(name)) {
		refs = refusedInKustomization(data)
		c.transforms += transformsIn(data)
	} else {
		refs = refusedInFile(data)
		c.docs += bytes.Count(data, []byte("\n---")) + 1
	}
	if n, limit := aliasExpansion(data); n > limit {
		// Kustomize follows aliases without a bound: a "billion laughs"
		// resource never finishes building.
		c.refused = true
		c.diags = append(c.diags, parser.Warnf(parser.Range{File: name, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}},
			"YAML aliases expand to more than %d values: not given to Kustomize; the kustomization is not built", limit))
		return
	}
	if len(refs) > 0 {
		c.refused = true
		ranges := documentRanges(name, data)
		for _, ref := range refs {
			r, ok := ranges[ref.path]
			if !ok {
				r = parser.Range{File: name, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
			}
			if ref.schema {
				c.diags = append(c.diags, parser.Warnf(r,
					"openapi schema not used: Kustomize would apply it to every kustomization in the scan; the kustomization is not built: scan its resources directly"))
				continue
			}
			if ref.helm {
				c.diags = append(c.diags, parser.Warnf(r,
					"Helm chart not inflated: Kustomize would run helm, and posture runs no program; the kustomization is not built: render the chart into the repository, or scan the chart itself, to scan it"))
			} else {
				c.diags = append(c.diags, parser.Warnf(r,
					"remote base not fetched: posture never uses the network or runs git; the kustomization is not built: vendor the base into the repository to scan it"))
			}
		}
		return
	}
	if err := c.mem.MkdirAll("/" + path.Dir(name)); err != nil {
		c.err = err
		return
	}
	if err := c.mem.WriteFile("/"+name, data); err != nil {
		c.err = err
	}
}

// kustomizationRef is a file a kustomization names (value) and where it
// names it (path, as a parser.Path string).
type kustomizationRef struct{ path, value string }

// kustomizationRefs lists the paths a kustomization names: resources,
// bases, components, crds, patches and generator inputs.
func kustomizationRefs(k map[string]any) []kustomizationRef {
	var refs []kustomizationRef
	str := func(field string) {
		l, _ := k[field].([]any)
		for i, v := range l {
			if s, ok := v.(string); ok {
				refs = append(refs, kustomizationRef{fmt.Sprintf("%s[%d]", field, i), s})
			}
		}
	}
	for _, f := range []string{"resources", "bases", "components", "crds", "patchesStrategicMerge", "configurations", "generators", "transformers", "validators"} {
		str(f)
	}
	objs := func(field string, keys ...string) {
		l, _ := k[field].([]any)
		for i, v := range l {
			m, _ := v.(map[string]any)
			for _, key := range keys {
				switch x := m[key].(type) {
				case string:
					refs = append(refs, kustomizationRef{fmt.Sprintf("%s[%d].%s", field, i, key), x})
				case []any:
					for j, s := range x {
						if s, ok := s.(string); ok {
							_, file, ok := strings.Cut(s, "=")
							if !ok {
								file = s
							}
							refs = append(refs, kustomizationRef{fmt.Sprintf("%s[%d].%s[%d]", field, i, key, j), file})
						}
					}
				}
			}
		}
	}
	objs("patches", "path")
	objs("patchesJson6902", "path")
	objs("replacements", "path")
	objs("configMapGenerator", "files", "envs", "env")
	objs("secretGenerator", "files", "envs", "env")
	return refs
}

// lookup returns the value at p in a decoded object.
func lookup(v any, p parser.Path) (any, bool) {
	for _, el := range p {
		switch k := el.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil, false
			}
			if v, ok = m[k]; !ok {
				return nil, false
			}
		case int:
			s, ok := v.([]any)
			if !ok || k >= len(s) {
				return nil, false
			}
			v = s[k]
		}
	}
	return v, true
}
