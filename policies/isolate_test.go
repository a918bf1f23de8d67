package policies

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// A resource whose values make one rule fail at run time (here two
// definitions of v conflict) costs that rule only: the others of its group
// are evaluated alone, with data.posture as in the shared query.
func TestFailingRuleIsolated(t *testing.T) {
	dir := t.TempDir()
	head := "# METADATA\n# title: T\n# custom:\n#   id: ACME-%s-001\n#   severity: high\n#   resource_types: [aws_s3_bucket]\npackage acme.%s\n\n"
	files := map[string]string{
		"a.rego": fmt.Sprintf(head, "A", "a") + "deny contains {\"msg\": \"a\"} if { count(data.posture.resources) > 0 }\n",
		"b.rego": fmt.Sprintf(head, "B", "b") + "v := input.resource.x\n\nv := input.resource.y\n\ndeny contains {\"msg\": \"b\"} if { v }\n",
	}
	for name, src := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	lib, err := LoadBuiltin()
	require.NoError(t, err)
	require.NoError(t, lib.AddDir(dir))
	eng, err := New(lib, Options{Only: []string{"ACME"}})
	require.NoError(t, err)

	bucket := func(x, y int) []parser.Resource {
		return []parser.Resource{{ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Properties: map[string]any{"x": x, "y": y}}}
	}
	res, err := eng.Evaluate(context.Background(), bucket(1, 1), nil)
	require.NoError(t, err)
	assert.Len(t, res.Findings, 2)
	assert.Empty(t, res.Diagnostics)

	res, err = eng.Evaluate(context.Background(), bucket(1, 2), nil)
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	assert.Equal(t, "ACME-A-001", res.Findings[0].RuleID)
	require.Len(t, res.Diagnostics, 1)
	assert.Contains(t, res.Diagnostics[0].Message, "policy ACME-B-001")
	assert.Contains(t, res.Diagnostics[0].Message, "eval_conflict_error")
}
