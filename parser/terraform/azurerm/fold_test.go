package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func mustConvert(t *testing.T, r parser.Resource) parser.Resource {
	t.Helper()
	out, ok := Convert(r)
	require.True(t, ok, r.Type)
	return out
}

func parentRef(path, target string) parser.Ref {
	p, err := parser.ParsePath(path)
	if err != nil {
		panic(err)
	}
	return parser.Ref{Path: p, Target: target, Attribute: "id"}
}

func TestFoldStorageNetworkRules(t *testing.T) {
	t.Parallel()
	acct := tfRes("azurerm_storage_account", obj{
		"name":          "stdocs",
		"network_rules": blk(obj{"default_action": "Allow"}),
	}, map[string]int{"network_rules[0]": 5, "network_rules[0].default_action": 6, "name": 2})
	acct.ID = "azurerm_storage_account.docs"

	rules := tfRes("azurerm_storage_account_network_rules", obj{
		"default_action": "Deny",
		"ip_rules":       []any{"203.0.113.9"},
	}, map[string]int{"storage_account_id": 21, "default_action": 22, "ip_rules": 23}, "storage_account_id")
	rules.ID = "azurerm_storage_account_network_rules.docs"
	rules.Refs = []parser.Ref{parentRef("storage_account_id", acct.ID)}

	other := tfRes("azurerm_key_vault", obj{"name": "kv"}, nil)
	other.ID = "azurerm_key_vault.kv"

	convRules := mustConvert(t, rules)
	require.Equal(t, "Microsoft.Storage/storageAccounts#networkAcls", convRules.Type)
	require.Equal(t, "name", convRules.Refs[0].Path.String(), "parent refs sit where parser/arm puts them")

	in := []parser.Resource{mustConvert(t, acct), convRules, mustConvert(t, other)}
	out := Fold(in)
	require.Len(t, out, 2, "the network rules resource is folded away")
	st := out[0]
	assert.Equal(t, acct.ID, st.ID)
	assert.Equal(t, obj{
		"defaultAction": "Deny",
		"ipRules":       []any{obj{"value": "203.0.113.9", "action": "Allow"}},
	}, get(st.Properties, parser.Path{"properties", "networkAcls"}))
	assert.Equal(t, 22, st.Ranges["properties.networkAcls.defaultAction"].Start.Line, "the separate resource's range")
	assert.Equal(t, 23, st.Ranges["properties.networkAcls.ipRules"].Start.Line)
	assert.NotContains(t, st.Ranges, "properties.networkAcls", "the inline block's range went with its value")
	assert.Equal(t, 2, st.Ranges["name"].Start.Line)
	assert.Equal(t, "default_action", st.Names["properties.networkAcls.defaultAction"])
	assert.Equal(t, "kv", out[1].Properties["name"])

	assert.Equal(t, "Allow", get(in[0].Properties, parser.Path{"properties", "networkAcls", "defaultAction"}),
		"Fold does not write into its input")
}

func TestFoldByName(t *testing.T) {
	t.Parallel()
	acct := mustConvert(t, tfRes("azurerm_storage_account", obj{"name": "legacy"}, nil))
	rules := mustConvert(t, tfRes("azurerm_storage_account_network_rules", obj{
		"storage_account_name": "legacy", "default_action": "Deny",
	}, nil))
	assert.Equal(t, "legacy", rules.Meta["parent"])
	out := Fold([]parser.Resource{rules, acct})
	require.Len(t, out, 1)
	assert.Equal(t, "Deny", get(out[0].Properties, parser.Path{"properties", "networkAcls", "defaultAction"}))
}

func TestFoldKeepsOrphans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		rs   []parser.Resource
	}{
		{"parent not in the unit", []parser.Resource{
			mustConvert(t, tfRes("azurerm_key_vault_access_policy", obj{"key_vault_id": "elsewhere", "object_id": "o"}, nil)),
		}},
		{"ambiguous name", func() []parser.Resource {
			a := mustConvert(t, tfRes("azurerm_storage_account", obj{"name": "dup"}, nil))
			b := a
			b.ID = "azurerm_storage_account.other"
			r := mustConvert(t, tfRes("azurerm_storage_account_network_rules", obj{"storage_account_name": "dup"}, nil))
			r.ID = "azurerm_storage_account_network_rules.r"
			return []parser.Resource{a, b, r}
		}()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Len(t, Fold(tc.rs), len(tc.rs))
		})
	}
}

func TestFoldAccessPolicies(t *testing.T) {
	t.Parallel()
	kv := tfRes("azurerm_key_vault", obj{
		"name":          "kv",
		"access_policy": []any{obj{"object_id": "inline"}},
	}, map[string]int{"access_policy[0].object_id": 4})
	kv.ID = "azurerm_key_vault.kv"
	pol := tfRes("azurerm_key_vault_access_policy", obj{
		"object_id": "separate", "key_permissions": []any{"Get", "Purge"},
	}, map[string]int{"object_id": 30, "key_permissions": 31}, "tenant_id")
	pol.ID = "azurerm_key_vault_access_policy.p"
	pol.Refs = []parser.Ref{parentRef("key_vault_id", kv.ID), parentRef("object_id", "azurerm_user_assigned_identity.u")}

	out := Fold([]parser.Resource{mustConvert(t, kv), mustConvert(t, pol)})
	require.Len(t, out, 1)
	v := out[0]
	assert.Equal(t, []any{
		obj{"objectId": "inline"},
		obj{"objectId": "separate", "permissions": obj{"keys": []any{"Get", "Purge"}}},
	}, get(v.Properties, parser.Path{"properties", "accessPolicies"}))
	assert.Equal(t, 4, v.Ranges["properties.accessPolicies[0].objectId"].Start.Line)
	assert.Equal(t, 30, v.Ranges["properties.accessPolicies[1].objectId"].Start.Line)
	assert.Equal(t, 31, v.Ranges["properties.accessPolicies[1].permissions.keys"].Start.Line)
	assert.Equal(t, "key_permissions", v.Names["properties.accessPolicies[1].permissions.keys"])
	assert.Contains(t, paths(v.Unknown), "properties.accessPolicies[1].tenantId")
	require.Len(t, v.Refs, 1)
	assert.Equal(t, "properties.accessPolicies[1].objectId", v.Refs[0].Path.String())
}

func TestFoldCognitiveCMK(t *testing.T) {
	t.Parallel()
	acct := tfRes("azurerm_cognitive_account", obj{"name": "oai", "kind": "OpenAI"}, nil)
	acct.ID = "azurerm_cognitive_account.oai"
	cmk := tfRes("azurerm_cognitive_account_customer_managed_key", obj{"identity_client_id": "cid"},
		map[string]int{"identity_client_id": 12}, "key_vault_key_id")
	cmk.ID = "azurerm_cognitive_account_customer_managed_key.oai"
	cmk.Refs = []parser.Ref{parentRef("cognitive_account_id", acct.ID), parentRef("key_vault_key_id", "azurerm_key_vault_key.k")}

	out := Fold([]parser.Resource{mustConvert(t, acct), mustConvert(t, cmk)})
	require.Len(t, out, 1)
	assert.Equal(t, obj{
		"keySource":          "Microsoft.KeyVault",
		"keyVaultProperties": obj{"identityClientId": "cid"},
	}, get(out[0].Properties, parser.Path{"properties", "encryption"}))
	assert.Contains(t, paths(out[0].Unknown), "properties.encryption.keyVaultProperties")
	assert.Equal(t, 12, out[0].Ranges["properties.encryption.keyVaultProperties.identityClientId"].Start.Line)
	require.Len(t, out[0].Refs, 1)
	assert.Equal(t, "azurerm_key_vault_key.k", out[0].Refs[0].Target)
}

func TestFoldLeavesOtherResources(t *testing.T) {
	t.Parallel()
	pe := mustConvert(t, tfRes("azurerm_private_endpoint", obj{"name": "pe"}, nil))
	raw := tfRes("azurerm_resource_group", obj{"name": "rg"}, nil)
	out := Fold([]parser.Resource{pe, raw})
	assert.Equal(t, []parser.Resource{pe, raw}, out)
	assert.Empty(t, Fold(nil))
}
