package kubernetes

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
)

// covered summarises a suppression for comparison: ids, the lines it
// covers, the line it is written on and whether it has a problem.
type covered struct {
	IDs         []string
	First, Last int
	At          int
	Problem     bool
}

func summarize(ss []parser.Suppression) []covered {
	out := make([]covered, 0, len(ss))
	for _, s := range ss {
		out = append(out, covered{s.IDs, s.First, s.Last, s.Range.Start.Line, s.Problem != ""})
	}
	return out
}

func TestSuppressions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []covered
	}{
		{"above the object", `# posture:ignore K8S-POD-001 reason="GPU driver"
apiVersion: v1
kind: Pod
metadata:
  name: p
`, []covered{{[]string{"K8S-POD-001"}, 2, 5, 1, false}}},
		{"above the object after a document marker", `---
# posture:ignore K8S-POD-001 reason="GPU driver"

apiVersion: v1
kind: Pod
---
kind: Pod
`, []covered{{[]string{"K8S-POD-001"}, 4, 5, 2, false}}},
		{"above an attribute", `apiVersion: v1
kind: Pod
spec:
  containers:
    - name: c
      # posture:ignore K8S-POD-001 reason="x" until=2030-01-01
      securityContext:
        privileged: true
      image: x
`, []covered{{[]string{"K8S-POD-001"}, 7, 8, 6, false}}},
		{"above a list item", `spec:
  containers:
    # posture:ignore K8S-IMG-001 reason="x"
    - name: c
      image: x:latest
    - name: d
`, []covered{{[]string{"K8S-IMG-001"}, 4, 5, 3, false}}},
		{"line comment", `spec:
  privileged: true # posture:ignore K8S-POD-001 reason="x"
`, []covered{{[]string{"K8S-POD-001"}, 2, 2, 2, false}}},
		{"inside a string is not a comment", `metadata:
  annotations:
    note: "# posture:ignore K8S-POD-001 reason=x"
    text: |
      # posture:ignore K8S-POD-001 reason="x"
`, []covered{}},
		{"not YAML", "a: [\n", []covered{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := summarize(fileSuppressions("deploy.yaml", []byte(tc.src)))
			assert.Equal(t, tc.want, got)
			read := summarize(readManifest("deploy.yaml", []byte(tc.src)).suppressions)
			assert.Equal(t, tc.want, read, "reading the manifest finds the same")
		})
	}
}
