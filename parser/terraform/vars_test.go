package terraform

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestVariablePrecedence(t *testing.T) {
	fsys := fixtureFS(t, "variables")
	tests := []struct {
		name string
		opts Options
		want map[string]any
		// unknown lists the attributes that must be absent and unknown.
		unknown []string
	}{
		{
			name: "defaults, tfvars and auto tfvars in lexical order",
			want: map[string]any{"bucket": "prod-premium", "tier": "auto-b", "region": "auto-a",
				"retention": int64(7), "name": "c1", "keep": "dflt", "ports": []any{int64(80)}},
			unknown: []string{"owner"},
		},
		{
			name: "environment is below tfvars",
			opts: Options{Env: []string{"TF_VAR_sku=env", "TF_VAR_owner=alice", "TF_VAR_ports=[1, 2]", "PATH=/bin"}},
			want: map[string]any{"bucket": "prod-premium", "owner": "alice", "ports": []any{int64(1), int64(2)}},
		},
		{
			name: "var file over auto tfvars, -var over everything",
			opts: Options{VarFiles: []string{"extra.tfvars"}, Vars: map[string]string{"tier": "cli", "ports": "[443]"}},
			want: map[string]any{"region": "file", "tier": "cli", "ports": []any{int64(443)}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := decode(t, fsys, tc.opts)
			assert.Empty(t, res.diags)
			r := res.get(t, "aws_s3_bucket.b")
			for k, v := range tc.want {
				assert.Equal(t, v, r.Properties[k], k)
			}
			for _, k := range tc.unknown {
				assert.NotContains(t, r.Properties, k)
				assert.Contains(t, r.Unknown, parser.Path{k})
			}
		})
	}
}

func TestVariableOrigins(t *testing.T) {
	res := decode(t, fixtureFS(t, "variables"), Options{})
	r := res.get(t, "aws_s3_bucket.b")
	// The value's own range is in the configuration, where it is used.
	assert.Equal(t, rng("main.tf", 30, 15, 30, 38), noBytes(r.Ranges["bucket"]))
	// It came from two tfvars lines, in the order the template reads them.
	assert.Equal(t, []parser.Range{rng("terraform.tfvars", 2, 7, 2, 13), rng("terraform.tfvars", 1, 7, 1, 16)},
		noBytesAll(r.Origins["bucket"]))
	assert.Equal(t, []parser.Range{rng("b.auto.tfvars", 1, 8, 1, 16)}, noBytesAll(r.Origins["tier"]))
	assert.NotContains(t, r.Origins, "keep", "a default has no origin beyond the configuration")
	assert.Equal(t, rng("main.tf", 29, 1, 29, 29), noBytes(r.Header))
	assert.Equal(t, rng("main.tf", 37, 15, 37, 24), noBytes(r.Ranges["ports"]))
}

func TestVariableTypeMismatch(t *testing.T) {
	res := decode(t, fixtureFS(t, "variables"), Options{Vars: map[string]string{"ports": `["x"]`}})
	r := res.get(t, "aws_s3_bucket.b")
	assert.NotContains(t, r.Properties, "ports")
	assert.Contains(t, r.Unknown, parser.Path{"ports"})
	warns := errorsOf(res.diags, parser.DiagWarning)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0].Message, `variable "ports" does not match its type`)
	assert.Equal(t, rng("main.tf", 25, 1, 25, 17), noBytes(warns[0].Range))
}
