package terraform

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestExpansion(t *testing.T) {
	res := decode(t, fixtureFS(t, "expansion"), Options{})
	require.Empty(t, res.diags)
	assert.Equal(t, []string{
		`aws_instance.web[0]`, `aws_instance.web[1]`,
		`aws_security_group.sg["x"]`, `aws_security_group.sg["y"]`,
		`azurerm_key_vault.kv["team_a"]`, `azurerm_key_vault.kv["team_b"]`,
	}, res.ids, "count = 0 and an empty for_each make no resource")

	tests := []struct {
		name   string
		id     string
		want   map[string]any
		ranges map[string]parser.Range
	}{
		{
			name: "for_each instance with a private vault",
			id:   `azurerm_key_vault.kv["team_a"]`,
			want: map[string]any{
				"name":                          "team_a-corp-kv",
				"public_network_access_enabled": false,
				"network_acls":                  []any{map[string]any{"default_action": "Deny", "ip_rules": []any{"10.0.0.1"}}},
			},
			ranges: map[string]parser.Range{
				"public_network_access_enabled":  rng("main.tf", 19, 35, 19, 52),
				"network_acls[0]":                rng("main.tf", 20, 3, 23, 4),
				"network_acls[0].default_action": rng("main.tf", 21, 22, 21, 58),
			},
		},
		{
			name: "for_each instance that differs",
			id:   `azurerm_key_vault.kv["team_b"]`,
			want: map[string]any{
				"public_network_access_enabled": true,
				"network_acls":                  []any{map[string]any{"default_action": "Allow", "ip_rules": []any{}}},
			},
		},
		{
			name: "count.index",
			id:   `aws_instance.web[1]`,
			want: map[string]any{"ami": "ami-1", "zone": "B"},
			ranges: map[string]parser.Range{
				"zone": rng("main.tf", 29, 11, 29, 41),
			},
		},
		{
			name: "nested dynamic blocks with an iterator, static block after them",
			id:   `aws_security_group.sg["y"]`,
			want: map[string]any{
				"name": "y",
				"ingress": []any{
					map[string]any{"from_port": int64(443), "cidr": []any{
						map[string]any{"block": "10.0.0.0/16"},
						map[string]any{"block": "192.168.0.0/24"},
					}},
					map[string]any{"from_port": int64(22), "cidr": []any{}},
					map[string]any{"from_port": int64(80)},
				},
				"description": "Managed y\n",
				"amis":        []any{"ami-0", "ami-1"},
				"ports":       map[string]any{"443": int64(2)},
				"joined":      "team_b",
			},
			ranges: map[string]parser.Range{
				"ingress[0]":               rng("main.tf", 48, 5, 56, 6),
				"ingress[0].from_port":     rng("main.tf", 49, 19, 49, 34),
				"ingress[0].cidr[1].block": rng("main.tf", 53, 19, 53, 54),
				"ingress[2]":               rng("main.tf", 58, 3, 60, 4),
				"ingress[2].from_port":     rng("main.tf", 59, 17, 59, 19),
				"description":              rng("main.tf", 61, 17, 63, 6),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := res.get(t, tc.id)
			for k, v := range tc.want {
				assert.Equal(t, v, r.Properties[k], k)
			}
			for p, want := range tc.ranges {
				assert.Equal(t, want, noBytes(r.Ranges[p]), p)
			}
			assert.Empty(t, r.Unknown)
		})
	}
}
