package terraform

import (
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/posture-dev/posture/parser"
)

type nodeKind int

const (
	nodeLocal nodeKind = iota
	nodeResource
	nodeCall
	nodeOutput
	nodeData
)

// node is one thing a module evaluates: a local, a resource, a module call,
// an output or a data block it can evaluate. Variables are inputs and never wait for anything.
type node struct {
	kind  nodeKind
	key   string // "local.x", "type.name", "module.x", "output.x", "data.type.name"
	rng   hcl.Range
	local *hcl.Attribute
	res   *resourceBlock // a resource or data block
	call  *moduleCall
	out   *hcl.Attribute
	deps  []*node
}

// plan orders the module's nodes so that everything a node refers to is
// evaluated before it, and records reference cycles.
func (m *module) plan() {
	all, byKey := m.nodes()
	for _, n := range all {
		m.linkDependencies(n, byKey)
	}
	var inCycle map[*node]bool
	m.order, inCycle = dependencyOrder(all)
	for _, n := range all {
		if inCycle[n] {
			m.cycles = append(m.cycles, n)
		}
	}
	m.reportCycles()
}

// nodes returns the module's nodes in declaration order, and by key.
func (m *module) nodes() ([]*node, map[string]*node) {
	byKey := map[string]*node{}
	var all []*node
	add := func(n *node) {
		byKey[n.key] = n
		all = append(all, n)
	}
	for name, a := range m.locals {
		add(&node{kind: nodeLocal, key: "local." + name, rng: a.Range, local: a})
	}
	for _, r := range m.resOrder {
		add(&node{kind: nodeResource, key: r.typ + "." + r.name, rng: r.block.DefRange, res: r})
	}
	for _, r := range m.dataOrder {
		add(&node{kind: nodeData, key: dataNodeKey(r.typ, r.name), rng: r.block.DefRange, res: r})
	}
	for _, c := range m.callOrder {
		add(&node{kind: nodeCall, key: "module." + c.name, rng: c.block.DefRange, call: c})
	}
	for name, a := range m.outputs {
		add(&node{kind: nodeOutput, key: "output." + name, rng: a.Range, out: a})
	}
	// Declaration order makes the evaluation order, and so the order of the
	// resources returned, independent of map iteration.
	sort.SliceStable(all, func(i, j int) bool { return rangeLess(all[i].rng, all[j].rng) })
	return all, byKey
}

// linkDependencies sets n.deps to the nodes its expressions refer to, each
// once, in the order of their first reference.
func (m *module) linkDependencies(n *node, byKey map[string]*node) {
	seen := map[*node]bool{}
	visit := func(t hcl.Traversal) {
		d := m.dependency(t, byKey)
		if d != nil && d != n && !seen[d] {
			seen[d] = true
			n.deps = append(n.deps, d)
		}
	}
	switch n.kind {
	case nodeLocal:
		m.walkExpr(n.local.Expr, visit)
	case nodeOutput:
		m.walkExpr(n.out.Expr, visit)
	case nodeResource, nodeData:
		m.walkBody(n.res.block.Body, visit)
	case nodeCall:
		for _, a := range n.call.args {
			m.walkExpr(a.Expr, visit)
		}
		if n.call.count != nil {
			m.walkExpr(n.call.count.Expr, visit)
		}
		if n.call.forEach != nil {
			m.walkExpr(n.call.forEach.Expr, visit)
		}
	}
}

// dependencyOrder returns the nodes with each one after the nodes it
// depends on, and the nodes on a reference cycle that no module call
// softens.
func dependencyOrder(all []*node) (order []*node, inCycle map[*node]bool) {
	const (
		white = iota
		grey
		black
	)
	// Depth-first, with an explicit stack: a chain of a million locals,
	// each referring to the previous one, is a valid file.
	color := map[*node]int{}
	inCycle = map[*node]bool{}
	type frame struct {
		n    *node
		next int // index of the next dependency to visit
	}
	var stack []frame
	for _, root := range all {
		if color[root] != white {
			continue
		}
		color[root] = grey
		stack = append(stack, frame{n: root})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(top.n.deps) {
				color[top.n] = black
				order = append(order, top.n)
				stack = stack[:len(stack)-1]
				continue
			}
			d := top.n.deps[top.next]
			top.next++
			switch color[d] {
			case white:
				color[d] = grey
				stack = append(stack, frame{n: d})
			case grey:
				i := len(stack) - 1
				for i > 0 && stack[i].n != d {
					i--
				}
				// Terraform resolves module calls per input and output, so
				// a cycle through a call is usually not one: evaluate its
				// members in order, what is not ready yet being unknown.
				soft := false
				for _, f := range stack[i:] {
					soft = soft || f.n.kind == nodeCall
				}
				if !soft {
					for _, f := range stack[i:] {
						inCycle[f.n] = true
					}
				}
			}
		}
	}
	return order, inCycle
}

// reportCycles reports the module's reference cycles as one error.
func (m *module) reportCycles() {
	if len(m.cycles) == 0 {
		return
	}
	var keys []string
	for _, n := range m.cycles {
		keys = append(keys, n.key)
	}
	m.diags = append(m.diags, parser.Diagnostic{Severity: parser.DiagError, Range: m.rng(m.cycles[0].rng),
		Message: "reference cycle between " + strings.Join(keys, ", ") +
			": each refers to the next, so none can be evaluated (Terraform rejects this too); break the cycle, their values are treated as unknown"})
}

func rangeLess(a, b hcl.Range) bool {
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	return a.Start.Byte < b.Start.Byte
}

// dependency returns the node a traversal refers to, and notes which
// attributes are read from resources.
func (m *module) dependency(t hcl.Traversal, nodes map[string]*node) *node {
	root := t.RootName()
	if root == "resource" && len(t) > 2 {
		// resource.type.name is the long form of type.name.
		if typ, ok := attrStep(t, 1); ok {
			t = append(hcl.Traversal{hcl.TraverseRoot{Name: typ}}, t[2:]...)
			root = typ
		}
	}
	name, ok := attrStep(t, 1)
	if !ok {
		return nil
	}
	switch root {
	case "local":
		return nodes["local."+name]
	case "module":
		return nodes["module."+name]
	case "data":
		if dn, ok := attrStep(t, 2); ok {
			if n := nodes[dataNodeKey(name, dn)]; n != nil {
				return n
			}
		}
		return nil
	case "var", "ephemeral", "count", "each", "path", "terraform", "self":
		return nil
	}
	n := nodes[root+"."+name]
	if n == nil || n.kind != nodeResource {
		// A for expression's or dynamic block's own symbol: what it reads
		// may be a resource attribute reached through a collection.
		m.attrRefs[name] = true
		return nil
	}
	i := 2
	if i < len(t) {
		if _, isIndex := t[i].(hcl.TraverseIndex); isIndex {
			i++
		}
	}
	if a, ok := attrStep(t, i); ok {
		n.res.refAttrs[a] = true
	}
	return n
}

func attrStep(t hcl.Traversal, i int) (string, bool) {
	if i >= len(t) {
		return "", false
	}
	a, ok := t[i].(hcl.TraverseAttr)
	return a.Name, ok
}

// walkExpr calls visit for every reference in expr. Native syntax
// expressions are walked whole, so attribute names reached through splats
// (aws_subnet.this[*].id) are seen too.
func (m *module) walkExpr(expr hcl.Expression, visit func(hcl.Traversal)) {
	se, ok := expr.(hclsyntax.Expression)
	if !ok {
		for _, t := range expr.Variables() {
			visit(t)
		}
		return
	}
	_ = hclsyntax.VisitAll(se, func(n hclsyntax.Node) hcl.Diagnostics {
		switch e := n.(type) {
		case *hclsyntax.ScopeTraversalExpr:
			visit(e.Traversal)
		case *hclsyntax.FunctionCallExpr:
			if strings.Contains(e.Name, "::") {
				m.providerFuncs[e.Name] = true
			}
		case *hclsyntax.RelativeTraversalExpr:
			if a, ok := attrStep(e.Traversal, 0); ok {
				m.attrRefs[a] = true
			}
		}
		return nil
	})
}

func (m *module) walkBody(body hcl.Body, visit func(hcl.Traversal)) {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		for _, a := range bodyAttrs(body) {
			m.walkExpr(a.Expr, visit)
		}
		return
	}
	for _, a := range sb.Attributes {
		m.walkExpr(a.Expr, visit)
	}
	for _, b := range sb.Blocks {
		m.walkBody(b.Body, visit)
	}
}
