package arm

import (
	"context"
	"os"
	"sort"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseDir scans paths of a testdata directory as a scan does: discovery,
// Units, then Decode of every unit.
func parseDir(t *testing.T, dir string, paths ...string) *parser.Result {
	t.Helper()
	res, err := parser.Parse(context.Background(), parser.NewSource(os.DirFS(dir)), paths, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	return res
}

func ids(rs []parser.Resource) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.ID)
	}
	sort.Strings(out)
	return out
}

func TestLinkedTemplateURIs(t *testing.T) {
	t.Parallel()
	res := parseDir(t, "testdata/linked", ".")
	require.Empty(t, res.Diagnostics)
	assert.Equal(t, []string{
		"Microsoft.Compute/virtualMachines/extensions/vm/setup",
		"Microsoft.Network/networkSecurityGroups/nsg",
		"Microsoft.Resources/deployments/nsg",
		"Microsoft.Resources/deployments/storage",
		"Microsoft.Storage/storageAccounts/store",
	}, ids(res.Resources), "the linked templates are scanned once, as part of azuredeploy.json")

	t.Run("uri() on deployment().properties.templateLink.uri", func(t *testing.T) {
		nsg := byID(t, res.Resources, "Microsoft.Network/networkSecurityGroups/nsg")
		rule := nsg.Properties["properties"].(map[string]any)["securityRules"].([]any)[0].(map[string]any)["properties"].(map[string]any)
		assert.Equal(t, "*", rule["sourceAddressPrefix"], "the value azuredeploy.json passes, not the child's default")
		assert.Equal(t, "nested/nsg.json", nsg.Range.File)
		p := parser.Path{"properties", "securityRules", 0, "properties", "sourceAddressPrefix"}
		assert.Equal(t, lc{18, 38, 18, 62}, lcOf(nsg.Ranges[p.String()]), "findings point at the child's own line")
		origins := nsg.Origins[p.String()]
		require.Len(t, origins, 2)
		assert.Equal(t, "azuredeploy.json", origins[0].File)
		assert.Equal(t, lc{23, 44, 23, 71}, lcOf(origins[0]), "the parameter value the deployment passes")
		assert.Equal(t, lc{10, 53, 10, 56}, lcOf(origins[1]), "the parent's default it comes from")
	})
	t.Run("concat() on _artifactsLocation, with parametersLink", func(t *testing.T) {
		st := byID(t, res.Resources, "Microsoft.Storage/storageAccounts/store")
		assert.Equal(t, "TLS1_0", st.Properties["properties"].(map[string]any)["minimumTlsVersion"], "from the linked parameter file")
		assert.Equal(t, "nested/storage.json", st.Range.File)
		require.Len(t, st.Origins["properties.minimumTlsVersion"], 1)
		assert.Equal(t, "nested/storage.parameters.json", st.Origins["properties.minimumTlsVersion"][0].File)
	})
	t.Run("the template's URL never reaches a property", func(t *testing.T) {
		ext := byID(t, res.Resources, "Microsoft.Compute/virtualMachines/extensions/vm/setup")
		assert.Equal(t, []any{nil}, ext.Properties["properties"].(map[string]any)["settings"].(map[string]any)["fileUris"])
		assert.Contains(t, unknownPaths(ext), "properties.settings.fileUris[0]")
	})
}

func TestLinkedTemplateScannedAlone(t *testing.T) {
	t.Parallel()
	// Named alone (a pre-commit run on the changed file), the child is
	// scanned on its own, with its own default.
	res := parseDir(t, "testdata/linked", "nested/nsg.json")
	require.Empty(t, res.Diagnostics)
	nsg := byID(t, res.Resources, "Microsoft.Network/networkSecurityGroups/nsg")
	rule := nsg.Properties["properties"].(map[string]any)["securityRules"].([]any)[0].(map[string]any)["properties"].(map[string]any)
	assert.Equal(t, "10.0.0.0/8", rule["sourceAddressPrefix"])
}

func TestLinkedTemplateCycleWithoutRoot(t *testing.T) {
	t.Parallel()
	link := func(target string) string {
		return `{"type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "l", "properties": {"mode": "Incremental", "templateLink": {"relativePath": "` + target + `"}}}`
	}
	site := func(name string) string {
		return `{"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "` + name + `"}`
	}
	fsys := fstest.MapFS{
		"a.json": {Data: []byte(`{` + schema + `, "resources": [` + site("a") + `, ` + link("b.json") + `]}`)},
		"b.json": {Data: []byte(`{` + schema + `, "resources": [` + site("b") + `, ` + link("a.json") + `]}`)},
	}
	res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"."}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	// Each deploys the other, neither is deployed by a third: both are
	// scanned, so neither is dropped.
	var files []string
	for _, r := range res.Resources {
		if r.Type == "Microsoft.Web/sites" {
			files = append(files, r.Range.File)
		}
	}
	sort.Strings(files)
	assert.Equal(t, []string{"a.json", "a.json", "b.json", "b.json"}, files)
}

func TestUnlinkableTemplates(t *testing.T) {
	t.Parallel()
	res := parseDir(t, "testdata/unlinkable", "azuredeploy.json")
	type note struct {
		line int
		msg  string
	}
	var got []note
	for _, d := range res.Diagnostics {
		assert.Equal(t, parser.DiagNote, d.Severity, "%s", d)
		assert.Equal(t, "azuredeploy.json", d.Range.File)
		got = append(got, note{d.Range.Start.Line, d.Message})
	}
	assert.Equal(t, []note{
		{13, "the URI of this linked template cannot be evaluated statically (it depends on values known only at deployment); its resources are not scanned"},
		{19, `linked template …"aster/modules/Microsoft.KeyVault/vaults/1.0/azuredeploy.json" is not built on the template's own location (deployment().properties.templateLink.uri or _artifactsLocation), so posture cannot find it in the repository and does not download it; its resources are not scanned`},
		{25, `the URI of this linked template leaves the template's folder above the scanned directory (a relative part that starts with "/" replaces the whole path of the base, and ".." climbs out of it); its resources are not scanned`},
		{31, "linked template is a template spec, which lives in Azure, not in the repository; its resources are not scanned"},
		{37, `linked template "nested/missing.json" is not in the repository; its resources are not scanned`},
		{46, `linked parameter file "https://example.com/web.parameters.json" is not built on the template's own location (deployment().properties.templateLink.uri or _artifactsLocation), so posture cannot find it in the repository and does not download it; the linked template's parameters are unknown`},
		{53, "the relativePath of this linked template cannot be evaluated statically; its resources are not scanned"},
		{55, "this deployment has neither a template nor a templateLink; it deploys nothing posture can scan"},
	}, got)

	app := byID(t, res.Resources, "Microsoft.Web/sites/app")
	assert.NotContains(t, app.Properties["properties"], "httpsOnly", "the parameter file is not readable, so the default is not what is deployed")
	assert.Contains(t, unknownPaths(app), "properties.httpsOnly")
}
