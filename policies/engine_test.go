package policies

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func rangeAt(line, col int) parser.Range {
	return parser.Range{File: "main.tf", Start: parser.Pos{Line: line, Column: col}, End: parser.Pos{Line: line, Column: col + 4}}
}

func cognitive(props map[string]any, ranges parser.RangeTable, unknown ...parser.Path) parser.Resource {
	return parser.Resource{
		ID: "azurerm_cognitive_account.oai", Type: "Microsoft.CognitiveServices/accounts", Name: "oai",
		Provider: parser.Azure, Format: parser.ARM,
		Properties: props, Ranges: ranges, Unknown: unknown,
		Header: rangeAt(1, 1), Range: rangeAt(1, 1),
	}
}

func TestEvaluate(t *testing.T) {
	eng := builtinEngine(t, Options{Only: []string{"AZ-AI-002", "AZ-AI-003"}})

	tests := []struct {
		name     string
		resource parser.Resource
		want     map[string]parser.Range // rule id → range
	}{
		{
			name: "explicit public access and absent disableLocalAuth",
			resource: cognitive(
				map[string]any{"properties": map[string]any{"publicNetworkAccess": "Enabled"}},
				parser.RangeTable{"properties.publicNetworkAccess": rangeAt(5, 3)},
			),
			want: map[string]parser.Range{"AZ-AI-002": rangeAt(5, 3), "AZ-AI-003": rangeAt(1, 1)},
		},
		{
			name: "compliant values, case-insensitive",
			resource: cognitive(
				map[string]any{"properties": map[string]any{"publicNetworkAccess": "disabled", "disableLocalAuth": true}},
				parser.RangeTable{},
			),
			want: map[string]parser.Range{},
		},
		{
			name: "unknown values are not violations",
			resource: cognitive(
				map[string]any{"properties": map[string]any{}},
				parser.RangeTable{},
				parser.Path{"properties", "publicNetworkAccess"}, parser.Path{"properties", "disableLocalAuth"},
			),
			want: map[string]parser.Range{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := eng.Evaluate(context.Background(), []parser.Resource{tc.resource}, nil)
			require.NoError(t, err)
			got := map[string]parser.Range{}
			for _, f := range res.Findings {
				got[f.RuleID] = f.Range
				assert.NotEmpty(t, f.Message)
				assert.Len(t, f.Fingerprint, 32)
			}
			assert.Equal(t, tc.want, got)
			assert.Len(t, res.Assessed["AZ-AI-002"], 1)
		})
	}
}

func TestShowUnknownReportsReview(t *testing.T) {
	eng := builtinEngine(t, Options{Only: []string{"AZ-AI-002"}, ShowUnknown: true})
	r := cognitive(map[string]any{"properties": map[string]any{}}, parser.RangeTable{}, parser.Path{"properties", "publicNetworkAccess"})
	res, err := eng.Evaluate(context.Background(), []parser.Resource{r}, nil)
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, StatusReview, res.Findings[0].Status)
}

func TestMessagesQuoteTerraform(t *testing.T) {
	eng := builtinEngine(t, Options{Only: []string{"AZ-AI-002", "AZ-AI-003"}})
	r := cognitive(
		map[string]any{"properties": map[string]any{"publicNetworkAccess": "Enabled", "disableLocalAuth": false}},
		parser.RangeTable{"properties.publicNetworkAccess": rangeAt(5, 3)},
	)
	r.Format = parser.Terraform
	r.Names = map[string]string{"properties.publicNetworkAccess": "public_network_access_enabled", "properties.disableLocalAuth": "local_auth_enabled"}
	res, err := eng.Evaluate(context.Background(), []parser.Resource{r}, quoting("true"))
	require.NoError(t, err)
	msgs := map[string]string{}
	for _, f := range res.Findings {
		msgs[f.RuleID] = f.Message
	}
	assert.Equal(t, `Cognitive Services account "oai" accepts traffic from public networks: public_network_access_enabled = true.`, msgs["AZ-AI-002"])
	assert.Equal(t, `Cognitive Services account "oai" accepts API keys: local_auth_enabled is not set (keys are accepted by default).`, msgs["AZ-AI-003"])
}

func TestOnlyUnknownRuleIsAnError(t *testing.T) {
	_, err := New(builtinLibrary(t), Options{Only: []string{"AZ-NOPE"}})
	assert.ErrorContains(t, err, "no rule has that id")
}

// lib.found renders an absent value as "… is not set", with the meaning of
// the default in parentheses only when the policy gives one.
func TestFoundWithoutDefaultDescription(t *testing.T) {
	c := ast.NewCompiler()
	c.Compile(builtinLibrary(t).lib)
	require.False(t, c.Failed(), "%v", c.Errors)
	for desc, want := range map[string]string{
		"":                       "properties.x is not set",
		"keys are on by default": "properties.x is not set (keys are on by default)",
	} {
		rs, err := rego.New(rego.Compiler(c), rego.Query(`x := data.posture.lib.found(["properties", "x"], input.d)`),
			rego.Input(map[string]any{"resource": map[string]any{}, "names": map[string]any{}, "defaults": map[string]any{}, "written": map[string]any{}, "d": desc})).Eval(context.Background())
		require.NoError(t, err)
		require.Len(t, rs, 1)
		assert.Equal(t, want, rs[0].Bindings["x"])
	}
}

// TestElsewhere: a finding already inside the block its value came from
// does not point there again; other origins stay, in order.
func TestElsewhere(t *testing.T) {
	t.Parallel()
	block := parser.Range{File: "iam.tf", Start: parser.Pos{Line: 10, Column: 1}, End: parser.Pos{Line: 20, Column: 2}}
	tfvars := parser.Range{File: "prod.tfvars", Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 9}}
	tests := []struct {
		name string
		at   parser.Range
		want []parser.Range
	}{
		{"inside the block", parser.Range{File: "iam.tf", Start: parser.Pos{Line: 12, Column: 18}, End: parser.Pos{Line: 12, Column: 21}}, []parser.Range{tfvars}},
		{"elsewhere in the file", parser.Range{File: "iam.tf", Start: parser.Pos{Line: 30, Column: 3}, End: parser.Pos{Line: 30, Column: 9}}, []parser.Range{block, tfvars}},
		{"another file", parser.Range{File: "main.tf", Start: parser.Pos{Line: 12, Column: 18}, End: parser.Pos{Line: 12, Column: 21}}, []parser.Range{block, tfvars}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, elsewhere([]parser.Range{block, tfvars}, tt.at), tt.name)
	}
}

// quoting is a SourceView whose every range reads text.
type quoting string

func (q quoting) Text(parser.Range) string { return string(q) }
func (q quoting) Path(file string) string  { return file }
