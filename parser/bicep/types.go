package bicep

import "github.com/posture-dev/posture/parser"

// typ parses a type expression, unions included.
func (p *parse) typ() Type {
	p.enter()
	var start parser.Pos
	leading := false
	if p.unionNext() {
		p.skipNewlines()
		start = p.at(int(p.next().start))
		leading = true
	}
	first := p.unaryType()
	if !leading {
		start = first.Span().Start
	}
	if !leading && !p.unionNext() {
		p.leave()
		return first
	}
	u := &TypeUnion{Members: []Type{first}}
	for p.unionNext() {
		p.skipNewlines()
		p.next()
		if t := p.tok(); t.kind == tNewline || t.kind == tEOF {
			p.fail(t, "expected a type after '|', found %s", describe(t))
		}
		u.Members = append(u.Members, p.unaryType())
	}
	u.node = p.from(start)
	p.leave()
	return u
}

// unionNext reports whether a '|' follows, on this line or the next:
// members of a union may start their lines with it.
func (p *parse) unionNext() bool {
	return p.tok().kind == tPipe || p.tok().kind == tNewline && p.peek(1).kind == tPipe
}

func (p *parse) unaryType() Type {
	t := p.tok()
	var x Type
	if t.kind == tMinus || t.kind == tNot {
		// -1 and !true are literal types: the operator applies to the
		// literal, which stays an expression for the evaluator.
		p.next()
		start := p.at(int(t.start))
		lit, ok := p.memberType().(*TypeLiteral)
		if !ok {
			p.fail(t, "'%s' in a type applies only to a literal, such as -1 or !true", opText[t.kind])
		}
		n := p.from(start)
		x = &TypeLiteral{node: n, Value: &Unary{node: n, Op: opText[t.kind], X: lit.Value}}
	} else {
		x = p.memberType()
	}
	for {
		switch p.tok().kind {
		case tQuestion:
			p.next()
			x = &TypeNullable{node: p.from(x.Span().Start), Elem: x}
		case tNot:
			p.next()
			x = &TypeNonNull{node: p.from(x.Span().Start), Elem: x}
		default:
			return x
		}
	}
}

func (p *parse) memberType() Type {
	x := p.primaryType()
	start := x.Span().Start
	for chain := 0; ; chain++ {
		if chain > maxChain {
			p.fail(p.tok(), "type too long: more than %d accessors in a row", maxChain)
		}
		switch t := p.tok(); t.kind {
		case tLBrack:
			p.next()
			switch c := p.tok(); c.kind {
			case tRBrack:
				p.next()
				x = &TypeArray{node: p.from(start), Elem: x}
				continue
			case tStar:
				p.next()
				p.expect(tRBrack, "after '[*'")
				x = &TypeIndex{node: p.from(start), X: x}
				continue
			}
			ix := p.expr()
			if c := p.tok(); c.kind != tRBrack {
				p.fail(c, "expected ']' to close the index opened at %s, found %s", p.pos(int(t.start)), describe(c))
			}
			p.next()
			x = &TypeIndex{node: p.from(start), X: x, Index: ix}
		case tDot:
			p.next()
			if p.tok().kind == tStar {
				p.next()
				x = &TypeMember{node: p.from(start), X: x}
				continue
			}
			name := p.ident("a property name after '.'")
			if p.tok().kind == tLt {
				x = p.genericArgs(x, name, start)
				continue
			}
			x = &TypeMember{node: p.from(start), X: x, Name: name}
		default:
			return x
		}
	}
}

func (p *parse) primaryType() Type {
	t := p.tok()
	lit := func(v Expr) Type { return &TypeLiteral{node: node{v.Span()}, Value: v} }
	switch t.kind {
	case tInt:
		p.next()
		return lit(&Int{node: node{p.rng(int(t.start), int(t.end))}, Text: t.text})
	case tString, tStringLeft:
		return lit(p.str())
	case tLBrace:
		return p.objectType()
	case tLBrack:
		return p.tupleType()
	case tLParen:
		p.next()
		start := p.at(int(t.start))
		p.enter()
		x := p.typ()
		p.closeParen(t, "the parenthesis")
		p.leave()
		return &TypeParen{node: p.from(start), X: x}
	case tIdent:
		r := p.rng(int(t.start), int(t.end))
		switch t.text {
		case "true", "false":
			p.next()
			return lit(&Bool{node: node{r}, Value: t.text == "true"})
		case "null":
			p.next()
			return lit(&Null{node: node{r}})
		}
		name := p.ident("")
		if p.tok().kind == tLt {
			return p.genericArgs(nil, name, name.Range.Start)
		}
		return &TypeRef{node: node{r}, Name: name}
	}
	p.fail(t, "expected a type, found %s", describe(t))
	return nil
}

func (p *parse) genericArgs(target Type, name *Ident, start parser.Pos) *TypeGeneric {
	open := p.next()
	p.enter()
	g := &TypeGeneric{Target: target, Name: name}
	p.skipNewlines()
	for p.tok().kind != tGt {
		g.Args = append(g.Args, p.typ())
		p.skipNewlines()
		if p.tok().kind == tGt {
			break
		}
		if t := p.tok(); t.kind != tComma {
			p.fail(t, "expected ',' or '>' to close the type arguments opened at %s, found %s", p.pos(int(open.start)), describe(t))
		}
		p.next()
		p.skipNewlines()
	}
	p.next()
	p.leave()
	g.node = p.from(start)
	return g
}

// typeDecorators parses the decorators of an object type property or a
// tuple item.
func (p *parse) typeDecorators() decorated {
	if p.tok().kind != tAt {
		return decorated{}
	}
	return decorated{p.decorators()}
}

func (p *parse) objectType() *TypeObject {
	open := p.next()
	start := p.at(int(open.start))
	p.enter()
	o := &TypeObject{}
	p.skipNewlines()
	for p.tok().kind != tRBrace {
		d := p.typeDecorators()
		t := p.tok()
		propStart := p.at(int(t.start))
		prop := &TypeProperty{decorated: d}
		switch t.kind {
		case tIdent:
			prop.Key = p.ident("")
		case tString, tStringLeft:
			prop.Key = p.str()
		case tStar:
			p.next()
		case tEOF:
			p.fail(t, "expected '}' to close the object type opened at %s, found end of file", p.pos(int(open.start)))
		default:
			p.fail(t, "expected a property name or '*', found %s", describe(t))
		}
		if c := p.tok(); c.kind != tColon {
			p.fail(c, "expected ':' after the property name, found %s", describe(c))
		}
		p.next()
		prop.Type = p.typ()
		prop.node = p.from(propStart)
		if prop.Key == nil {
			o.Additional = prop
		} else {
			o.Properties = append(o.Properties, prop)
		}
		p.separator(open, tRBrace, "the object type")
	}
	p.next()
	p.leave()
	o.node = p.from(start)
	return o
}

func (p *parse) tupleType() *TypeTuple {
	open := p.next()
	start := p.at(int(open.start))
	p.enter()
	tt := &TypeTuple{}
	p.skipNewlines()
	for p.tok().kind != tRBrack {
		d := p.typeDecorators()
		t := p.tok()
		if t.kind == tEOF {
			p.fail(t, "expected ']' to close the tuple type opened at %s, found end of file", p.pos(int(open.start)))
		}
		it := &TupleItem{decorated: d, Type: p.typ()}
		it.node = p.from(it.Type.Span().Start)
		tt.Items = append(tt.Items, it)
		p.separator(open, tRBrack, "the tuple type")
	}
	p.next()
	p.leave()
	tt.node = p.from(start)
	return tt
}
