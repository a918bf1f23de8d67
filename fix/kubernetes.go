package fix

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func init() { Register(parser.KubernetesManifest, kubernetesPlanner{}) }

// kubernetesPlanner fixes findings in Kubernetes YAML: the manifest, the
// Kustomize patch that set the value (the finding points there), or the
// Helm values key a template read (the finding's Related says which).
type kubernetesPlanner struct{}

func (kubernetesPlanner) Plan(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error) {
	blamed, err := parser.ParsePath(f.Path)
	if err != nil {
		return nil, "", err
	}
	anchorText, matched := Anchor(f.Path, d)
	anchor, err := parser.ParsePath(anchorText)
	if err != nil {
		return nil, "", err
	}
	if matched == nil && len(blamed) > 0 {
		var inside bool
		if anchor, inside = besideBlamed(blamed, d.Settings()); inside {
			return nil, besideReason(f, blamed, d, files), nil
		}
	}
	if len(f.Related) > 0 && matched != nil {
		return planHelmValue(f, matched, files)
	}
	if strings.EqualFold(path.Ext(f.Range.File), ".json") {
		return planKubernetesJSON(f, d, anchor, files)
	}
	if !isYAMLName(f.Range.File) {
		return nil, fmt.Sprintf("posture cannot edit %s: the finding is not in a YAML or JSON file", path.Base(f.Range.File)), nil
	}
	src, err := files.ReadFile(f.Range.File)
	if err != nil {
		return nil, "", err
	}
	if bytes.Contains(src, []byte("{{")) && helmChart(f.Range.File, files) != "" {
		return planHelmTemplate(f, src, blamed, matched, files)
	}
	yf, err := loadYAML(files, f.Range.File)
	if err != nil {
		return nil, "", err
	}
	loc, ok := yf.locate(f.Range.Start, blamed)
	if !ok {
		switch strings.ToLower(path.Base(f.Range.File)) {
		case "kustomization.yaml", "kustomization.yml", "kustomization":
			return nil, fmt.Sprintf("the resource is made by %s (a generator or a remote base), not written in a file of the tree: add a patch that sets %s", f.Range.File, f.Path), nil
		}
		return nil, fmt.Sprintf("posture cannot find %s at %s", f.Path, f.Range), nil
	}
	fx := &policies.Fix{}
	var said []string
	settings := d.Settings()
	placed := make([]yamlSetting, len(settings))
	for i, s := range settings {
		p, err := parser.ParsePath(s.Path)
		if err != nil {
			return nil, "", fmt.Errorf("declared path %q: %w", s.Path, err)
		}
		full := append(append(parser.Path{}, anchor...), p...)
		base, rest, err := loc.resolve(full, len(anchor))
		if err != nil {
			return nil, "", err
		}
		if why := rootUserConflict(loc, anchor, p, s.Value); why != "" {
			return nil, why, nil
		}
		value := yamlValue(s.Value)
		add := i >= len(d.Set)
		if add {
			items, _ := s.Value.([]any)
			for j := range items {
				items[j] = yamlValue(items[j])
			}
			value = items
		}
		placed[i] = yamlSetting{base: base, path: rest, value: value, add: add}
	}
	edits, changed, err := yf.setAll(placed)
	if err != nil {
		return nil, "", err
	}
	fx.Edits = edits
	for i, s := range settings {
		if !changed[i] {
			continue
		}
		if placed[i].add {
			said = append(said, fmt.Sprintf("%s to include %s", s.Path, yf.flow(placed[i].value)))
		} else {
			said = append(said, fmt.Sprintf("%s to %s", s.Path, yf.flow(placed[i].value)))
		}
	}
	if len(fx.Edits) == 0 {
		return nil, "the manifest already has the secure value where posture can see it; the finding comes from elsewhere", nil
	}
	fx.Description = Describe(said...)
	return fx, "", nil
}

// yamlLocator maps the paths of a finding (canonical, relative to the
// resource body) to nodes of the document it points into.
type yamlLocator struct {
	spot yamlSpot
	// exact is set when the document path of spot is a prefix of the
	// blamed path, indexes aside (a Kustomize patch lists containers in
	// its own order). Otherwise canonical paths starting with canon are
	// written under source in the document: the pod template of a custom
	// resource (spec.xgbReplicaSpecs.Master.template.spec) that posture
	// reads as spec.template.spec.
	exact         bool
	canon, source parser.Path
}

// locate finds the node a finding points at. The deepest spot whose path
// agrees with the blamed path wins; else a spot whose path ends as a
// prefix of the blamed path does (two elements at least, or the blamed
// attribute itself).
func (f *yamlFile) locate(at parser.Pos, blamed parser.Path) (yamlLocator, bool) {
	spots := f.spotsAt(at.Line, at.Column)
	best, found := yamlSpot{}, false
	for _, s := range spots {
		if agrees(s.path, blamed) && (!found || len(s.path) > len(best.path)) {
			best, found = s, true
		}
	}
	if found {
		return yamlLocator{spot: best, exact: true}, true
	}
	for l := len(blamed); l > 0; l-- {
		for _, s := range spots {
			k := commonSuffix(s.path, blamed[:l])
			if k >= 2 || k >= 1 && l == len(blamed) {
				return yamlLocator{spot: s, canon: blamed[:l-k], source: s.path[:len(s.path)-k]}, true
			}
		}
	}
	return yamlLocator{}, false
}

// resolve returns the node a canonical path starts from and the rest of
// the path below it. anchor is how much of full is the anchor, which
// exact locators take from the spot's chain.
func (l yamlLocator) resolve(full parser.Path, anchor int) (*yaml.Node, parser.Path, error) {
	if l.exact {
		depth := min(len(l.spot.path), anchor)
		return l.spot.chain[depth], full[depth:], nil
	}
	if len(full) < len(l.canon) || commonSuffix(full[:len(l.canon)], l.canon) != len(l.canon) {
		return nil, nil, fmt.Errorf("%s is not written under %s in this document", full, l.source)
	}
	return l.spot.chain[0], append(append(parser.Path{}, l.source...), full[len(l.canon):]...), nil
}

// commonSuffix counts the trailing elements p and q share: keys equal,
// indexes any.
func commonSuffix(p, q parser.Path) int {
	n := 0
	for n < len(p) && n < len(q) {
		a, b := p[len(p)-1-n], q[len(q)-1-n]
		ka, aKey := a.(string)
		kb, bKey := b.(string)
		if aKey != bKey || aKey && ka != kb {
			break
		}
		n++
	}
	return n
}

func agrees(p, blamed parser.Path) bool {
	if len(p) > len(blamed) {
		return false
	}
	for i := range p {
		switch x := p[i].(type) {
		case string:
			if y, ok := blamed[i].(string); !ok || x != y {
				return false
			}
		case int:
			if _, ok := blamed[i].(int); !ok {
				return false
			}
		}
	}
	return true
}

// planHelmValue edits the values file key a template read: the last of
// the finding's Related ranges, when it is a scalar in a YAML file.
func planHelmValue(f *policies.Finding, s *Setting, files *Files) (*policies.Fix, string, error) {
	r := f.Related[len(f.Related)-1]
	if !isYAMLName(r.File) {
		return nil, fmt.Sprintf("the value of %s comes from %s, which posture cannot edit", f.Path, r.File), nil
	}
	yf, err := loadYAML(files, r.File)
	if err != nil {
		return nil, "", err
	}
	for _, spot := range yf.spotsAt(r.Start.Line, r.Start.Column) {
		n := spot.chain[len(spot.chain)-1]
		if n.Kind != yaml.ScalarNode {
			continue
		}
		value := yamlValue(s.Value)
		if yamlEqual(n, value) {
			return nil, "the values file already has the secure value; the finding comes from elsewhere", nil
		}
		start, end, err := yf.scalarSpan(n, false)
		if err != nil {
			return nil, "", err
		}
		e := yf.edit(start, end, yf.scalar(value, n.Style))
		return &policies.Fix{
			Description: Describe(fmt.Sprintf("%s to %s in %s (the template reads it for %s)", spot.path, yf.flow(value), path.Base(r.File), s.Path)),
			Edits:       []policies.Edit{e},
		}, "", nil
	}
	return nil, fmt.Sprintf("the value of %s comes from %s, where posture finds no value to edit", f.Path, r), nil
}

func isYAMLName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// planKubernetesJSON fixes a manifest written as JSON: the settings below
// the anchor of the innermost object with an apiVersion and a kind that
// holds the finding (a manifest, or an item of a List).
func planKubernetesJSON(f *policies.Finding, d *Declaration, anchor parser.Path, files *Files) (*policies.Fix, string, error) {
	jf, err := loadJSON(files, f.Range.File)
	if err != nil {
		return nil, "", err
	}
	var res *parser.JSONNode
	for n := jf.root; n != nil; {
		if n.Kind == parser.JSONObject && n.GetExact("apiVersion") != nil && n.GetExact("kind") != nil {
			res = n
		}
		var next *parser.JSONNode
		for _, m := range n.Fields() {
			if m.Value.Start <= f.Range.Start.Byte && f.Range.Start.Byte < m.Value.End {
				next = m.Value
			}
		}
		for _, e := range n.Items() {
			if e.Start <= f.Range.Start.Byte && f.Range.Start.Byte < e.End {
				next = e
			}
		}
		n = next
	}
	if res == nil {
		return nil, fmt.Sprintf("the finding's location in %s is not inside a manifest", f.Range.File), nil
	}
	settings := d.Settings()
	placed := make([]jsonSetting, len(settings))
	var said []string
	for i, s := range settings {
		p, err := parser.ParsePath(s.Path)
		if err != nil {
			return nil, "", fmt.Errorf("declared path %q: %w", s.Path, err)
		}
		placed[i] = jsonSetting{base: res, path: append(append(parser.Path{}, anchor...), p...), value: s.Value, add: i >= len(d.Set)}
	}
	edits, changed, err := jf.setAll(placed)
	if err != nil {
		return nil, "", err
	}
	for i, s := range settings {
		if changed[i] {
			said = append(said, fmt.Sprintf("%s to %s", s.Path, jsonScalarOrList(s.Value)))
		}
	}
	if len(edits) == 0 {
		return nil, "the manifest already has the secure value where posture can see it; the finding comes from elsewhere", nil
	}
	return &policies.Fix{Description: Describe(said...), Edits: edits}, "", nil
}

// besideBlamed is the anchor of settings when the policy blamed another
// attribute than the ones the fix sets: beside the blamed attribute
// (automountServiceAccountToken next to a blamed serviceAccountName, in
// the pod spec). inside reports a blamed path that enters a setting's
// own object (capabilities.add[0] for a fix of capabilities.drop): the
// fix then does not answer that finding.
func besideBlamed(blamed parser.Path, settings []Setting) (anchor parser.Path, inside bool) {
	for _, s := range settings {
		p, err := parser.ParsePath(s.Path)
		if err != nil || len(p) < 2 {
			continue
		}
		for i := len(blamed) - 1; i >= 0; i-- {
			if k, ok := blamed[i].(string); ok && k == p[0] {
				return blamed[:i], true
			}
		}
	}
	return blamed[:len(blamed)-1], false
}

// besideReason says what to change by hand for a finding on a field the
// declared settings do not cover (runAsUser: 0 where the fix sets
// runAsNonRoot, an item of capabilities.add where it extends
// capabilities.drop). Setting the declared field would not resolve it,
// and can break the workload (runAsNonRoot: true with runAsUser: 0 keeps
// the container from starting), so the finding names the field and its
// value for a person to change; the report shows the rule's remediation
// beside it.
func besideReason(f *policies.Finding, blamed parser.Path, d *Declaration, files *Files) string {
	value := blamedScalar(f, blamed, files)
	if i, isItem := blamed[len(blamed)-1].(int); isItem {
		item := fmt.Sprintf("item %d", i)
		if value != "" {
			item = value
		}
		return fmt.Sprintf("remove %s from %s by hand, or suppress the finding with the reason the workload needs it; the automatic fix sets only %s, which leaves this item as it is",
			item, blamed[:len(blamed)-1], settingNames(d))
	}
	field := f.Path
	if value != "" {
		field += ": " + value
	}
	return fmt.Sprintf("change %s by hand, as the remediation says; the automatic fix sets only %s, which leaves this value as it is", field, settingNames(d))
}

// blamedScalar returns the scalar a finding blames, as written in its
// YAML file, or "" when it is not one or posture cannot find it.
func blamedScalar(f *policies.Finding, blamed parser.Path, files *Files) string {
	if !isYAMLName(f.Range.File) || len(f.Related) > 0 {
		return ""
	}
	yf, err := loadYAML(files, f.Range.File)
	if err != nil {
		return ""
	}
	loc, ok := yf.locate(f.Range.Start, blamed)
	if !ok {
		return ""
	}
	v, _ := scalarAt(loc, blamed, nil)
	if strings.Contains(v, "{{") {
		return ""
	}
	return v
}

// rootUserConflict says why runAsNonRoot: true cannot be set at anchor
// (a container, or a pod spec) while the user it runs as is written as
// 0: the kubelet refuses to start a container that must run as non-root
// and is told to run as root, so the edit would turn a finding into an
// outage. The user ID is a choice the image has to support; the runAsUser
// finding says where to change it.
func rootUserConflict(loc yamlLocator, anchor, setting parser.Path, value any) string {
	if value != true || len(setting) == 0 || setting[len(setting)-1] != "runAsNonRoot" {
		return ""
	}
	prefix := setting[:len(setting)-1]
	userAt := func(at parser.Path) (string, bool) {
		return scalarAt(loc, at, append(append(parser.Path{}, prefix...), "runAsUser"))
	}
	conflict := func(at parser.Path) string {
		return fmt.Sprintf("%s: 0 would keep the container from starting with %s: true; change runAsUser to a non-root user ID the image supports by hand, then the fix can set runAsNonRoot",
			append(append(append(parser.Path{}, at...), prefix...), "runAsUser"), setting)
	}
	if len(anchor) >= 2 {
		if _, isContainer := anchor[len(anchor)-1].(int); isContainer {
			if user, set := userAt(anchor); set {
				if user == "0" {
					return conflict(anchor)
				}
				return ""
			}
			pod := anchor[:len(anchor)-2]
			if user, _ := userAt(pod); user == "0" {
				return conflict(pod)
			}
			return ""
		}
	}
	// The pod spec: its own user, and the containers that take
	// runAsNonRoot from it and run as root themselves.
	if user, _ := userAt(anchor); user == "0" {
		return conflict(anchor)
	}
	for _, list := range []string{"initContainers", "containers", "ephemeralContainers"} {
		for i := 0; i < maxContainers; i++ {
			c := append(append(parser.Path{}, anchor...), list, i)
			if _, exists := scalarAt(loc, c, parser.Path{"name"}); !exists {
				break
			}
			if _, own := scalarAt(loc, c, setting); own {
				continue
			}
			if user, _ := userAt(c); user == "0" {
				return conflict(c)
			}
		}
	}
	return ""
}

// maxContainers bounds the containers of a pod spec posture looks through.
const maxContainers = 1000

// scalarAt returns the scalar at rel below the node of the canonical path
// at, and whether it is written.
func scalarAt(loc yamlLocator, at, rel parser.Path) (string, bool) {
	full := append(append(parser.Path{}, at...), rel...)
	base, rest, err := loc.resolve(full, len(at))
	if err != nil {
		return "", false
	}
	t, err := yamlLookup(base, nil, rest)
	if err != nil || len(t.rest) > 0 || t.node.Kind != yaml.ScalarNode {
		return "", false
	}
	return t.node.Value, true
}

func settingNames(d *Declaration) string {
	var names []string
	for _, s := range d.Settings() {
		names = append(names, s.Path)
	}
	return strings.Join(names, " and ")
}

// helmValueLine is a template line that writes one values key as the
// value of one key: `allowPrivilegeEscalation: {{ .Values.a.b }}`.
var helmValueLine = regexp.MustCompile(`^\s*(?:-\s+)?([A-Za-z0-9_.-]+|"[^"]*"|'[^']*'):\s*\{\{-?\s*\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*-?\}\}\s*(?:#.*)?$`)

// planHelmTemplate fixes a value a Helm template took from the chart's
// values: when the finding's line writes the blamed attribute as one
// .Values key and nothing else, that key is set in the chart's
// values.yaml. A value the template computes has no fix.
func planHelmTemplate(f *policies.Finding, src []byte, blamed parser.Path, matched *Setting, files *Files) (*policies.Fix, string, error) {
	computed := fmt.Sprintf("the value is computed by the template %s; set it where the template takes it from", f.Range.File)
	if matched == nil || len(blamed) == 0 {
		return nil, computed, nil
	}
	x := parser.NewLineIndex(src)
	m := helmValueLine.FindStringSubmatch(x.Line(f.Range.Start.Line))
	if m == nil || strings.Trim(m[1], `"'`) != fmt.Sprint(blamed[len(blamed)-1]) {
		return nil, computed, nil
	}
	values := path.Join(helmChart(f.Range.File, files), "values.yaml")
	yf, err := loadYAML(files, values)
	if err != nil {
		return nil, "", err
	}
	if len(yf.docs) == 0 {
		return nil, fmt.Sprintf("%s is empty; add %s to it", values, m[2][1:]), nil
	}
	var key parser.Path
	for _, k := range strings.Split(m[2][1:], ".") {
		key = append(key, k)
	}
	e, err := yf.set(yf.docs[0], key, yamlValue(matched.Value))
	if err != nil {
		return nil, "", err
	}
	if e == nil {
		return nil, fmt.Sprintf("%s already has the secure value; the finding comes from another values file or --set", values), nil
	}
	return &policies.Fix{
		Description: Describe(fmt.Sprintf("%s to %s in %s (the template reads it for %s)", key, yf.flow(yamlValue(matched.Value)), path.Base(values), matched.Path)),
		Edits:       []policies.Edit{*e},
	}, "", nil
}

// helmChart returns the directory of the chart whose templates hold file
// (a Chart.yaml above a templates directory on its path), or "" when
// file is no chart's template: a manifest may hold {{ }} in a string.
func helmChart(file string, files *Files) string {
	seenTemplates := false
	for dir := path.Dir(file); dir != "." && dir != "/" && dir != ""; dir = path.Dir(dir) {
		if seenTemplates {
			if _, err := files.ReadFile(path.Join(dir, "Chart.yaml")); err == nil {
				return dir
			}
		}
		if path.Base(dir) == "templates" {
			seenTemplates = true
		}
	}
	return ""
}
