package azurerm

import (
	"strings"

	"github.com/posture-dev/posture/parser"
)

// fold says where a converted configuring resource goes in its parent.
type fold struct {
	parentType string
	at         parser.Path
	// appendList: the fragment's list at `at` is appended to the parent's
	// (access policies add up); otherwise the fragment replaces the
	// parent's value, as the provider does when it writes the setting.
	appendList bool
}

// folds is keyed by the fragment's ARM type.
var folds = map[string]fold{
	"Microsoft.Storage/storageAccounts#networkAcls": {
		parentType: "Microsoft.Storage/storageAccounts", at: parser.Path{"properties", "networkAcls"}},
	"Microsoft.CognitiveServices/accounts#encryption": {
		parentType: "Microsoft.CognitiveServices/accounts", at: parser.Path{"properties", "encryption"}},
	"Microsoft.KeyVault/vaults/accessPolicies": {
		parentType: "Microsoft.KeyVault/vaults", at: parser.Path{"properties", "accessPolicies"}, appendList: true},
}

// Fold merges separate configuring resources (storage account network
// rules, Key Vault access policies, Cognitive Services customer-managed
// keys) into the parents they configure, after all resources of a unit
// were converted, and drops them. The parent is the target of the
// resource's parent reference (at "name"), else the one resource of the parent
// type whose name equals Meta["parent"]. A configuring resource whose
// parent is not in the unit is kept as it is. Values keep the ranges,
// names, unknowns and origins of the resource that declared them. rs is
// not modified.
func Fold(rs []parser.Resource) []parser.Resource {
	out := make([]parser.Resource, len(rs))
	copy(out, rs)
	byID := map[string]int{}
	for i, r := range out {
		byID[r.ID] = i
	}
	folded := make([]bool, len(out))
	for i, r := range out {
		fd, ok := folds[r.Type]
		if !ok {
			continue
		}
		p := findParent(out, byID, r, fd.parentType)
		if p < 0 || p == i {
			continue
		}
		out[p] = foldInto(out[p], r, fd)
		folded[i] = true
	}
	kept := out[:0:0]
	for i, r := range out {
		if !folded[i] {
			kept = append(kept, r)
		}
	}
	return kept
}

func findParent(rs []parser.Resource, byID map[string]int, r parser.Resource, parentType string) int {
	for _, ref := range r.Refs {
		if ref.Path.String() != "name" {
			continue
		}
		if i, ok := byID[ref.Target]; ok && rs[i].Type == parentType {
			return i
		}
	}
	name := r.Meta["parent"]
	if name == "" {
		return -1
	}
	found := -1
	for i, c := range rs {
		if c.Type != parentType {
			continue
		}
		if n, _ := c.Properties["name"].(string); n == name || c.ID == name {
			if found >= 0 {
				// Two accounts of that name (in two resource groups): the
				// name does not say which one.
				return -1
			}
			found = i
		}
	}
	return found
}

// foldInto returns parent with the fragment's value at fd.at, and with
// the ranges, names, unknowns, references and origins that go with it.
func foldInto(parent, frag parser.Resource, fd fold) parser.Resource {
	g := graft{at: fd.at, appendList: fd.appendList}
	parent.Properties, g.offset = graftProperties(parent.Properties, frag.Properties, fd)
	parent.Ranges = g.ranges(parent.Ranges, frag.Ranges)
	parent.Names = g.names(parent.Names, frag.Names)
	parent.Unknown = g.unknown(parent.Unknown, frag.Unknown)
	parent.Refs = g.refs(parent.Refs, frag.Refs)
	parent.Origins = g.origins(parent.Origins, frag.Origins)
	parent.Meta = joinDefaultBasis(parent.Meta, frag.Meta)
	return parent
}

// graftProperties returns a copy of the parent's properties with the
// fragment's value at fd.at, and how many list elements precede the
// fragment's there.
func graftProperties(parent, frag map[string]any, fd fold) (props map[string]any, offset int) {
	val := get(frag, fd.at)
	props = deepCopy(parent).(map[string]any)
	if fd.appendList {
		existing, _ := get(props, fd.at).([]any)
		add, _ := val.([]any)
		set(props, fd.at, append(append([]any(nil), existing...), add...))
		return props, len(existing)
	}
	set(props, fd.at, deepCopy(val))
	if val == nil {
		deleteAt(props, fd.at)
	}
	return props, 0
}

// graft says which paths of a parent a fragment's value replaces, and
// where the fragment's paths go in the parent.
type graft struct {
	at         parser.Path
	appendList bool
	offset     int // list elements before the fragment's, when appended
}

// fromFragment reports whether p, a path of the fragment, is in the value
// folded.
func (g graft) fromFragment(p parser.Path) bool { return p.HasPrefix(g.at) }

// replaced reports whether p, a path of the parent, is replaced by the
// fragment's value.
func (g graft) replaced(p parser.Path) bool { return !g.appendList && p.HasPrefix(g.at) }

// shift re-keys a fragment path below g.at into the parent.
func (g graft) shift(p parser.Path) parser.Path {
	if !g.appendList || len(p) <= len(g.at) {
		return p
	}
	i, ok := p[len(g.at)].(int)
	if !ok {
		return p
	}
	q := append(parser.Path(nil), p...)
	q[len(g.at)] = i + g.offset
	return q
}

// replacedKey reports whether k, a path key of one of the parent's
// tables, is replaced by the fragment's value.
func (g graft) replacedKey(k string) bool {
	p, err := parser.ParsePath(k)
	return err == nil && g.replaced(p)
}

// fragmentKey returns the parent's path for k, a path key of one of the
// fragment's tables, if it is in the value folded.
func (g graft) fragmentKey(k string) (parser.Path, bool) {
	p, err := parser.ParsePath(k)
	if err != nil || !g.fromFragment(p) {
		return nil, false
	}
	return g.shift(p), true
}

func (g graft) ranges(parent, frag parser.RangeTable) parser.RangeTable {
	ranges := parser.RangeTable{}
	for k, rg := range parent {
		if !g.replacedKey(k) {
			ranges[k] = rg
		}
	}
	for k, rg := range frag {
		if p, ok := g.fragmentKey(k); ok {
			ranges.Set(p, rg)
		}
	}
	return ranges
}

func (g graft) names(parent, frag map[string]string) map[string]string {
	names := map[string]string{}
	for k, n := range parent {
		if !g.replacedKey(k) {
			names[k] = n
		}
	}
	for k, n := range frag {
		if p, ok := g.fragmentKey(k); ok {
			names[p.String()] = n
		}
	}
	return names
}

func (g graft) unknown(parent, frag []parser.Path) []parser.Path {
	var unknown []parser.Path
	for _, u := range parent {
		if !g.replaced(u) {
			unknown = append(unknown, u)
		}
	}
	for _, u := range frag {
		if g.fromFragment(u) {
			unknown = append(unknown, g.shift(u))
		}
	}
	return unknown
}

func (g graft) refs(parent, frag []parser.Ref) []parser.Ref {
	var refs []parser.Ref
	for _, r := range parent {
		if !g.replaced(r.Path) {
			refs = append(refs, r)
		}
	}
	for _, r := range frag {
		if g.fromFragment(r.Path) {
			r.Path = g.shift(r.Path)
			refs = append(refs, r)
		}
	}
	return refs
}

// origins keeps a resource without origins without a table.
func (g graft) origins(parent, frag map[string][]parser.Range) map[string][]parser.Range {
	var origins map[string][]parser.Range
	add := func(k string, chain []parser.Range) {
		if origins == nil {
			origins = map[string][]parser.Range{}
		}
		origins[k] = chain
	}
	for k, chain := range parent {
		if !g.replacedKey(k) {
			add(k, chain)
		}
	}
	for k, chain := range frag {
		if p, ok := g.fragmentKey(k); ok {
			add(p.String(), chain)
		}
	}
	return origins
}

// joinDefaultBasis returns the parent's metadata with the fragment's
// default_basis appended to its own; a copy, as the parent's map may be
// shared.
func joinDefaultBasis(parent, frag map[string]string) map[string]string {
	b := frag["default_basis"]
	if b == "" {
		return parent
	}
	meta := map[string]string{}
	for k, v := range parent {
		meta[k] = v
	}
	meta["default_basis"] = strings.TrimPrefix(meta["default_basis"]+"; "+b, "; ")
	return meta
}

// deleteAt removes the key at p from its object.
func deleteAt(root map[string]any, p parser.Path) {
	if len(p) == 0 {
		return
	}
	m, ok := get(root, p[:len(p)-1]).(map[string]any)
	if len(p) == 1 {
		m, ok = root, true
	}
	if k, isKey := p[len(p)-1].(string); ok && isKey {
		delete(m, k)
	}
}

// deepCopy copies a JSON-like tree so a fold never writes into a map the
// caller still holds.
func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	default:
		return v
	}
}
