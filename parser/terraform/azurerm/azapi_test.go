package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestConvertAzapi(t *testing.T) {
	t.Parallel()
	in := tfRes("azapi_resource", obj{
		"type":      "Microsoft.CognitiveServices/accounts@2024-10-01",
		"name":      "oai",
		"location":  "eastus",
		"parent_id": "/subscriptions/s/resourceGroups/rg",
		"identity":  blk(obj{"type": "SystemAssigned"}),
		"body": obj{
			"kind":       "OpenAI",
			"properties": obj{"publicNetworkAccess": "Disabled", "networkAcls": obj{"defaultAction": "Deny"}},
		},
	}, map[string]int{
		"type":                                2,
		"name":                                3,
		"parent_id":                           4,
		"body":                                5,
		"body.properties":                     6,
		"body.properties.publicNetworkAccess": 7,
	}, "body.properties.disableLocalAuth")
	in.Refs = []parser.Ref{
		{Path: parser.Path{"parent_id"}, Target: "azurerm_resource_group.rg", Attribute: "id"},
		{Path: parser.Path{"body", "properties", "networkAcls", "virtualNetworkRules", 0, "id"}, Target: "azurerm_subnet.s", Attribute: "id"},
	}

	out, ok := Convert(in)
	require.True(t, ok)
	assert.Equal(t, "Microsoft.CognitiveServices/accounts", out.Type)
	assert.Equal(t, obj{
		"name":       "oai",
		"location":   "eastus",
		"apiVersion": "2024-10-01",
		"kind":       "OpenAI",
		"identity":   obj{"type": "SystemAssigned"},
		"properties": obj{"publicNetworkAccess": "Disabled", "networkAcls": obj{"defaultAction": "Deny"}},
	}, out.Properties)
	assert.Equal(t, 7, out.Ranges["properties.publicNetworkAccess"].Start.Line)
	assert.Equal(t, 6, out.Ranges["properties"].Start.Line)
	assert.Equal(t, 5, out.Ranges["kind"].Start.Line, "a body key without its own range points at the body")
	assert.Equal(t, 2, out.Ranges["apiVersion"].Start.Line)
	assert.Equal(t, 4, out.Ranges["parent"].Start.Line)
	assert.Equal(t, []string{"properties.disableLocalAuth"}, paths(out.Unknown))
	assert.Equal(t, "/subscriptions/s/resourceGroups/rg", out.Meta["parent"])
	require.Len(t, out.Refs, 2)
	assert.Equal(t, "name", out.Refs[0].Path.String())
	assert.Equal(t, "properties.networkAcls.virtualNetworkRules[0].id", out.Refs[1].Path.String())
	assert.NotContains(t, in.Properties["body"].(obj)["properties"], "apiVersion", "the input body is not modified")
}

func TestConvertAzapiJSONBody(t *testing.T) {
	t.Parallel()
	in := tfRes("azapi_resource", obj{
		"type": "Microsoft.Storage/storageAccounts@2023-05-01",
		"name": "st",
		"body": `{"kind": "StorageV2", "properties": {"minimumTlsVersion": "TLS1_0", "allowBlobPublicAccess": true}, "sku": {"capacity": 2}}`,
	}, map[string]int{"body": 5})
	out, ok := Convert(in)
	require.True(t, ok)
	assert.Equal(t, obj{
		"name": "st", "apiVersion": "2023-05-01", "kind": "StorageV2",
		"sku":        obj{"capacity": int64(2)},
		"properties": obj{"minimumTlsVersion": "TLS1_0", "allowBlobPublicAccess": true},
	}, out.Properties)
	assert.Equal(t, 5, out.Ranges["properties"].Start.Line)
	assert.Equal(t, "jsonencode", out.Meta["body"])
}

func TestConvertAzapiDeclined(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		props obj
	}{
		{"type unknown", obj{"name": "x"}},
		{"type without api version", obj{"type": "Microsoft.Storage/storageAccounts"}},
		{"type not ARM", obj{"type": "storage@2020-01-01"}},
		{"type of the wrong shape", obj{"type": []any{"x"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := tfRes("azapi_resource", tc.props, nil)
			out, ok := Convert(in)
			assert.False(t, ok)
			assert.Equal(t, "azapi_resource", out.Type)
		})
	}
}

func TestConvertAzapiUnknownBody(t *testing.T) {
	t.Parallel()
	in := tfRes("azapi_resource", obj{"type": "Microsoft.Search/searchServices@2024-06-01-preview", "name": "s"}, nil, "body")
	out, ok := Convert(in)
	require.True(t, ok)
	assert.ElementsMatch(t, []string{"properties", "kind", "sku"}, paths(out.Unknown))
	assert.Equal(t, "2024-06-01-preview", out.Properties["apiVersion"])
}
