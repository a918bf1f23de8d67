package scan

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// writeTree writes files (name → content) below a temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

const suppressedTF = `# posture:ignore AZ-AI-003 reason="keys are rotated daily by the platform team"
resource "azurerm_cognitive_account" "a" {
  name                          = "oai-a"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
  local_auth_enabled            = true
}

resource "azurerm_cognitive_account" "b" {
  name                          = "oai-b"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
  # posture:ignore AZ-AI-003 reason="expired exception" until=2020-01-01
  local_auth_enabled            = true
}
`

const suppressedYAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: model-server
  namespace: chat
  annotations:
    posture.dev/ignore: K8S-IMG-001 reason="tag is pinned by the registry's immutability policy"
spec:
  selector:
    matchLabels: {app: model-server}
  template:
    metadata:
      labels: {app: model-server}
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:latest
          # posture:ignore K8S-POD-001
          securityContext:
            privileged: true
`

const suppressedARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-05-01",
      "name": "stgolden",
      "location": "swedencentral",
      "kind": "StorageV2",
      "sku": { "name": "Standard_LRS" },
      "metadata": { "posture": { "ignore": [
        { "id": "AZ-ST-002", "reason": "legacy clients until the migration", "until": "2099-12-31" },
        { "id": "AZ-AI-001", "reason": "nothing to suppress here" }
      ] } },
      "properties": { "minimumTlsVersion": "TLS1_1" }
    }
  ]
}
`

var testEngine = func() func(t *testing.T) *policies.Engine {
	var eng *policies.Engine
	return func(t *testing.T) *policies.Engine {
		t.Helper()
		if eng == nil {
			var err error
			eng, err = NewEngine(nil, policies.Options{Only: []string{"AZ-AI-003", "AZ-AI-001", "AZ-ST-002", "K8S-POD-001", "K8S-IMG-001"}})
			require.NoError(t, err)
		}
		return eng
	}
}()

func suppressionsOf(rep *result.Report) map[string]string {
	out := map[string]string{}
	for _, f := range rep.Findings {
		k := f.RuleID + " " + f.ResourceID
		if f.Suppression == nil {
			out[k] = "open"
		} else {
			out[k] = f.Suppression.Kind + ": " + f.Suppression.Reason
		}
	}
	return out
}

func TestRunSuppressions(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": suppressedTF, "deploy.yaml": suppressedYAML, "template.json": suppressedARM})
	eng := testEngine(t)
	now := time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	rep, err := Run(context.Background(), Options{WorkDir: dir, Engine: eng, Process: ProcessOptions{Now: now}})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{
		"AZ-AI-003 azurerm_cognitive_account.a":                "inline: keys are rotated daily by the platform team",
		"AZ-AI-003 azurerm_cognitive_account.b":                "open",
		"K8S-IMG-001 apps/v1/Deployment/chat/model-server":     "inline: tag is pinned by the registry's immutability policy",
		"K8S-POD-001 apps/v1/Deployment/chat/model-server":     "open",
		"AZ-ST-002 Microsoft.Storage/storageAccounts/stgolden": "inline: legacy clients until the migration",
	}, suppressionsOf(rep))
	var diags []string
	for _, d := range rep.Diagnostics {
		diags = append(diags, d.Severity.String()+" "+d.Range.String()+" "+d.Message)
	}
	assert.Contains(t, diags, "warning deploy.yaml:18:11 posture:ignore has no reason: add reason=\"why this is accepted\"; it suppresses nothing")
	assert.Contains(t, diags, "warning main.tf:19:3 posture:ignore AZ-AI-003 expired on 2020-01-01 (reason: expired exception); its findings are reported again: fix them or extend until=")
	require.Len(t, diags, 3)
	assert.Regexp(t, `^note template.json:\d+:\d+ posture:ignore AZ-AI-001 matches no finding here`, diags[2])

	rep, err = Run(context.Background(), Options{WorkDir: dir, Engine: eng, Process: ProcessOptions{Now: now, NoIgnore: true}})
	require.NoError(t, err)
	for k, v := range suppressionsOf(rep) {
		assert.Equal(t, "open", v, "--no-ignore shows %s", k)
	}
	assert.Empty(t, rep.Diagnostics)
}

func TestRunScopeAndBaseline(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"infra/main.tf": `resource "azurerm_cognitive_account" "a" {
  name                          = "oai-a"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
  local_auth_enabled            = true
}
`,
		"infra/second.tf": `resource "azurerm_cognitive_account" "b" {
  name                          = "oai-b"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
  local_auth_enabled            = var.keys
}
`,
		"infra/vars.tf":          "variable \"keys\" {\n  default = false\n}\n",
		"infra/.auto.tfvars":     "",
		"infra/prod.auto.tfvars": "keys = true\n",
	})
	eng := testEngine(t)
	resources := func(rep *result.Report) []string {
		var out []string
		for _, f := range rep.Findings {
			out = append(out, f.ResourceID+"@"+f.Range.File)
		}
		return out
	}
	// Scanning one file evaluates its whole module but reports only the
	// findings located in it (or whose value comes from it).
	rep, err := Run(context.Background(), Options{WorkDir: dir, Paths: []string{"infra/main.tf"}, Engine: eng})
	require.NoError(t, err)
	assert.Equal(t, []string{"azurerm_cognitive_account.a@infra/main.tf"}, resources(rep))
	rep, err = Run(context.Background(), Options{WorkDir: dir, Paths: []string{"infra/prod.auto.tfvars"}, Engine: eng})
	require.NoError(t, err)
	assert.Equal(t, []string{"azurerm_cognitive_account.b@infra/second.tf"}, resources(rep))
	rep, err = Run(context.Background(), Options{WorkDir: dir, Paths: []string{"infra/main.tf"}, Engine: eng, Process: ProcessOptions{AllFindings: true}})
	require.NoError(t, err)
	assert.Len(t, rep.Findings, 2)

	// A baseline of the whole directory accepts both; a new finding is not in it.
	all, err := Run(context.Background(), Options{WorkDir: dir, Engine: eng})
	require.NoError(t, err)
	require.Len(t, all.Findings, 2)
	base := NewBaseline(all)
	base.set = map[string]bool{all.Findings[0].Fingerprint: true}
	rep, err = Run(context.Background(), Options{WorkDir: dir, Engine: eng, Process: ProcessOptions{Baseline: base}})
	require.NoError(t, err)
	require.Len(t, rep.Findings, 2)
	assert.Equal(t, "baseline", rep.Findings[0].Suppression.Kind)
	assert.Nil(t, rep.Findings[1].Suppression)
}
