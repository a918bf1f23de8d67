package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestReferences(t *testing.T) {
	res := decode(t, fixtureFS(t, "refs"), Options{})
	require.Empty(t, res.diags)
	assert.Equal(t, []string{"aws_kms_key.k", "aws_s3_bucket.b", "aws_s3_bucket_server_side_encryption_configuration.e"}, res.ids,
		"data sources are not resources")
	r := res.get(t, "aws_s3_bucket_server_side_encryption_configuration.e")

	// A configured attribute of another resource is known.
	assert.Equal(t, "docs", r.Properties["bucket"])
	assert.Equal(t, "yes", r.Properties["indexed"])
	// Computed attributes, data sources and timestamp() are unknown: absent
	// from Properties and listed in Unknown, parts of a value included.
	assert.Equal(t, map[string]any{
		"bucket":  "docs",
		"rule":    []any{map[string]any{}},
		"partial": map[string]any{"a": "x"},
		"listed":  []any{"y", nil},
		"indexed": "yes",
	}, r.Properties)
	assert.ElementsMatch(t, []parser.Path{
		{"key"}, {"rule", 0, "kms"}, {"account"}, {"stamp"}, {"partial", "b"}, {"listed", 1},
	}, r.Unknown)
	assert.True(t, r.IsUnknown(parser.Path{"partial", "b"}))
	assert.False(t, r.IsUnknown(parser.Path{"bucket"}))

	// Every reference to a resource is recorded, computed or not.
	assert.ElementsMatch(t, []parser.Ref{
		{Path: parser.Path{"bucket"}, Target: "aws_s3_bucket.b", Attribute: "bucket"},
		{Path: parser.Path{"key"}, Target: "aws_kms_key.k", Attribute: "arn"},
		{Path: parser.Path{"rule", 0, "kms"}, Target: "aws_kms_key.k", Attribute: "id"},
		{Path: parser.Path{"partial"}, Target: "aws_kms_key.k", Attribute: "arn"},
		{Path: parser.Path{"listed"}, Target: "aws_kms_key.k", Attribute: "arn"},
		{Path: parser.Path{"indexed"}, Target: "aws_s3_bucket.b", Attribute: "bucket"},
	}, r.Refs)

	// An unknown value still has its range, for --show-unknown notes.
	assert.Equal(t, rng("main.tf", 11, 12, 11, 29), noBytes(r.Ranges["key"]))
	assert.Equal(t, rng("main.tf", 17, 28, 17, 45), noBytes(r.Ranges["partial.b"]))
}

func TestShowUnknown(t *testing.T) {
	res := decode(t, fixtureFS(t, "refs"), Options{ShowUnknown: true})
	notes := errorsOf(res.diags, parser.DiagNote)
	require.Len(t, notes, 1)
	assert.Equal(t, rng("main.tf", 9, 1, 9, 66), noBytes(notes[0].Range))
	assert.Contains(t, notes[0].Message, "6 value(s) cannot be known before apply")
}

func TestUnknownInstanceCount(t *testing.T) {
	fsys := fstest.MapFS{"m/main.tf": {Data: []byte(`data "aws_subnets" "all" {}

resource "aws_instance" "c" {
  count = length(data.aws_subnets.all.ids)
  ami   = "ami-1"
  name  = "n-${count.index}"
}

resource "aws_instance" "e" {
  for_each = data.aws_subnets.all.ids
  ami      = "ami-2"
  subnet   = each.value
}
`)}}
	res := decode(t, fsys, Options{}, "m")
	require.Empty(t, res.diags)
	// One representative instance stands for an unknown number of them:
	// what does not depend on the index is still checked.
	assert.Equal(t, []string{"aws_instance.c", "aws_instance.e"}, res.ids)
	c := res.get(t, "aws_instance.c")
	assert.Equal(t, map[string]any{"ami": "ami-1"}, c.Properties)
	assert.Equal(t, []parser.Path{{"name"}}, c.Unknown)
	assert.Equal(t, "unknown", c.Meta["instances"])
	e := res.get(t, "aws_instance.e")
	assert.Equal(t, map[string]any{"ami": "ami-2"}, e.Properties)
	assert.Equal(t, []parser.Path{{"subnet"}}, e.Unknown)
}

func TestValuesFromLocalsHaveRanges(t *testing.T) {
	fsys := fstest.MapFS{"m/main.tf": {Data: []byte(`locals {
  acls = { defaultAction = "Allow", ipRules = [{ value = "1.2.3.4" }] }
}

resource "azapi_resource" "a" {
  type = "Microsoft.CognitiveServices/accounts@2024-10-01"
  name = "a"
  body = {
    properties = {
      networkAcls = local.acls
      flags       = { for k, v in { x = true, y = null } : k => v if v != null }
    }
  }
}
`)}}
	res := decode(t, fsys, Options{}, "m")
	a := res.get(t, "azapi_resource.a")
	// A scalar that came whole from a local was written at the attribute
	// that uses it: with no range it would read as a provider default.
	acl := a.Ranges["body.properties.networkAcls"]
	assert.Equal(t, 10, acl.Start.Line)
	assert.Equal(t, acl, a.Ranges["body.properties.networkAcls.defaultAction"])
	assert.Equal(t, acl, a.Ranges["body.properties.networkAcls.ipRules[0].value"])
	assert.Equal(t, 11, a.Ranges["body.properties.flags.x"].Start.Line)
}
