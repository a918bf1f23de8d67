package arm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// Names known only at deployment: a reference written as
// resourceId(<type>, <the same name expression>) still finds the resource
// the template declares, however the expressions are spaced or cased; one
// naming another name, or another scope, does not.
func TestReferencesByNameExpression(t *testing.T) {
	tmpl := `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "parameters": {"st": {"type": "string"}, "other": {"type": "string"}, "plan": {"type": "string"}},
  "resources": [
    {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[parameters('st')]"},
    {"type": "Microsoft.Storage/storageAccounts/blobServices", "apiVersion": "2023-01-01",
     "name": "[format('{0}/{1}', parameters('st'), 'default')]"},
    {"type": "Microsoft.Web/serverfarms", "apiVersion": "2022-09-01", "name": "[parameters('plan')]"},
    {"type": "Microsoft.Network/privateEndpoints", "apiVersion": "2023-04-01", "name": "pe",
     "properties": {"privateLinkServiceConnections": [{"name": "c", "properties": {
       "privateLinkServiceId": "[resourceId('Microsoft.Storage/storageAccounts', parameters( 'st' ))]"}}]}},
    {"type": "Microsoft.Insights/diagnosticSettings", "apiVersion": "2021-05-01-preview", "name": "diag",
     "properties": {
       "storageAccountId": "[ResourceId('Microsoft.Storage/storageAccounts/blobServices', parameters('st'), 'default')]",
       "workspaceId": "[resourceId('Microsoft.Storage/storageAccounts', parameters('other'))]",
       "eventHubAuthorizationRuleId": "[resourceId('rg', 'Microsoft.Web/serverfarms', parameters('plan'))]"}}
  ]
}`
	rs, ds := decode(t, map[string]string{"t.json": tmpl}, Options{}, "t.json")
	require.Empty(t, ds)
	pe := byID(t, rs, "Microsoft.Network/privateEndpoints/pe")
	assert.Equal(t, []parser.Ref{{
		Path:      parser.Path{"properties", "privateLinkServiceConnections", 0, "properties", "privateLinkServiceId"},
		Target:    "Microsoft.Storage/storageAccounts/[parameters('st')]",
		Attribute: "id",
	}}, pe.Refs)
	diag := byID(t, rs, "Microsoft.Insights/diagnosticSettings/diag")
	assert.Equal(t, []parser.Ref{{
		Path:      parser.Path{"properties", "storageAccountId"},
		Target:    "Microsoft.Storage/storageAccounts/blobServices/[format('{0}/{1}', parameters('st'), 'default')]",
		Attribute: "id",
	}}, diag.Refs)
}

func TestExpressionText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"[parameters( 'st' )]", "parameters('st')"},
		{"[Format('{0}/{1}', parameters('a'), 'it''s')]", "format('{0}/{1}',parameters('a'),'it''s')"},
		{"[variables('v')[0].name]", "variables('v')[0].name"},
		{"[if(true, null(), 3)]", "if(true,null(),3)"},
	}
	for _, tt := range tests {
		e, err := expr.Parse(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, expr.Text(e))
	}
}
