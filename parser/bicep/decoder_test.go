package bicep

import (
	"context"
	"fmt"
	"os"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAzdProject scans an azd-style project: a subscription-scoped
// main.bicep calling local modules into a resource group, with a
// main.parameters.json of ${VAR} values.
func TestAzdProject(t *testing.T) {
	src := parser.NewSource(os.DirFS("testdata/azd"))
	res, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	for _, d := range res.Diagnostics {
		assert.NotEqual(t, parser.DiagError, d.Severity, d.String())
	}
	var types []string
	for _, r := range res.Resources {
		types = append(types, r.Type)
	}
	// The modules are evaluated in their call only: each resource once.
	assert.ElementsMatch(t, []string{
		"Microsoft.Resources/resourceGroups",
		"Microsoft.Resources/deployments", "Microsoft.Resources/deployments",
		"Microsoft.CognitiveServices/accounts", "Microsoft.CognitiveServices/accounts/deployments",
		"Microsoft.Search/searchServices",
	}, types)
	acct := resource(t, res.Resources, "Microsoft.CognitiveServices/accounts", "")
	assert.Equal(t, "infra/core/ai/cognitiveservices.bicep", acct.Range.File)
	props := acct.Properties["properties"].(map[string]any)
	assert.Equal(t, false, props["disableLocalAuth"], "azd's default after '=', as the parameter's type")
	assert.Equal(t, "S0", acct.Properties["sku"].(map[string]any)["name"])
	// The value came through the module call and the parameters file.
	var from []string
	for _, r := range acct.Origins["properties.disableLocalAuth"] {
		from = append(from, r.String())
	}
	assert.Equal(t, []string{"infra/main.bicep:33:23", "infra/main.parameters.json:15:16"}, from)
	// The name depends on ${AZURE_ENV_NAME}: unknown, never a literal.
	assert.NotContains(t, acct.Name, "AZURE_ENV_NAME")

}

func TestParameterFilesOption(t *testing.T) {
	fsys := fstest.MapFS{
		"main.bicep":           {Data: []byte("param sku string = 'a'\nresource r 'Microsoft.Search/searchServices@2023-11-01' = {\n  name: 'r'\n  sku: {\n    name: sku\n  }\n}\n")},
		"main.bicepparam":      {Data: []byte("using 'main.bicep'\nparam sku = 'b'\n")},
		"main.parameters.json": {Data: []byte(`{"parameters": {"sku": {"value": "c"}}}`)},
		"prod.json":            {Data: []byte(`{"parameters": {"sku": {"value": "d"}}}`)},
	}
	src := parser.NewSource(fsys)
	res, err := parser.Parse(context.Background(), src, []string{"main.bicep", "main.bicepparam"}, []parser.Decoder{New(Options{ParameterFiles: []string{"prod.json"}})})
	require.NoError(t, err)
	r := resource(t, res.Resources, "Microsoft.Search/searchServices", "r")
	assert.Equal(t, "d", r.Properties["sku"].(map[string]any)["name"], "--parameters wins")
	res, err = parser.Parse(context.Background(), src, []string{"main.bicep", "main.bicepparam"}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	r = resource(t, res.Resources, "Microsoft.Search/searchServices", "r")
	assert.Equal(t, "b", r.Properties["sku"].(map[string]any)["name"], "the .bicepparam wins over the JSON beside")
}

func TestParamsFileAlone(t *testing.T) {
	fsys := fstest.MapFS{
		"main.bicep":      {Data: []byte("param sku string = 'a'\nresource r 'Microsoft.Search/searchServices@2023-11-01' = {\n  name: 'r'\n  sku: {\n    name: sku\n  }\n}\n")},
		"main.bicepparam": {Data: []byte("using 'main.bicep'\nparam sku = 'b'\n")},
	}
	res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"main.bicepparam"}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	r := resource(t, res.Resources, "Microsoft.Search/searchServices", "r")
	assert.Equal(t, "b", r.Properties["sku"].(map[string]any)["name"])
	res, err = parser.Parse(context.Background(), parser.NewSource(fsys), []string{"."}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	assert.Len(t, res.Resources, 1, "the template is evaluated once")
}

// A name known only at deployment is shown as the .bicep file writes it,
// not as the ARM expression the translation made of it.
func TestUnknownNameAsWritten(t *testing.T) {
	fsys := fstest.MapFS{"main.bicep": {Data: []byte(`param accountName string
param env string
var workspaceName = 'mlw${env}'
resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: accountName
}
resource ws 'Microsoft.MachineLearningServices/workspaces@2023-10-01' = {
  name: 'ws-${env}'
}
resource byVar 'Microsoft.MachineLearningServices/workspaces@2023-10-01' = {
  name: workspaceName
}
resource known 'Microsoft.Search/searchServices@2023-11-01' = {
  name: 'search-${'prod'}'
}
`)}}
	res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"main.bicep"}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)
	var names []string
	for _, r := range res.Resources {
		names = append(names, r.Name)
	}
	assert.ElementsMatch(t, []string{"accountName", "ws-${env}", "workspaceName", "search-prod"}, names)
}

// In the Azure quickstarts' layout, main.bicep sits beside the template
// compiled from it (azuredeploy.json) and that template's parameters file:
// the .bicep is scanned in place of its copy, with the copy's values. A
// hand-written azuredeploy.json beside it lends it nothing.
func TestCompiledTemplateParameters(t *testing.T) {
	bicepSrc := []byte("param sku string = 'free'\nresource s 'Microsoft.Search/searchServices@2023-11-01' = {\n  name: 'search'\n  sku: {\n    name: sku\n  }\n}\n")
	compiled := func(generator string) []byte {
		return fmt.Appendf(nil, `{"metadata": {"_generator": {"name": %q}}, "parameters": {"sku": {"type": "string"}}, "resources": []}`, generator)
	}
	params := []byte(`{"parameters": {"sku": {"value": "standard"}}}`)
	tests := []struct {
		name      string
		generator string
		want      string
	}{
		{"compiled from the .bicep", "bicep", "standard"},
		{"written by hand", "", "free"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"main.bicep":                  {Data: bicepSrc},
				"azuredeploy.json":            {Data: compiled(tt.generator)},
				"azuredeploy.parameters.json": {Data: params},
			}
			res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"main.bicep"}, []parser.Decoder{New(Options{})})
			require.NoError(t, err)
			require.Len(t, res.Resources, 1)
			assert.Equal(t, tt.want, res.Resources[0].Properties["sku"].(map[string]any)["name"])
		})
	}
}
