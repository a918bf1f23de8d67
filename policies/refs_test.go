package policies

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
)

// Two example configurations call one module: the module's resources have
// the same address and the same file in both, and a reference from one
// example must reach the resource of that example, not of the other.
func TestReferencesStayInTheirRoot(t *testing.T) {
	called := func(file string) map[string][]parser.Range {
		return map[string][]parser.Range{"": {{File: file}}}
	}
	vpc := func(rootFile string) parser.Resource {
		return parser.Resource{ID: "module.vpc.aws_vpc.this[0]", Range: parser.Range{File: "vpc/main.tf"}, Origins: called(rootFile)}
	}
	rs := []parser.Resource{
		vpc("examples/simple/main.tf"),
		vpc("examples/flow-log/main.tf"),
		{
			ID: "module.flow_log.aws_flow_log.this[0]", Range: parser.Range{File: "vpc/modules/flow-log/main.tf"},
			Origins: called("examples/flow-log/main.tf"),
			Refs:    []parser.Ref{{Path: parser.Path{"vpc_id"}, Target: "module.vpc.aws_vpc.this[0]"}},
		},
		// Without module calls the same file, then the same directory, wins.
		{ID: "aws_s3_bucket.b", Range: parser.Range{File: "a/main.tf"}},
		{ID: "aws_s3_bucket.b", Range: parser.Range{File: "b/main.tf"}},
		{
			ID: "aws_s3_bucket_versioning.v", Range: parser.Range{File: "b/versioning.tf"},
			Refs: []parser.Ref{{Path: parser.Path{"bucket"}, Target: "aws_s3_bucket.b"}},
		},
	}
	keys := uniqueKeys(rs)
	assert.Equal(t, []string{
		"module.vpc.aws_vpc.this[0]@examples/simple/main.tf",
		"module.vpc.aws_vpc.this[0]@examples/flow-log/main.tf",
		"module.flow_log.aws_flow_log.this[0]",
		"aws_s3_bucket.b@a/main.tf",
		"aws_s3_bucket.b@b/main.tf",
		"aws_s3_bucket_versioning.v",
	}, keys)
	targets := resolveRefs(rs, keys)
	assert.Equal(t, []string{"module.vpc.aws_vpc.this[0]@examples/flow-log/main.tf"}, targets[2])
	assert.Equal(t, []string{"aws_s3_bucket.b@b/main.tf"}, targets[5])
}
