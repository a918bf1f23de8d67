package bicep

// Walk calls f for n and, when f returns true, for each of n's children in
// source order, depth first. Decorators are visited before the
// declaration they decorate; an object type's *: property after its named
// properties.
func Walk(n Node, f func(Node) bool) {
	if n == nil || isNil(n) || !f(n) {
		return
	}
	walkDecorators(n, f)
	switch n := n.(type) {
	case *TargetScope:
		Walk(n.Value, f)
	case *Metadata:
		walk(f, n.Name, n.Value)
	case *Param:
		walk(f, n.Name, n.Type, n.Default)
	case *ParamAssign:
		walk(f, n.Name, n.Value)
	case *Var:
		walk(f, n.Name, n.Type, n.Value)
	case *Resource:
		walk(f, n.Name, n.TypeSpec, n.Body)
	case *Module:
		walk(f, n.Name, n.Path, n.Body)
	case *Output:
		walk(f, n.Name, n.Type, n.Value)
	case *TypeDecl:
		walk(f, n.Name, n.Value)
	case *Func:
		Walk(n.Name, f)
		for _, fp := range n.Params {
			Walk(fp, f)
		}
		walk(f, n.Result, n.Body)
	case *FuncParam:
		walk(f, n.Name, n.Type)
	case *Import:
		for _, s := range n.Symbols {
			Walk(s, f)
		}
		walk(f, n.Provider, n.Config, n.Alias, n.From)
	case *ImportSymbol:
		walk(f, n.Name, n.Alias)
	case *Using:
		walk(f, n.Path, n.Config)
	case *Extends:
		Walk(n.Path, f)
	case *Extension:
		walk(f, n.Spec, n.Config, n.Alias)
	case *Assert:
		walk(f, n.Name, n.Value)
	case *Test:
		walk(f, n.Name, n.Path, n.Body)
	case *Decorator:
		Walk(n.Expr, f)

	case *String:
		for _, x := range n.Exprs {
			Walk(x, f)
		}
	case *Object:
		for _, it := range n.Items {
			Walk(it, f)
		}
	case *Property:
		walk(f, n.Key, n.Value)
	case *Spread:
		Walk(n.X, f)
	case *Array:
		for _, x := range n.Items {
			Walk(x, f)
		}
	case *For:
		walk(f, n.Item, n.Index, n.Iterable, n.Body)
	case *If:
		walk(f, n.Cond, n.Body)
	case *Paren:
		Walk(n.X, f)
	case *Unary:
		Walk(n.X, f)
	case *Binary:
		walk(f, n.X, n.Y)
	case *Ternary:
		walk(f, n.Cond, n.Then, n.Else)
	case *Member:
		walk(f, n.X, n.Name)
	case *Index:
		walk(f, n.X, n.Index)
	case *ResourceAccess:
		walk(f, n.X, n.Name)
	case *NonNull:
		Walk(n.X, f)
	case *Call:
		walk(f, n.Target, n.Name)
		for _, x := range n.Args {
			Walk(x, f)
		}
	case *Lambda:
		for _, x := range n.Params {
			Walk(x, f)
		}
		Walk(n.Body, f)

	case *TypeLiteral:
		Walk(n.Value, f)
	case *TypeRef:
		Walk(n.Name, f)
	case *TypeUnion:
		for _, x := range n.Members {
			Walk(x, f)
		}
	case *TypeArray:
		Walk(n.Elem, f)
	case *TypeNullable:
		Walk(n.Elem, f)
	case *TypeNonNull:
		Walk(n.Elem, f)
	case *TypeObject:
		for _, x := range n.Properties {
			Walk(x, f)
		}
		Walk(n.Additional, f)
	case *TypeProperty:
		walk(f, n.Key, n.Type)
	case *TypeTuple:
		for _, x := range n.Items {
			Walk(x, f)
		}
	case *TupleItem:
		Walk(n.Type, f)
	case *TypeParen:
		Walk(n.X, f)
	case *TypeMember:
		walk(f, n.X, n.Name)
	case *TypeIndex:
		walk(f, n.X, n.Index)
	case *TypeResource:
		Walk(n.Spec, f)
	case *TypeGeneric:
		walk(f, n.Target, n.Name)
		for _, x := range n.Args {
			Walk(x, f)
		}
	}
}

func walk(f func(Node) bool, ns ...Node) {
	for _, n := range ns {
		Walk(n, f)
	}
}

func walkDecorators(n Node, f func(Node) bool) {
	var ds []*Decorator
	switch n := n.(type) {
	case Statement:
		ds = n.Decorations()
	case *TypeProperty:
		ds = n.Decorators
	case *TupleItem:
		ds = n.Decorators
	}
	for _, d := range ds {
		Walk(d, f)
	}
}

// isNil reports whether n is an interface holding a nil pointer, as the
// optional fields (Param.Default, Var.Type ...) do when absent.
func isNil(n Node) bool {
	switch n := n.(type) {
	case *Ident:
		return n == nil
	case *String:
		return n == nil
	case *Object:
		return n == nil
	case *TypeProperty:
		return n == nil
	}
	return false
}
