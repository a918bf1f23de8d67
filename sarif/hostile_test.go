package sarif_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/testutil/hostile"
	"github.com/posture-dev/posture/sarif"
)

// TestHostile: hostile file names, values and policy metadata give a log
// that is valid SARIF, says nothing a reader's terminal or a CI runner
// would act on, and keeps file locations exact (percent-encoded).
func TestHostile(t *testing.T) {
	rep := hostile.Scan(t)
	// Without suppressions: go-sarif writes a suppression's unset status,
	// location and guid as null, which the schema rejects, hostile input
	// or not.
	var b bytes.Buffer
	require.NoError(t, sarif.Write(&b, rep, sarif.Options{}))
	assert.NotContains(t, b.String(), "##[")
	hostile.AssertNoWorkflowCommand(t, b.String(), false)

	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	assert.NoError(t, schema.Validate(out))

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ShortDescription struct{ Text string } `json:"shortDescription"`
						Help             struct{ Text, Markdown string }
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				Message      struct{ Text string } `json:"message"`
				Suppressions []struct {
					Justification string `json:"justification"`
				} `json:"suppressions"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
			Invocations []struct {
				Notifications []struct {
					Message struct{ Text string } `json:"message"`
				} `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &log))
	run := log.Runs[0]
	uris := map[string]bool{}
	for _, r := range run.Results {
		hostile.AssertNoUnsafe(t, r.Message.Text)
		uris[r.Locations[0].PhysicalLocation.ArtifactLocation.URI] = true
	}
	for _, r := range run.Tool.Driver.Rules {
		hostile.AssertNoUnsafe(t, r.ShortDescription.Text+r.Help.Text+r.Help.Markdown)
	}
	for _, n := range run.Invocations[0].Notifications {
		hostile.AssertNoUnsafe(t, n.Message.Text)
	}
	assert.True(t, uris["esc%1B%5B2J.yaml"], "a control character in a file name is percent-encoded")
	assert.True(t, uris["nl%0A::error%20file=a::injected.yaml"])

	b.Reset()
	require.NoError(t, sarif.Write(&b, rep, sarif.Options{IncludeSuppressed: true}))
	require.NoError(t, json.Unmarshal(b.Bytes(), &log))
	suppressed := 0
	for _, r := range log.Runs[0].Results {
		for _, s := range r.Suppressions {
			hostile.AssertNoUnsafe(t, s.Justification)
			suppressed++
		}
	}
	assert.Equal(t, 1, suppressed)
}
