package fix

import (
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// creation is a setting whose path leaves the document at least two keys
// before its end: an object (mapping) must be made for it.
type creation struct {
	// at names the place and the member to make there, so that settings
	// needing the same member share one.
	at any
	// below is the path inside the made member.
	below parser.Path
	// make writes the member at its place, holding tree.
	make func(tree map[string]any) (policies.Edit, error)
}

// setAll makes the edits of the n settings of one fix, in JSON or YAML
// alike. Settings that need the same absent object (hostNetwork, hostPID
// and hostIPC in a pod spec that has no spec yet) are written as one new
// object, since two edits each creating it would overlap. creates says
// whether setting i needs an object made, and what; edit makes the edit
// of a setting whose place exists. merge joins the edits that create
// members at the same place (mergeCreated, as the format keeps the
// neighbouring byte).
func setAll(n int, creates func(i int) (creation, bool, error), edit func(i int) (*policies.Edit, error), value func(i int) any, merge func([]policies.Edit) []policies.Edit) ([]policies.Edit, []bool, error) {
	type group struct {
		c    creation
		tree map[string]any
	}
	var edits []policies.Edit
	changed := make([]bool, n)
	groups := map[any]*group{}
	var order []any
	for i := 0; i < n; i++ {
		c, ok, err := creates(i)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			g := groups[c.at]
			if g == nil {
				g = &group{c: c, tree: map[string]any{}}
				groups[c.at] = g
				order = append(order, c.at)
			}
			putTree(g.tree, c.below, value(i))
			changed[i] = true
			continue
		}
		e, err := edit(i)
		if err != nil {
			return nil, nil, err
		}
		if e != nil {
			edits = append(edits, *e)
			changed[i] = true
		}
	}
	var created []policies.Edit
	for _, k := range order {
		g := groups[k]
		e, err := g.c.make(g.tree)
		if err != nil {
			return nil, nil, err
		}
		created = append(created, e)
	}
	return append(edits, merge(created)...), changed, nil
}

// setting is one setting of a fix placed in a JSON or YAML document: the
// path below base and the value (items to append to a list when add).
type setting[N any] struct {
	base  N
	path  parser.Path
	value any
	add   bool
}

// editOne makes the edit of one setting whose place exists.
func editOne[N any](s setting[N], add func(N, parser.Path, []any) (*policies.Edit, error), set func(N, parser.Path, any) (*policies.Edit, error)) (*policies.Edit, error) {
	if s.add {
		items, _ := s.value.([]any)
		return add(s.base, s.path, items)
	}
	return set(s.base, s.path, s.value)
}

func allKeys(p parser.Path) bool {
	for _, el := range p {
		if _, ok := el.(string); !ok {
			return false
		}
	}
	return true
}

// putTree sets path in a tree of maps to v.
func putTree(tree map[string]any, path parser.Path, v any) {
	for _, el := range path[:len(path)-1] {
		k := el.(string)
		next, ok := tree[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			tree[k] = next
		}
		tree = next
	}
	tree[path[len(path)-1].(string)] = v
}
