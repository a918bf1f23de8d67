package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// TestAzureMapping checks the hand-over to the azurerm mapping: for_each
// instances keep their addresses and become ARM-shaped resources with the
// provider version the mapping needs.
func TestAzureMapping(t *testing.T) {
	res := decodeMapped(t, fixtureFS(t, "expansion"), Options{})
	require.Empty(t, res.diags)
	a := res.get(t, `azurerm_key_vault.kv["team_a"]`)
	assert.Equal(t, parser.Azure, a.Provider)
	assert.Equal(t, "Microsoft.KeyVault/vaults", a.Type)
	assert.Equal(t, parser.Terraform, a.Format)
	assert.Equal(t, rng("main.tf", 16, 1, 16, 34), noBytes(a.Header))
	b := res.get(t, `azurerm_key_vault.kv["team_b"]`)
	assert.NotEqual(t, a.Properties, b.Properties, "the instances differ")
}

func TestJSONConfiguration(t *testing.T) {
	fsys := fstest.MapFS{
		"j/main.tf.json": {Data: []byte(`{
  "variable": {"name": {"default": "docs"}},
  "resource": {
    "aws_s3_bucket": {
      "b": {"bucket": "${var.name}-bucket", "count": 2, "tags": {"n": "${count.index}"}}
    }
  }
}
`)},
	}
	res := decode(t, fsys, Options{}, "j")
	require.Empty(t, res.diags)
	assert.Equal(t, []string{"aws_s3_bucket.b[0]", "aws_s3_bucket.b[1]"}, res.ids)
	b := res.get(t, "aws_s3_bucket.b[1]")
	assert.Equal(t, map[string]any{"bucket": "docs-bucket", "tags": map[string]any{"n": int64(1)}}, b.Properties,
		"a lone interpolation keeps its type, as in Terraform")
	assert.Equal(t, rng("j/main.tf.json", 5, 23, 5, 43), noBytes(b.Ranges["bucket"]))
}
