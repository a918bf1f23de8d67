package bicep

import (
	"context"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quickstartDir holds main.bicep files beside the azuredeploy.json the
// Bicep compiler made from them.
const quickstartDir = corpusDir + "/arm/azure-quickstart-templates"

// flatten lists the known leaf values of a resource as path=value lines.
func flatten(v any, p string, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			out[p] = "{}"
		}
		for k, e := range x {
			flatten(e, p+"."+strings.ToLower(k), out)
		}
	case []any:
		if len(x) == 0 {
			out[p] = "[]"
		}
		for i, e := range x {
			flatten(e, fmt.Sprintf("%s[%d]", p, i), out)
		}
	default:
		out[p] = fmt.Sprintf("%v", x)
	}
}

// view is what the differential test compares of a resource.
func view(r parser.Resource) (string, map[string]string) {
	key := r.Type + " " + r.Name
	props := map[string]string{}
	flatten(r.Properties, "", props)
	if strings.EqualFold(r.Type, "Microsoft.Resources/deployments") {
		// The compiler's version picks the deployments API version.
		delete(props, ".apiversion")
	}
	return key, props
}

func plainJSON(n *arm.Node) any {
	switch n.Kind {
	case arm.KindString:
		return n.Str
	case arm.KindNumber:
		if n.IsFloat {
			return n.Float
		}
		return n.Num
	case arm.KindBool:
		return n.Bool
	case arm.KindArray:
		out := []any{}
		for _, e := range n.Elems {
			out = append(out, plainJSON(e))
		}
		return out
	case arm.KindObject:
		out := map[string]any{}
		for _, m := range n.Members {
			out[m.Key] = plainJSON(m.Value)
		}
		return out
	}
	return nil
}

// compare returns "" when the two resource sets agree, else a reason.
func compare(fromBicep, fromJSON []parser.Resource) string {
	a, b := map[string]map[string]string{}, map[string]map[string]string{}
	for _, r := range fromBicep {
		k, p := view(r)
		a[k] = p
	}
	for _, r := range fromJSON {
		k, p := view(r)
		b[k] = p
	}
	var keys []string
	for k := range b {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		pa, ok := a[k]
		if !ok {
			return "missing resource " + k
		}
		var paths []string
		for p := range b[k] {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		for _, p := range paths {
			if va, ok := pa[p]; !ok {
				return fmt.Sprintf("%s: %s missing (json %q)", k, p, b[k][p])
			} else if va != b[k][p] {
				return fmt.Sprintf("%s: %s = %q, json %q", k, p, va, b[k][p])
			}
		}
		for p := range pa {
			if _, ok := b[k][p]; !ok {
				return fmt.Sprintf("%s: %s extra (%q)", k, p, pa[p])
			}
		}
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return "extra resource " + k
		}
	}
	return ""
}

type pair struct{ bicep, json string }

func hasBelow(m map[string]string, p string) bool {
	for k := range m {
		if strings.HasPrefix(k, p+".") {
			return true
		}
	}
	return false
}

// subset returns "" when every resource of a is in b with the same
// values, else a reason.
func subset(a, b []parser.Resource) string {
	bv := map[string]map[string]string{}
	for _, r := range b {
		k, p := view(r)
		bv[k] = p
	}
	for _, r := range a {
		k, p := view(r)
		q, ok := bv[k]
		if !ok {
			return "extra resource " + k
		}
		for path, v := range p {
			if v == "{}" && hasBelow(q, path) {
				// Emptied by a value that depends on the missing file.
				continue
			}
			if q[path] != v {
				return fmt.Sprintf("%s: %s = %q, json %q", k, path, v, q[path])
			}
		}
	}
	return ""
}

// knownDifferences are the pairs that differ for a reason other than a
// module missing from the corpus, with the reason.
var knownDifferences = map[string]string{
	"quickstarts/microsoft.healthcareapis/fhir-import/main.bicep":                                 "the compiled JSON is older than the .bicep (it has a metadata property the source no longer has)",
	"quickstarts/microsoft.web/webapp-windows-with-privateendpoint-applicationgateway/main.bicep": "the compiled JSON is older than the .bicep (pickHostNameFromBackendAddress changed)",
	"quickstarts/microsoft.network/azure-bastion/main.bicep":                                      "the compiled JSON is older than the .bicep (API versions changed)",
	"quickstarts/microsoft.documentdb/cosmosdb-mongodb-autoscale/main.bicep":                      "the compiled JSON is older than the .bicep (the name is now toLower(accountName))",
	"quickstarts/microsoft.insights/insights-alertrules-application-insights/main.bicep":          "an older compiler wrote microsoft.insights in lower case in a resource id; the catalog casing is Microsoft.Insights",
}

func quickstartPairs(t testing.TB) []pair {
	if _, err := os.Stat(quickstartDir); err != nil {
		t.Skip("corpus not present")
	}
	var pairs []pair
	err := filepath.WalkDir(quickstartDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "main.bicep" {
			return err
		}
		j := filepath.Join(filepath.Dir(p), "azuredeploy.json")
		b, err := os.ReadFile(j)
		if err != nil || !strings.Contains(string(b), `"name": "bicep"`) {
			return nil
		}
		rel, _ := filepath.Rel(quickstartDir, p)
		rel = filepath.ToSlash(rel)
		pairs = append(pairs, pair{rel, path.Join(path.Dir(rel), "azuredeploy.json")})
		return nil
	})
	require.NoError(t, err)
	return pairs
}

// TestDifferential compares, for each main.bicep of the quickstarts, the
// resources built from it with those built from the JSON compiled from
// it, given the same parameter file.
func TestDifferential(t *testing.T) {
	pairs := quickstartPairs(t)
	src := parser.NewSource(os.DirFS(quickstartDir))
	dec := arm.New(arm.Options{})
	same := 0
	reasons := map[string][]string{}
	var partial []string
	for _, p := range pairs {
		want, _, _ := dec.Decode(context.Background(), src, []string{p.json})
		params := map[string]arm.Supplied{}
		if b, err := src.ReadFile(path.Join(path.Dir(p.json), "azuredeploy.parameters.json")); err == nil {
			if root, err := arm.ParseJSON(b); err == nil {
				for _, m := range root.Get("parameters").Fields() {
					if v := m.Value.Get("value"); v != nil {
						params[m.Key] = arm.Supplied{Value: plainJSON(v)}
					}
				}
			}
		}
		b, _ := src.ReadFile(p.bicep)
		f, _ := Parse(p.bicep, b)
		tree, tds, _ := translate(src, f, b)
		got, eds := arm.DecodeTree(context.Background(), src, tree, params)
		for _, d := range append(tds, eds...) {
			if d.Severity != parser.DiagNote {
				t.Logf("diagnostic: %s", d)
			}
		}
		if r := compare(got, want); r != "" {
			incomplete := false
			for _, d := range tds {
				switch {
				case strings.Contains(d.Message, "registry module"):
					r, incomplete = "a registry module is not fetched (the compiled JSON inlines it)", true
				case strings.Contains(d.Message, "cannot be read"):
					r, incomplete = "a module or loaded file is not in the corpus", true
				}
			}
			if incomplete {
				// What the .bicep itself declares must still agree: each
				// resource built from it, but for the deployments whose
				// parameters come from the missing files, is in the JSON.
				var own []parser.Resource
				for _, x := range got {
					if x.Type != "Microsoft.Resources/deployments" {
						own = append(own, x)
					}
				}
				if sub := subset(own, want); sub != "" {
					partial = append(partial, p.bicep+": "+sub)
				}
			}
			reasons[r] = append(reasons[r], p.bicep)
			continue
		}
		same++
	}
	comparable := len(pairs)
	for r, ps := range reasons {
		if strings.HasPrefix(r, "a registry module") || strings.HasPrefix(r, "a module or loaded file") {
			comparable -= len(ps)
		}
	}
	t.Logf("%d/%d pairs identical; %d/%d of those whose modules are all in the corpus", same, len(pairs), same, comparable)
	known := 0
	for r, ps := range reasons {
		for _, p := range ps {
			if why, ok := knownDifferences[p]; ok {
				known++
				t.Logf("known difference: %s: %s (%s)", p, why, r)
			}
		}
	}
	assert.GreaterOrEqual(t, float64(same)/float64(comparable), 0.95, "identical pairs among the comparable ones")
	for _, p := range partial {
		t.Logf("incomplete pair: %s", p)
	}
	assert.Empty(t, partial, "on the pairs with files missing, what the .bicep declares agrees")
	assert.Equal(t, comparable-same, known, "every difference not explained by the corpus is listed in knownDifferences")
	var rs []string
	for r := range reasons {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	for _, r := range rs {
		t.Logf("%d× %s: %s", len(reasons[r]), reasons[r][0], r)
	}
}

// BenchmarkBicepVsARM decodes the quickstarts' main.bicep files and the
// ARM templates compiled from them; each reports MB/s of its own input.
func BenchmarkBicepVsARM(b *testing.B) {
	pairs := quickstartPairs(b)
	src := parser.NewSource(os.DirFS(quickstartDir))
	size := func(names func(pair) string) int64 {
		var n int64
		for _, p := range pairs {
			c, _ := src.ReadFile(names(p))
			n += int64(len(c))
		}
		return n
	}
	b.Run("bicep", func(b *testing.B) {
		b.SetBytes(size(func(p pair) string { return p.bicep }))
		for i := 0; i < b.N; i++ {
			for _, p := range pairs {
				DecodeFile(context.Background(), src, p.bicep, "")
			}
		}
	})
	b.Run("arm", func(b *testing.B) {
		b.SetBytes(size(func(p pair) string { return p.json }))
		dec := arm.New(arm.Options{})
		for i := 0; i < b.N; i++ {
			for _, p := range pairs {
				dec.Decode(context.Background(), src, []string{p.json})
			}
		}
	})
}
