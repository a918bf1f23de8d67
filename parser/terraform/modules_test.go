package terraform

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestModules(t *testing.T) {
	res := decode(t, fixtureFS(t, "modules"), Options{}, "root")
	assert.Equal(t, []string{
		`aws_s3_bucket.uses`,
		`module.ai["east"].azurerm_cognitive_account.this`,
		`module.ai["east"].module.inner.aws_s3_bucket.inner`,
		`module.ai["west"].azurerm_cognitive_account.this`,
		`module.ai["west"].module.inner.aws_s3_bucket.inner`,
		`module.cached.aws_sqs_queue.this`,
	}, res.ids)

	// The module argument flows into the module's resource: the value's
	// range is in the module file, its origins are the tfvars line and the
	// call's argument.
	east := res.get(t, `module.ai["east"].azurerm_cognitive_account.this`)
	assert.Equal(t, false, east.Properties["public_network_access_enabled"])
	assert.Equal(t, "ai-eastus", east.Properties["name"])
	assert.Equal(t, rng("modules/ai/main.tf", 14, 35, 14, 45), noBytes(east.Ranges["public_network_access_enabled"]))
	assert.Equal(t, []parser.Range{rng("root/terraform.tfvars", 1, 10, 1, 15), rng("root/main.tf", 9, 14, 9, 24)},
		noBytesAll(east.Origins["public_network_access_enabled"]))
	assert.Equal(t, []parser.Range{rng("root/main.tf", 8, 14, 8, 24)}, noBytesAll(east.Origins["location"]))
	assert.Equal(t, rng("modules/ai/main.tf", 11, 1, 11, 44), noBytes(east.Header))
	assert.Equal(t, `module.ai["east"]`, east.Meta["module"])
	assert.Equal(t, "3.117.0", east.Meta["provider_version"], "the locked version wins over the constraint")

	assert.Equal(t, "ai-westus", res.get(t, `module.ai["west"].azurerm_cognitive_account.this`).Properties["name"])

	// Nested module: the chain grows by one argument.
	inner := res.get(t, `module.ai["east"].module.inner.aws_s3_bucket.inner`)
	assert.Equal(t, "private", inner.Properties["acl"])
	assert.Equal(t, []parser.Range{rng("root/terraform.tfvars", 1, 10, 1, 15), rng("root/main.tf", 9, 14, 9, 24),
		rng("modules/ai/main.tf", 8, 12, 8, 22)}, noBytesAll(inner.Origins["acl"]))

	// Outputs come back to the caller, with the reference to the resource
	// behind them; an uncached remote module's outputs are unknown.
	uses := res.get(t, "aws_s3_bucket.uses")
	assert.Equal(t, "ai-eastus", uses.Properties["bucket"])
	assert.Equal(t, map[string]any{"region": "westus"}, uses.Properties["tags"])
	assert.Equal(t, []parser.Path{{"tags", "kv"}}, uses.Unknown)
	assert.Contains(t, uses.Refs, parser.Ref{Path: parser.Path{"bucket"},
		Target: `module.ai["east"].azurerm_cognitive_account.this`, Attribute: "name"})

	assert.Equal(t, "q", res.get(t, "module.cached.aws_sqs_queue.this").Properties["name"])

	notes := errorsOf(res.diags, parser.DiagNote)
	require.Len(t, notes, 1)
	assert.Equal(t, rng("root/main.tf", 18, 1, 18, 16), noBytes(notes[0].Range))
	assert.Contains(t, notes[0].Message, `module "remote" comes from "Azure/avm-res-keyvault-vault/azurerm", which is not fetched`)
	assert.Empty(t, errorsOf(res.diags, parser.DiagWarning))
	assert.Empty(t, errorsOf(res.diags, parser.DiagError))
}

func TestModuleScannedAsRoot(t *testing.T) {
	fsys := fixtureFS(t, "modules")
	res := decode(t, fsys, Options{}, "modules/ai")
	// Without a caller the inputs are unknown, and so is what depends on them.
	r := res.get(t, "azurerm_cognitive_account.this")
	assert.Empty(t, r.Properties)
	assert.ElementsMatch(t, []parser.Path{{"name"}, {"location"}, {"public_network_access_enabled"}}, r.Unknown)
	inner := res.get(t, "module.inner.aws_s3_bucket.inner")
	assert.Equal(t, []parser.Path{{"acl"}}, inner.Unknown)
	_, hasVersion := r.Meta["provider_version"]
	assert.False(t, hasVersion, "the module declares no azurerm version")
}

func TestProviderConstraintWithoutLock(t *testing.T) {
	fsys := fixtureFS(t, "modules")
	delete(fsys, "root/.terraform.lock.hcl")
	res := decode(t, fsys, Options{}, "root")
	assert.Equal(t, "~> 3.100", res.get(t, `module.ai["east"].azurerm_cognitive_account.this`).Meta["provider_version"])
}

func TestSingleFileLoadsItsDirectory(t *testing.T) {
	res := decode(t, fixtureFS(t, "modules"), Options{}, "root/versions.tf")
	assert.Contains(t, res.ids, `module.ai["east"].azurerm_cognitive_account.this`)
	assert.Equal(t, false, res.get(t, `module.ai["east"].azurerm_cognitive_account.this`).Properties["public_network_access_enabled"],
		"terraform.tfvars of the directory is read too")
}
