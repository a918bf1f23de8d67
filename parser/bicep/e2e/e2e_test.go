// Package e2e evaluates the built-in policies on resources read from
// Bicep. It is a package of its own so that the policy engine stays out
// of the parser's test binary, whose fuzz targets it would slow down.
package e2e

import (
	"context"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
	"github.com/posture-dev/posture/parser/bicep"
	"github.com/posture-dev/posture/policies"
)

type lc struct{ L1, C1, L2, C2 int }

func lcOf(r parser.Range) lc { return lc{r.Start.Line, r.Start.Column, r.End.Line, r.End.Column} }

func engine(t *testing.T, only ...string) *policies.Engine {
	t.Helper()
	lib, err := policies.LoadBuiltin()
	require.NoError(t, err)
	eng, err := policies.New(lib, policies.Options{Only: only})
	require.NoError(t, err)
	return eng
}

// TestExample scans examples/bicep/main.bicep and finds AZ-AI-003 on the
// line of disableLocalAuth.
func TestExample(t *testing.T) {
	src := parser.NewSource(os.DirFS("../../../examples/bicep"))
	rs, diags := bicep.DecodeFile(context.Background(), src, "main.bicep", "")
	for _, d := range diags {
		require.NotEqual(t, parser.DiagError, d.Severity, d.String())
	}
	res, err := engine(t, "AZ-AI-003").Evaluate(context.Background(), rs, nil)
	require.NoError(t, err)
	require.Len(t, res.Findings, 1)
	f := res.Findings[0]
	assert.Equal(t, "main.bicep", f.Range.File)
	assert.Equal(t, lc{27, 23, 27, 33}, lcOf(f.Range))
	assert.Equal(t, "oai-fabrikam", f.ResourceName, "main.parameters.json beside it gives the prefix")
}

// TestAzdProject: findings of an azd-style project land in the module
// files, and the locked-down search service has none.
func TestAzdProject(t *testing.T) {
	src := parser.NewSource(os.DirFS("../testdata/azd"))
	res, err := parser.Parse(context.Background(), src, []string{"."}, []parser.Decoder{bicep.New(bicep.Options{})})
	require.NoError(t, err)
	out, err := engine(t, "AZ-AI").Evaluate(context.Background(), res.Resources, nil)
	require.NoError(t, err)
	var lines []string
	for _, f := range out.Findings {
		lines = append(lines, f.RuleID+" "+f.Range.String())
		assert.NotEqual(t, "Microsoft.Search/searchServices", f.ResourceType, "the search service is locked down: %s", f.Message)
	}
	assert.Contains(t, lines, "AZ-AI-002 infra/core/ai/cognitiveservices.bicep:23:26", "public network access, on the module's line")
}

const quickstartDir = "../../../../shared/corpus/arm/azure-quickstart-templates"

// stale are the pairs whose compiled JSON is older than the .bicep, or
// was written by a compiler with another type catalog (see
// knownDifferences in package bicep).
var stale = map[string]bool{
	"quickstarts/microsoft.healthcareapis/fhir-import":                                 true,
	"quickstarts/microsoft.web/webapp-windows-with-privateendpoint-applicationgateway": true,
	"quickstarts/microsoft.network/azure-bastion":                                      true,
	"quickstarts/microsoft.documentdb/cosmosdb-mongodb-autoscale":                      true,
	"quickstarts/microsoft.insights/insights-alertrules-application-insights":          true,
}

// besideParams shows each template's azuredeploy.parameters.json as the
// main.parameters.json beside main.bicep, so both sides get the same
// values.
type besideParams struct{ fs.FS }

func (b besideParams) Open(name string) (fs.File, error) {
	if path.Base(name) == "main.parameters.json" {
		name = path.Join(path.Dir(name), "azuredeploy.parameters.json")
	}
	return b.FS.Open(name)
}

// TestDifferentialFindings evaluates the policies on each main.bicep of
// the quickstarts and on the azuredeploy.json compiled from it: the
// findings agree by rule and resource on every pair whose modules are in
// the corpus, and no pair reports a finding its compiled JSON does not.
func TestDifferentialFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	if _, err := os.Stat(quickstartDir); err != nil {
		t.Skip("corpus not present")
	}
	src := parser.NewSource(besideParams{os.DirFS(quickstartDir)})
	eng := engine(t)
	dec := arm.New(arm.Options{})
	findings := func(rs []parser.Resource) map[string]bool {
		res, err := eng.Evaluate(context.Background(), rs, nil)
		require.NoError(t, err)
		out := map[string]bool{}
		for _, f := range res.Findings {
			out[f.RuleID+" "+f.ResourceType+" "+f.ResourceName] = true
		}
		return out
	}
	agree, compared, total := 0, 0, 0
	err := filepath.WalkDir(quickstartDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "main.bicep" {
			return err
		}
		rel, _ := filepath.Rel(quickstartDir, filepath.Dir(p))
		dir := filepath.ToSlash(rel)
		j, err := src.ReadFile(path.Join(dir, "azuredeploy.json"))
		if err != nil || !strings.Contains(string(j), `"name": "bicep"`) || stale[dir] {
			return nil
		}
		want, _, _ := dec.Decode(context.Background(), src, []string{path.Join(dir, "azuredeploy.json")})
		got, diags := bicep.DecodeFile(context.Background(), src, path.Join(dir, "main.bicep"), "")
		incomplete := false
		for _, d := range diags {
			if strings.Contains(d.Message, "registry module") || strings.Contains(d.Message, "cannot be read") {
				incomplete = true
			}
		}
		fw, fg := findings(want), findings(got)
		for k := range fg {
			if !fw[k] {
				t.Errorf("%s: extra finding %s", dir, k)
			}
		}
		if incomplete {
			// Resources of modules not in the corpus are missing.
			return nil
		}
		compared++
		total += len(fw)
		same := true
		for k := range fw {
			if !fg[k] {
				same = false
				t.Errorf("%s: missing finding %s", dir, k)
			}
		}
		if same && len(fw) == len(fg) {
			agree++
		}
		return nil
	})
	require.NoError(t, err)
	t.Logf("findings agree on %d/%d pairs (%d findings from the compiled JSON)", agree, compared, total)
}
