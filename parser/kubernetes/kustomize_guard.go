//lint:file-ignore SA1019 deprecated Kustomization fields are still applied by Kustomize, so they are checked and counted

package kubernetes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/api/provider"
	"sigs.k8s.io/kustomize/api/resmap"
	"sigs.k8s.io/kustomize/api/types"
	kyaml "sigs.k8s.io/kustomize/kyaml/yaml"
)

// Kustomize's file loader clones any base that parses as a git URL (it
// runs git, which runs ssh and resolves host names) and fetches any file
// named by an http(s) URL, and the loader it builds cannot be given
// another cloner or HTTP client. So nothing that could be such a URL may
// reach it. Kustomize reads those strings from two places only, both of
// them in the in-memory file system posture fills:
//
//   - kustomization files: every field kustomize hands to its loader's
//     New (resources, bases, components, generators, transformers,
//     validators) or Load (the others below);
//   - the configuration of builtin plugins (apiVersion: builtin) listed
//     under generators, transformers or validators, whose path fields the
//     plugin loads.
//
// kustomizeCopier.write checks every file before it enters that file
// system, with Kustomize's own parsers, so that what is checked is what
// Kustomize will read. A kustomization with a reference that fails the check is not
// built. Helm inflation and exec, container and Go plugins are switched
// off in the build options as well (kustomizeOptions).

// remoteRef reports whether Kustomize could take s for something to fetch.
// It is deliberately wider than Kustomize's own tests (a git URL has a
// scheme, a user@ or a github.com prefix; a remote file an http(s)
// scheme): a ':' or an '@' anywhere, or a leading github.com, refuses the
// reference. Local paths hold neither in practice.
func remoteRef(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	return strings.ContainsAny(l, ":@") || l == "github.com" || strings.HasPrefix(l, "github.com/")
}

// kustomizeOptions are the build options: files only from below the
// kustomization's root, builtin plugins only, and no helm.
func kustomizeOptions() *krusty.Options {
	return &krusty.Options{
		Reorder:          krusty.ReorderOptionNone,
		LoadRestrictions: types.LoadRestrictionsRootOnly,
		PluginConfig: &types.PluginConfig{
			PluginRestrictions: types.PluginRestrictionsBuiltinsOnly,
			BpLoadingOptions:   types.BploUseStaticallyLinked,
			FnpLoadingOptions:  types.FnPluginLoadingOptions{EnableExec: false, Network: false},
			HelmConfig:         types.HelmConfig{Enabled: false},
		},
	}
}

// refused is a reference Kustomize must not be given: path is where it is
// in the file (as a parser.Path string), helm tells a Helm chart from a
// remote base or file, schema an openapi field.
type refused struct {
	path         string
	helm, schema bool
}

// kustomizationData are the fields of a kustomization that Kustomize never
// loads: their strings are data (labels, image names, inline patches,
// literals), not references. Every other string is checked, so a field a
// later Kustomize adds is refused until it is listed here.
var kustomizationData = map[string]bool{
	"apiVersion": true, "kind": true, "metadata": true,
	"namePrefix": true, "nameSuffix": true, "namespace": true,
	"commonLabels": true, "labels": true, "commonAnnotations": true,
	"images": true, "imageTags": true, "replicas": true, "vars": true,
	"sortOptions": true, "generatorOptions": true, "buildMetadata": true,
}

// kustomizationMixed are the list fields of objects in which only some
// keys name files.
var kustomizationMixed = map[string][]string{
	"patches":            {"path"},
	"patchesJson6902":    {"path"},
	"replacements":       {"path"},
	"configMapGenerator": {"files", "envs", "env"},
	"secretGenerator":    {"files", "envs", "env"},
}

// kustomizationInline are the list fields whose entries Kustomize reads
// as inline YAML when they parse as objects, else as paths.
var kustomizationInline = map[string]bool{
	"patchesStrategicMerge": true, "generators": true, "transformers": true, "validators": true,
}

var resMapFactory = resmap.NewFactory(provider.NewDefaultDepProvider().GetResourceFactory())

// refusedInKustomization lists the references of a kustomization file that
// must not reach Kustomize. A file Kustomize cannot parse has none: the
// build stops on it before any reference is followed.
func refusedInKustomization(content []byte) []refused {
	var k types.Kustomization
	if err := k.Unmarshal(content); err != nil {
		return nil
	}
	// Back through JSON for the canonical field names: Kustomize matches
	// keys case-insensitively.
	b, err := json.Marshal(k)
	if err != nil {
		return []refused{{path: ""}}
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return []refused{{path: ""}}
	}
	var out []refused
	for _, field := range sortedKeys(m) {
		v := m[field]
		switch {
		case kustomizationData[field]:
		case field == "openapi":
			// Kustomize keeps the schema in a global: one kustomization's
			// schema would change how every later or concurrent build
			// in the scan merges its patches.
			out = append(out, refused{path: field, schema: true})
		case field == "helmCharts" || field == "helmChartInflationGenerator" || field == "helmGlobals":
			out = append(out, refused{path: field, helm: true})
		case kustomizationInline[field]:
			list, _ := v.([]any)
			for i, e := range list {
				s, _ := e.(string)
				p := fmt.Sprintf("%s[%d]", field, i)
				if rm, err := resMapFactory.NewResMapFromBytes([]byte(s)); err == nil {
					for _, r := range refusedInPlugins(rm) {
						out = append(out, refused{path: p, helm: r.helm})
					}
				} else if remoteRef(s) {
					out = append(out, refused{path: p})
				}
			}
		case kustomizationMixed[field] != nil:
			keys := kustomizationMixed[field]
			list, _ := v.([]any)
			for i, e := range list {
				obj, _ := e.(map[string]any)
				for _, key := range keys {
					out = append(out, refusedStrings(fmt.Sprintf("%s[%d].%s", field, i, key), obj[key])...)
				}
			}
		default:
			out = append(out, refusedStrings(field, v)...)
		}
	}
	return out
}

// refusedStrings checks every string in v, at path p.
func refusedStrings(p string, v any) []refused {
	var out []refused
	switch x := v.(type) {
	case string:
		if remoteRef(x) {
			out = append(out, refused{path: p})
		}
	case []any:
		for i, e := range x {
			out = append(out, refusedStrings(fmt.Sprintf("%s[%d]", p, i), e)...)
		}
	case map[string]any:
		for _, k := range sortedKeys(x) {
			out = append(out, refusedStrings(p+"."+k, x[k])...)
		}
	}
	return out
}

// pluginPathKeys are the configuration fields in which builtin plugins
// name files to load (PatchTransformer, PatchJson6902Transformer and
// PatchStrategicMergeTransformer, ReplacementTransformer,
// ValueAddTransformer, ConfigMapGenerator, SecretGenerator, and the exec
// plugins' argsFromFile). Plugins decode their configuration with
// case-insensitive keys.
var pluginPathKeys = []string{"path", "paths", "targetFilePath", "files", "envs", "env", "valuesFile", "additionalValuesFiles", "argsFromFile", "chartHome"}

func isPluginPathKey(k string) bool {
	for _, p := range pluginPathKeys {
		if strings.EqualFold(k, p) {
			return true
		}
	}
	return false
}

// refusedInFile checks the builtin plugin configurations in a file that
// Kustomize may read as generators, transformers or validators. A file
// Kustomize cannot parse configures nothing.
func refusedInFile(content []byte) []refused {
	if !strings.Contains(strings.ToLower(string(content)), "builtin") {
		return nil
	}
	rm, err := resMapFactory.NewResMapFromBytes(content)
	if err != nil {
		return nil
	}
	return refusedInPlugins(rm)
}

func refusedInPlugins(rm resmap.ResMap) []refused {
	var out []refused
	for _, r := range rm.Resources() {
		gvk := r.GetGvk()
		if gvk.Group != "" || gvk.Version != "builtin" {
			continue // not a builtin plugin: the build refuses it
		}
		if strings.EqualFold(gvk.Kind, "HelmChartInflationGenerator") {
			out = append(out, refused{helm: true})
			continue
		}
		m, err := r.Map()
		if err != nil {
			out = append(out, refused{})
			continue
		}
		out = append(out, refusedPluginPaths(m, "")...)
	}
	return out
}

// refusedPluginPaths checks the strings under path keys at any depth
// (key is the nearest one). A PatchStrategicMergeTransformer's paths may
// hold inline patches, which it does not load.
func refusedPluginPaths(v any, key string) []refused {
	var out []refused
	switch x := v.(type) {
	case string:
		if key == "" || !remoteRef(x) {
			break
		}
		if strings.EqualFold(key, "paths") {
			if _, err := resMapFactory.RF().SliceFromBytes([]byte(x)); err == nil {
				break
			}
		}
		out = append(out, refused{})
	case []any:
		for _, e := range x {
			out = append(out, refusedPluginPaths(e, key)...)
		}
	case map[string]any:
		for _, k := range sortedKeys(x) {
			next := key
			if isPluginPathKey(k) {
				next = k
			}
			out = append(out, refusedPluginPaths(x[k], next)...)
		}
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// aliasExpansion returns how many nodes the YAML documents in content
// expand to when every alias is replaced by what it names, counted with
// the parser Kustomize uses, and the most that is allowed: the budget the
// converter gives alias expansion. Counting stops past the limit.
func aliasExpansion(content []byte) (n, limit int) {
	if !bytes.Contains(content, []byte("*")) {
		return 0, 1
	}
	dec := kyaml.NewDecoder(bytes.NewReader(content))
	var docs []*kyaml.Node
	parsed := 0
	for {
		var doc kyaml.Node
		if err := dec.Decode(&doc); err != nil {
			break // Kustomize stops at the same error
		}
		docs = append(docs, &doc)
		parsed += parsedNodes(&doc, 0)
	}
	limit = aliasFloor + aliasRatio*parsed
	memo := map[*kyaml.Node]int{}
	for _, d := range docs {
		if n += expandedNodes(d, memo, limit, 0); n > limit {
			return n, limit
		}
	}
	return n, limit
}

func parsedNodes(n *kyaml.Node, depth int) int {
	if n == nil || depth > maxValueDepth*10 {
		return 0
	}
	c := 1
	for _, ch := range n.Content {
		c += parsedNodes(ch, depth+1)
	}
	return c
}

// expandedNodes counts n with aliases expanded; memo holds the count of
// each node already counted, so shared subtrees cost one visit.
func expandedNodes(n *kyaml.Node, memo map[*kyaml.Node]int, limit, depth int) int {
	if n == nil {
		return 0
	}
	if c, ok := memo[n]; ok {
		return c
	}
	if depth > maxValueDepth*10 {
		return limit + 1
	}
	memo[n] = limit + 1 // an alias cycle counts as too many
	c := 1
	if n.Kind == kyaml.AliasNode {
		c = expandedNodes(n.Alias, memo, limit, depth+1)
	}
	for _, ch := range n.Content {
		if c += expandedNodes(ch, memo, limit, depth+1); c > limit {
			break
		}
	}
	c = min(c, limit+1)
	memo[n] = c
	return c
}

// transformsIn counts what a kustomization applies to every resource:
// patches, replacements, images, replicas, labels and transformers.
func transformsIn(content []byte) int {
	var k types.Kustomization
	if k.Unmarshal(content) != nil {
		return 0
	}
	// The deprecated fields still apply: kustomizations in the wild use them.
	return len(k.Patches) + len(k.PatchesStrategicMerge) + len(k.PatchesJson6902) + len(k.Replacements) +
		len(k.Images) + len(k.ImageTags) + len(k.Replicas) + len(k.Labels) + len(k.Transformers) + len(k.Validators) + len(k.Vars) +
		min(len(k.CommonLabels), 1) + min(len(k.CommonAnnotations), 1)
}
