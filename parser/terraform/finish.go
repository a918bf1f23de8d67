package terraform

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/terraform/azurerm"
)

// convertAzure and foldAzure are the azurerm → ARM mapping; they are
// variables so tests can check the Terraform shape before it.
var (
	convertAzure = azurerm.Convert
	foldAzure    = azurerm.Fold
)

// finish records provider versions, hands Azure resources to the ARM
// mapping and adds the notes --show-unknown asks for.
func (st *state) finish(rs []parser.Resource, version string) []parser.Resource {
	var azure []parser.Resource
	out := rs[:0:0]
	for _, r := range rs {
		if strings.HasPrefix(r.Type, "azurerm_") && version != "" {
			if r.Meta == nil {
				r.Meta = map[string]string{}
			}
			r.Meta["provider_version"] = version
		}
		if st.opts.ShowUnknown && len(r.Unknown) > 0 {
			st.add(parser.Notef(r.Header, "%s: %d value(s) cannot be known before apply (first: %s); checks on them are not evaluated",
				r.ID, len(r.Unknown), r.Unknown[0].String()))
		}
		if r.Provider == parser.Azure {
			if c, ok := convertAzure(r); ok {
				r = c
			}
			azure = append(azure, r)
			continue
		}
		out = append(out, r)
	}
	if len(azure) > 0 {
		out = append(out, foldAzure(azure)...)
	}
	return out
}

// azurermVersion is the locked azurerm version, else the root module's
// version constraint on it.
func (st *state) azurermVersion(root *module) string {
	if st.lockedAzurerm != "" {
		return st.lockedAzurerm
	}
	return root.providers["azurerm"]
}

// readLockFile reads the azurerm version from .terraform.lock.hcl.
func (st *state) readLockFile() {
	name := path.Join(st.rootDir, ".terraform.lock.hcl")
	b, err := st.src.ReadFile(name)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			st.add(parser.Warnf(parser.Range{File: name}, "cannot read the dependency lock file: %v", err))
		}
		return
	}
	if e := checkNesting(name, b); e != nil {
		st.add(e.diagnostic(parser.NewLineIndex(b)))
		return
	}
	f, diags := hclsyntax.ParseConfig(b, name, hcl.InitialPos)
	if diags.HasErrors() {
		idx := parser.NewLineIndex(b)
		for _, d := range convertDiags(diags, parser.DiagWarning, func(r hcl.Range) parser.Range { return convertRange(idx, r) }) {
			st.add(d)
		}
		return
	}
	content, _, _ := f.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "provider", LabelNames: []string{"source"}}}})
	for _, blk := range content.Blocks {
		if !strings.HasSuffix(blk.Labels[0], "/azurerm") {
			continue
		}
		attrs, _ := blk.Body.JustAttributes()
		if a, ok := attrs["version"]; ok {
			if v, diags := a.Expr.Value(nil); !diags.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type().FriendlyName() == "string" {
				st.lockedAzurerm = v.AsString()
			}
		}
	}
}
