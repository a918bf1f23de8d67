package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// overrideBlock merges the block over, from an override file, into base
// the way Terraform does: each argument of over replaces the argument of
// the same name, and a nested block type that over writes (as a block or
// as a dynamic block) replaces every block of that type in base. The
// result keeps base's header, so the declaration stays where it was
// written, while each value points at the file that wrote it.
func overrideBlock(base, over *hcl.Block) *hcl.Block {
	merged := *base
	merged.Body = overrideBody(base.Body, over.Body)
	return &merged
}

func overrideBody(base, over hcl.Body) hcl.Body {
	bs, bok := base.(*hclsyntax.Body)
	os, ook := over.(*hclsyntax.Body)
	if !bok || !ook {
		// JSON syntax has no blocks apart from attributes: nested blocks
		// are object-valued properties, so replacing by name replaces
		// all blocks of a type, as Terraform does.
		return &mergedAttrs{base: base, over: over}
	}
	attrs := make(hclsyntax.Attributes, len(bs.Attributes)+len(os.Attributes))
	for n, a := range bs.Attributes {
		attrs[n] = a
	}
	for n, a := range os.Attributes {
		attrs[n] = a
	}
	replaced := map[string]bool{}
	for _, b := range os.Blocks {
		replaced[nestedType(b)] = true
	}
	var blocks hclsyntax.Blocks
	for _, b := range bs.Blocks {
		if !replaced[nestedType(b)] {
			blocks = append(blocks, b)
		}
	}
	blocks = append(blocks, os.Blocks...)
	return &hclsyntax.Body{Attributes: attrs, Blocks: blocks, SrcRange: bs.SrcRange, EndRange: bs.EndRange}
}

// nestedType is the block type a nested block stands for: its own, or
// the label of a dynamic block.
func nestedType(b *hclsyntax.Block) string {
	if b.Type == "dynamic" && len(b.Labels) == 1 {
		return b.Labels[0]
	}
	return b.Type
}

// mergedAttrs is an overridden body where either side is JSON: the
// arguments of over replace those of base by name.
type mergedAttrs struct{ base, over hcl.Body }

func (m *mergedAttrs) JustAttributes() (hcl.Attributes, hcl.Diagnostics) {
	out := bodyAttrs(m.base)
	for n, a := range bodyAttrs(m.over) {
		out[n] = a
	}
	return out, nil
}

func (m *mergedAttrs) Content(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Diagnostics) {
	c, _, diags := m.PartialContent(schema)
	return c, diags
}

func (m *mergedAttrs) PartialContent(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Body, hcl.Diagnostics) {
	bc, _, diags := m.base.PartialContent(schema)
	oc, _, odiags := m.over.PartialContent(schema)
	diags = append(diags, odiags...)
	out := &hcl.BodyContent{Attributes: hcl.Attributes{}, MissingItemRange: bc.MissingItemRange}
	for n, a := range bc.Attributes {
		out.Attributes[n] = a
	}
	for n, a := range oc.Attributes {
		out.Attributes[n] = a
	}
	replaced := map[string]bool{}
	for _, b := range oc.Blocks {
		replaced[b.Type] = true
	}
	for _, b := range bc.Blocks {
		if !replaced[b.Type] {
			out.Blocks = append(out.Blocks, b)
		}
	}
	out.Blocks = append(out.Blocks, oc.Blocks...)
	return out, hcl.EmptyBody(), diags
}

func (m *mergedAttrs) MissingItemRange() hcl.Range { return m.base.MissingItemRange() }
