package bicep

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
		{"above a decorated resource", `
// posture:ignore AZ-AI-003 reason="rotated keys, see runbook"
@description('x')
resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'a'
  properties: {
    disableLocalAuth: false
  }
}
`, []covered{{[]string{"AZ-AI-003"}, 3, 9, 2, false}}},
		{"above a property", `
resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  properties: {
    /* posture:ignore AZ-AI-003 reason="x" until=2030-01-01 */
    disableLocalAuth: false
  }
}
`, []covered{{[]string{"AZ-AI-003"}, 5, 5, 4, false}}},
		{"after code on the same line", `
resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  properties: {
    disableLocalAuth: false // posture:ignore AZ-AI-003 reason="x"
  }
}
`, []covered{{[]string{"AZ-AI-003"}, 4, 4, 4, false}}},
		{"inside a string is not a comment", `
var s = '// posture:ignore AZ-AI-003 reason="x"'
`, []covered{}},
		{"at the end of the file", `
// posture:ignore AZ-AI-003 reason="x"
`, []covered{{[]string{"AZ-AI-003"}, 0, 0, 2, true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := Parse("main.bicep", []byte(tc.src))
			assert.Equal(t, tc.want, summarize(suppressions(f)))
		})
	}
}
