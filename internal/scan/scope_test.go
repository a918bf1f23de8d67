package scan

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func TestScopeStage(t *testing.T) {
	t.Parallel()
	fs := []policies.Finding{
		finding("A-B-001", "infra/main.tf", 3, "r1"),
		finding("A-B-002", "infra/other.tf", 3, "r2"),
		finding("A-B-003", "modules/x/main.tf", 3, "r3"),
		finding("A-B-004", "k8s/deploy.yaml", 3, "r4"),
		finding("A-B-005", "../outside/main.tf", 3, "r6"),
	}
	fromVars := finding("A-B-006", "infra/other.tf", 4, "r5")
	fromVars.Related = []parser.Range{{File: "infra/prod.tfvars"}}
	fs = append(fs, fromVars)

	tests := []struct {
		name  string
		files []string
		dirs  []string
		want  []string
	}{
		{"one file", []string{"infra/main.tf"}, nil, []string{"A-B-001@infra/main.tf"}},
		{"a tfvars file keeps the findings its values cause", []string{"infra/prod.tfvars"}, nil, []string{"A-B-006@infra/other.tf"}},
		{"a file and a directory", []string{"infra/main.tf"}, []string{"k8s"}, []string{"A-B-001@infra/main.tf", "A-B-004@k8s/deploy.yaml"}},
		{"the current directory", []string{"x.tf"}, []string{"."}, []string{"A-B-001@infra/main.tf", "A-B-002@infra/other.tf", "A-B-003@modules/x/main.tf", "A-B-004@k8s/deploy.yaml", "A-B-006@infra/other.tf"}},
		{"nothing", []string{"none.tf"}, nil, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, diags := scopeStage(inPaths(tc.files, tc.dirs)).run(fs)
			assert.Equal(t, tc.want, ids(got))
			assert.Empty(t, diags)
		})
	}
}
