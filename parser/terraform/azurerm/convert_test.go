package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// rng is a distinct range per line, enough to tell attributes apart.
func rng(line int) parser.Range {
	return parser.Range{File: "main.tf", Start: parser.Pos{Line: line, Column: 3}, End: parser.Pos{Line: line, Column: 20}}
}

// tfRes builds a Terraform-shaped resource; ranges maps TF paths to lines.
func tfRes(typ string, props map[string]any, ranges map[string]int, unknown ...string) parser.Resource {
	r := parser.Resource{
		ID:         typ + ".this",
		Type:       typ,
		Name:       "this",
		Provider:   parser.Azure,
		Format:     parser.Terraform,
		Properties: props,
		Ranges:     parser.RangeTable{},
		Header:     rng(1),
		Range:      rng(1),
	}
	for k, line := range ranges {
		r.Ranges[k] = rng(line)
	}
	for _, u := range unknown {
		p, err := parser.ParsePath(u)
		if err != nil {
			panic(err)
		}
		r.Unknown = append(r.Unknown, p)
	}
	return r
}

func paths(ps []parser.Path) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

func TestConvertStorageAccount(t *testing.T) {
	t.Parallel()
	in := tfRes("azurerm_storage_account", map[string]any{
		"name":                          "stdocs",
		"location":                      "westeurope",
		"account_tier":                  "Standard",
		"public_network_access_enabled": false,
		"min_tls_version":               "TLS1_0",
		"network_rules": []any{map[string]any{
			"default_action": "Deny",
			"ip_rules":       []any{"1.2.3.4", "5.6.7.0/24"},
			"bypass":         []any{"AzureServices", "Logging"},
		}},
		"identity": []any{map[string]any{"type": "UserAssigned", "identity_ids": []any{"/id/one"}}},
		"tags":     map[string]any{"env": "prod"},
	}, map[string]int{
		"name":                            2,
		"location":                        3,
		"account_tier":                    4,
		"public_network_access_enabled":   5,
		"min_tls_version":                 6,
		"network_rules[0]":                7,
		"network_rules[0].default_action": 8,
		"network_rules[0].ip_rules":       9,
		"network_rules[0].ip_rules[1]":    10,
		"network_rules[0].bypass":         11,
		"identity[0]":                     12,
		"identity[0].identity_ids[0]":     13,
		"tags":                            14,
		"tags.env":                        15,
		"resource_group_name":             16,
	}, "shared_access_key_enabled")
	in.Meta = map[string]string{"provider_version": "4.60.1"}
	in.Refs = []parser.Ref{
		{Path: parser.Path{"resource_group_name"}, Target: "azurerm_resource_group.rg", Attribute: "name"},
		{Path: parser.Path{"identity", 0, "identity_ids", 0}, Target: "azurerm_user_assigned_identity.id", Attribute: "id"},
	}
	in.Origins = map[string][]parser.Range{"min_tls_version": {rng(40)}}

	out, ok := Convert(in)
	require.True(t, ok)

	assert.Equal(t, "Microsoft.Storage/storageAccounts", out.Type)
	assert.Equal(t, in.ID, out.ID)
	assert.Equal(t, in.Header, out.Header)
	assert.Equal(t, parser.Terraform, out.Format)
	assert.Equal(t, map[string]any{
		"name":     "stdocs",
		"location": "westeurope",
		"kind":     "StorageV2",
		"sku":      map[string]any{"tier": "Standard"},
		"tags":     map[string]any{"env": "prod"},
		"identity": map[string]any{
			"type":                   "UserAssigned",
			"userAssignedIdentities": map[string]any{"/id/one": map[string]any{}},
		},
		"properties": map[string]any{
			"publicNetworkAccess":          "Disabled",
			"minimumTlsVersion":            "TLS1_0",
			"supportsHttpsTrafficOnly":     true,
			"allowBlobPublicAccess":        false,
			"defaultToOAuthAuthentication": false,
			"allowCrossTenantReplication":  false,
			"encryption":                   map[string]any{"requireInfrastructureEncryption": false},
			"networkAcls": map[string]any{
				"defaultAction": "Deny",
				"ipRules": []any{
					map[string]any{"value": "1.2.3.4", "action": "Allow"},
					map[string]any{"value": "5.6.7.0/24", "action": "Allow"},
				},
				"bypass": "AzureServices, Logging",
			},
		},
	}, out.Properties)

	want := map[string]int{
		"name":                                       2,
		"location":                                   3,
		"sku.tier":                                   4,
		"properties.publicNetworkAccess":             5,
		"properties.minimumTlsVersion":               6,
		"properties.networkAcls":                     7,
		"properties.networkAcls.defaultAction":       8,
		"properties.networkAcls.ipRules":             9,
		"properties.networkAcls.ipRules[1].value":    10,
		"properties.networkAcls.bypass":              11,
		"identity":                                   12,
		`identity.userAssignedIdentities["/id/one"]`: 13,
		"tags":     14,
		"tags.env": 15,
	}
	got := map[string]int{}
	for k, r := range out.Ranges {
		got[k] = r.Start.Line
	}
	assert.Equal(t, want, got, "defaults (kind, supportsHttpsTrafficOnly, ...) have no range")

	assert.Equal(t, []string{"properties.allowSharedKeyAccess"}, paths(out.Unknown))
	assert.NotContains(t, out.Properties["properties"], "allowSharedKeyAccess", "no default for an unknown attribute")

	assert.Equal(t, "public_network_access_enabled", out.Names["properties.publicNetworkAccess"])
	assert.Equal(t, "network_rules.default_action", out.Names["properties.networkAcls.defaultAction"])
	assert.Equal(t, "https_traffic_only_enabled", out.Names["properties.supportsHttpsTrafficOnly"])
	assert.Equal(t, "allow_nested_items_to_be_public", out.Names["properties.allowBlobPublicAccess"])

	require.Len(t, out.Refs, 2)
	assert.Equal(t, "resource_group_name", out.Refs[0].Path.String(), "a ref without an ARM place keeps its path")
	assert.Equal(t, `identity.userAssignedIdentities["/id/one"]`, out.Refs[1].Path.String())
	assert.Equal(t, map[string][]parser.Range{"properties.minimumTlsVersion": {rng(40)}}, out.Origins)

	assert.Contains(t, out.Meta["default_basis"], "azurerm 4.60.1: allow_nested_items_to_be_public defaults to false (from 4.59.0)")
	assert.Equal(t, "4.60.1", out.Meta["provider_version"])
	assert.NotContains(t, in.Meta, "default_basis", "the input's Meta is not modified")
}

func TestConvertVersionedDefault(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		version string
		want    bool
		basis   string
	}{
		{"unknown version is conservative", "", true, "azurerm version unknown: allow_nested_items_to_be_public assumed true"},
		{"locked before the change", "4.12.0", true, "azurerm 4.12.0: allow_nested_items_to_be_public defaults to true (before 4.59.0)"},
		{"v3", "~> 3.117", true, "defaults to true (before 4.59.0)"},
		{"constraint spanning the change", "~> 4.0", true, "azurerm ~> 4.0 admits versions before and from 4.59.0"},
		{"constraint after the change", "~> 4.59", false, "defaults to false (from 4.59.0)"},
		{"v5", ">= 5.0.0", false, "defaults to false"},
		{"unreadable constraint", "latest", true, "azurerm version unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			in := tfRes("azurerm_storage_account", map[string]any{"name": "st"}, nil)
			if tc.version != "" {
				in.Meta = map[string]string{"provider_version": tc.version}
			}
			out, ok := Convert(in)
			require.True(t, ok)
			assert.Equal(t, tc.want, get(out.Properties, parser.Path{"properties", "allowBlobPublicAccess"}))
			assert.Contains(t, out.Meta["default_basis"], tc.basis)
		})
	}
}

func TestConvertExplicitValueNeedsNoBasis(t *testing.T) {
	t.Parallel()
	in := tfRes("azurerm_storage_account", map[string]any{
		"allow_nested_items_to_be_public":  false,
		"cross_tenant_replication_enabled": false,
	}, map[string]int{"allow_nested_items_to_be_public": 2})
	out, ok := Convert(in)
	require.True(t, ok)
	assert.Equal(t, false, get(out.Properties, parser.Path{"properties", "allowBlobPublicAccess"}))
	assert.Empty(t, out.Meta["default_basis"])
	assert.Equal(t, rng(2), out.Ranges["properties.allowBlobPublicAccess"])
}

func TestConvertUnmapped(t *testing.T) {
	t.Parallel()
	for _, typ := range []string{"azurerm_resource_group", "aws_s3_bucket", "azuread_group"} {
		in := tfRes(typ, map[string]any{"name": "x"}, nil)
		out, ok := Convert(in)
		assert.False(t, ok, typ)
		assert.Equal(t, in.Type, out.Type, typ)
	}
}
