package arm

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lc is a range reduced to lines and columns, which is what tests pin.
type lc struct{ L1, C1, L2, C2 int }

func lcOf(r parser.Range) lc { return lc{r.Start.Line, r.Start.Column, r.End.Line, r.End.Column} }

func decode(t *testing.T, files map[string]string, opts Options, template string) ([]parser.Resource, []parser.Diagnostic) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, content := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	src := parser.NewSource(fsys)
	d := New(opts)
	b, err := src.ReadFile(template)
	require.NoError(t, err)
	require.True(t, d.Match(template, b), "Match must claim %s", template)
	rs, ds, _ := d.Decode(context.Background(), src, []string{template})
	return rs, ds
}

func byID(t *testing.T, rs []parser.Resource, id string) parser.Resource {
	t.Helper()
	for _, r := range rs {
		if r.ID == id {
			return r
		}
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	require.Failf(t, "resource not found", "%s not among %v", id, ids)
	return parser.Resource{}
}

func unknownPaths(r parser.Resource) []string {
	var out []string
	for _, p := range r.Unknown {
		out = append(out, p.String())
	}
	return out
}

const storageTemplate = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "metadata": {"_generator": {"name": "bicep", "version": "0.26.54.24096"}},
  "parameters": {
    "name": {"type": "string", "defaultValue": "stdocs"},
    "publicAccess": {"type": "string", "defaultValue": "Enabled"},
    "location": {"type": "string"}
  },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-01-01",
      "name": "[parameters('name')]",
      "location": "[parameters('location')]",
      "properties": {
        "publicNetworkAccess": "[parameters('publicAccess')]",
        "minimumTlsVersion": "TLS1_2",
        "keys": "[listKeys('x', '2023-01-01')]"
      },
      "dependsOn": []
    }
  ]
}`

func TestParameterDefault(t *testing.T) {
	t.Parallel()
	rs, ds := decode(t, map[string]string{"main.json": storageTemplate}, Options{}, "main.json")
	require.Empty(t, ds)
	require.Len(t, rs, 1)
	r := rs[0]
	assert.Equal(t, "Microsoft.Storage/storageAccounts/stdocs", r.ID)
	assert.Equal(t, "Microsoft.Storage/storageAccounts", r.Type)
	assert.Equal(t, "stdocs", r.Name)
	assert.Equal(t, parser.Azure, r.Provider)
	assert.Equal(t, parser.ARM, r.Format)
	assert.Equal(t, map[string]string{"generator": "bicep 0.26.54.24096"}, r.Meta)
	assert.Equal(t, map[string]any{
		"apiVersion": "2023-01-01",
		"name":       "stdocs",
		"properties": map[string]any{"publicNetworkAccess": "Enabled", "minimumTlsVersion": "TLS1_2"},
	}, r.Properties)
	assert.ElementsMatch(t, []string{"location", "properties.keys"}, unknownPaths(r))
	assert.Equal(t, lc{11, 5, 22, 6}, lcOf(r.Range))
	assert.Equal(t, lc{12, 7, 12, 50}, lcOf(r.Header))
	// The evaluated value keeps the range of the string that held it.
	assert.Equal(t, lc{17, 32, 17, 62}, lcOf(r.Ranges["properties.publicNetworkAccess"]))
	assert.Equal(t, lc{18, 30, 18, 38}, lcOf(r.Ranges["properties.minimumTlsVersion"]))
	assert.Equal(t, "main.json", r.Ranges["properties.publicNetworkAccess"].File)
	// ...and its origin is the parameter's default value.
	require.Len(t, r.Origins["properties.publicNetworkAccess"], 1)
	assert.Equal(t, lc{7, 56, 7, 65}, lcOf(r.Origins["properties.publicNetworkAccess"][0]))
}

func TestParameterFileOverridesDefault(t *testing.T) {
	t.Parallel()
	params := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "publicAccess": {"value": "Disabled"},
    "location": {"value": "westeurope"}
  }
}`
	files := map[string]string{"main.json": storageTemplate, "main.parameters.json": params}
	rs, ds := decode(t, files, Options{}, "main.json")
	require.Empty(t, ds)
	require.Len(t, rs, 1)
	r := rs[0]
	assert.Equal(t, "Disabled", r.Properties["properties"].(map[string]any)["publicNetworkAccess"])
	assert.Equal(t, "westeurope", r.Properties["location"])
	assert.Equal(t, []string{"properties.keys"}, unknownPaths(r))
	require.Len(t, r.Origins["properties.publicNetworkAccess"], 1)
	origin := r.Origins["properties.publicNetworkAccess"][0]
	assert.Equal(t, "main.parameters.json", origin.File)
	assert.Equal(t, lc{5, 31, 5, 41}, lcOf(origin))

	// An explicit parameter file wins over the one beside the template.
	files["ci/prod.json"] = `{"parameters": {"publicAccess": {"value": "Enabled"}}}`
	rs, ds = decode(t, files, Options{ParameterFiles: []string{"ci/prod.json"}}, "main.json")
	require.Empty(t, ds)
	assert.Equal(t, "Enabled", rs[0].Properties["properties"].(map[string]any)["publicNetworkAccess"])
	assert.Equal(t, "ci/prod.json", rs[0].Origins["properties.publicNetworkAccess"][0].File)
}

func TestCopyLoops(t *testing.T) {
	t.Parallel()
	tmpl := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "variables": {
    "copy": [{"name": "subnets", "count": 2, "input": "[concat('10.0.', copyIndex('subnets'), '.0/24')]"}]
  },
  "resources": [
    {
      "type": "Microsoft.Network/networkSecurityGroups",
      "apiVersion": "2023-01-01",
      "name": "[concat('nsg', copyIndex(1))]",
      "copy": {"name": "nsgLoop", "count": 2},
      "properties": {
        "prefix": "[variables('subnets')[copyIndex()]]",
        "copy": [{"name": "securityRules", "count": 2, "input": {"priority": "[add(100, copyIndex('securityRules'))]"}}]
      }
    },
    {
      "type": "Microsoft.Network/publicIPAddresses",
      "apiVersion": "2023-01-01",
      "name": "[concat('ip', copyIndex())]",
      "copy": {"name": "big", "count": 5000}
    }
  ]
}`
	rs, ds := decode(t, map[string]string{"t.json": tmpl}, Options{}, "t.json")
	require.Len(t, ds, 1)
	assert.Equal(t, parser.DiagWarning, ds[0].Severity)
	assert.Contains(t, ds[0].Message, "copy count 5000 exceeds ARM's limit of 800")
	assert.Equal(t, lc{22, 40, 22, 44}, lcOf(ds[0].Range))
	require.Len(t, rs, 2+800)

	second := byID(t, rs, "Microsoft.Network/networkSecurityGroups/nsg2")
	assert.Equal(t, "10.0.1.0/24", second.Properties["properties"].(map[string]any)["prefix"])
	assert.Equal(t, []any{
		map[string]any{"priority": int64(100)},
		map[string]any{"priority": int64(101)},
	}, second.Properties["properties"].(map[string]any)["securityRules"])
	assert.Equal(t, lc{15, 65, 15, 119}, lcOf(second.Ranges["properties.securityRules[1]"]))
	assert.Equal(t, lc{15, 78, 15, 118}, lcOf(second.Ranges["properties.securityRules[1].priority"]))
	assert.Equal(t, lc{8, 5, 17, 6}, lcOf(second.Range))
	byID(t, rs, "Microsoft.Network/networkSecurityGroups/nsg1")
	byID(t, rs, "Microsoft.Network/publicIPAddresses/ip799")
}

func TestChildConditionAndRefs(t *testing.T) {
	t.Parallel()
	tmpl := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {"deployLock": {"type": "bool", "defaultValue": false}},
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-01-01",
      "name": "acct",
      "resources": [
        {
          "type": "blobServices",
          "apiVersion": "2023-01-01",
          "name": "default",
          "properties": {"deleteRetentionPolicy": {"enabled": true}}
        }
      ]
    },
    {
      "condition": "[parameters('deployLock')]",
      "type": "Microsoft.Authorization/locks",
      "apiVersion": "2020-05-01",
      "name": "lock",
      "scope": "Microsoft.Storage/storageAccounts/acct"
    },
    {
      "type": "Microsoft.Insights/diagnosticSettings",
      "apiVersion": "2021-05-01-preview",
      "name": "diag",
      "scope": "[format('Microsoft.Storage/storageAccounts/{0}', 'acct')]",
      "properties": {"storageAccountId": "[resourceId('Microsoft.Storage/storageAccounts', 'acct')]"}
    }
  ]
}`
	rs, ds := decode(t, map[string]string{"t.json": tmpl}, Options{}, "t.json")
	require.Empty(t, ds)
	require.Len(t, rs, 3, "the lock's condition is false")
	child := byID(t, rs, "Microsoft.Storage/storageAccounts/blobServices/acct/default")
	assert.Equal(t, "Microsoft.Storage/storageAccounts/blobServices", child.Type)
	assert.Equal(t, "default", child.Name)
	assert.Equal(t, "acct/default", child.Properties["name"], "the child's name is the full name")
	assert.Equal(t, lc{15, 51, 15, 68}, lcOf(child.Ranges["properties.deleteRetentionPolicy"]))
	assert.Equal(t, []parser.Ref{{Path: parser.Path{"name"}, Target: "Microsoft.Storage/storageAccounts/acct", Attribute: "name"}}, child.Refs)

	diag := byID(t, rs, "Microsoft.Insights/diagnosticSettings/diag")
	assert.Equal(t, []parser.Ref{
		{Path: parser.Path{"properties", "storageAccountId"}, Target: "Microsoft.Storage/storageAccounts/acct", Attribute: "id"},
		{Path: parser.Path{"scope"}, Target: "Microsoft.Storage/storageAccounts/acct", Attribute: "id"},
	}, diag.Refs)
}

func TestNestedDeployments(t *testing.T) {
	t.Parallel()
	tmpl := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {"tls": {"type": "string", "defaultValue": "TLS1_0"}},
  "variables": {"suffix": "x"},
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "inner",
      "properties": {
        "mode": "Incremental",
        "expressionEvaluationOptions": {"scope": "inner"},
        "parameters": {"tlsVersion": {"value": "[parameters('tls')]"}},
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "parameters": {"tlsVersion": {"type": "string"}},
          "resources": [
            {
              "type": "Microsoft.Storage/storageAccounts",
              "apiVersion": "2023-01-01",
              "name": "inneracct",
              "properties": {"minimumTlsVersion": "[parameters('tlsVersion')]"}
            }
          ],
          "outputs": {"tls": {"type": "string", "value": "[parameters('tlsVersion')]"}}
        }
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "outer",
      "properties": {
        "mode": "Incremental",
        "template": {
          "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
          "contentVersion": "1.0.0.0",
          "resources": [
            {"type": "Microsoft.KeyVault/vaults", "apiVersion": "2023-02-01", "name": "[concat('kv', variables('suffix'))]"}
          ]
        }
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "linked",
      "properties": {
        "mode": "Incremental",
        "templateLink": {"relativePath": "modules/web.json"},
        "parameters": {"tier": {"value": "[reference('inner').outputs.tls.value]"}}
      }
    }
  ]
}`
	linked := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {"tier": {"type": "string"}},
  "resources": [
    {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "app", "properties": {"tls": "[parameters('tier')]"}}
  ]
}`
	rs, ds := decode(t, map[string]string{"main.json": tmpl, "modules/web.json": linked}, Options{}, "main.json")
	require.Empty(t, ds)
	require.Len(t, rs, 6)

	inner := byID(t, rs, "Microsoft.Storage/storageAccounts/inneracct")
	assert.Equal(t, "TLS1_0", inner.Properties["properties"].(map[string]any)["minimumTlsVersion"])
	assert.Equal(t, lc{24, 29, 24, 80}, lcOf(inner.Ranges["properties"]), "findings point at the inner resource's lines")
	assert.Equal(t, lc{20, 13, 25, 14}, lcOf(inner.Range))
	require.Len(t, inner.Origins["properties.minimumTlsVersion"], 2)
	assert.Equal(t, lc{14, 48, 14, 69}, lcOf(inner.Origins["properties.minimumTlsVersion"][0]), "the outer parameters value")
	assert.Equal(t, lc{4, 60, 4, 68}, lcOf(inner.Origins["properties.minimumTlsVersion"][1]), "the outer default")

	byID(t, rs, "Microsoft.KeyVault/vaults/kvx")

	app := byID(t, rs, "Microsoft.Web/sites/app")
	assert.Equal(t, "TLS1_0", app.Properties["properties"].(map[string]any)["tls"], "a linked template's parameter from a nested deployment's output")
	assert.Equal(t, "modules/web.json", app.Range.File)
	assert.Equal(t, lc{6, 5, 6, 126}, lcOf(app.Range))

	dep := byID(t, rs, "Microsoft.Resources/deployments/inner")
	_, hasTemplate := dep.Properties["properties"].(map[string]any)["template"]
	assert.False(t, hasTemplate, "the inner template is emitted as its own resources")
}

func TestSymbolicNames(t *testing.T) {
	t.Parallel()
	tmpl := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "languageVersion": "2.0",
  "contentVersion": "1.0.0.0",
  "resources": {
    "vault": {
      "existing": true,
      "type": "Microsoft.KeyVault/vaults",
      "apiVersion": "2023-02-01",
      "name": "shared-kv"
    },
    "plan": {
      "type": "Microsoft.Web/serverfarms",
      "apiVersion": "2022-09-01",
      "name": "plan",
      "properties": {"reserved": true}
    },
    "site": {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2022-09-01",
      "name": "site",
      "properties": {
        "serverFarmId": "[resourceId('Microsoft.Web/serverfarms', 'plan')]",
        "linux": "[reference('plan').reserved]",
        "vaultUri": "[reference('vault').vaultUri]"
      },
      "dependsOn": ["plan", "vault"]
    }
  }
}`
	rs, ds := decode(t, map[string]string{"t.json": tmpl}, Options{}, "t.json")
	require.Empty(t, ds)
	require.Len(t, rs, 2, "existing resources are not emitted")
	site := byID(t, rs, "Microsoft.Web/sites/site")
	props := site.Properties["properties"].(map[string]any)
	assert.Equal(t, true, props["linux"], "reference() to a declared resource reads its properties")
	assert.Equal(t, []string{"properties.vaultUri"}, unknownPaths(site))
	assert.Equal(t, []parser.Ref{{Path: parser.Path{"properties", "serverFarmId"}, Target: "Microsoft.Web/serverfarms/plan", Attribute: "id"}}, site.Refs)
	assert.Equal(t, lc{19, 7, 19, 36}, lcOf(site.Header))
	_, hasDepends := site.Properties["dependsOn"]
	assert.False(t, hasDepends)
}

func TestUserFunctionsAndUnknownNames(t *testing.T) {
	t.Parallel()
	tmpl := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "functions": [{"namespace": "__bicep", "members": {"prefixed": {
    "parameters": [{"name": "n", "type": "string"}],
    "output": {"type": "string", "value": "[format('pre-{0}', parameters('n'))]"}}}}],
  "parameters": {"env": {"type": "string"}},
  "resources": [
    {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[__bicep.prefixed('web')]",
     "properties": {"ip": "[createArray('1.1.1.1', parameters('env'))]", "cfg": {"a": "[parameters('env')]", "b": 1}}},
    {"type": "Microsoft.Web/sites", "apiVersion": "2022-09-01", "name": "[concat('app-', parameters('env'))]"},
    {"type": "Microsoft.KeyVault/vaults/secrets", "apiVersion": "2023-07-01", "name": "[format('{0}/{1}', parameters('env'), 's')]"}
  ]
}`
	rs, ds := decode(t, map[string]string{"t.json": tmpl}, Options{}, "t.json")
	require.Empty(t, ds)
	require.Len(t, rs, 3)
	// A slash inside an unknown name's expression does not cut it.
	secret := byID(t, rs, "Microsoft.KeyVault/vaults/secrets/[format('{0}/{1}', parameters('env'), 's')]")
	assert.Equal(t, "[format('{0}/{1}', parameters('env'), 's')]", secret.Name)
	assert.Equal(t, "pre-web", lastNameSegment("pre-web"))
	assert.Equal(t, "s", lastNameSegment("kv/s"))
	assert.Equal(t, "[parameters('s/x')]", lastNameSegment("kv/[parameters('s/x')]"))
	web := byID(t, rs, "Microsoft.Web/sites/pre-web")
	assert.Equal(t, map[string]any{"ip": []any{"1.1.1.1", nil}, "cfg": map[string]any{"b": int64(1)}}, web.Properties["properties"])
	assert.ElementsMatch(t, []string{"properties.ip[1]", "properties.cfg.a"}, unknownPaths(web))
	// An unknown name keeps its expression text in the ID.
	app := byID(t, rs, "Microsoft.Web/sites/[concat('app-', parameters('env'))]")
	assert.Equal(t, []string{"name"}, unknownPaths(app))
}

func TestDiagnostics(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		content string
		want    lc
		msg     string
	}{
		{
			name:    "json syntax",
			content: "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [\n    {\"type\" \"x\"}\n  ]\n}",
			want:    lc{4, 13, 4, 13},
			msg:     `invalid JSON: unexpected '"'; expected ':' after property name "type"; the file was not scanned`,
		},
		{
			name:    "expression syntax",
			content: "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [\n    {\"type\": \"Microsoft.Web/sites\", \"name\": \"[concat('a', 'b'))]\"}\n  ]\n}",
			want:    lc{4, 63, 4, 66},
			msg:     `cannot evaluate expression: unexpected ")" after the end of the expression; check the parentheses and quotes; the value is treated as unknown`,
		},
		{
			name:    "unknown function",
			content: "{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [\n    {\"type\": \"Microsoft.Web/sites\", \"name\": \"[concat('\\u00e9', concatt('b'))]\"}\n  ]\n}",
			want:    lc{4, 64, 4, 79},
			msg:     `unknown function "concatt"; check its spelling against the ARM template function reference; the value is treated as unknown`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ds := decode(t, map[string]string{"t.json": tc.content}, Options{}, "t.json")
			require.Len(t, ds, 1)
			assert.Equal(t, tc.msg, ds[0].Message)
			assert.Equal(t, tc.want, lcOf(ds[0].Range))
			assert.Equal(t, "t.json", ds[0].Range.File)
		})
	}
}

func TestMatch(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		file    string
		content string
		want    bool
	}{
		{"template", "azuredeploy.json", `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}`, true},
		{"subscription template", "sub.json", `{"$schema": "https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#"}`, true},
		{"no schema", "t.json", `// comment
{"contentVersion": "1.0.0.0", "resources": [],}`, true},
		{"parameters", "azuredeploy.parameters.json", `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": {}}`, false},
		{"package.json", "package.json", `{"name": "x", "version": "1.0.0", "dependencies": {}}`, false},
		{"tsconfig", "tsconfig.json", `{"compilerOptions": {"strict": true}}`, false},
		{"kubernetes", "pod.json", `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": []}}`, false},
		{"terraform plan", "plan.json", `{"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {"root_module": {"resources": []}}, "resource_changes": []}`, false},
		{"appsettings", "appsettings.json", `{"Logging": {"LogLevel": {"Default": "Information"}}}`, false},
		{"yaml", "t.yaml", `{"$schema": "deploymentTemplate.json#"}`, false},
	}
	d := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, d.Match(tc.file, []byte(tc.content)))
		})
	}
}

func TestLenientJSON(t *testing.T) {
	t.Parallel()
	src := "\ufeff{\n  // a comment\n  \"a\": [1, 2,], /* block\n comment */\n  \"b\": \"multi\nline\",\n  \"c\": {\"d\": -1.5e2, \"e\": null, \"f\": \"\\u00e9\\\"\",},\n}"
	n, err := ParseJSON([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, []any{int64(1), int64(2)}, plain(n.Get("a")))
	assert.Equal(t, "multi\nline", n.Get("b").Str)
	assert.Equal(t, map[string]any{"d": -150.0, "e": nil, "f": "é\""}, plain(n.Get("c")))
	f := &file{name: "x", src: []byte(src), lines: parser.NewLineIndex([]byte(src))}
	assert.Equal(t, lc{7, 8, 7, 50}, lcOf(f.nodeRange(n.Get("c"))))
	assert.Equal(t, lc{7, 38, 7, 48}, lcOf(f.nodeRange(n.Get("c").Get("f"))))
}

// hostileSeeds are the small fixtures whose expansion or nesting is
// hostile, as fuzz seeds.
func hostileSeeds(f *testing.F) []string {
	f.Helper()
	names, err := filepath.Glob("testdata/hostile/*.json")
	require.NoError(f, err)
	require.NotEmpty(f, names)
	var out []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		out = append(out, string(b))
	}
	return out
}

// FuzzDecode decodes a template with a parameter file beside it; the
// template is also linked.json, so relativePath links can reach it.
func FuzzDecode(f *testing.F) {
	f.Add(storageTemplate, `{"parameters": {"location": {"value": "westeurope"}}}`)
	for _, s := range hostileSeeds(f) {
		f.Add(s, "")
	}
	for _, name := range []string{"testdata/linked/azuredeploy.json", "testdata/unlinkable/azuredeploy.json"} {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(string(b), "")
	}
	f.Add(`{"resources": [{"type": "Microsoft.Resources/deployments", "name": "l", "properties": {"templateLink": {"uri": "[uri(deployment().properties.templateLink.uri, 'linked.json?sv=1')]"}, "parametersLink": {"uri": "[uri(deployment().properties.templateLink.uri, 't.parameters.json')]"}}}], "contentVersion": "1.0.0.0"}`, `{"parameters": {}}`)
	f.Add(storageTemplate, `[{"parameters": 1}]`)
	f.Add(storageTemplate, `{"parameters": {"name": "x", "location": {"value": [[[[]]]]}}}`)
	f.Fuzz(func(t *testing.T, tmpl, params string) {
		fsys := fstest.MapFS{
			"t.json":      &fstest.MapFile{Data: []byte(tmpl)},
			"linked.json": &fstest.MapFile{Data: []byte(tmpl)},
		}
		if params != "" {
			fsys["t.parameters.json"] = &fstest.MapFile{Data: []byte(params)}
		}
		src := parser.NewSource(fsys)
		// Decode must not panic whatever the content, and stays within
		// its budgets: an abandoned unit says so.
		// Units first, as a scan does: the index of linked templates runs.
		d := New(Options{})
		d.Units([]string{"linked.json", "t.json"})
		rs, ds, _ := d.Decode(context.Background(), src, []string{"t.json"})
		assert.LessOrEqual(t, len(rs), maxInstances)
		assert.LessOrEqual(t, len(ds), maxDiagnostics+2)
		for _, d := range ds {
			assert.NotEmpty(t, d.Range.File)
		}
	})
}
