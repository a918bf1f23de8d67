package bicep

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func decodeFiles(t *testing.T, files map[string]string, main, paramFile string) ([]parser.Resource, []parser.Diagnostic) {
	t.Helper()
	fsys := fstest.MapFS{}
	for n, c := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(c)}
	}
	return DecodeFile(context.Background(), parser.NewSource(fsys), main, paramFile)
}

func resource(t *testing.T, rs []parser.Resource, typ, name string) parser.Resource {
	t.Helper()
	for _, r := range rs {
		if r.Type == typ && (r.Name == name || name == "") {
			return r
		}
	}
	var have []string
	for _, r := range rs {
		have = append(have, r.Type+" "+r.Name)
	}
	require.Failf(t, "no resource", "%s %s among %v", typ, name, have)
	return parser.Resource{}
}

type lc struct{ L1, C1, L2, C2 int }

func lcOf(r parser.Range) lc { return lc{r.Start.Line, r.Start.Column, r.End.Line, r.End.Column} }

func TestTranslateConstructs(t *testing.T) {
	src := `param prefix string = 'ct'
param allowKeys bool = true
param names array = [
  'a'
  'b'
]
var tags = {
  env: 'dev'
}
var upper = [for n in names: toUpper(n)]

resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-${prefix}'
  location: 'westeurope'
  kind: 'OpenAI'
  tags: tags
  properties: {
    disableLocalAuth: !allowKeys
    publicNetworkAccess: allowKeys ? 'Enabled' : 'Disabled'
    customSubDomainName: acct.name
  }

  resource dep 'deployments' = {
    name: 'gpt'
  }
}

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = [for (n, i) in names: if (n != 'b') {
  name: 'st${n}${i}'
  location: 'westeurope'
  properties: {
    ips: [for ip in ['1.1.1.1', '2.2.2.2']: {
      value: ip
    }]
    minimumTlsVersion: upper[i]
  }
}]

resource blob 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: st[0]
  name: 'default'
}

resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv'
}

resource pe 'Microsoft.Network/privateEndpoints@2023-05-01' = {
  name: 'pe'
  properties: {
    target: acct.id
    endpoint: acct.properties.?endpoint ?? 'none'
    vault: kv.properties.vaultUri
  }
}

output id string = acct.id
`
	rs, diags := decodeFiles(t, map[string]string{"main.bicep": src}, "main.bicep", "")
	for _, d := range diags {
		assert.NotEqual(t, parser.DiagError, d.Severity, d.String())
	}
	acct := resource(t, rs, "Microsoft.CognitiveServices/accounts", "oai-ct")
	props := acct.Properties["properties"].(map[string]any)
	assert.Equal(t, false, props["disableLocalAuth"])
	assert.Equal(t, "Enabled", props["publicNetworkAccess"])
	assert.Equal(t, "oai-ct", props["customSubDomainName"])
	assert.Equal(t, map[string]any{"env": "dev"}, acct.Properties["tags"])
	// The value's range is on the .bicep line.
	assert.Equal(t, lc{18, 23, 18, 33}, lcOf(acct.Locate(parser.Path{"properties", "disableLocalAuth"})))
	assert.Equal(t, lc{12, 1, 12, 64}, lcOf(acct.Header))
	assert.Equal(t, "main.bicep", acct.Header.File)
	assert.Equal(t, []parser.Range{{File: "main.bicep", Start: parser.Pos{Line: 2, Column: 24, Byte: 50}, End: parser.Pos{Line: 2, Column: 28, Byte: 54}}}, acct.Origins["properties.disableLocalAuth"])

	dep := resource(t, rs, "Microsoft.CognitiveServices/accounts/deployments", "gpt")
	assert.Equal(t, "oai-ct/gpt", dep.Properties["name"])

	// The loop's filter drops "b"; property loops and variable loops.
	st := resource(t, rs, "Microsoft.Storage/storageAccounts", "sta0")
	assert.Equal(t, []any{map[string]any{"value": "1.1.1.1"}, map[string]any{"value": "2.2.2.2"}}, st.Properties["properties"].(map[string]any)["ips"])
	assert.Equal(t, "A", st.Properties["properties"].(map[string]any)["minimumTlsVersion"])
	for _, r := range rs {
		assert.NotEqual(t, "stb1", r.Name)
	}
	blob := resource(t, rs, "Microsoft.Storage/storageAccounts/blobServices", "default")
	assert.Equal(t, "sta0/default", blob.Properties["name"])

	// existing resources are not reported; their properties are unknown.
	for _, r := range rs {
		assert.NotEqual(t, "Microsoft.KeyVault/vaults", r.Type)
	}
	pe := resource(t, rs, "Microsoft.Network/privateEndpoints", "pe")
	pp := pe.Properties["properties"].(map[string]any)
	assert.Contains(t, pp["target"], "/providers/Microsoft.CognitiveServices/accounts/oai-ct")
	assert.Equal(t, "none", pp["endpoint"])
	assert.NotContains(t, pp, "vault")
}

func TestModulesAndParams(t *testing.T) {
	files := map[string]string{
		"main.bicep": `param sku string = 'S0'
param region string
module ai 'modules/ai.bicep' = {
  name: 'ai'
  params: {
    name: 'oai'
    keys: true
    sku: sku
  }
}
module reg 'br/public:avm/res/foo:1.0.0' = {
  name: 'reg'
}
resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: ai.outputs.stName
  location: region
}
`,
		"modules/ai.bicep": `param name string
param keys bool
param sku string
resource acct 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  sku: {
    name: sku
  }
  properties: {
    disableLocalAuth: !keys
  }
}
output stName string = 'st${name}'
`,
		"main.bicepparam": `using 'main.bicep'
param sku = 'S1'
`,
		"main.parameters.json": `{"parameters": {"region": {"value": "${AZURE_LOCATION}"}, "sku": {"value": "${SKU=S2}"}}}`,
	}
	rs, diags := decodeFiles(t, files, "main.bicep", "main.bicepparam")
	acct := resource(t, rs, "Microsoft.CognitiveServices/accounts", "oai")
	assert.Equal(t, "modules/ai.bicep", acct.Range.File)
	assert.Equal(t, lc{10, 23, 10, 28}, lcOf(acct.Locate(parser.Path{"properties", "disableLocalAuth"})))
	assert.Equal(t, "S1", acct.Properties["sku"].(map[string]any)["name"], "the .bicepparam wins")
	st := resource(t, rs, "Microsoft.Storage/storageAccounts", "stoai")
	assert.NotContains(t, st.Properties, "location", "an azd ${VAR} is unknown")
	var noted bool
	for _, d := range diags {
		if d.Severity == parser.DiagNote && d.Range.Start.Line == 11 {
			noted = true
		}
	}
	assert.True(t, noted, "a registry module is noted: %v", diags)

	// Without the .bicepparam, azd's default after '=' applies.
	rs, _ = decodeFiles(t, files, "main.bicep", "")
	acct = resource(t, rs, "Microsoft.CognitiveServices/accounts", "oai")
	assert.Equal(t, "S2", acct.Properties["sku"].(map[string]any)["name"])
}

func TestModuleCycle(t *testing.T) {
	files := map[string]string{
		"a.bicep": "module b 'b.bicep' = {\n  name: 'b'\n}\n",
		"b.bicep": "module a 'a.bicep' = {\n  name: 'a'\n}\nresource x 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n}\n",
	}
	rs, diags := decodeFiles(t, files, "a.bicep", "")
	resource(t, rs, "Microsoft.Storage/storageAccounts", "x")
	var cycle bool
	for _, d := range diags {
		if d.Severity == parser.DiagWarning && d.Range.File == "b.bicep" {
			cycle = true
		}
	}
	assert.True(t, cycle, "%v", diags)
}

func TestHostileNamesAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("resource r0 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n}\n")
	for i := 1; i < 60; i++ {
		fmt.Fprintf(&b, "resource r%d 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: '${r%d.name}${r%d.name}'\n}\n", i, i-1, i-1)
	}
	// A cycle, which Bicep rejects.
	b.WriteString("resource c1 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: c2.name\n}\n")
	b.WriteString("resource c2 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: c1.name\n}\n")
	rs, _ := decodeFiles(t, map[string]string{"main.bicep": b.String()}, "main.bicep", "")
	assert.NotEmpty(t, rs)
}

func TestParentCycle(t *testing.T) {
	src := "resource a 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {\n  parent: b\n  name: 'a'\n}\n" +
		"resource b 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {\n  parent: a\n  name: 'b'\n}\n"
	rs, diags := decodeFiles(t, map[string]string{"main.bicep": src}, "main.bicep", "")
	assert.Len(t, rs, 2)
	assert.NotEmpty(t, diags)
}

func TestTranslateExpressions(t *testing.T) {
	files := map[string]string{
		"main.bicep": `param regions array = [
  'westeurope'
  'northeurope'
]
param settings object = {
  a: 1
  b: 2
}
param maybe object = {}

func prefixed(name string) string => 'pre-${name}'

var base = {
  kind: 'StorageV2'
}
var merged = {
  ...base
  sku: {
    name: 'Standard_LRS'
  }
}
var doubled = map(regions, r => '${r}-2')
var last = regions[^1]

resource vnet 'Microsoft.Network/virtualNetworks@2023-05-01' = {
  name: prefixed('vnet')
  properties: {
    subnets: [for (kv, i) in items(settings): {
      name: '${kv.key}${i}'
      properties: {
        size: kv.value
      }
    }]
  }

  resource sub 'subnets' = {
    name: 'inner'
  }
}

resource nsg 'Microsoft.Network/networkSecurityGroups@2023-05-01' = {
  name: 'nsg'
  properties: {
    subnetName: vnet::sub.name
    subnetId: vnet::sub.id
    kind: merged.kind
    sku: merged.sku.name
    doubled: doubled
    last: last
    missing: maybe.?x ?? 'fallback'
    forced: settings.a!
    '${last}': 'key'
  }
}

module st 'st.json' = [for (r, i) in regions: if (i == 0) {
  name: 'st-${r}'
  params: {
    name: 'st${i}'
  }
}]

output names array = [for i in range(0, 2): st[0].outputs.made.value]
`,
		"st.json": `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {"name": {"type": "string"}},
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "[parameters('name')]",
    "properties": {"allowBlobPublicAccess": true}}],
  "outputs": {"made": {"type": "string", "value": "[parameters('name')]"}}
}`,
	}
	rs, diags := decodeFiles(t, files, "main.bicep", "")
	for _, d := range diags {
		assert.Equal(t, parser.DiagNote, d.Severity, d.String())
	}
	vnet := resource(t, rs, "Microsoft.Network/virtualNetworks", "pre-vnet")
	assert.Equal(t, []any{
		map[string]any{"name": "a0", "properties": map[string]any{"size": int64(1)}},
		map[string]any{"name": "b1", "properties": map[string]any{"size": int64(2)}},
	}, vnet.Properties["properties"].(map[string]any)["subnets"])
	resource(t, rs, "Microsoft.Network/virtualNetworks/subnets", "inner")
	nsg := resource(t, rs, "Microsoft.Network/networkSecurityGroups", "nsg")
	p := nsg.Properties["properties"].(map[string]any)
	assert.Equal(t, "inner", p["subnetName"])
	assert.Contains(t, p["subnetId"], "/virtualNetworks/pre-vnet/subnets/inner")
	assert.Equal(t, "StorageV2", p["kind"])
	assert.Equal(t, "Standard_LRS", p["sku"])
	assert.Equal(t, []any{"westeurope-2", "northeurope-2"}, p["doubled"])
	assert.Equal(t, "northeurope", p["last"])
	assert.Equal(t, "fallback", p["missing"])
	assert.Equal(t, int64(1), p["forced"])
	// A module's ARM template, in a loop with a filter.
	st := resource(t, rs, "Microsoft.Storage/storageAccounts", "st0")
	assert.Equal(t, "st.json", st.Range.File)
	for _, r := range rs {
		assert.NotEqual(t, "st1", r.Name)
	}
	resource(t, rs, "Microsoft.Resources/deployments", "st-westeurope")
}

func TestModuleThatDoesNotParse(t *testing.T) {
	files := map[string]string{
		"main.bicep": "module m 'm.bicep' = {\n  name: 'm'\n}\n",
		"m.bicep":    "resource a 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'a'\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n    x: (\n  }\n}\n",
	}
	rs, diags := decodeFiles(t, files, "main.bicep", "")
	for _, r := range rs {
		assert.NotEqual(t, "Microsoft.Storage/storageAccounts", r.Type, "half a module is not judged")
	}
	var errs int
	for _, d := range diags {
		if d.Severity == parser.DiagError {
			errs++
			assert.Equal(t, "m.bicep", d.Range.File)
		}
	}
	assert.Positive(t, errs)
}

func TestImports(t *testing.T) {
	files := map[string]string{
		"main.bicep": `import { tlsVersion, settings as s, tagged } from 'shared.bicep'
import * as shared from 'shared.bicep'
import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.5.1'

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st'
  tags: tagged('x')
  properties: {
    minimumTlsVersion: tlsVersion
    allowSharedKeyAccess: s.sharedKeys
    publicNetworkAccess: shared.network
    kind: shared.label('k')
  }
}
`,
		"shared.bicep": `@export()
var tlsVersion = 'TLS1_${minor}'
var minor = '2'
@export()
var settings = {
  sharedKeys: false
}
@export()
var network = 'Disabled'
@export()
func tagged(name string) object => {
  owner: name
}
@export()
func label(x string) string => '${x}-${tlsVersion}'
`,
	}
	rs, diags := decodeFiles(t, files, "main.bicep", "")
	for _, d := range diags {
		assert.Equal(t, parser.DiagNote, d.Severity, d.String())
	}
	st := resource(t, rs, "Microsoft.Storage/storageAccounts", "st")
	p := st.Properties["properties"].(map[string]any)
	assert.Equal(t, "TLS1_2", p["minimumTlsVersion"])
	assert.Equal(t, false, p["allowSharedKeyAccess"])
	assert.Equal(t, "Disabled", p["publicNetworkAccess"])
	assert.Equal(t, "k-TLS1_2", p["kind"])
	assert.Equal(t, map[string]any{"owner": "x"}, st.Properties["tags"])
	// The imported value is located where it is used.
	assert.Equal(t, lc{9, 24, 9, 34}, lcOf(st.Locate(parser.Path{"properties", "minimumTlsVersion"})))
}

func TestModuleDiamondIsTranslatedOnce(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 14; i++ {
		files[fmt.Sprintf("m%d.bicep", i)] = fmt.Sprintf("module a 'm%d.bicep' = {\n  name: 'a'\n}\nmodule b 'm%d.bicep' = {\n  name: 'b'\n}\n", i+1, i+1)
	}
	files["m14.bicep"] = "resource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 's'\n}\n"
	_, diags := decodeFiles(t, files, "m0.bicep", "")
	// 2^14 deployments exceed the evaluator's budget: an error, quickly.
	var stopped bool
	for _, d := range diags {
		stopped = stopped || d.Severity == parser.DiagError
	}
	assert.True(t, stopped, "%v", diags)
}
