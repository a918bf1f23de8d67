package terraform

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestOverrideFilesMerge(t *testing.T) {
	res := decode(t, fixtureFS(t, "override"), Options{}, ".")

	c := res.get(t, "google_container_cluster.primary")
	assert.Equal(t, "ml", c.Properties["name"], "an attribute the overrides do not name stays")
	assert.Equal(t, "us-central1", c.Properties["location"], "the last override file wins")
	assert.Equal(t, "1.30", c.Properties["min_master_version"])
	assert.Equal(t, []any{map[string]any{"enable_private_nodes": true}}, c.Properties["private_cluster_config"],
		"a nested block type the overrides do not write stays")
	assert.Equal(t, []any{map[string]any{"name": "c"}}, c.Properties["node_pool"],
		"a nested block type an override writes replaces all blocks of that type, dynamic ones too")
	assert.Equal(t, rng("main.tf", 1, 1, 1, 46), noBytes(c.Header), "the declaration stays where it was written")
	assert.Equal(t, rng("z_override.tf", 2, 14, 2, 27), noBytes(c.Ranges["location"]))
	assert.Equal(t, rng("main.tf", 6, 28, 6, 32), noBytes(c.Ranges["private_cluster_config[0].enable_private_nodes"]))

	// A module call's arguments merge the same way.
	sub := res.get(t, "module.net.google_compute_subnetwork.this")
	assert.Equal(t, "0.0.0.0/0", sub.Properties["ip_cidr_range"])
	assert.Equal(t, true, sub.Properties["private_ip_google_access"])

	// Variables merge attribute by attribute (the type stays, the default
	// is replaced), locals by name.
	assert.Equal(t, "prod-ml-5", res.get(t, "aws_s3_bucket.uses").Properties["bucket"])

	warnings := errorsOf(res.diags, parser.DiagWarning)
	require.Len(t, warnings, 1)
	assert.Equal(t, rng("z_override.tf", 17, 1, 17, 34), noBytes(warnings[0].Range))
	assert.Contains(t, warnings[0].Message, "resource aws_s3_bucket.orphan is in an override file, but no other file")
	assert.Contains(t, res.ids, "aws_s3_bucket.orphan")
}
