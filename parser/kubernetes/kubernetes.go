package kubernetes

import (
	"bytes"
	"context"
	"io/fs"
	"path"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// Options configure the reader.
type Options struct {
	// HelmValues are values files, relative to the scan root, merged over
	// each chart's values.yaml in order (helm --values).
	HelmValues []string
	// HelmSet are key=value overrides applied last (helm --set).
	HelmSet []string
}

// New returns the decoder of Kubernetes manifests, Helm charts and
// Kustomize overlays.
func New(opts Options) parser.Decoder {
	return &decoder{opts: opts, bases: map[string][]string{}, referenced: map[string]bool{}}
}

type decoder struct {
	opts Options
	// bases maps a directory to the directories of the kustomizations that
	// list it as a resource, base or component. Match fills it (the driver
	// calls Match from one goroutine, before Units); afterwards it is only
	// read.
	bases map[string][]string
	// referenced holds every local file a kustomization of the scan names
	// (resources, patches, generators' files...), filled with bases.
	referenced map[string]bool
	// render is the budget of each chart (tests make it small).
	render renderLimits
}

// Name implements parser.Decoder.
func (d *decoder) Name() string { return "kubernetes" }

// Match implements parser.Decoder. It claims YAML files that mention both
// apiVersion and kind (deciding per document happens in Decode, where
// non-objects are skipped silently) and JSON files whose top-level object
// has both, which leaves ARM templates, parameter files and Terraform plans
// to their own readers.
func (d *decoder) Match(name string, content []byte) bool {
	base := path.Base(name)
	lower := strings.ToLower(base)
	switch {
	case isKustomization(base):
		d.noteBases(name, content)
		return true
	case isChartFile(base):
		return true
	case strings.HasSuffix(lower, ".yaml"), strings.HasSuffix(lower, ".yml"):
		return bytes.Contains(content, []byte("apiVersion")) && bytes.Contains(content, []byte("kind"))
	case strings.HasSuffix(lower, ".json"):
		return isJSONManifest(content)
	}
	return false
}

// Units implements parser.Decoder. The files of a Helm chart (the
// directory of a Chart.yaml, with its subcharts) form one unit led by the
// outermost Chart.yaml: its templates are rendered, never read as plain
// YAML. The files of a kustomization's directory form one unit led by the
// kustomization. Every other manifest file is a unit of its own.
func (d *decoder) Units(names []string) [][]string {
	charts := chartDirs(names)
	kusts := map[string]bool{}
	for _, n := range names {
		if isKustomization(path.Base(n)) {
			kusts[path.Dir(n)] = true
		}
	}
	byChart := map[string][]string{}
	byKust := map[string][]string{}
	var chartOrder, kustOrder []string
	units := make([][]string, 0, len(names))
	for _, n := range names {
		if dir := outermost(n, charts); dir != "" {
			if byChart[dir] == nil {
				chartOrder = append(chartOrder, dir)
			}
			byChart[dir] = append(byChart[dir], n)
			continue
		}
		// A file in a kustomization's directory is scanned through the build
		// (once, with the kustomization's patches applied), not on its own.
		if dir := path.Dir(n); kusts[dir] {
			if byKust[dir] == nil {
				kustOrder = append(kustOrder, dir)
			}
			byKust[dir] = append(byKust[dir], n)
			continue
		}
		units = append(units, []string{n})
	}
	skipped := d.builtByOverlays(kusts)
	for _, dir := range kustOrder {
		if !skipped[dir] {
			units = append(units, kustomizationFirst(byKust[dir]))
		}
	}
	for _, dir := range chartOrder {
		units = append(units, chartFileFirst(dir, byChart[dir]))
	}
	return units
}

// chartDirs returns the directories of the charts among names.
func chartDirs(names []string) map[string]bool {
	charts := map[string]bool{}
	for _, n := range names {
		if isChartFile(path.Base(n)) {
			charts[path.Dir(n)] = true
		}
	}
	// A template named without its chart (pre-commit passes the files it
	// touched) is rendered with the chart it belongs to: the chart
	// directory is the one holding templates/. Decode checks that a
	// Chart.yaml is really there.
	for _, n := range names {
		if i := strings.LastIndex(n, "/templates/"); i >= 0 && outermost(n, charts) == "" {
			charts[n[:i]] = true
		} else if strings.HasPrefix(n, "templates/") && outermost(n, charts) == "" {
			charts["."] = true
		}
	}
	return charts
}

// builtByOverlays returns the kustomization directories that another one
// in the scan builds on. Those are scanned through that overlay, as they
// are deployed, not on their own as well: building them twice doubled
// their findings and their cost.
func (d *decoder) builtByOverlays(kusts map[string]bool) map[string]bool {
	skipped := map[string]bool{}
	for dir := range kusts {
		for _, by := range d.bases[dir] {
			if kusts[by] && by != dir {
				skipped[dir] = true
			}
		}
	}
	return skipped
}

// kustomizationFirst puts the kustomization first among the files of its
// directory, as the unit's leader.
func kustomizationFirst(files []string) []string {
	var unit []string
	for _, n := range files {
		if isKustomization(path.Base(n)) {
			unit = append([]string{n}, unit...)
		} else {
			unit = append(unit, n)
		}
	}
	return unit
}

// chartFileFirst puts the Chart.yaml of the chart in dir first among its
// files, as the unit's leader.
func chartFileFirst(dir string, files []string) []string {
	unit := []string{chartFileIn(dir, files)}
	for _, n := range files {
		if n != unit[0] {
			unit = append(unit, n)
		}
	}
	return unit
}

// outermost returns the outermost directory in dirs that holds name, or "".
func outermost(name string, dirs map[string]bool) string {
	found := ""
	for dir := path.Dir(name); ; dir = path.Dir(dir) {
		if dirs[dir] {
			found = dir
		}
		if dir == "." || dir == "/" {
			return found
		}
	}
}

func chartFileIn(dir string, names []string) string {
	for _, n := range names {
		if path.Dir(n) == dir && isChartFile(path.Base(n)) {
			return n
		}
	}
	return path.Join(dir, "Chart.yaml")
}

func isChartFile(base string) bool { return base == "Chart.yaml" || base == "Chart.yml" }

// Decode implements parser.Decoder. The ignore comments of a rendered
// chart or kustomization are those of the files its objects point at. The
// pods of custom resources are found on the objects as rendered, so a
// chart or overlay that produces a RayCluster is checked as a plain one.
func (d *decoder) Decode(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	rs, ds, ss := d.decode(ctx, src, unit)
	rs, pds := withPods(rs)
	return withSuppressions(rs), append(ds, pds...), ss
}

func (d *decoder) decode(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	if len(unit) > 0 && isChartFile(path.Base(unit[0])) {
		if _, err := fs.Stat(src, unit[0]); err == nil {
			rs, ds := d.decodeChart(ctx, src, unit[0])
			return rs, ds, renderedSuppressions(src, rs)
		}
		// A templates/ directory outside any chart: its files are read
		// as they are (and an un-rendered template says how to scan it).
		unit = unit[1:]
	}
	if len(unit) > 0 && isKustomization(path.Base(unit[0])) {
		rs, ds := d.decodeOverlay(ctx, src, unit, map[string]bool{})
		return rs, ds, renderedSuppressions(src, rs)
	}
	return d.decodePlain(ctx, src, unit)
}

// decodeOverlay builds the kustomization that leads unit. When the build
// fails, nothing it would have covered is lost: the manifests beside it are
// read as they are, and the kustomizations it builds on (which are not
// units of their own) are decoded in turn. seen guards against cycles.
func (d *decoder) decodeOverlay(ctx context.Context, src *parser.Source, unit []string, seen map[string]bool) ([]parser.Resource, []parser.Diagnostic) {
	kdir := path.Dir(unit[0])
	seen[kdir] = true
	rs, ds, built := d.decodeKustomization(src, unit[0])
	if built {
		urs, uds := d.decodeUnlisted(ctx, src, unit)
		return append(rs, urs...), append(ds, uds...)
	}
	prs, pds, _ := d.decodePlain(ctx, src, unit[1:])
	rs, ds = append(rs, prs...), append(ds, pds...)
	for _, base := range d.basesOf(kdir) {
		if seen[base] {
			continue
		}
		bunit := kustomizationUnit(src, base)
		if len(bunit) == 0 {
			continue
		}
		brs, bds := d.decodeOverlay(ctx, src, bunit, seen)
		rs, ds = append(rs, brs...), append(ds, bds...)
	}
	return rs, ds
}

// decodeUnlisted reads the manifests beside a kustomization that no
// kustomization of the scan names: `kubectl apply -k` does not deploy
// them, but they are in the repository to be applied some other way
// (microservices-demo's loadgenerator.yaml), and dropping them would hide
// their findings. Each gets a note saying how it was read.
func (d *decoder) decodeUnlisted(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic) {
	var unlisted []string
	for _, name := range unit[1:] {
		if !d.referenced[name] {
			unlisted = append(unlisted, name)
		}
	}
	rs, ds, _ := d.decodePlain(ctx, src, unlisted)
	kfile := path.Base(unit[0])
	for _, name := range unlisted {
		ds = append(ds, parser.Notef(parser.Range{File: name, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}},
			"%s beside it does not list this file, so `kubectl apply -k` does not deploy it: scanned on its own as a plain manifest", kfile))
	}
	return rs, ds
}

func (d *decoder) decodePlain(ctx context.Context, src *parser.Source, unit []string) ([]parser.Resource, []parser.Diagnostic, []parser.Suppression) {
	var rs []parser.Resource
	var ds []parser.Diagnostic
	var ss []parser.Suppression
	for _, name := range unit {
		if ctx.Err() != nil {
			break
		}
		content, err := src.ReadFile(name)
		if err != nil {
			ds = append(ds, parser.Errorf(parser.Range{File: name}, "cannot read file: %v", err))
			continue
		}
		m := readManifest(name, content)
		rs = append(rs, m.resources...)
		ds = append(ds, m.diags...)
		if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
			ss = append(ss, m.suppressions...)
		}
	}
	return rs, ds, ss
}

// isJSONManifest reports whether content is a JSON object whose top level
// has both "apiVersion" and "kind". It scans bytes without decoding, so
// that claiming costs little even on large ARM templates.
func isJSONManifest(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n\ufeff")
	if len(b) == 0 || b[0] != '{' {
		return false
	}
	var api, kind bool
	depth := 0
	for i := 0; i < len(b) && !(api && kind); i++ {
		switch b[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return false
			}
		case '"':
			j := i + 1
			for j < len(b) && b[j] != '"' {
				if b[j] == '\\' {
					j++
				}
				j++
			}
			if depth == 1 && j < len(b) {
				k := j + 1
				for k < len(b) && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r' || b[k] == '\n') {
					k++
				}
				if k < len(b) && b[k] == ':' {
					switch string(b[i+1 : j]) {
					case "apiVersion":
						api = true
					case "kind":
						kind = true
					}
				}
			}
			i = j
		}
	}
	return api && kind
}
