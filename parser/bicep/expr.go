package bicep

import "github.com/posture-dev/posture/parser"

// expr parses a full expression: a ternary or anything below it.
func (p *parse) expr() Expr {
	p.enter()
	x := p.binary(0)
	// A ternary may continue on the next line with '?' or ':'.
	if p.peekNL().kind == tQuestion {
		p.skipNewlines()
		p.next()
		then := p.expr()
		if p.peekNL().kind != tColon {
			p.fail(p.tok(), "expected ':' in the conditional expression (cond ? a : b), found %s", describe(p.tok()))
		}
		p.skipNewlines()
		p.next()
		els := p.expr()
		x = &Ternary{node: p.from(x.Span().Start), Cond: x, Then: then, Else: els}
	}
	p.leave()
	return x
}

// precedence returns the binding power of a binary operator, 0 for any
// other token. All binary operators associate to the left.
func precedence(k tokenKind) int {
	switch k {
	case tCoalesce:
		return 1
	case tOr:
		return 2
	case tAnd:
		return 3
	case tEq, tNe, tEqI, tNeI:
		return 4
	case tLt, tLe, tGt, tGe:
		return 5
	case tPlus, tMinus:
		return 6
	case tStar, tSlash, tPercent:
		return 7
	}
	return 0
}

var opText = [...]string{
	tCoalesce: "??", tOr: "||", tAnd: "&&", tEq: "==", tNe: "!=", tEqI: "=~", tNeI: "!~",
	tLt: "<", tLe: "<=", tGt: ">", tGe: ">=", tPlus: "+", tMinus: "-", tStar: "*", tSlash: "/",
	tPercent: "%", tNot: "!",
}

func (p *parse) binary(min int) Expr {
	x := p.unary()
	chain := 0
	for {
		op := p.tok()
		prec := precedence(op.kind)
		if prec <= min {
			return x
		}
		if chain++; chain > maxChain {
			p.fail(op, "expression too long: more than %d operators in a row", maxChain)
		}
		p.next()
		y := p.binary(prec)
		x = &Binary{node: p.from(x.Span().Start), Op: opText[op.kind], X: x, Y: y}
	}
}

func (p *parse) unary() Expr {
	t := p.tok()
	if t.kind == tNot || t.kind == tMinus {
		// Bicep's grammar has no !!x, but reading it costs nothing and the
		// depth bound keeps a long run of operators from exhausting the stack.
		p.enter()
		p.next()
		start := p.at(int(t.start))
		x := p.unary()
		p.leave()
		return &Unary{node: p.from(start), Op: opText[t.kind], X: x}
	}
	return p.postfix(p.primary())
}

func (p *parse) postfix(x Expr) Expr {
	start := x.Span().Start
	for chain := 0; ; chain++ {
		if chain > maxChain {
			p.fail(p.tok(), "expression too long: more than %d accessors in a row", maxChain)
		}
		switch t := p.tok(); t.kind {
		case tLBrack:
			p.next()
			ix := &Index{X: x}
			if p.tok().kind == tQuestion {
				p.next()
				ix.Safe = true
			}
			if p.tok().kind == tHat {
				p.next()
				ix.FromEnd = true
			}
			if p.tok().kind == tRBrack {
				p.fail(p.tok(), "expected an index expression between '[' and ']'")
			}
			p.skipNewlines()
			ix.Index = p.expr()
			p.skipNewlines()
			if c := p.tok(); c.kind != tRBrack {
				p.fail(c, "expected ']' to close the index opened at %s, found %s", p.pos(int(t.start)), describe(c))
			}
			p.next()
			ix.node = p.from(start)
			x = ix
		case tDot:
			p.next()
			safe := false
			if p.tok().kind == tQuestion {
				p.next()
				safe = true
			}
			name := p.ident("a property or function name after '.'")
			if p.tok().kind == tLParen {
				if safe {
					p.fail(p.tok(), "'.?' cannot call a function: use '.' before %s", name.Name)
				}
				x = p.call(x, name, start)
				continue
			}
			x = &Member{node: p.from(start), X: x, Name: name, Safe: safe}
		case tDColon:
			p.next()
			name := p.ident("a nested resource name after '::'")
			x = &ResourceAccess{node: p.from(start), X: x, Name: name}
		case tNot:
			// After an operand, '!' can only be the non-null assertion:
			// the lexer has already taken != and !~.
			p.next()
			x = &NonNull{node: p.from(start), X: x}
		default:
			return x
		}
	}
}

// call parses the argument list of name(...) or target.name(...).
func (p *parse) call(target Expr, name *Ident, start parser.Pos) *Call {
	open := p.next()
	p.enter()
	c := &Call{Target: target, Name: name}
	unclosed := func() {
		if p.atDeclaration() {
			p.fail(p.tok(), "expected ')' to close the arguments of %s opened at %s, found %s", name.Name, p.pos(int(open.start)), describe(p.tok()))
		}
	}
	p.skipNewlines()
	for p.tok().kind != tRParen {
		unclosed()
		c.Args = append(c.Args, p.expr())
		p.skipNewlines()
		t := p.tok()
		if t.kind == tRParen {
			break
		}
		unclosed()
		if t.kind != tComma {
			p.fail(t, "expected ',' or ')' to close the arguments of %s opened at %s, found %s", name.Name, p.pos(int(open.start)), describe(t))
		}
		p.next()
		p.skipNewlines()
	}
	p.next()
	p.leave()
	c.node = p.from(start)
	return c
}

func (p *parse) primary() Expr {
	t := p.tok()
	switch t.kind {
	case tInt:
		p.next()
		return &Int{node: node{p.rng(int(t.start), int(t.end))}, Text: t.text}
	case tString, tStringLeft:
		return p.str()
	case tLBrace:
		return p.object(false)
	case tLBrack:
		open := p.next()
		if p.isKeyword(p.peekNL(), "for") {
			return p.forExpr(open, false, false)
		}
		return p.array(open)
	case tLParen:
		// (a, b) => ... and (a + b) look alike up to the ')': the token
		// after the matching ')' tells them apart, without backtracking.
		if c := p.closer[p.i]; c > 0 && p.toks[c+1].kind == tArrow {
			return p.lambda()
		}
		p.next()
		start := p.at(int(t.start))
		p.enter()
		p.skipNewlines()
		x := p.expr()
		p.skipNewlines()
		p.closeParen(t, "the parenthesis")
		p.leave()
		return &Paren{node: p.from(start), X: x}
	case tIdent:
		r := p.rng(int(t.start), int(t.end))
		switch t.text {
		case "true", "false":
			p.next()
			return &Bool{node: node{r}, Value: t.text == "true"}
		case "null":
			p.next()
			return &Null{node: node{r}}
		}
		if p.peek(1).kind == tArrow {
			return p.lambda()
		}
		id := p.ident("")
		if p.tok().kind == tLParen {
			return p.call(nil, id, id.Range.Start)
		}
		return id
	}
	p.fail(t, "expected an expression, found %s", describe(t))
	return nil
}

func (p *parse) lambda() *Lambda {
	t := p.tok()
	start := p.at(int(t.start))
	l := &Lambda{}
	if t.kind == tIdent {
		l.Params = append(l.Params, p.ident(""))
	} else {
		p.next()
		p.skipNewlines()
		for p.tok().kind != tRParen {
			l.Params = append(l.Params, p.ident("a lambda parameter name"))
			p.skipNewlines()
			if p.tok().kind == tComma {
				p.next()
				p.skipNewlines()
			} else if p.tok().kind != tRParen {
				p.fail(p.tok(), "expected ',' or ')' in the lambda parameters opened at %s, found %s", p.pos(int(t.start)), describe(p.tok()))
			}
		}
		p.next()
	}
	p.next() // =>
	p.lambdaNewlines()
	l.Body = p.expr()
	l.node = p.from(start)
	return l
}

// str parses a string literal whose first token is current.
func (p *parse) str() *String {
	t := p.next()
	s := &String{Multiline: t.multiline}
	if t.kind == tString {
		s.one[0] = t.text
		s.Segments = s.one[:] // most strings have one segment: no second allocation
		s.node = node{p.rng(int(t.start), int(t.end))}
		return s
	}
	p.enter()
	start := p.at(int(t.start))
	s.Segments = append(s.Segments, t.text)
	for {
		hole := int(p.toks[p.i-1].end) - 2
		s.Exprs = append(s.Exprs, p.expr())
		c := p.tok()
		switch c.kind {
		case tStringMiddle:
			p.next()
			s.Segments = append(s.Segments, c.text)
			continue
		case tStringRight:
			p.next()
			s.Segments = append(s.Segments, c.text)
			p.leave()
			s.node = p.from(start)
			return s
		}
		p.fail(c, "expected '}' to close the interpolation '${' opened at %s, found %s", p.pos(hole), describe(c))
	}
}

// object parses { ... }; resources allows nested resource declarations
// (in resource bodies).
func (p *parse) object(resources bool) *Object {
	open := p.next()
	start := p.at(int(open.start))
	p.enter()
	o := &Object{}
	p.skipNewlines()
	for p.tok().kind != tRBrace {
		t := p.tok()
		if t.kind == tEOF || t.kind == tRBrack || t.kind == tRParen {
			p.fail(t, "expected '}' to close the object opened at %s, found %s", p.pos(int(open.start)), describe(t))
		}
		if p.atDeclaration() && !(resources && t.text == "resource") {
			p.fail(t, "expected '}' to close the object opened at %s, found %s", p.pos(int(open.start)), describe(t))
		}
		o.Items = append(o.Items, p.objectItem(resources))
		p.separator(open, tRBrace, "the object")
	}
	p.next()
	p.leave()
	o.node = p.from(start)
	return o
}

func (p *parse) objectItem(resources bool) ObjectItem {
	t := p.tok()
	if resources && (t.kind == tAt || p.isKeyword(t, "resource") && p.peek(1).kind == tIdent) {
		decos := p.decorators()
		if kw := p.tok(); !p.isKeyword(kw, "resource") {
			p.fail(kw, "expected a nested resource after the decorator, found %s", describe(kw))
		}
		kw := p.next()
		return p.resource(p.at(int(kw.start)), decorated{decos})
	}
	if t.kind == tEllipsis {
		p.next()
		start := p.at(int(t.start))
		x := p.expr()
		return &Spread{node: p.from(start), X: x}
	}
	var key Expr
	switch t.kind {
	case tIdent:
		key = p.ident("")
	case tString, tStringLeft:
		key = p.str()
	default:
		p.fail(t, "expected a property name, found %s", describe(t))
	}
	if c := p.tok(); c.kind != tColon {
		p.fail(c, "expected ':' after the property name, found %s", describe(c))
	}
	p.next()
	v := p.expr()
	return &Property{node: p.from(key.Span().Start), Key: key, Value: v}
}

func (p *parse) array(open *token) *Array {
	start := p.at(int(open.start))
	p.enter()
	a := &Array{}
	p.skipNewlines()
	for p.tok().kind != tRBrack {
		t := p.tok()
		if t.kind == tEOF || t.kind == tRBrace || t.kind == tRParen || p.atDeclaration() {
			p.fail(t, "expected ']' to close the array opened at %s, found %s", p.pos(int(open.start)), describe(t))
		}
		if t.kind == tEllipsis {
			p.next()
			spread := p.at(int(t.start))
			x := p.expr()
			a.Items = append(a.Items, &Spread{node: p.from(spread), X: x})
		} else {
			a.Items = append(a.Items, p.expr())
		}
		p.separator(open, tRBrack, "the array")
	}
	p.next()
	p.leave()
	a.node = p.from(start)
	return a
}

// forExpr parses a loop after its '['; body says whether it is the body of
// a resource or module, where only an object or a condition may follow
// the ':'.
func (p *parse) forExpr(open *token, body, resources bool) *For {
	start := p.at(int(open.start))
	p.enter()
	p.skipNewlines()
	if !p.isKeyword(p.tok(), "for") {
		p.fail(p.tok(), "expected 'for' after '[', found %s", describe(p.tok()))
	}
	p.next()
	f := &For{}
	switch t := p.tok(); t.kind {
	case tIdent:
		f.Item = p.ident("")
	case tLParen:
		p.next()
		f.Item = p.ident("the item variable name")
		p.expect(tComma, "between the item and index variables")
		f.Index = p.ident("the index variable name")
		p.closeParen(t, "the loop variables")
	default:
		p.fail(t, "expected the loop variable or '(item, index)' after for, found %s", describe(t))
	}
	if !p.isKeyword(p.tok(), "in") {
		p.fail(p.tok(), "expected 'in' after the loop variables, found %s", describe(p.tok()))
	}
	p.next()
	f.Iterable = p.expr()
	p.expect(tColon, "after the loop's collection")
	switch t := p.tok(); {
	case p.isKeyword(t, "if") && p.peek(1).kind == tLParen:
		f.Body = p.ifBody(resources)
	case body && t.kind == tLBrace:
		f.Body = p.object(resources)
	case body:
		p.fail(t, "expected '{' or 'if (...)' after ':' in the loop, found %s", describe(t))
	default:
		f.Body = p.expr()
	}
	p.skipNewlines()
	if t := p.tok(); t.kind != tRBrack {
		p.fail(t, "expected ']' to close the loop opened at %s, found %s", p.pos(int(open.start)), describe(t))
	}
	p.next()
	p.leave()
	f.node = p.from(start)
	return f
}

// atDeclaration reports whether the current token looks like the start of
// a declaration: a keyword at column 1 followed by a name. Inside an
// unclosed bracket that is almost always the next statement, and saying
// the bracket is unclosed helps more than "expected ':'".
func (p *parse) atDeclaration() bool {
	t := p.tok()
	if t.kind != tIdent || p.i == 0 {
		return false
	}
	prev := &p.toks[p.i-1]
	return prev.kind == tNewline && prev.end == t.start && p.peek(1).kind == tIdent && declKeywords[t.text]
}
