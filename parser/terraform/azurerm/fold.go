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
		out[p] = merge1(out[p], r, fd)
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

// merge1 returns parent with the fragment's value at fd.at.
func merge1(parent, frag parser.Resource, fd fold) parser.Resource {
	at := fd.at
	val := get(frag.Properties, at)
	// shift re-keys a fragment path below at into the parent.
	shift := func(p parser.Path) parser.Path { return p }

	props := deepCopy(parent.Properties).(map[string]any)
	if fd.appendList {
		existing, _ := get(props, at).([]any)
		n := len(existing)
		add, _ := val.([]any)
		set(props, at, append(append([]any(nil), existing...), add...))
		shift = func(p parser.Path) parser.Path {
			if len(p) > len(at) {
				if i, ok := p[len(at)].(int); ok {
					q := append(parser.Path(nil), p...)
					q[len(at)] = i + n
					return q
				}
			}
			return p
		}
	} else {
		set(props, at, deepCopy(val))
		if val == nil {
			deleteAt(props, at)
		}
	}
	parent.Properties = props

	inFrag := func(p parser.Path) bool { return p.HasPrefix(at) }
	replaced := func(p parser.Path) bool { return !fd.appendList && p.HasPrefix(at) }

	ranges := parser.RangeTable{}
	for k, rg := range parent.Ranges {
		if p, err := parser.ParsePath(k); err == nil && replaced(p) {
			continue
		}
		ranges[k] = rg
	}
	for k, rg := range frag.Ranges {
		if p, err := parser.ParsePath(k); err == nil && inFrag(p) {
			ranges.Set(shift(p), rg)
		}
	}
	parent.Ranges = ranges

	names := map[string]string{}
	for k, n := range parent.Names {
		if p, err := parser.ParsePath(k); err == nil && replaced(p) {
			continue
		}
		names[k] = n
	}
	for k, n := range frag.Names {
		if p, err := parser.ParsePath(k); err == nil && inFrag(p) {
			names[shift(p).String()] = n
		}
	}
	parent.Names = names

	var unknown []parser.Path
	for _, u := range parent.Unknown {
		if !replaced(u) {
			unknown = append(unknown, u)
		}
	}
	for _, u := range frag.Unknown {
		if inFrag(u) {
			unknown = append(unknown, shift(u))
		}
	}
	parent.Unknown = unknown

	var refs []parser.Ref
	for _, r := range parent.Refs {
		if !replaced(r.Path) {
			refs = append(refs, r)
		}
	}
	for _, r := range frag.Refs {
		if inFrag(r.Path) {
			r.Path = shift(r.Path)
			refs = append(refs, r)
		}
	}
	parent.Refs = refs

	var origins map[string][]parser.Range
	add := func(k string, chain []parser.Range) {
		if origins == nil {
			origins = map[string][]parser.Range{}
		}
		origins[k] = chain
	}
	for k, chain := range parent.Origins {
		if p, err := parser.ParsePath(k); err == nil && replaced(p) {
			continue
		}
		add(k, chain)
	}
	for k, chain := range frag.Origins {
		if p, err := parser.ParsePath(k); err == nil && inFrag(p) {
			add(shift(p).String(), chain)
		}
	}
	parent.Origins = origins

	if b := frag.Meta["default_basis"]; b != "" {
		meta := map[string]string{}
		for k, v := range parent.Meta {
			meta[k] = v
		}
		meta["default_basis"] = strings.TrimPrefix(meta["default_basis"]+"; "+b, "; ")
		parent.Meta = meta
	}
	return parent
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
