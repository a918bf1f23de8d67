package arm

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
	"github.com/stretchr/testify/assert"
)

func TestCompiledBicepIsSkipped(t *testing.T) {
	tmpl := `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
 "contentVersion": "1.0.0.0", "metadata": {"_generator": {"name": "bicep"}},
 "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "st"}]}`
	fsys := fstest.MapFS{
		"main.json":          {Data: []byte(tmpl)},
		"main.bicep":         {Data: []byte("")},
		"other.json":         {Data: []byte(tmpl)},
		"q/azuredeploy.json": {Data: []byte(tmpl)},
		"q/main.bicep":       {Data: []byte("")},
	}
	src := parser.NewSource(fsys)
	// Discovery reads every file of the scan.
	_, _ = src.ReadFile("main.bicep")
	_, _ = src.ReadFile("q/main.bicep")
	rs, _, _ := New(Options{BicepSource: true}).Decode(context.Background(), src, []string{"main.json", "other.json", "q/azuredeploy.json"})
	assert.Len(t, rs, 1, "main.json is compiled from main.bicep; other.json has no source beside it")
	rs, _, _ = New(Options{}).Decode(context.Background(), src, []string{"main.json"})
	assert.Len(t, rs, 1, "without the Bicep decoder the compiled template is scanned")
}

func TestAzdValue(t *testing.T) {
	assert.Equal(t, "S0", azdValue("${SKU=S0}"))
	assert.True(t, expr.IsUnknown(azdValue("${AZURE_LOCATION}")))
	assert.True(t, expr.IsUnknown(azdValue("x-${AZURE_ENV_NAME}")))
	assert.Equal(t, "eastus", azdValue("eastus"))
}

func TestCoerce(t *testing.T) {
	assert.Equal(t, true, coerce("true", "bool"))
	assert.Equal(t, int64(3), coerce("3", "int"))
	assert.Equal(t, "yes", coerce("yes", "bool"))
	assert.Equal(t, "3", coerce("3", "string"))
}
