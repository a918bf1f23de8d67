package bicep

import (
	"fmt"
	"strings"
)

// dump renders a node as a compact S-expression, so that tests state
// the shape of a tree in one line.
func dump(n Node) string {
	var b strings.Builder
	d := dumper{&b}
	d.node(n)
	return b.String()
}

type dumper struct{ b *strings.Builder }

func (d dumper) w(s ...string) {
	for _, x := range s {
		d.b.WriteString(x)
	}
}

func (d dumper) list(head string, ns ...Node) {
	d.w("(", head)
	for _, n := range ns {
		d.w(" ")
		d.node(n)
	}
	d.w(")")
}

func (d dumper) decos(ds []*Decorator) {
	for _, x := range ds {
		d.w("@")
		d.node(x.Expr)
		d.w(" ")
	}
}

func (d dumper) node(n Node) {
	if n == nil || isNil(n) {
		d.w("_")
		return
	}
	if s, ok := n.(Statement); ok {
		d.decos(s.Decorations())
	}
	switch n := n.(type) {
	case *TargetScope:
		d.list("targetScope", n.Value)
	case *Metadata:
		d.list("metadata", n.Name, n.Value)
	case *Param:
		d.list("param", n.Name, n.Type, n.Default)
	case *ParamAssign:
		d.list("param=", n.Name, n.Value)
	case *Var:
		d.list("var", n.Name, n.Type, n.Value)
	case *Resource:
		head := "resource"
		if n.Existing {
			head += " existing"
		}
		d.list(head, n.Name, n.TypeSpec, n.Body)
	case *Module:
		d.list("module", n.Name, n.Path, n.Body)
	case *Output:
		d.list("output", n.Name, n.Type, n.Value)
	case *TypeDecl:
		d.list("type", n.Name, n.Value)
	case *Func:
		d.w("(func ")
		d.node(n.Name)
		d.w(" (")
		for i, p := range n.Params {
			if i > 0 {
				d.w(" ")
			}
			d.node(p.Name)
			d.w(":")
			d.node(p.Type)
		}
		d.w(") ")
		d.node(n.Result)
		d.w(" ")
		d.node(n.Body)
		d.w(")")
	case *Import:
		d.w("(import")
		if n.Wildcard {
			d.w(" *")
		}
		for _, s := range n.Symbols {
			d.w(" ")
			d.node(s.Name)
			if s.Alias != nil {
				d.w(" as ")
				d.node(s.Alias)
			}
		}
		if n.Provider != nil {
			d.w(" provider ")
			d.node(n.Provider)
		}
		if n.Config != nil {
			d.w(" with ")
			d.node(n.Config)
		}
		if n.Alias != nil {
			d.w(" as ")
			d.node(n.Alias)
		}
		if n.From != nil {
			d.w(" from ")
			d.node(n.From)
		}
		d.w(")")
	case *Using:
		d.list("using", n.Path, n.Config)
	case *Extends:
		d.list("extends", n.Path)
	case *Extension:
		d.list(n.Keyword, n.Spec, n.Config, n.Alias)
	case *Assert:
		d.list("assert", n.Name, n.Value)
	case *Test:
		d.list("test", n.Name, n.Path, n.Body)

	case *Ident:
		d.w(n.Name)
	case *Int:
		d.w(n.Text)
	case *Bool:
		d.w(fmt.Sprint(n.Value))
	case *Null:
		d.w("null")
	case *String:
		if v, ok := n.Value(); ok {
			d.w(fmt.Sprintf("%q", v))
			return
		}
		d.w("(str")
		for i, s := range n.Segments {
			d.w(" ", fmt.Sprintf("%q", s))
			if i < len(n.Exprs) {
				d.w(" ")
				d.node(n.Exprs[i])
			}
		}
		d.w(")")
	case *Object:
		d.w("{")
		for i, it := range n.Items {
			if i > 0 {
				d.w(", ")
			}
			d.node(it)
		}
		d.w("}")
	case *Property:
		d.node(n.Key)
		d.w(": ")
		d.node(n.Value)
	case *Spread:
		d.list("...", n.X)
	case *Array:
		d.w("[")
		for i, it := range n.Items {
			if i > 0 {
				d.w(", ")
			}
			d.node(it)
		}
		d.w("]")
	case *For:
		d.list("for", n.Item, n.Index, n.Iterable, n.Body)
	case *If:
		d.list("if", n.Cond, n.Body)
	case *Paren:
		d.list("paren", n.X)
	case *Unary:
		d.list(n.Op, n.X)
	case *Binary:
		d.list(n.Op, n.X, n.Y)
	case *Ternary:
		d.list("?:", n.Cond, n.Then, n.Else)
	case *Member:
		if n.Safe {
			d.list(".?", n.X, n.Name)
		} else {
			d.list(".", n.X, n.Name)
		}
	case *Index:
		head := "[]"
		if n.Safe {
			head = "[?]"
		}
		if n.FromEnd {
			head += "^"
		}
		d.list(head, n.X, n.Index)
	case *ResourceAccess:
		d.list("::", n.X, n.Name)
	case *NonNull:
		d.list("nonnull", n.X)
	case *Call:
		d.w("(call ")
		if n.Target != nil {
			d.node(n.Target)
			d.w(".")
		}
		d.node(n.Name)
		for _, a := range n.Args {
			d.w(" ")
			d.node(a)
		}
		d.w(")")
	case *Lambda:
		d.w("(=> (")
		for i, p := range n.Params {
			if i > 0 {
				d.w(" ")
			}
			d.node(p)
		}
		d.w(") ")
		d.node(n.Body)
		d.w(")")

	case *TypeRef:
		d.node(n.Name)
	case *TypeLiteral:
		d.node(n.Value)
	case *TypeUnion:
		ns := make([]Node, len(n.Members))
		for i, m := range n.Members {
			ns[i] = m
		}
		d.list("|", ns...)
	case *TypeArray:
		d.list("array", n.Elem)
	case *TypeNullable:
		d.list("nullable", n.Elem)
	case *TypeNonNull:
		d.list("nonnull", n.Elem)
	case *TypeObject:
		d.w("{")
		for i, p := range n.Properties {
			if i > 0 {
				d.w(", ")
			}
			d.decos(p.Decorators)
			d.node(p.Key)
			d.w(": ")
			d.node(p.Type)
		}
		if n.Additional != nil {
			if len(n.Properties) > 0 {
				d.w(", ")
			}
			d.decos(n.Additional.Decorators)
			d.w("*: ")
			d.node(n.Additional.Type)
		}
		d.w("}")
	case *TypeTuple:
		d.w("(tuple")
		for _, it := range n.Items {
			d.w(" ")
			d.decos(it.Decorators)
			d.node(it.Type)
		}
		d.w(")")
	case *TypeParen:
		d.list("paren", n.X)
	case *TypeMember:
		if n.Name == nil {
			d.list(".*", n.X)
		} else {
			d.list(".", n.X, n.Name)
		}
	case *TypeIndex:
		if n.Index == nil {
			d.list("[*]", n.X)
		} else {
			d.list("[]", n.X, n.Index)
		}
	case *TypeResource:
		d.list("resource", n.Spec)
	case *TypeGeneric:
		ns := []Node{n.Name}
		if n.Target != nil {
			ns = []Node{n.Target, n.Name}
		}
		for _, a := range n.Args {
			ns = append(ns, a)
		}
		d.list("generic", ns...)
	default:
		d.w(fmt.Sprintf("<%T>", n))
	}
}
