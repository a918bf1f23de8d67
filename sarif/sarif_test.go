package sarif_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/internal/testutil"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
	"github.com/posture-dev/posture/sarif"
)

func write(t *testing.T, opts sarif.Options) []byte {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	var b bytes.Buffer
	require.NoError(t, sarif.Write(&b, rep, opts))
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	testutil.Golden(t, "testdata/scan.sarif", write(t, sarif.Options{}))
}

// TestSchema validates the output against the SARIF 2.1.0 JSON schema
// (testdata/sarif-schema-2.1.0.json, from Microsoft's sarif-sdk).
func TestSchema(t *testing.T) {
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)

	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(write(t, sarif.Options{Category: "iac"})))
	require.NoError(t, err)
	assert.NoError(t, schema.Validate(out))
}

func TestGitHubEssentials(t *testing.T) {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string         `json:"id"`
						Help       map[string]any `json:"help"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			AutomationDetails map[string]any `json:"automationDetails"`
			Results           []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
						Region map[string]int `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
			Invocations []struct {
				Notifications []map[string]any `json:"toolExecutionNotifications"`
			} `json:"invocations"`
		} `json:"runs"`
	}
	raw := write(t, sarif.Options{Category: "infra"})
	require.NoError(t, json.Unmarshal(raw, &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "infra/", run.AutomationDetails["id"])
	require.NotEmpty(t, run.Tool.Driver.Rules)
	for _, r := range run.Tool.Driver.Rules {
		assert.NotEmpty(t, r.Help["markdown"], r.ID)
		assert.IsType(t, "", r.Properties["security-severity"], "GitHub reads security-severity as a string")
		assert.Contains(t, r.Properties["tags"], "security")
	}
	require.Len(t, run.Results, 4)
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
		assert.False(t, strings.HasPrefix(loc.ArtifactLocation.URI, "/"), "no absolute path: %s", loc.ArtifactLocation.URI)
		assert.Positive(t, loc.Region["startLine"])
		assert.Positive(t, loc.Region["startColumn"])
		assert.NotEmpty(t, res.PartialFingerprints["primaryLocationLineHash"])
		assert.Len(t, res.PartialFingerprints["postureFingerprint/v1"], 32)
	}
	require.Len(t, run.Invocations, 1)
	assert.NotEmpty(t, run.Invocations[0].Notifications, "the broken module is a tool notification")
	assert.NotContains(t, string(raw), "/work/", "no machine path in the log")
}

// TestFixesApply applies each result's fixes as a SARIF consumer would,
// by charOffset and charLength in code points, and checks that the files
// come out as posture's own fix.Apply makes them.
func TestFixesApply(t *testing.T) {
	rep := testutil.ScanScenario(t, "../testdata/scan")
	var b bytes.Buffer
	require.NoError(t, sarif.Write(&b, rep, sarif.Options{}))
	var log struct {
		Runs []struct {
			Results []struct {
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Fixes               []struct {
					ArtifactChanges []struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Replacements []struct {
							DeletedRegion struct {
								StartLine, StartColumn, EndLine, EndColumn int
								CharOffset                                 *int `json:"charOffset"`
								CharLength                                 *int `json:"charLength"`
							} `json:"deletedRegion"`
							InsertedContent *struct {
								Text string `json:"text"`
							} `json:"insertedContent"`
						} `json:"replacements"`
					} `json:"artifactChanges"`
				} `json:"fixes"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &log))
	byFingerprint := map[string]*policies.Finding{}
	for i := range rep.Findings {
		byFingerprint[rep.Findings[i].Fingerprint] = &rep.Findings[i]
	}
	fixed := 0
	for i, res := range log.Runs[0].Results {
		f := byFingerprint[res.PartialFingerprints["postureFingerprint/v1"]]
		require.NotNil(t, f)
		if len(res.Fixes) == 0 {
			assert.Nil(t, f.Fix, "result %d has no fixes but its finding has one", i)
			continue
		}
		require.NotNil(t, f.Fix, "result %d has fixes but its finding none", i)
		fixed++
		want := fix.Apply(sourceOf(t, rep, f.Fix), []*policies.Fix{f.Fix})
		for _, ch := range res.Fixes[0].ArtifactChanges {
			name := strings.TrimPrefix(ch.ArtifactLocation.URI, "testdata/scan/")
			src, ok := rep.SourceBytes(name)
			require.True(t, ok, name)
			text := []rune(string(src))
			// Replacements apply from the last, so that offsets hold.
			for j := len(ch.Replacements) - 1; j >= 0; j-- {
				r := ch.Replacements[j]
				require.NotNil(t, r.DeletedRegion.CharOffset)
				off, n := *r.DeletedRegion.CharOffset, *r.DeletedRegion.CharLength
				ins := ""
				if r.InsertedContent != nil {
					ins = r.InsertedContent.Text
				}
				text = append(append(append([]rune{}, text[:off]...), []rune(ins)...), text[off+n:]...)
			}
			assert.Equal(t, string(want.Files[name]), string(text), name)
		}
	}
	assert.NotZero(t, fixed, "the scenario has no finding with a fix")
}

func sourceOf(t *testing.T, rep *result.Report, fx *policies.Fix) map[string][]byte {
	out := map[string][]byte{}
	for _, n := range fix.Names([]*policies.Fix{fx}) {
		b, ok := rep.SourceBytes(n)
		require.True(t, ok, n)
		out[n] = b
	}
	return out
}
