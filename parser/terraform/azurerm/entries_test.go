package azurerm

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// samples are Terraform values each transform accepts.
var samples = map[string]any{
	"same":             "sample",
	"enabled":          true,
	"enabledLower":     true,
	"not":              true,
	"cmkEnforcement":   true,
	"networkAclBypass": true,
	"userIdentities":   []any{"/identities/one"},
	"present":          []any{map[string]any{}},
	"keySource":        []any{map[string]any{}},
	"status":           []any{map[string]any{}},
	"sshPublicAccess":  []any{map[string]any{}},
	"epoch":            "2030-01-01T00:00:00Z",
	"enum":             "blob",
	"objects":          []any{"10.0.0.0/24"},
	"joined":           []any{"AzureServices", "Logging"},
	"keyVaultKey":      "https://kv.vault.azure.net/keys/k/v1",
	"parent":           "parent-id",
	"managedVnet":      true,
}

// entryCase is one table entry located in its resource: the concrete TF
// path (blocks at [0]), the ARM path, and the table it shares ARM paths with.
type entryCase struct {
	typ    string
	e      entry
	tf     parser.Path // concrete
	tfName string
	arm    parser.Path
	table  []entry
	// outer is the TF list element the entry lives in, which must exist.
	outer parser.Path
}

func collect(typ string, tab []entry, tfBase, armBase parser.Path, nameBase string, outer parser.Path) []entryCase {
	var out []entryCase
	for _, e := range tab {
		c := entryCase{typ: typ, e: e, tf: join(tfBase, full(e.segs)), tfName: nameBase + e.tf,
			arm: join(armBase, e.arm), table: tab, outer: outer}
		out = append(out, c)
		if e.each != nil {
			el := c.tf.Key(0)
			out = append(out, collect(typ, e.each, el, c.arm.Key(0), c.tfName+"[0].", el)...)
		}
	}
	return out
}

func allEntryCases() []entryCase {
	types := make([]string, 0, len(mappings))
	for typ := range mappings {
		types = append(types, typ)
	}
	sort.Strings(types)
	var out []entryCase
	for _, typ := range types {
		out = append(out, collect(typ, mappings[typ].entries, nil, nil, "", nil)...)
	}
	return out
}

// props builds Terraform properties holding v at the entry's path (nil: only
// the list element around it).
func (c entryCase) props(v any) map[string]any {
	p := map[string]any{}
	if c.outer != nil {
		set(p, c.outer, map[string]any{})
	}
	if v != nil {
		set(p, c.tf, v)
	}
	return p
}

// expectedDefault is the ARM value when the entry and its alternative
// spellings are absent (version unknown).
func (c entryCase) expectedDefault() any {
	for _, o := range c.table {
		if o.def == nil || o.arm.String() != c.e.arm.String() {
			continue
		}
		if o.def.inBlock && len(o.segs) > 1 {
			return nil
		}
		return o.def.value
	}
	return nil
}

// TestEveryEntry checks the mechanics of every entry of every table: a
// present value lands at the ARM path with its range and name, an absent
// one gets the default without a range, an unknown one gets neither value
// nor default and is listed unknown.
func TestEveryEntry(t *testing.T) {
	t.Parallel()
	for _, c := range allEntryCases() {
		name := c.typ + "/" + c.tfName
		if c.e.tf == "" {
			name = c.typ + "/fixed:" + c.arm.String()
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if c.e.tf == "" {
				out, ok := Convert(tfRes(c.typ, c.props(nil), nil))
				require.True(t, ok)
				assert.Equal(t, c.e.def.value, get(out.Properties, c.arm))
				assert.NotContains(t, out.Ranges, c.arm.String())
				return
			}
			sample, ok := samples[c.e.conv.name]
			if c.e.each != nil {
				sample, ok = []any{map[string]any{}}, true
			}
			require.True(t, ok, "no sample for transform %q", c.e.conv.name)

			rangeKey := c.tf
			if _, isBlock := sample.([]any); isBlock && c.e.conv.sub != nil && c.e.conv.name != "objects" &&
				c.e.conv.name != "joined" && c.e.conv.name != "userIdentities" {
				// The evaluator records a block's range at its instance.
				rangeKey = c.tf.Key(0)
			}

			t.Run("present", func(t *testing.T) {
				out, ok := Convert(tfRes(c.typ, c.props(sample), map[string]int{rangeKey.String(): 7}))
				require.True(t, ok)
				assert.Equal(t, c.tfName, out.Names[c.arm.String()])
				assert.Equal(t, rng(7), out.Ranges[c.arm.String()], "range of %s", c.arm)
				switch {
				case c.e.conv.parent:
					assert.Equal(t, sample, out.Meta["parent"])
				case c.e.each != nil:
					assert.Len(t, get(out.Properties, c.arm), 1)
				default:
					want, _ := c.e.conv.value(sample)
					assert.Equal(t, want, get(out.Properties, c.arm))
				}
			})

			t.Run("absent", func(t *testing.T) {
				out, ok := Convert(tfRes(c.typ, c.props(nil), nil))
				require.True(t, ok)
				if !c.e.conv.parent {
					assert.Equal(t, c.expectedDefault(), get(out.Properties, c.arm))
				}
				assert.NotContains(t, out.Ranges, c.arm.String(), "a default has no range")
				assert.NotEmpty(t, out.Names[c.arm.String()], "names say what to set")
			})

			t.Run("unknown", func(t *testing.T) {
				out, ok := Convert(tfRes(c.typ, c.props(nil), nil, c.tf.String()))
				require.True(t, ok)
				assert.Contains(t, paths(out.Unknown), c.arm.String())
				assert.Nil(t, get(out.Properties, c.arm), "no value and no default for an unknown attribute")
			})
		})
	}
}

// TestTypes checks the exported type list against the tables.
func TestTypes(t *testing.T) {
	t.Parallel()
	types := Types()
	assert.Len(t, types, len(mappings))
	assert.Equal(t, "Microsoft.CognitiveServices/accounts", types["azurerm_cognitive_account"])
	assert.Equal(t, "Microsoft.MachineLearningServices/workspaces", types["azurerm_ai_foundry"])
	assert.Equal(t, "Microsoft.Web/sites/slots", types["azurerm_linux_web_app_slot"])
	for tf, arm := range types {
		assert.Contains(t, arm, "/", tf)
	}
}
