package kubernetes

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/ignore"
	"helm.sh/helm/v3/pkg/strvals"

	"github.com/posture-dev/posture/parser"
)

// maxChartBytes bounds what one chart may make posture read: charts carry
// files for .Files.Get, and a scan must not load a stray disk image.
const maxChartBytes = 64 << 20

// decodeChart renders the chart whose Chart.yaml is chartFile with Helm's
// own loader and Helm's engine under a budget (helmrender.go; no helm
// binary, no cluster, no network) and reads the rendered manifests. Every
// range is mapped back to the template that produced it.
func (d *decoder) decodeChart(ctx context.Context, src *parser.Source, chartFile string) ([]parser.Resource, []parser.Diagnostic) {
	dir := path.Dir(chartFile)
	chartRange := parser.Range{File: chartFile, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	files, diags, err := chartFiles(src, dir)
	if err != nil {
		return nil, append(diags, parser.Errorf(chartRange, "cannot read the chart: %v", err))
	}
	ch, err := loader.LoadFiles(files)
	if err != nil {
		return nil, []parser.Diagnostic{parser.Errorf(chartRange, "cannot load the Helm chart: %v; fix Chart.yaml (apiVersion, name and version are required)", err)}
	}
	vals, ds := d.values(src, ch, chartRange)
	diags = append(diags, ds...)
	diags = append(diags, missingDependencies(src, chartFile, ch, vals)...)
	if err := chartutil.ProcessDependenciesWithMerge(ch, vals); err != nil {
		return nil, append(diags, parser.Errorf(chartRange, "cannot resolve the chart's dependencies: %v", err))
	}
	opts := chartutil.ReleaseOptions{Name: "release-name", Namespace: releaseNamespace, Revision: 1, IsInstall: true}
	renderVals, err := chartutil.ToRenderValues(ch, vals, opts, chartutil.DefaultCapabilities)
	if err != nil {
		return nil, append(diags, parser.Errorf(chartRange, "the chart's values are not valid: %v; fix values.yaml or the --helm-values/--helm-set given", err))
	}
	rendered, err := renderChart(ctx, ch, renderVals, d.render)
	if err != nil {
		return nil, append(diags, renderDiagnostic(dir, chartRange, err))
	}

	rs, ds := readRendered(ctx, src, dir, ch.Name(), rendered)
	diags = append(diags, ds...)
	for _, crd := range ch.CRDObjects() {
		file := path.Join(dir, strings.TrimPrefix(crd.Filename, ch.Name()+"/"))
		m := readManifest(file, crd.File.Data)
		rs = append(rs, m.resources...)
		diags = append(diags, m.diags...)
	}
	return rs, diags
}

// readRendered reads the manifests rendered from the templates of the
// chart in dir, in the order of their names.
func readRendered(ctx context.Context, src *parser.Source, dir, chart string, rendered map[string]string) ([]parser.Resource, []parser.Diagnostic) {
	names := make([]string, 0, len(rendered))
	for name := range rendered {
		names = append(names, name)
	}
	sort.Strings(names)
	var rs []parser.Resource
	var diags []parser.Diagnostic
	for _, name := range names {
		if ctx.Err() != nil {
			break // the driver reports the unit as stopped
		}
		out := rendered[name]
		lower := strings.ToLower(name)
		if strings.TrimSpace(out) == "" || !(strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml") || strings.HasSuffix(lower, ".json")) {
			continue // partials render empty; NOTES.txt is not a manifest
		}
		r, d := readTemplateOutput(src, dir, chart, sourceOf(dir, name), out)
		rs = append(rs, r...)
		diags = append(diags, d...)
	}
	return rs, diags
}

// readTemplateOutput reads what the template file rendered (out), with
// every range mapped back to the template.
func readTemplateOutput(src *parser.Source, dir, chart, file, out string) ([]parser.Resource, []parser.Diagnostic) {
	var diags []parser.Diagnostic
	tpl, err := src.ReadFile(file)
	if err != nil {
		// Read once already, for the chart: positions fall back to
		// the template's first line.
		diags = append(diags, parser.Warnf(parser.Range{File: file}, "positions in the rendered template are approximate: %s", unreadable(file, err)))
	}
	m := readManifest(file, []byte(out))
	lm := newLineMap([]byte(out), tpl)
	for i := range m.resources {
		lm.resource(&m.resources[i])
		m.resources[i].Meta = map[string]string{"helm_chart": chart, "helm_chart_dir": dir}
		unknownReleaseNamespace(&m.resources[i])
	}
	for i := range m.diags {
		m.diags[i].Range = lm.rng(m.diags[i].Range)
		m.diags[i].Message = "in the rendered chart: " + m.diags[i].Message
	}
	return m.resources, append(diags, m.diags...)
}

// releaseNamespace stands for the namespace `helm install --namespace`
// will give: it is not in the chart, so an object that takes its namespace
// from .Release.Namespace has an unknown one, not "default".
const releaseNamespace = "posture-release-namespace"

// unknownReleaseNamespace marks a namespace rendered from the release as
// unknown.
func unknownReleaseNamespace(r *parser.Resource) {
	md, _ := r.Properties["metadata"].(map[string]any)
	if ns, _ := md["namespace"].(string); ns == releaseNamespace {
		delete(md, "namespace")
		p := parser.Path{"metadata", "namespace"}
		delete(r.Ranges, p.String())
		r.Unknown = append(r.Unknown, p)
		r.ID = strings.Replace(r.ID, "/"+releaseNamespace+"/", "//", 1)
	}
}

// chartFiles reads the chart below dir from the scan's file system, for
// Helm's loader, which otherwise reads the OS file system. Files the
// chart's .helmignore excludes are left out, as `helm package` and
// `helm template` leave them out: a template listed there is never
// deployed. A file that cannot be read (a link leaving the scan root, a
// file too large, a FIFO) is left out too, with a diagnostic naming it.
func chartFiles(src *parser.Source, dir string) ([]*loader.BufferedFile, []parser.Diagnostic, error) {
	var diags []parser.Diagnostic
	skip := func(name string, err error) {
		diags = append(diags, parser.Warnf(parser.Range{File: name}, "left out of the chart: %s", unreadable(name, err)))
	}
	rules := ignore.Empty()
	ignoreFile := path.Join(dir, ignore.HelmIgnore)
	if b, err := src.ReadFile(ignoreFile); err == nil {
		if rules, err = ignore.Parse(bytes.NewReader(b)); err != nil {
			return nil, diags, fmt.Errorf("%s: %w", ignoreFile, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		// Rendered without its rules: a chart must not be able to hide
		// its templates from the scan behind an unreadable ignore file.
		// At worst a file it meant to leave out is checked too.
		diags = append(diags, parser.Warnf(parser.Range{File: ignoreFile},
			"not read: %s; the chart is rendered without its ignore rules", unreadable(ignoreFile, err)))
	}
	rules.AddDefaults()
	var files []*loader.BufferedFile
	total := 0
	err := fs.WalkDir(src, dir, func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			if name == dir {
				return err
			}
			skip(name, err)
			return nil
		}
		rel := strings.TrimPrefix(name, dir+"/")
		if name != dir {
			if info, err := e.Info(); err == nil && rules.Ignore(rel, info) {
				if e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
		}
		if e.IsDir() {
			if n := e.Name(); name != dir && (n == ".git" || n == "node_modules") {
				return fs.SkipDir
			}
			return nil
		}
		// Links are read through the source, which refuses those that
		// leave the scan root. A FIFO or device is never opened.
		if t := e.Type(); !t.IsRegular() && t&fs.ModeSymlink == 0 {
			skip(name, fmt.Errorf("not a regular file (%v)", t))
			return nil
		}
		data, err := src.ReadFile(name)
		if err != nil {
			skip(name, err)
			return nil
		}
		if total += len(data); total > maxChartBytes {
			return fmt.Errorf("the chart holds more than %d MiB of files", maxChartBytes>>20)
		}
		files = append(files, &loader.BufferedFile{Name: rel, Data: data})
		return nil
	})
	return files, diags, err
}

// values merges the chart's own values with the user's values files and
// --set overrides, in Helm's order.
func (d *decoder) values(src *parser.Source, ch *chart.Chart, at parser.Range) (map[string]any, []parser.Diagnostic) {
	var diags []parser.Diagnostic
	vals := map[string]any{}
	for _, f := range d.opts.HelmValues {
		b, err := src.ReadFile(f)
		if err != nil {
			diags = append(diags, parser.Errorf(parser.Range{File: f}, "cannot read Helm values file: %v; --helm-values paths are relative to the scan root", err))
			continue
		}
		v, err := chartutil.ReadValues(b)
		if err != nil {
			diags = append(diags, parser.Errorf(parser.Range{File: f}, "Helm values file is not valid YAML: %v", err))
			continue
		}
		vals = mergeMaps(vals, v)
	}
	for _, s := range d.opts.HelmSet {
		if err := strvals.ParseInto(s, vals); err != nil {
			diags = append(diags, parser.Errorf(at, "cannot apply --helm-set %q: %v; write key=value, nested keys with dots (image.tag=1.2)", s, err))
		}
	}
	return vals, diags
}

// mergeMaps merges b into a the way helm --values does: maps merge
// recursively, anything else in b replaces a.
func mergeMaps(a, b map[string]any) map[string]any {
	out := make(map[string]any, len(a))
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		if vm, ok := v.(map[string]any); ok {
			if am, ok := out[k].(map[string]any); ok {
				out[k] = mergeMaps(am, vm)
				continue
			}
		}
		out[k] = v
	}
	return out
}

// missingDependencies reports dependencies that Chart.yaml declares but
// charts/ does not hold: posture never downloads them. One that the
// values disable (its condition or tags) deploys nothing, so nothing of
// it goes unscanned.
func missingDependencies(src *parser.Source, chartFile string, ch *chart.Chart, vals map[string]any) []parser.Diagnostic {
	if ch.Metadata == nil || len(ch.Metadata.Dependencies) == 0 {
		return nil
	}
	have := map[string]bool{}
	for _, dep := range ch.Dependencies() {
		have[dep.Name()] = true
	}
	var ranges parser.RangeTable
	if b, err := src.ReadFile(chartFile); err == nil {
		ranges = documentRanges(chartFile, b)
	}
	var diags []parser.Diagnostic
	var merged chartutil.Values
	for i, dep := range ch.Metadata.Dependencies {
		if dep == nil || have[dep.Name] {
			continue
		}
		if merged == nil {
			// The chart's own values.yaml under those the user gave, as
			// Helm reads conditions and tags.
			var err error
			if merged, err = chartutil.CoalesceValues(ch, vals); err != nil {
				merged = chartutil.Values{}
			}
		}
		if !dependencyEnabled(dep, merged) {
			continue
		}
		r, ok := ranges[fmt.Sprintf("dependencies[%d].name", i)]
		if !ok {
			r = parser.Range{File: chartFile, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
		}
		diags = append(diags, parser.Notef(r,
			"Helm dependency %q (%s) is not in charts/: its templates are not scanned; run `helm dependency build` and scan again (posture does not download charts)",
			dep.Name, dep.Repository))
	}
	return diags
}

// dependencyEnabled reports whether Helm deploys a dependency with these
// values: the first path of its condition that holds a boolean decides;
// else a tag set to true enables it, and tags only set to false disable
// it; else it is enabled.
func dependencyEnabled(dep *chart.Dependency, vals chartutil.Values) bool {
	for _, c := range strings.Split(dep.Condition, ",") {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if v, err := vals.PathValue(c); err == nil {
			if b, ok := v.(bool); ok {
				return b
			}
		}
	}
	tags, err := vals.Table("tags")
	if err != nil {
		return true
	}
	hasTrue, hasFalse := false, false
	for _, t := range dep.Tags {
		if b, ok := tags[t].(bool); ok {
			hasTrue, hasFalse = hasTrue || b, hasFalse || !b
		}
	}
	return hasTrue || !hasFalse
}

// documentRanges returns the value ranges of a file's first YAML document.
func documentRanges(file string, b []byte) parser.RangeTable {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil || len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	c := newConverter(file, b, parser.NewLineIndex(b), 0, root)
	c.ranges = parser.RangeTable{}
	if _, _, _, err := c.convert(root, "", 0); err != nil {
		return nil
	}
	return c.ranges
}

var tplErr = regexp.MustCompile(`(?:template: |execution error at \()([^:\s()]+):(\d+):(\d+)`)

// renderDiagnostic places a Helm render error on the template line it
// names ("template: chart/templates/x.yaml:12:3: executing ...",
// "execution error at (chart/templates/x.yaml:4:11): ...").
func renderDiagnostic(dir string, chartRange parser.Range, err error) parser.Diagnostic {
	msg := err.Error()
	r := chartRange
	if sm := tplErr.FindStringSubmatch(msg); sm != nil {
		line, _ := strconv.Atoi(sm[2])
		col, _ := strconv.Atoi(sm[3])
		p := parser.Pos{Line: line, Column: col}
		r = parser.Range{File: sourceOf(dir, sm[1]), Start: p, End: p}
	}
	var stopped *renderStopped
	if errors.As(err, &stopped) {
		// The chain of template errors around a budget can be as long as
		// the recursion that spent it: say only which budget ran out.
		return parser.Errorf(r, "Helm chart in %s not rendered: %s; its templates are not scanned", dir, stopped.budget)
	}
	return parser.Errorf(r, "cannot render the Helm chart: %s; fix the template, or give the values it needs with --helm-values/--helm-set", msg)
}

// sourceOf maps a Helm template name (chart/templates/x.yaml,
// chart/charts/sub/templates/y.yaml) to its file below the chart dir.
func sourceOf(dir, name string) string {
	_, rest, ok := strings.Cut(name, "/")
	if !ok {
		return path.Join(dir, name)
	}
	return path.Join(dir, rest)
}
