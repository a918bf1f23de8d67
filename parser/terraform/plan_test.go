package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestPlanAlone(t *testing.T) {
	res := decode(t, fixtureFS(t, "plan"), Options{}, "planonly")
	require.Empty(t, res.diags)
	assert.Equal(t, []string{"aws_s3_bucket.b", "module.m.aws_sqs_queue.q[0]"}, res.ids, "data sources are not resources")
	b := res.get(t, "aws_s3_bucket.b")
	assert.Equal(t, parser.TerraformPlan, b.Format)
	assert.Equal(t, parser.AWS, b.Provider)
	assert.Equal(t, map[string]any{"bucket": "docs", "acl": "private", "versioning": []any{map[string]any{"enabled": true}}},
		b.Properties, "nulls are not set")
	assert.ElementsMatch(t, []parser.Path{{"arn"}, {"id"}}, b.Unknown)
	// Without configuration, ranges point into the plan.
	assert.Equal(t, rng("planonly/tfplan.json", 13, 32, 13, 38), noBytes(b.Ranges["bucket"]))
	assert.Equal(t, rng("planonly/tfplan.json", 13, 99, 13, 103), noBytes(b.Ranges["versioning[0].enabled"]))
	assert.Equal(t, rng("planonly/tfplan.json", 9, 22, 9, 39), noBytes(b.Header))

	q := res.get(t, "module.m.aws_sqs_queue.q[0]")
	assert.Equal(t, "qé", q.Properties["name"])
	assert.Equal(t, "module.m", q.Meta["module"])
}

func TestPlanWithConfiguration(t *testing.T) {
	res := decode(t, fixtureFS(t, "plan"), Options{}, "withconf/tfplan.json")
	require.Empty(t, res.diags)
	assert.Equal(t, []string{"aws_s3_bucket.b", "module.m.aws_sqs_queue.q[0]"}, res.ids)
	b := res.get(t, "aws_s3_bucket.b")
	assert.Equal(t, "docs", b.Properties["bucket"], "values come from the plan")
	// Ranges point at the configuration the plan was made from.
	assert.Equal(t, rng("withconf/main.tf", 4, 12, 4, 20), noBytes(b.Ranges["bucket"]))
	assert.Equal(t, rng("withconf/main.tf", 3, 1, 3, 29), noBytes(b.Header))
	// A value only the plan knows has no range: findings go to the header.
	_, ok := b.Ranges["versioning[0].enabled"]
	assert.False(t, ok)
	assert.Equal(t, b.Header, b.Locate(parser.Path{"versioning", 0, "enabled"}))
}

// TestPlanBesideConfiguration: scanning the directory holds the plan and
// the .tf files it was made from; each resource comes once, from the plan.
func TestPlanBesideConfiguration(t *testing.T) {
	res := decode(t, fixtureFS(t, "plan"), Options{}, "withconf/tfplan.json", "withconf/main.tf")
	require.Empty(t, res.diags)
	assert.Equal(t, []string{"aws_s3_bucket.b", "module.m.aws_sqs_queue.q[0]"}, res.ids)
	assert.Equal(t, "docs", res.get(t, "aws_s3_bucket.b").Properties["bucket"], "values come from the plan")
}

func TestMatchAndUnits(t *testing.T) {
	fsys := fixtureFS(t, "plan")
	d := New(Options{})
	assert.True(t, d.Match("withconf/main.tf", fsys["withconf/main.tf"].Data))
	assert.True(t, d.Match("a/prod.tfvars", nil))
	assert.True(t, d.Match("a/x.auto.tfvars.json", []byte("{}")))
	assert.True(t, d.Match("planonly/tfplan.json", fsys["planonly/tfplan.json"].Data))
	assert.False(t, d.Match("arm/azuredeploy.json", fsys["arm/azuredeploy.json"].Data), "ARM templates are not plans")
	assert.False(t, d.Match("k8s/pod.yaml", []byte("kind: Pod")))

	units := d.Units([]string{"a/main.tf", "b/x.tf", "a/vars.tf", "a/terraform.tfvars", "p/tfplan.json"})
	assert.Equal(t, [][]string{{"p/tfplan.json"}, {"a/main.tf", "a/vars.tf", "a/terraform.tfvars"}, {"b/x.tf"}}, units)
	// A plan beside its configuration stands for it.
	units = d.Units([]string{"a/main.tf", "a/tfplan.json", "b/x.tf"})
	assert.Equal(t, [][]string{{"a/tfplan.json"}, {"b/x.tf"}}, units)
}

func TestPlanInvalidJSON(t *testing.T) {
	fsys := fixtureFS(t, "plan")
	fsys["bad/tfplan.json"] = fsys["planonly/tfplan.json"]
	b := append([]byte(nil), fsys["planonly/tfplan.json"].Data...)
	fsys["bad/tfplan.json"] = &fstest.MapFile{Data: b[:200]}
	res := decode(t, fsys, Options{}, "bad")
	require.Len(t, res.diags, 1)
	assert.Equal(t, parser.DiagError, res.diags[0].Severity)
	assert.Contains(t, res.diags[0].Message, "invalid JSON in plan file")
	assert.Equal(t, "bad/tfplan.json", res.diags[0].Range.File)
	assert.Equal(t, 9, res.diags[0].Range.Start.Line)
}
