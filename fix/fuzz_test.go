package fix

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// memFiles is a Source over files in memory.
type memFiles map[string][]byte

func (m memFiles) ReadFile(name string) ([]byte, error) {
	if b, ok := m[name]; ok {
		return b, nil
	}
	return nil, fs.ErrNotExist
}

func (m memFiles) ReadDir(dir string) ([]string, error) {
	var out []string
	for n := range m {
		if path.Dir(n) == dir {
			out = append(out, n)
		}
	}
	if out == nil {
		return nil, errors.New("no such directory")
	}
	sort.Strings(out)
	return out, nil
}

// FuzzTerraformPlan: whatever the file and wherever a finding points
// (into a value, a block, a tfvars file), planning returns a fix, a reason
// or an error, and a fix's edits lie inside its files.
func FuzzTerraformPlan(f *testing.F) {
	_ = filepath.WalkDir("testdata/terraform", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tf") {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b, []byte("allow_keys = true\n"), uint16(200), uint16(4), uint16(10))
			}
		}
		return nil
	})
	rule := &policies.Rule{ID: "T-001", Fixes: map[string]*policies.FixDeclaration{
		"terraform": {Set: []policies.FixSetting{{Path: "local_auth_enabled", Value: false}, {Path: "network_acls.default_action", Value: "Deny"}}, Create: true},
		"arm":       {Set: []policies.FixSetting{{Path: "properties.disableLocalAuth", Value: true}}},
	}}
	f.Fuzz(func(t *testing.T, src, vars []byte, at, length, rel uint16) {
		files := memFiles{"main.tf": src, "terraform.tfvars": vars}
		clamp := func(n int, b []byte) int { return min(n, len(b)) }
		start := clamp(int(at), src)
		end := clamp(start+int(length), src)
		rs := clamp(int(rel), vars)
		for _, typ := range []string{"azurerm_cognitive_account", "azapi_resource"} {
			fd := &policies.Finding{
				Rule: rule, RuleID: rule.ID, Status: policies.StatusFail, Format: parser.Terraform,
				ResourceID: typ + ".x", ResourceType: "Microsoft.CognitiveServices/accounts", Path: "properties.disableLocalAuth",
				Range:   parser.Range{File: "main.tf", Start: parser.Pos{Byte: start}, End: parser.Pos{Byte: end}},
				Related: []parser.Range{{File: "terraform.tfvars", Start: parser.Pos{Byte: rs}, End: parser.Pos{Byte: clamp(rs+5, vars)}}},
			}
			fx, _ := Plan(fd, NewFiles(files))
			if fx == nil {
				continue
			}
			for _, e := range fx.Edits {
				b := files[e.Range.File]
				if e.Range.Start.Byte < 0 || e.Range.End.Byte < e.Range.Start.Byte || e.Range.End.Byte > len(b) {
					t.Fatalf("edit outside %s: %+v", e.Range.File, e.Range)
				}
			}
		}
	})
}
