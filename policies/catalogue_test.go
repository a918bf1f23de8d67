package policies_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser/terraform/azurerm"
	"github.com/posture-dev/posture/policies"
)

var (
	armType = regexp.MustCompile(`^Microsoft\.[A-Za-z]+(/[A-Za-z]+)+$`)
	tfType  = regexp.MustCompile(`^(aws|google|azurerm|azapi)_[a-z0-9_]+$`)
	k8sType = regexp.MustCompile(`^([a-z0-9.-]+/)?[A-Z][A-Za-z]+$`)
)

// The score controls of POLICIES.md §7.2.
var controls = map[string]bool{
	"Secure management ports": true, "Restrict unauthorized network access": true,
	"Manage access and permissions": true, "Enable encryption at rest": true,
	"Encrypt data in transit": true, "Remediate security configurations": true,
	"Enable auditing and logging": true, "Enable enhanced security features": true,
	"Implement security best practices": true,
}

// TestCatalogueMetadata checks what every built-in rule must declare, and
// that its resource types are ones the parsers produce.
func TestCatalogueMetadata(t *testing.T) {
	lib := policies.BuiltinLibrary(t)
	mappedARM := map[string]bool{}
	for _, arm := range azurerm.Types() {
		mappedARM[arm] = true
	}
	seen := map[string]bool{}
	for _, r := range lib.Rules {
		t.Run(r.ID, func(t *testing.T) {
			assert.False(t, seen[r.ID], "duplicate id")
			seen[r.ID] = true
			assert.Regexp(t, `^(AZ|AWS|GCP|K8S)-[A-Z0-9]+-\d{3}$`, r.ID)
			assert.NotEmpty(t, r.Title)
			assert.NotEmpty(t, r.Description, "description (the rationale)")
			assert.NotEmpty(t, r.Formats)
			assert.True(t, controls[r.Control], "custom.control %q is not a §7.2 control", r.Control)
			assert.NotEmpty(t, r.Since)
			for _, f := range r.Formats {
				assert.NotEmpty(t, r.RemediationFor(f), "remediation for %s", f)
			}
			assert.Contains(t, []string{"azure", "aws", "gcp", "kubernetes"}, r.Provider)
			assert.True(t, strings.HasPrefix(r.File, "policies/"+r.Provider+"/"), "%s lives under its provider", r.File)
			for _, typ := range r.ResourceTypes {
				switch r.Provider {
				case "azure":
					if armType.MatchString(typ) {
						if contains(r.Formats, "terraform") && !mappedARM[typ] {
							// An ARM type the azurerm mapping does not produce
							// is still reached through azapi_resource.
							t.Logf("%s: %s comes from ARM and azapi_resource only", r.ID, typ)
						}
						continue
					}
					assert.Regexp(t, tfType, typ, "an Azure type is an ARM type or an unmapped azurerm type")
				case "aws", "gcp":
					assert.Regexp(t, tfType, typ)
					assert.True(t, strings.HasPrefix(typ, map[string]string{"aws": "aws_", "gcp": "google_"}[r.Provider]), typ)
				case "kubernetes":
					assert.Regexp(t, k8sType, typ)
				}
			}
		})
	}
}

// TestCatalogueMatchesSpecification compares the ids with the policy
// specifications: the first catalogue's (POLICIES.md, when the shared
// workspace is beside the repository) and the later ones kept in the
// repository (docs/spec/*.md), one table row per control.
func TestCatalogueMatchesSpecification(t *testing.T) {
	first, err := os.ReadFile("../../shared/POLICIES.md")
	if err != nil {
		t.Skip("POLICIES.md not found beside the repository")
	}
	specs := [][]byte{first}
	later, err := filepath.Glob("../docs/spec/*.md")
	require.NoError(t, err)
	for _, name := range later {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		specs = append(specs, b)
	}
	row := regexp.MustCompile(`(?m)^\| ((?:AZ|AWS|GCP|K8S)-[A-Z0-9]+-\d{3}) \|`)
	want := map[string]bool{}
	for _, spec := range specs {
		for _, m := range row.FindAllStringSubmatch(string(spec), -1) {
			want[m[1]] = true
		}
	}
	lib := policies.BuiltinLibrary(t)
	got := map[string]bool{}
	for _, r := range lib.Rules {
		got[r.ID] = true
	}
	assert.Equal(t, keys(want), keys(got), "every built-in rule has a specification row, and every row a rule")
	assert.GreaterOrEqual(t, len(got), 154, "the first catalogue ships whole")
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
