package policies

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func ruleWithFix(t *testing.T, fix string) (*Rule, error) {
	t.Helper()
	src := `# METADATA
# title: Local auth off
# custom:
#   id: T-001
#   severity: high
#   resource_types: [Microsoft.CognitiveServices/accounts]
#   fix:
` + fix + `package custom.t

deny contains "x" if { false }
`
	m, err := ast.ParseModuleWithOpts("t.rego", src, parseOpts)
	require.NoError(t, err)
	return ruleFromModule(m, "custom")
}

func TestFixDeclarations(t *testing.T) {
	r, err := ruleWithFix(t, `#     terraform: {set: {local_auth_enabled: false}}
#     terraform/azurerm_ai_services: {set: {"local_authentication_enabled|local_auth_enabled": false}}
#     arm:
#       set: {properties.disableLocalAuth: true, 'properties.redisConfiguration["aad-enabled"]': "true"}
#     kubernetes: {add: {securityContext.capabilities.drop: [ALL]}, set: {securityContext.privileged: false}}
`)
	require.NoError(t, err)
	assert.Equal(t, []FixSetting{{Path: "local_auth_enabled", Value: false}}, r.FixFor("terraform", "azurerm_cognitive_account").Set)
	ai := r.FixFor("terraform", "azurerm_ai_services").Set
	assert.Equal(t, []FixSetting{{Path: "local_authentication_enabled", Aliases: []string{"local_auth_enabled"}, Value: false}}, ai)
	assert.Equal(t, []string{"local_authentication_enabled", "local_auth_enabled"}, ai[0].Paths())
	assert.Equal(t, []FixSetting{
		{Path: "properties.disableLocalAuth", Value: true},
		{Path: "properties.redisConfiguration.aad-enabled", Value: "true"},
	}, r.FixFor("arm", "Microsoft.CognitiveServices/accounts").Set)
	k := r.FixFor("kubernetes", "apps/Deployment")
	assert.Equal(t, []FixSetting{{Path: "securityContext.capabilities.drop", Value: []any{"ALL"}}}, k.Add)
	assert.Len(t, k.Settings(), 2)
	assert.Nil(t, r.FixFor("terraform-plan", ""))

	r, err = ruleWithFix(t, "#     none: a private endpoint needs a design, not an edit\n")
	require.NoError(t, err)
	assert.Equal(t, "a private endpoint needs a design, not an edit", r.FixFor("arm", "").None)
	assert.Equal(t, "a private endpoint needs a design, not an edit", r.FixFor("terraform", "azurerm_x").None)
}

func TestFixDeclarationErrors(t *testing.T) {
	for _, tc := range []struct{ fix, err string }{
		{"#     bicep: {set: {a: 1}}\n", `custom.fix.bicep: unknown format "bicep"`},
		{"#     arm: {set: {a: 1}, none: why}\n", "custom.fix.arm: declares both none and settings"},
		{"#     arm: yes\n", "custom.fix.arm: must be a map with set, add, create or none"},
		{"#     arm: {}\n", "custom.fix.arm: declares no setting"},
		{"#     arm: {create: true}\n", "custom.fix.arm: declares no setting (set or add) and no reason (none)"},
		{"#     arm: {set: {a: null}}\n", "custom.fix.arm: set: a: a fix sets a value"},
		{"#     arm: {set: {'a[0].b': 1}}\n", `custom.fix.arm: set: "a[0].b": a fix path names attributes, not list indexes`},
		{"#     arm: {set: {'a..b': 1}}\n", `custom.fix.arm: set: "a..b" is not an attribute path`},
		{"#     kubernetes: {add: {drop: ALL}}\n", "custom.fix.kubernetes: add: drop: add takes a list of items"},
		{"#     arm: {sett: {a: 1}}\n", `custom.fix.arm: unknown key "sett"`},
		{"#     none: ''\n", "custom.fix.none must say why"},
	} {
		t.Run(tc.err, func(t *testing.T) {
			_, err := ruleWithFix(t, tc.fix)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
			assert.Contains(t, err.Error(), "t.rego:", "the error names the policy file")
		})
	}
}
