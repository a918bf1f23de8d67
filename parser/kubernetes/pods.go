package kubernetes

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// Each pod a custom resource declares becomes a resource of its own, with
// the type of the built-in kind it behaves like: PodTemplate for pods that
// serve, batch/Job for pods that run to completion. Its properties are
// shaped as that kind (the pod spec at template.spec or
// spec.template.spec, the object's own apiVersion, kind and metadata
// beside it) and every range in it points at the custom resource's source,
// so pod policies apply unchanged and findings land where the value was
// written. The custom resource itself stays a resource as it was.

// Meta keys of a pod resource: the workload label messages use, and the
// place of the pod in its custom resource.
const (
	metaWorkload = "workload"
	metaPod      = "pod"
)

// derivedRangeBudget bounds the ranges copied into the pods of one object,
// beyond the object's own count: fields a workflow spec shares with each of
// its templates are copied once per template.
const derivedRangeBudget = 1 << 16

// withPods appends to rs the pods the custom resources among them declare,
// and a note for each object of an unlisted kind whose pod template is
// checked all the same.
func withPods(rs []parser.Resource) ([]parser.Resource, []parser.Diagnostic) {
	var pods []parser.Resource
	var diags []parser.Diagnostic
	for i := range rs {
		r := &rs[i]
		if r.Type == "" || r.Properties == nil {
			continue
		}
		if _, builtin := podSpecPaths[r.Type]; builtin {
			continue
		}
		kind, listed := workloadKinds[r.Type]
		if !listed {
			kind = workloadKind{sites: unlistedSites}
		}
		ps, ds := podsOf(r, kind, listed, derivedRangeBudget)
		pods = append(pods, ps...)
		diags = append(diags, ds...)
	}
	if len(pods) == 0 {
		return rs, diags
	}
	return append(rs, pods...), diags
}

// podsOf returns the pods of r, an object of a listed kind or (listed
// false) of a kind missing from the table, copying at most budget ranges
// beyond the object's own count.
func podsOf(r *parser.Resource, kind workloadKind, listed bool, budget int) ([]parser.Resource, []parser.Diagnostic) {
	d := deriver{r: r, budget: len(r.Ranges) + budget}
	var out []parser.Resource
	var diags []parser.Diagnostic
	seen := map[string]bool{}
	for _, site := range kind.sites {
		for _, m := range expand(r.Properties, site) {
			b, ok := d.build(site, m)
			if !ok {
				continue
			}
			if !listed && b.containers == 0 {
				continue
			}
			pod, ok := d.resource(kind, site, m, b)
			if !ok {
				diags = append(diags, parser.Warnf(r.Header, "%s %q declares more pods than posture checks in one object: the pods from %s on are not checked", kindOf(r), r.Name, m.path))
				return out, diags
			}
			// Two elements with one name (two worker groups "gpu") stay apart.
			for n, id := 2, pod.ID; seen[pod.ID]; n++ {
				pod.ID = fmt.Sprintf("%s #%d", id, n)
			}
			seen[pod.ID] = true
			if !listed {
				diags = append(diags, parser.Notef(r.Header, "%s (%s) is not a kind posture knows to run pods, but %s holds a pod template: it is checked as a pod. docs/kubernetes-workloads.md says how to add the kind to the table", kindOf(r), r.Type, m.path))
			}
			out = append(out, pod)
		}
		if !listed && len(out) > 0 {
			break
		}
	}
	return out, diags
}

func kindOf(r *parser.Resource) string {
	if k, ok := r.Properties["kind"].(string); ok {
		return k
	}
	return r.Type
}

// match is one pod declaration found at a site: its path, the names of the
// list and map elements on the way, the path of the value that gave the
// last name (a worker group's groupName), and its value.
type match struct {
	path   parser.Path
	names  []string
	nameAt parser.Path
	value  any
}

// expand finds the values at site.at in obj: list elements in order, map
// entries by key.
func expand(obj map[string]any, site podSite) []match {
	ms := []match{{value: obj}}
	for _, tok := range strings.Split(site.at, ".") {
		key, wild := tok, ""
		if strings.HasSuffix(tok, "[]") || strings.HasSuffix(tok, "{}") {
			key, wild = tok[:len(tok)-2], tok[len(tok)-2:]
		}
		next := ms[:0:0]
		for _, m := range ms {
			obj, ok := m.value.(map[string]any)
			if !ok {
				continue
			}
			v, ok := obj[key]
			if !ok {
				continue
			}
			p := m.path.Key(key)
			switch wild {
			case "":
				next = append(next, match{path: p, names: m.names, nameAt: m.nameAt, value: v})
			case "[]":
				list, _ := v.([]any)
				nameKey := ""
				if n := len(m.names); n < len(site.names) {
					nameKey = site.names[n]
				}
				for i, el := range list {
					nameAt := m.nameAt
					name, _ := valueAt(el, parser.Path{nameKey}).(string)
					if nameKey == "" || name == "" {
						name = "#" + strconv.Itoa(i)
					} else {
						nameAt = p.Key(i).Key(nameKey)
					}
					next = append(next, match{path: p.Key(i), names: withName(m.names, name), nameAt: nameAt, value: el})
				}
			case "{}":
				entries, _ := v.(map[string]any)
				keys := make([]string, 0, len(entries))
				for k := range entries {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					next = append(next, match{path: p.Key(k), names: withName(m.names, k), nameAt: m.nameAt, value: entries[k]})
				}
			}
		}
		ms = next
	}
	return ms
}

func withName(names []string, name string) []string {
	return append(append(make([]string, 0, len(names)+1), names...), name)
}

// pod is a pod being built: its spec and metadata, and where each part of
// them was written in the object.
type pod struct {
	spec, metadata map[string]any
	// containers counts the containers (all fields) of the pod.
	containers int
	// from maps paths in the pod (relative to the template: "spec.x",
	// "metadata.y") to the paths in the object they were read from.
	from []mapping
}

type mapping struct {
	to, from parser.Path
	// exact mappings carry the range of the value at from alone, not of
	// what lies below it: a pod assembled from parts points at the place
	// that declares it.
	exact bool
}

// deriver builds the pods of one object.
type deriver struct {
	r      *parser.Resource
	keys   []string // the object's range keys, sorted
	budget int
}

// build reads the pod a site declares at m; false when m holds none.
func (d *deriver) build(site podSite, m match) (pod, bool) {
	obj, ok := m.value.(map[string]any)
	if !ok {
		return pod{}, false
	}
	var b pod
	switch site.shape {
	case podTemplate:
		spec, ok := obj["spec"].(map[string]any)
		if !ok {
			return pod{}, false
		}
		b.spec = spec
		b.from = append(b.from, mapping{to: parser.Path{"spec"}, from: m.path.Key("spec")})
		if md, ok := obj["metadata"].(map[string]any); ok {
			b.metadata = md
			b.from = append(b.from, mapping{to: parser.Path{"metadata"}, from: m.path.Key("metadata")})
		}
		if site.defaultName != "" {
			b.nameOnlyContainer(site.defaultName)
		}
	case podSpec:
		b.spec = obj
		b.from = append(b.from, mapping{to: parser.Path{"spec"}, from: m.path})
		if len(site.containers) > 0 {
			b.addContainers(obj, m.path, site)
		}
		if site.inlineMetadata {
			b.metadataFrom(obj, m.path)
		}
	case container:
		b.spec = map[string]any{}
		b.from = append(b.from, mapping{to: parser.Path{"spec"}, from: m.path, exact: true})
		b.appendContainer("containers", obj, m.path, site.defaultName)
		for from, to := range site.renames {
			b.rename(0, from, to, m.path)
		}
	case argoTemplate:
		if !b.argo(obj, m.path, d.r.Properties) {
			return pod{}, false
		}
	}
	if site.probed {
		b.injectProbes()
	}
	if len(site.labels) > 0 {
		b.operatorLabels(site.labels, objectName(d.r), m.names)
	}
	for _, f := range ContainerFields {
		list, _ := b.spec[f].([]any)
		b.containers += len(list)
	}
	return b, true
}

// operatorLabels gives the pod the labels the operator sets on it, where
// its template does not set them: defaults, with no range. A label whose
// value is not known (a generated name, an element named by its index) is
// left out.
func (b *pod) operatorLabels(labels map[string]string, name string, names []string) {
	have, _ := b.metadata["labels"].(map[string]any)
	var out map[string]any
	for k, v := range labels {
		switch {
		case v == "$name":
			v = name
		case strings.HasPrefix(v, "$"):
			i, _ := strconv.Atoi(v[1:])
			v = ""
			if i >= 1 && i <= len(names) && !strings.HasPrefix(names[i-1], "#") {
				v = names[i-1]
			}
		}
		if _, set := have[k]; set || v == "" {
			continue
		}
		if out == nil {
			out = make(map[string]any, len(have)+len(labels))
			for hk, hv := range have {
				out[hk] = hv
			}
		}
		out[k] = v
	}
	if out == nil {
		return
	}
	md := map[string]any{}
	if b.metadata != nil {
		md = shallowCopy(b.metadata)
	}
	md["labels"] = out
	b.metadata = md
}

// objectName is metadata.name, "" when the object has none (generateName
// leaves it to the API server).
func objectName(r *parser.Resource) string {
	name, _ := valueAt(r.Properties, parser.Path{"metadata", "name"}).(string)
	return name
}

// injectedProbe stands for the probe an operator adds (KubeRay's checks the
// raylet's health endpoint). Like every default, it has no range.
var injectedProbe = map[string]any{"exec": map[string]any{"command": []any{
	"bash", "-c", "wget -T 2 -q -O- http://localhost:52365/api/local_raylet_healthz | grep success",
}}}

// injectProbes gives the first container the liveness and readiness probes
// it lacks, on copies: the object itself is left as written.
func (b *pod) injectProbes() {
	list, _ := b.spec["containers"].([]any)
	if len(list) == 0 {
		return
	}
	first, ok := list[0].(map[string]any)
	if !ok {
		return
	}
	var probed map[string]any
	for _, p := range []string{"livenessProbe", "readinessProbe"} {
		if _, ok := first[p]; ok {
			continue
		}
		if probed == nil {
			probed = shallowCopy(first)
		}
		probed[p] = injectedProbe
	}
	if probed == nil {
		return
	}
	b.spec = shallowCopy(b.spec)
	b.spec["containers"] = append([]any{probed}, list[1:]...)
}

// addContainers adds the container-shaped specs named in site.containers
// to the pod's containers, on a copy of the spec.
func (b *pod) addContainers(obj map[string]any, at parser.Path, site podSite) {
	var extra []string
	for _, k := range site.containers {
		if _, ok := obj[k].(map[string]any); ok {
			extra = append(extra, k)
		}
	}
	if len(extra) == 0 {
		return
	}
	b.spec = shallowCopy(obj)
	list, _ := obj["containers"].([]any)
	b.spec["containers"] = append([]any(nil), list...)
	for _, k := range extra {
		b.appendContainer("containers", obj[k].(map[string]any), at.Key(k), site.defaultName)
	}
}

// appendContainer adds c, read at path at, to the pod's field list, named
// defaultName when it has no name.
func (b *pod) appendContainer(field string, c map[string]any, at parser.Path, defaultName string) {
	if _, named := c["name"].(string); !named && defaultName != "" {
		c = shallowCopy(c)
		c["name"] = defaultName
	}
	list, _ := b.spec[field].([]any)
	b.from = append(b.from, mapping{to: parser.Path{"spec", field, len(list)}, from: at})
	b.spec[field] = append(list, c)
}

// metadataFrom takes the pod's labels and annotations from the keys of
// the same names in obj, read at path at (a KServe component's or serving
// runtime's).
func (b *pod) metadataFrom(obj map[string]any, at parser.Path) {
	for _, k := range []string{"labels", "annotations"} {
		v, ok := obj[k].(map[string]any)
		if !ok {
			continue
		}
		if b.metadata == nil {
			b.metadata = map[string]any{}
		}
		b.metadata[k] = v
		b.from = append(b.from, mapping{to: parser.Path{"metadata", k}, from: at.Key(k)})
	}
}

// nameOnlyContainer names the pod's one container, when it has no name, as
// the operator does (Knative's user-container), on a copy.
func (b *pod) nameOnlyContainer(name string) {
	list, _ := b.spec["containers"].([]any)
	if len(list) != 1 {
		return
	}
	c, ok := list[0].(map[string]any)
	if _, named := c["name"]; !ok || named {
		return
	}
	c = shallowCopy(c)
	c["name"] = name
	b.spec = shallowCopy(b.spec)
	b.spec["containers"] = []any{c}
}

// rename gives container i the field `to` with the value of its field
// `from` (TrainJob's resourcesPerNode is the trainer's resources), on a
// copy, its ranges those of the original.
func (b *pod) rename(i int, from, to string, at parser.Path) {
	list, _ := b.spec["containers"].([]any)
	c, _ := list[i].(map[string]any)
	v, ok := c[from]
	if !ok {
		return
	}
	if _, set := c[to]; set {
		return
	}
	c = shallowCopy(c)
	c[to] = v
	list[i] = c
	b.from = append(b.from, mapping{to: parser.Path{"spec", "containers", i, to}, from: at.Key(from)})
}

// argoPodFields are the pod fields an Argo template or, when the template
// leaves them out, its workflow spec sets.
var argoPodFields = []string{
	"securityContext", "serviceAccountName", "automountServiceAccountToken",
	"nodeSelector", "affinity", "tolerations", "schedulerName",
	"priorityClassName", "hostAliases",
}

// argoWorkflowPodFields are set for every pod of the workflow only.
var argoWorkflowPodFields = []string{"hostNetwork", "dnsPolicy", "dnsConfig", "imagePullSecrets"}

// argo builds the pod of an Argo template at path at; false for templates
// that run no pod of their own (steps, dag, resource, suspend, http).
func (b *pod) argo(tmpl map[string]any, at parser.Path, obj map[string]any) bool {
	wfPath := at[:len(at)-2]
	wf, _ := valueAt(obj, wfPath).(map[string]any)
	b.spec = map[string]any{}
	b.from = append(b.from, mapping{to: parser.Path{"spec"}, from: at, exact: true})
	for _, main := range []string{"container", "script"} {
		if c, ok := tmpl[main].(map[string]any); ok {
			b.appendContainer("containers", c, at.Key(main), "main")
		}
	}
	if set, ok := tmpl["containerSet"].(map[string]any); ok {
		list, _ := set["containers"].([]any)
		for i, c := range list {
			if c, ok := c.(map[string]any); ok {
				b.appendContainer("containers", c, at.Key("containerSet").Key("containers").Key(i), "")
			}
		}
	}
	if len(b.spec) == 0 {
		return false
	}
	for _, field := range []string{"sidecars", "initContainers"} {
		list, _ := tmpl[field].([]any)
		to := "containers"
		if field == "initContainers" {
			to = "initContainers"
		}
		for i, c := range list {
			if c, ok := c.(map[string]any); ok {
				b.appendContainer(to, c, at.Key(field).Key(i), "")
			}
		}
	}
	for _, f := range argoPodFields {
		if v, ok := tmpl[f]; ok {
			b.set(f, v, at.Key(f))
		} else if v, ok := wf[f]; ok {
			b.set(f, v, wfPath.Key(f))
		}
	}
	for _, f := range argoWorkflowPodFields {
		if v, ok := wf[f]; ok {
			b.set(f, v, wfPath.Key(f))
		}
	}
	// Volumes of the workflow and of the template are both mounted.
	for _, src := range []struct {
		list any
		at   parser.Path
	}{{wf["volumes"], wfPath.Key("volumes")}, {tmpl["volumes"], at.Key("volumes")}} {
		list, _ := src.list.([]any)
		for i, v := range list {
			have, _ := b.spec["volumes"].([]any)
			b.from = append(b.from, mapping{to: parser.Path{"spec", "volumes", len(have)}, from: src.at.Key(i)})
			b.spec["volumes"] = append(have, v)
		}
	}
	if md, ok := tmpl["metadata"].(map[string]any); ok {
		b.metadata = md
		b.from = append(b.from, mapping{to: parser.Path{"metadata"}, from: at.Key("metadata")})
	}
	return true
}

func (b *pod) set(field string, v any, from parser.Path) {
	b.spec[field] = v
	b.from = append(b.from, mapping{to: parser.Path{"spec", field}, from: from})
}

// resource turns the pod built at m into a resource; false when the
// object's range budget is spent.
func (d *deriver) resource(kind workloadKind, site podSite, m match, b pod) (parser.Resource, bool) {
	r := d.r
	template := map[string]any{"spec": b.spec}
	if b.metadata != nil {
		template["metadata"] = b.metadata
	}
	props := map[string]any{}
	for _, k := range []string{"apiVersion", "kind", "metadata"} {
		if v, ok := r.Properties[k]; ok {
			props[k] = v
		}
	}
	typ, templatePath := "PodTemplate", parser.Path{"template"}
	if kind.batch {
		typ, templatePath = "batch/Job", parser.Path{"spec", "template"}
		props["spec"] = map[string]any{"template": template}
	} else {
		props["template"] = template
	}

	maps := []mapping{
		{to: parser.Path{"apiVersion"}, from: parser.Path{"apiVersion"}},
		{to: parser.Path{"kind"}, from: parser.Path{"kind"}},
		{to: parser.Path{"metadata"}, from: parser.Path{"metadata"}},
		{to: templatePath, from: m.path, exact: true},
	}
	if kind.batch {
		maps = append(maps, mapping{to: parser.Path{"spec"}, from: m.path, exact: true})
	}
	for _, f := range b.from {
		maps = append(maps, mapping{to: append(append(parser.Path{}, templatePath...), f.to...), from: f.from, exact: f.exact})
	}
	ranges := parser.RangeTable{"": r.Range}
	for _, mp := range maps {
		if !d.copyRanges(ranges, mp) {
			return parser.Resource{}, false
		}
	}
	var unknown []parser.Path
	for _, u := range r.Unknown {
		for _, mp := range maps {
			if !mp.exact && u.HasPrefix(mp.from) {
				unknown = append(unknown, append(append(parser.Path{}, mp.to...), u[len(mp.from):]...))
			}
		}
	}

	place, quoted := placeOf(site, m)
	// The pod is declared by its template (or pod spec), not by the whole
	// object: score, compliance and the resource list point there. It stays
	// in the object's file (a Kustomize patch may have written the
	// template), which is the file policies see as the pod's.
	whole := r.Range
	if rg, ok := r.Ranges[m.path.String()]; ok && rg.File == r.Range.File {
		whole = rg
	}
	header := r.Header
	if rg, ok := ranges[templatePath.String()]; ok {
		header = rg
	}
	if rg, ok := r.Ranges[m.nameAt.String()]; ok && m.nameAt != nil {
		// A named element points at its name: groupName: gpu.
		header = rg
	}
	meta := make(map[string]string, len(r.Meta)+2)
	for k, v := range r.Meta {
		meta[k] = v // the chart or kustomization it came from
	}
	meta[metaWorkload] = fmt.Sprintf("%s %q (%s)", kindOf(r), r.Name, quoted)
	meta[metaPod] = place
	return parser.Resource{
		ID:         r.ID + " (" + place + ")",
		Type:       typ,
		Name:       r.Name,
		Provider:   r.Provider,
		Format:     r.Format,
		Properties: props,
		Unknown:    unknown,
		Meta:       meta,
		Range:      whole,
		Header:     header,
		Ranges:     ranges,
	}, true
}

// placeOf names the pod at m for IDs (worker group gpu) and for messages
// (worker group "gpu").
func placeOf(site podSite, m match) (plain, quoted string) {
	n := strings.Count(site.place, "%s")
	plainArgs := make([]any, n)
	quotedArgs := make([]any, n)
	for i := range n {
		name := ""
		if i < len(m.names) {
			name = m.names[i]
		}
		plainArgs[i] = name
		if strings.HasPrefix(name, "#") {
			quotedArgs[i] = name
		} else {
			quotedArgs[i] = strconv.Quote(name)
		}
	}
	return fmt.Sprintf(site.place, plainArgs...), fmt.Sprintf(site.place, quotedArgs...)
}

// copyRanges copies the ranges of the object at mp.from and below into t,
// under mp.to; false when the budget is spent.
func (d *deriver) copyRanges(t parser.RangeTable, mp mapping) bool {
	if d.keys == nil {
		d.keys = make([]string, 0, len(d.r.Ranges))
		for k := range d.r.Ranges {
			d.keys = append(d.keys, k)
		}
		sort.Strings(d.keys)
	}
	from, to := mp.from.String(), mp.to.String()
	if mp.exact {
		if rg, ok := d.r.Ranges[from]; ok {
			t[to] = rg
		}
		return true
	}
	// Keys below from share it as a prefix, so they sit together in the
	// sorted keys, beside others that merely start alike (specs/spec).
	for i := sort.SearchStrings(d.keys, from); i < len(d.keys) && strings.HasPrefix(d.keys[i], from); i++ {
		rest, ok := parser.Below(d.keys[i], from)
		if !ok {
			continue
		}
		if d.budget--; d.budget < 0 {
			return false
		}
		t[joinKey(to, rest)] = d.r.Ranges[d.keys[i]]
	}
	return true
}

// joinKey appends the rest of a path string (".x", "[0]", "") to prefix,
// as Path.String renders it.
func joinKey(prefix, rest string) string {
	if prefix == "" && strings.HasPrefix(rest, ".") {
		return rest[1:]
	}
	return prefix + rest
}

func shallowCopy(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}
