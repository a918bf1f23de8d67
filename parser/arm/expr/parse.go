// Package expr parses and evaluates the ARM template expression language:
// the text between the brackets of "[concat('a', parameters('b'))]".
//
// Values are JSON-like Go values (string, int64, float64, bool, nil, []any,
// map[string]any) plus Unknown, which stands for anything that cannot be
// known before deployment (a parameter without a value, reference(),
// utcNow()). Unknown propagates: a function of an unknown argument is
// unknown, except where the known arguments decide the result (if, and, or,
// coalesce).
package expr

import (
	"fmt"
	"strconv"
	"strings"
)

// maxNesting bounds how deeply calls, property accesses and indexes nest
// in one expression; real templates stay below 30.
const maxNesting = 200

// Expr is a node of a parsed expression. Offsets are byte offsets into the
// string that was parsed (brackets included).
type Expr interface {
	Pos() int
}

// Lit is a string or integer literal (string or int64), or a bare true,
// false or null.
type Lit struct {
	Value any
	At    int
}

// Call is a function call; Name keeps a namespace prefix ("__bicep.f").
type Call struct {
	Name string
	Args []Expr
	At   int
}

// Prop is a property access: X.Name.
type Prop struct {
	X    Expr
	Name string
	At   int
}

// Index is an index or computed property access: X[Index].
type Index struct {
	X     Expr
	Index Expr
	At    int
}

// Pos implements Expr.
func (e *Lit) Pos() int { return e.At }

// Pos implements Expr.
func (e *Call) Pos() int { return e.At }

// Pos implements Expr.
func (e *Prop) Pos() int { return e.At }

// Pos implements Expr.
func (e *Index) Pos() int { return e.At }

// Error is a parse or evaluation error at a byte offset of the template
// string.
type Error struct {
	Offset int
	Msg    string
	// Err is the cause when evaluation stopped for good: ErrBudget,
	// ErrBytes, or the error of Context.Check.
	Err error
}

func (e *Error) Error() string { return e.Msg }

// Unwrap returns the cause, if any.
func (e *Error) Unwrap() error { return e.Err }

// Classify tells what a template string is: an expression (its text in
// brackets), or a literal. "[[x]" is the escape for the literal "[x]".
func Classify(s string) (isExpr bool, literal string) {
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return false, s
	}
	if s[1] == '[' {
		return false, s[1:]
	}
	return true, ""
}

// Parse parses a template string that Classify reported as an expression,
// brackets included.
func Parse(s string) (Expr, error) {
	if ok, _ := Classify(s); !ok {
		return nil, &Error{Offset: 0, Msg: "not an expression: expressions are written in square brackets"}
	}
	p := &parser{src: s, pos: 1, end: len(s) - 1}
	p.skipSpace()
	if p.pos >= p.end {
		return nil, &Error{Offset: p.pos, Msg: "empty expression between the brackets"}
	}
	e, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < p.end {
		return nil, &Error{Offset: p.pos, Msg: fmt.Sprintf("unexpected %q after the end of the expression; check the parentheses and quotes", p.src[p.pos:p.pos+1])}
	}
	return e, nil
}

type parser struct {
	src      string
	pos, end int
}

func (p *parser) skipSpace() {
	for p.pos < p.end && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t' || p.src[p.pos] == '\n' || p.src[p.pos] == '\r') {
		p.pos++
	}
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func (p *parser) ident() string {
	start := p.pos
	for p.pos < p.end && isIdentPart(p.src[p.pos]) {
		p.pos++
	}
	return p.src[start:p.pos]
}

func (p *parser) expr(depth int) (Expr, error) {
	if depth > maxNesting {
		return nil, &Error{Offset: p.pos, Msg: fmt.Sprintf("expression nested more than %d levels deep", maxNesting)}
	}
	e, err := p.primary(depth)
	if err != nil {
		return nil, err
	}
	// Postfix chain: .name and [index]; "?" (null-forgiving in newer
	// templates) is accepted and ignored because a missing member already
	// evaluates to unknown here. Each link nests the tree one level deeper
	// (and its evaluation one call deeper), so it counts as nesting.
	for {
		p.skipSpace()
		if p.pos >= p.end {
			return e, nil
		}
		if c := p.src[p.pos]; c == '.' || c == '[' {
			if depth++; depth > maxNesting {
				return nil, &Error{Offset: p.pos, Msg: fmt.Sprintf("expression nested more than %d levels deep", maxNesting)}
			}
		}
		switch p.src[p.pos] {
		case '?':
			p.pos++
		case '.':
			at := p.pos
			p.pos++
			if p.pos < p.end && p.src[p.pos] == '?' {
				p.pos++
			}
			p.skipSpace()
			if p.pos >= p.end || !isIdentStart(p.src[p.pos]) && !(p.src[p.pos] >= '0' && p.src[p.pos] <= '9') {
				return nil, &Error{Offset: p.pos, Msg: "expected a property name after '.'"}
			}
			name := p.ident()
			e = &Prop{X: e, Name: name, At: at}
		case '[':
			at := p.pos
			p.pos++
			p.skipSpace()
			idx, err := p.expr(depth + 1)
			if err != nil {
				return nil, err
			}
			p.skipSpace()
			if p.pos >= p.end || p.src[p.pos] != ']' {
				return nil, &Error{Offset: p.pos, Msg: "expected ']' to close the index"}
			}
			p.pos++
			e = &Index{X: e, Index: idx, At: at}
		default:
			return e, nil
		}
	}
}

func (p *parser) primary(depth int) (Expr, error) {
	if p.pos >= p.end {
		return nil, &Error{Offset: p.pos, Msg: "unexpected end of expression; expected a value or a function call"}
	}
	start := p.pos
	c := p.src[p.pos]
	switch {
	case c == '\'':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		p.pos++
		for p.pos < p.end && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		if p.pos < p.end && p.src[p.pos] == '.' && p.pos+1 < p.end && p.src[p.pos+1] >= '0' && p.src[p.pos+1] <= '9' {
			p.pos++
			for p.pos < p.end && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
				p.pos++
			}
			f, err := strconv.ParseFloat(p.src[start:p.pos], 64)
			if err != nil {
				return nil, &Error{Offset: start, Msg: fmt.Sprintf("invalid number %s", Quote(p.src[start:p.pos]))}
			}
			return &Lit{Value: f, At: start}, nil
		}
		n, err := strconv.ParseInt(p.src[start:p.pos], 10, 64)
		if err != nil {
			return nil, &Error{Offset: start, Msg: fmt.Sprintf("invalid integer %s", Quote(p.src[start:p.pos]))}
		}
		return &Lit{Value: n, At: start}, nil
	case isIdentStart(c):
		name := p.ident()
		// A namespaced user-defined function: ns.name(...).
		if p.pos < p.end && p.src[p.pos] == '.' {
			save := p.pos
			p.pos++
			member := p.ident()
			p.skipSpace()
			if member != "" && p.pos < p.end && p.src[p.pos] == '(' {
				name = name + "." + member
			} else {
				p.pos = save
			}
		}
		p.skipSpace()
		if p.pos >= p.end || p.src[p.pos] != '(' {
			switch strings.ToLower(name) {
			case "true":
				return &Lit{Value: true, At: start}, nil
			case "false":
				return &Lit{Value: false, At: start}, nil
			case "null":
				return &Lit{Value: nil, At: start}, nil
			}
			return nil, &Error{Offset: start, Msg: fmt.Sprintf("%s is not a function call: write %s(...), or quote a string literal as '%s'", Quote(name), short(name), short(name))}
		}
		p.pos++
		call := &Call{Name: name, At: start}
		for {
			p.skipSpace()
			if p.pos >= p.end {
				return nil, &Error{Offset: start, Msg: fmt.Sprintf("unterminated call of %s: add the closing ')'", name)}
			}
			if p.src[p.pos] == ')' {
				p.pos++
				return call, nil
			}
			if len(call.Args) > 0 {
				if p.src[p.pos] != ',' {
					return nil, &Error{Offset: p.pos, Msg: fmt.Sprintf("expected ',' or ')' in the arguments of %s", name)}
				}
				p.pos++
				p.skipSpace()
			}
			arg, err := p.expr(depth + 1)
			if err != nil {
				return nil, err
			}
			call.Args = append(call.Args, arg)
		}
	default:
		return nil, &Error{Offset: start, Msg: fmt.Sprintf("unexpected %q; expected a function call, a 'string' in single quotes or a number", p.src[start:start+1])}
	}
}

// str reads a single-quoted string; a quote inside is written twice.
func (p *parser) str() (Expr, error) {
	start := p.pos
	p.pos++
	var b strings.Builder
	for p.pos < p.end {
		c := p.src[p.pos]
		if c == '\'' {
			if p.pos+1 < p.end && p.src[p.pos+1] == '\'' {
				b.WriteByte('\'')
				p.pos += 2
				continue
			}
			p.pos++
			return &Lit{Value: b.String(), At: start}, nil
		}
		b.WriteByte(c)
		p.pos++
	}
	return nil, &Error{Offset: start, Msg: "unterminated string literal: close it with ' (write '' for a quote inside)"}
}

// Text writes e in one canonical form (function names in lower case,
// single-quoted strings, no spaces), so two expressions written apart
// compare equal when they are the same expression.
func Text(e Expr) string {
	var b strings.Builder
	writeText(&b, e)
	return b.String()
}

func writeText(b *strings.Builder, e Expr) {
	switch x := e.(type) {
	case *Lit:
		switch v := x.Value.(type) {
		case string:
			b.WriteString("'" + strings.ReplaceAll(v, "'", "''") + "'")
		case nil:
			b.WriteString("null")
		default:
			fmt.Fprint(b, v)
		}
	case *Call:
		b.WriteString(strings.ToLower(x.Name) + "(")
		for i, a := range x.Args {
			if i > 0 {
				b.WriteString(",")
			}
			writeText(b, a)
		}
		b.WriteString(")")
	case *Prop:
		writeText(b, x.X)
		b.WriteString("." + x.Name)
	case *Index:
		writeText(b, x.X)
		b.WriteString("[")
		writeText(b, x.Index)
		b.WriteString("]")
	}
}
