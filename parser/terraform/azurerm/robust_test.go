package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// odd are values of every shape the model allows, most of them wrong for
// any given attribute.
var odd = []any{
	nil, "x", "", int64(-1), 1.5, true,
	[]any{}, []any{nil}, []any{"x", int64(2)}, []any{[]any{}}, []any{obj{}},
	obj{}, obj{"x": nil}, []any{obj{"name": []any{obj{}}}},
}

// TestConvertNeverPanics feeds every attribute of every table every odd
// shape, at the attribute and in place of the blocks around it, with
// ranges, unknowns and references at paths that do and do not exist.
func TestConvertNeverPanics(t *testing.T) {
	t.Parallel()
	for _, c := range allEntryCases() {
		if c.e.tf == "" {
			continue
		}
		for _, v := range odd {
			for _, at := range []parser.Path{c.tf, c.tf[:1]} {
				props := obj{}
				set(props, at, v)
				in := tfRes(c.typ, props, map[string]int{
					at.String(): 3, c.tf.String(): 4, "no[such].path": 5, "[unterminated": 6,
				}, at.String(), "other[3].x")
				in.Refs = []parser.Ref{{Path: at, Target: "t"}, {Path: nil, Target: "u"}}
				in.Origins = map[string][]parser.Range{at.String(): {rng(9)}, "[": nil}
				require.NotPanics(t, func() {
					out, ok := Convert(in)
					assert.True(t, ok)
					Fold([]parser.Resource{out, out})
				}, "%s %s = %#v", c.typ, at, v)
			}
		}
	}
}

func TestConvertOddShapesPassThrough(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		typ  string
		in   obj
		path string
		want any
	}{
		{"a string where a bool is expected", "azurerm_cognitive_account", obj{"local_auth_enabled": "yes"}, "properties.disableLocalAuth", "yes"},
		{"a string where ip rules are expected", "azurerm_search_service", obj{"allowed_ips": int64(4)}, "properties.networkRuleSet.ipRules", int64(4)},
		{"a block written as an object", "azurerm_key_vault", obj{"network_acls": obj{"default_action": "Deny"}}, "properties.networkAcls.defaultAction", "Deny"},
		{"a list of blocks written as a string", "azurerm_network_security_group", obj{"security_rule": "none"}, "properties.securityRules", "none"},
		{"an unparseable date", "azurerm_key_vault_key", obj{"expiration_date": "tomorrow"}, "properties.attributes.exp", "tomorrow"},
		{"a key id that is not a URL", "azurerm_cognitive_account", obj{"customer_managed_key": blk(obj{"key_vault_key_id": "kid"})},
			"properties.encryption.keyVaultProperties", "kid"},
		{"an empty block list counts as absent", "azurerm_kubernetes_cluster", obj{"microsoft_defender": []any{}},
			"properties.securityProfile.defender.securityMonitoring.enabled", false},
		{"null counts as absent", "azurerm_storage_account", obj{"min_tls_version": nil}, "properties.minimumTlsVersion", "TLS1_2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, ok := Convert(tfRes(tc.typ, tc.in, nil))
			require.True(t, ok)
			p, err := parser.ParsePath(tc.path)
			require.NoError(t, err)
			assert.Equal(t, tc.want, get(out.Properties, p))
		})
	}
}

func TestConvertNilProperties(t *testing.T) {
	t.Parallel()
	out, ok := Convert(parser.Resource{Type: "azurerm_key_vault"})
	require.True(t, ok)
	assert.Equal(t, false, get(out.Properties, parser.Path{"properties", "enablePurgeProtection"}))
	_, ok = Convert(parser.Resource{Type: "azapi_resource"})
	assert.False(t, ok)
}
