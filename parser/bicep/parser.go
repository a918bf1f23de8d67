package bicep

import (
	"fmt"
	"math"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

	"github.com/posture-dev/posture/parser"
)

const (
	// maxDepth bounds the nesting of expressions, objects, arrays and
	// types. The parser is recursive descent and a goroutine stack
	// overflow cannot be recovered, so deeper input is a diagnostic.
	maxDepth = 256
	// maxChain bounds operator and accessor chains (a + b + ..., a.b.c...),
	// which nest the tree without nesting the source.
	maxChain = 4096
)

// Parse parses a .bicep or .bicepparam file. It always returns a File with
// every statement it could read; the diagnostics, in source order, say
// what it could not: lexical errors, and one syntax error per broken
// statement.
func Parse(name string, src []byte) (f *File, diags []parser.Diagnostic) {
	if len(src) > math.MaxInt32 {
		return &File{Name: name}, []parser.Diagnostic{parser.Errorf(parser.Range{File: name}, "file too large to parse: %d bytes", len(src))}
	}
	p := &parse{name: name, src: src, lines: parser.NewLineIndex(src), params: strings.HasSuffix(name, ".bicepparam")}
	f = &File{Name: name, Lines: p.lines}
	defer func() {
		// A panic here is a bug in this package, never a property of the
		// input; it is reported on the file rather than crashing the scan.
		if r := recover(); r != nil {
			diags = append(p.diags, parser.Errorf(parser.Range{File: name},
				"internal error in the Bicep parser (please report it with this file): %v\n%s", r, stackHead()))
		}
	}()
	buf := buffers.Get().(*scratch)
	defer buf.release()
	lx := lexInto(src, buf.toks, &buf.intern)
	p.toks = lx.toks
	buf.toks = lx.toks
	p.lexErrs = lx.errs
	for _, e := range lx.errs {
		p.diags = append(p.diags, parser.Errorf(p.rng(e.start, e.end), "%s", e.msg))
	}
	if len(lx.comments) > 0 {
		f.Comments = make([]Comment, len(lx.comments))
		for i, c := range lx.comments {
			f.Comments[i] = Comment{Range: p.rng(c.start, c.end), Kind: c.kind, Text: string(src[c.start:c.end]), Trailing: c.trailing}
			for _, t := range p.toks[c.next:] {
				if t.kind != tNewline {
					if t.kind != tEOF {
						f.Comments[i].Next = p.at(int(t.start))
					}
					break
				}
			}
		}
	}
	p.cur = lineCache{} // the parse starts again from the first line
	p.closer = buf.closer
	p.matchParens()
	buf.closer = p.closer
	f.Statements = p.file()
	sort.SliceStable(p.diags, func(i, j int) bool { return p.diags[i].Range.Start.Byte < p.diags[j].Range.Start.Byte })
	return f, p.diags
}

// stackHead returns the first frames of the current goroutine's stack:
// enough to locate a bug without flooding the report.
func stackHead() string {
	lines := strings.SplitN(string(debug.Stack()), "\n", 14)
	return strings.Join(lines[:min(len(lines), 13)], "\n")
}

// scratch holds the token arrays of one Parse call, which the tree does
// not reference, and the interned names, which stay valid: the next call
// reuses them.
type scratch struct {
	toks   []token
	closer []int32
	intern internTable
}

var buffers = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled keeps the arrays of an unusually large file from staying in
// memory for the life of the process.
const maxPooled = 1 << 17

func (s *scratch) release() {
	if cap(s.toks) > maxPooled {
		return
	}
	clear(s.toks) // drop the strings the tokens point to; the rest is zero
	buffers.Put(s)
}

// parse is the state of one Parse call.
type parse struct {
	name  string
	src   []byte
	lines *parser.LineIndex
	toks  []token
	i     int
	// prevEnd is the end offset of the last token consumed other than a
	// new line: where the node being built ends.
	prevEnd int
	depth   int
	params  bool // a .bicepparam file
	cur     lineCache
	// closer[i] is the index of the ')' matching the '(' at i, or 0.
	closer  []int32
	diags   []parser.Diagnostic
	lexErrs []lexError
}

// lineCache is an ASCII line: [start, end) holds its bytes and its
// line break.
type lineCache struct{ line, start, end int }

// bailout unwinds the parse of one statement after a syntax error; the
// statement loop recovers it and resynchronises.
type bailout struct{}

func (p *parse) rng(start, end int) parser.Range {
	return parser.Range{File: p.name, Start: p.at(start), End: p.at(end)}
}

// from returns the node that starts at start and ends with the last token
// read. Callers take a node's start position when they read its first
// token, while at still holds that line: computed at the end, the start
// of a multi-line node would cost a search.
func (p *parse) from(start parser.Pos) node {
	return node{parser.Range{File: p.name, Start: start, End: p.at(p.prevEnd)}}
}

// at converts a byte offset to a position. The parser asks for offsets
// mostly in increasing order and mostly on ASCII lines: it remembers the
// last such line and answers within it without a search.
func (p *parse) at(off int) parser.Pos {
	if c := &p.cur; off >= c.start && off < c.end {
		return parser.Pos{Line: c.line, Column: off - c.start + 1, Byte: off}
	}
	ps := p.lines.Pos(off)
	// On an ASCII line this is where the line starts. On another it is
	// wrong, but the scan below then meets a byte >= 0x80 before off: the
	// line holds more such bytes than the bytes the columns skipped.
	start := off - (ps.Column - 1)
	if off < p.cur.start || start < 0 || start > len(p.src) {
		return ps
	}
	end := start
	for end < len(p.src) && p.src[end] != '\n' {
		if p.src[end] >= 0x80 {
			return ps // columns are not byte distances on this line
		}
		end++
	}
	p.cur = lineCache{line: ps.Line, start: start, end: end + 1}
	return ps
}

func (p *parse) pos(off int) string {
	ps := p.lines.Pos(off)
	return fmt.Sprintf("%d:%d", ps.Line, ps.Column)
}

func (p *parse) matchParens() {
	if cap(p.closer) < len(p.toks) {
		p.closer = make([]int32, len(p.toks))
	}
	p.closer = p.closer[:len(p.toks)]
	clear(p.closer)
	var stack []int32
	for i, t := range p.toks {
		switch t.kind {
		case tLParen:
			stack = append(stack, int32(i))
		case tRParen:
			if n := len(stack); n > 0 {
				p.closer[stack[n-1]] = int32(i)
				stack = stack[:n-1]
			}
		}
	}
}

func (p *parse) tok() *token { return &p.toks[p.i] }

// peek returns the token n places ahead (n = 0 is the current one).
func (p *parse) peek(n int) *token {
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

// peekNL returns the first token from the current one that is not a new
// line.
func (p *parse) peekNL() *token {
	if t := p.tok(); t.kind == tNewline {
		return p.peek(1) // new lines are folded: the next one is not
	}
	return p.tok()
}

func (p *parse) next() *token {
	t := &p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	if t.kind != tNewline {
		p.prevEnd = int(t.end)
	}
	return t
}

func (p *parse) skipNewlines() {
	if p.tok().kind == tNewline {
		p.i++
	}
}

// fail reports a syntax error at t and abandons the statement. An error
// at a token the lexer already reported on would only repeat it.
func (p *parse) fail(t *token, format string, args ...any) {
	end := int(t.end)
	if t.kind == tNewline {
		end = int(t.start) // point at the end of the line, not at the next one
	}
	if !p.lexErrorAt(int(t.start)) {
		p.diags = append(p.diags, parser.Errorf(p.rng(int(t.start), end), format, args...))
	}
	panic(bailout{})
}

// lexErrorAt reports whether a lexical error covers off. The errors are
// in source order, and a file may hold thousands: a linear search per
// syntax error would make a garbage file quadratic.
func (p *parse) lexErrorAt(off int) bool {
	i := sort.Search(len(p.lexErrs), func(i int) bool { return p.lexErrs[i].start > off })
	return i > 0 && p.lexErrs[i-1].end >= off
}

// describe names t for an error message: "found X".
func describe(t *token) string {
	switch t.kind {
	case tIdent:
		return "'" + t.text + "'"
	case tInt:
		return "integer " + t.text
	case tString, tStringLeft:
		return "a string"
	case tStringMiddle, tStringRight:
		return "'}'"
	case tNewline:
		return "the end of the line"
	}
	return t.kind.String()
}

func (p *parse) expect(kind tokenKind, context string) *token {
	t := p.tok()
	if t.kind != kind {
		p.fail(t, "expected %s %s, found %s", kind, context, describe(t))
	}
	return p.next()
}

func (p *parse) isKeyword(t *token, kw string) bool { return t.kind == tIdent && t.text == kw }

func (p *parse) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.fail(p.tok(), "nesting too deep: more than %d levels", maxDepth)
	}
}

func (p *parse) leave() { p.depth-- }

func (p *parse) ident(what string) *Ident {
	t := p.tok()
	if t.kind != tIdent {
		p.fail(t, "expected %s, found %s", what, describe(t))
	}
	p.next()
	return &Ident{node: node{p.rng(int(t.start), int(t.end))}, Name: t.text}
}

// declKeywords are the words that begin a statement.
var declKeywords = map[string]bool{
	"targetScope": true, "metadata": true, "param": true, "var": true, "resource": true,
	"module": true, "output": true, "type": true, "func": true, "import": true, "using": true,
	"extends": true, "extension": true, "provider": true, "extensionConfig": true,
	"assert": true, "test": true,
}

func (p *parse) file() []Statement {
	var out []Statement
	for {
		p.skipNewlines()
		if p.tok().kind == tEOF {
			return out
		}
		if s := p.statement(); s != nil {
			out = append(out, s)
		}
	}
}

// statement parses one statement and the end of its line. After a syntax
// error it skips to the next line that can begin a statement. Text after a
// complete declaration is an error, but the declaration is kept.
func (p *parse) statement() (s Statement) {
	start := p.i
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			p.depth = 0
			p.sync(start)
		}
	}()
	d := p.declaration()
	s = d
	if t := p.tok(); t.kind != tNewline && t.kind != tEOF {
		p.fail(t, "unexpected %s after the end of the %s declaration: a declaration ends with its line", describe(t), declKind(d))
	}
	return s
}

func declKind(s Statement) string {
	switch s.(type) {
	case *ParamAssign:
		return "parameter"
	case *TypeDecl:
		return "type"
	case *Test:
		return "test"
	case *TargetScope:
		return "targetScope"
	case *Metadata:
		return "metadata"
	case *Param:
		return "parameter"
	case *Var:
		return "variable"
	case *Resource:
		return "resource"
	case *Module:
		return "module"
	case *Output:
		return "output"
	case *Func:
		return "function"
	case *Import:
		return "import"
	case *Using:
		return "using"
	case *Extends:
		return "extends"
	case *Extension:
		return "extension"
	case *Assert:
		return "assert"
	}
	return "previous"
}

// sync skips from a syntax error to the next line that starts with a
// declaration keyword or a decorator, either outside every bracket opened
// since the statement began, or at column 1 (so that an unclosed '{'
// does not swallow the rest of the file).
func (p *parse) sync(start int) {
	depth := 0
	for j := start; j < p.i; j++ {
		depth += bracketDelta(p.toks[j].kind)
	}
	for {
		t := p.tok()
		if t.kind == tEOF {
			return
		}
		if p.i > start && p.toks[p.i-1].kind == tNewline {
			starts := t.kind == tAt || t.kind == tIdent && declKeywords[t.text]
			if starts && (depth <= 0 || t.start == p.toks[p.i-1].end) {
				return
			}
		}
		depth += bracketDelta(t.kind)
		p.next()
	}
}

func bracketDelta(k tokenKind) int {
	switch k {
	case tLBrace, tLBrack, tLParen, tStringLeft:
		return 1
	case tRBrace, tRBrack, tRParen, tStringRight:
		return -1
	}
	return 0
}

func (p *parse) decorators() []*Decorator {
	var ds []*Decorator
	for p.tok().kind == tAt {
		at := p.next()
		atPos := p.at(int(at.start))
		t := p.tok()
		if t.kind != tIdent {
			p.fail(t, "expected a decorator name after '@', found %s", describe(t))
		}
		id := p.ident("a decorator name")
		var x Expr = id
		if p.tok().kind == tLParen {
			x = p.call(nil, id, id.Range.Start)
		}
		for p.tok().kind == tDot {
			p.next()
			name := p.ident("a decorator name after '.'")
			if p.tok().kind == tLParen {
				x = p.call(x, name, id.Range.Start)
			} else {
				x = &Member{node: p.from(id.Range.Start), X: x, Name: name}
			}
		}
		d := &Decorator{node: p.from(atPos), Expr: x}
		ds = append(ds, d)
		if t := p.tok(); t.kind != tNewline {
			p.fail(t, "expected a new line after the decorator, found %s", describe(t))
		}
		p.skipNewlines()
	}
	return ds
}

func (p *parse) declaration() Statement {
	decos := p.decorators()
	t := p.tok()
	if t.kind != tIdent || !declKeywords[t.text] {
		if len(decos) > 0 {
			p.fail(t, "expected a declaration after the decorator, found %s", describe(t))
		}
		if t.kind == tIdent {
			p.fail(t, "unknown declaration %s: expected param, var, resource, module, output, type, func, import, metadata, targetScope or another declaration keyword", describe(t))
		}
		p.fail(t, "expected a declaration (param, var, resource, module, output, ...), found %s", describe(t))
	}
	kw := p.next()
	start := p.at(int(kw.start))
	d := decorated{decos}
	mk := func() node { return p.from(start) }
	switch kw.text {
	case "targetScope":
		p.expect(tAssign, "after targetScope")
		v := p.expr()
		return &TargetScope{node: mk(), decorated: d, Value: v}
	case "metadata":
		name := p.ident("the metadata name")
		p.expect(tAssign, "after the metadata name")
		v := p.expr()
		return &Metadata{node: mk(), decorated: d, Name: name, Value: v}
	case "param":
		name := p.ident("the parameter name")
		if p.tok().kind == tAssign {
			p.next()
			v := p.expr()
			return &ParamAssign{node: mk(), decorated: d, Name: name, Value: v}
		}
		if k := p.tok().kind; p.params && (k == tNewline || k == tEOF) {
			return &ParamAssign{node: mk(), decorated: d, Name: name}
		}
		typ := p.declType(false, "parameter '"+name.Name+"'")
		var def Expr
		if p.tok().kind == tAssign {
			p.next()
			def = p.expr()
		}
		return &Param{node: mk(), decorated: d, Name: name, Type: typ, Default: def}
	case "var":
		name := p.ident("the variable name")
		var typ Type
		if p.tok().kind != tAssign {
			typ = p.declType(false, "variable '"+name.Name+"'")
		}
		p.expect(tAssign, "after the variable name")
		v := p.expr()
		return &Var{node: mk(), decorated: d, Name: name, Type: typ, Value: v}
	case "resource":
		return p.resource(start, d)
	case "module":
		name := p.ident("the module name")
		path := p.stringLit("the module path ('./file.bicep', 'br:...', 'ts:...')")
		p.expect(tAssign, "after the module path")
		body := p.declBody("module '"+name.Name+"'", false)
		return &Module{node: mk(), decorated: d, Name: name, Path: path, Body: body}
	case "output":
		name := p.ident("the output name")
		typ := p.declType(true, "output '"+name.Name+"'")
		p.expect(tAssign, "after the output type")
		v := p.expr()
		return &Output{node: mk(), decorated: d, Name: name, Type: typ, Value: v}
	case "type":
		name := p.ident("the type name")
		p.expect(tAssign, "after the type name")
		v := p.declType(false, "type '"+name.Name+"'")
		return &TypeDecl{node: mk(), decorated: d, Name: name, Value: v}
	case "func":
		return p.funcDecl(start, d)
	case "import":
		return p.importDecl(start, d)
	case "using":
		u := &Using{decorated: d}
		if p.isKeyword(p.tok(), "none") {
			p.next()
		} else {
			u.Path = p.stringLit("the path of the Bicep file after using")
		}
		if p.isKeyword(p.tok(), "with") {
			p.next()
			u.Config = p.expr()
		}
		u.node = mk()
		return u
	case "extends":
		path := p.stringLit("the path of the base parameters file after extends")
		return &Extends{node: mk(), decorated: d, Path: path}
	case "extension", "provider", "extensionConfig":
		e := &Extension{decorated: d, Keyword: kw.text}
		switch t := p.tok(); t.kind {
		case tIdent:
			e.Spec = p.ident("")
		case tString, tStringLeft:
			e.Spec = p.str()
		default:
			p.fail(t, "expected the %s name or reference after %s, found %s", kw.text, kw.text, describe(t))
		}
		if p.isKeyword(p.tok(), "with") {
			p.next()
			e.Config = p.expr()
		}
		if p.isKeyword(p.tok(), "as") {
			p.next()
			e.Alias = p.ident("the alias after as")
		}
		e.node = mk()
		return e
	case "test":
		name := p.ident("the test name")
		path := p.stringLit("the path of the Bicep file under test")
		p.expect(tAssign, "after the test path")
		if t := p.tok(); t.kind != tLBrace {
			p.fail(t, "expected '{' after '=' in test '%s', found %s", name.Name, describe(t))
		}
		body := p.object(false)
		return &Test{node: mk(), decorated: d, Name: name, Path: path, Body: body}
	case "assert":
		name := p.ident("the assertion name")
		p.expect(tAssign, "after the assertion name")
		v := p.expr()
		return &Assert{node: mk(), decorated: d, Name: name, Value: v}
	}
	panic("unreachable: keyword " + kw.text)
}

func (p *parse) stringLit(what string) *String {
	t := p.tok()
	if t.kind != tString && t.kind != tStringLeft {
		p.fail(t, "expected %s, found %s", what, describe(t))
	}
	return p.str()
}

func (p *parse) resource(start parser.Pos, d decorated) *Resource {
	name := p.ident("the resource name")
	spec := p.stringLit("the resource type 'Provider/type@apiVersion'")
	r := &Resource{decorated: d, Name: name, TypeSpec: spec}
	if p.isKeyword(p.tok(), "existing") {
		p.next()
		r.Existing = true
	}
	p.expect(tAssign, "after the resource type")
	r.Body = p.declBody("resource '"+name.Name+"'", true)
	r.node = p.from(start)
	return r
}

// declBody parses what follows '=' in a resource or module declaration.
func (p *parse) declBody(what string, resources bool) Expr {
	if p.tok().kind == tNewline && p.isKeyword(p.peek(1), "if") {
		p.skipNewlines()
	}
	switch t := p.tok(); {
	case t.kind == tLBrace:
		return p.object(resources)
	case p.isKeyword(t, "if"):
		return p.ifBody(resources)
	case t.kind == tLBrack:
		open := p.next()
		return p.forExpr(open, true, resources)
	default:
		p.fail(t, "expected '{', 'if (...)' or '[for ...]' after '=' in %s, found %s", what, describe(t))
	}
	return nil
}

func (p *parse) ifBody(resources bool) *If {
	kw := p.next()
	start := p.at(int(kw.start))
	open := p.tok()
	if open.kind != tLParen {
		p.fail(open, "expected '(' after if, found %s", describe(open))
	}
	p.next()
	p.skipNewlines()
	cond := p.expr()
	p.skipNewlines()
	p.closeParen(open, "the condition")
	p.skipNewlines()
	if t := p.tok(); t.kind != tLBrace {
		p.fail(t, "expected '{' after the if condition, found %s", describe(t))
	}
	body := p.object(resources)
	return &If{node: p.from(start), Cond: cond, Body: body}
}

func (p *parse) closeParen(open *token, what string) {
	t := p.tok()
	if t.kind != tRParen {
		p.fail(t, "expected ')' to close %s opened at %s, found %s", what, p.pos(int(open.start)), describe(t))
	}
	p.next()
}

// declType parses the type of a parameter, output or variable, where
// resource 'type@version' is also allowed.
func (p *parse) declType(output bool, what string) Type {
	t := p.tok()
	if t.kind == tNewline && p.peek(1).kind != tPipe || t.kind == tEOF || t.kind == tAssign {
		p.fail(t, "expected the type of %s (string, int, bool, object, array or a declared type), found %s", what, describe(t))
	}
	if p.isKeyword(t, "resource") && p.peek(1).kind != tLt {
		kw := p.next()
		start := p.at(int(kw.start))
		r := &TypeResource{}
		if k := p.tok().kind; k == tString || k == tStringLeft || !output {
			r.Spec = p.stringLit("the resource type 'Provider/type@apiVersion' after resource")
		}
		r.node = p.from(start)
		return r
	}
	return p.typ()
}

func (p *parse) funcDecl(start parser.Pos, d decorated) *Func {
	name := p.ident("the function name")
	open := p.tok()
	if open.kind != tLParen {
		p.fail(open, "expected '(' after the function name, found %s", describe(open))
	}
	p.next()
	f := &Func{decorated: d, Name: name}
	p.skipNewlines()
	for p.tok().kind != tRParen {
		pn := p.ident("a parameter name or ')'")
		pt := p.typ()
		f.Params = append(f.Params, &FuncParam{node: p.from(pn.Range.Start), Name: pn, Type: pt})
		p.skipNewlines()
		if p.tok().kind != tComma {
			break
		}
		p.next()
		p.skipNewlines()
	}
	p.closeParen(open, "the parameter list")
	if t := p.tok(); t.kind == tArrow || t.kind == tNewline {
		p.fail(t, "expected the result type of function '%s' after its parameters, found %s", name.Name, describe(t))
	}
	f.Result = p.typ()
	p.expect(tArrow, "after the function's result type")
	p.lambdaNewlines()
	f.Body = p.expr()
	f.node = p.from(start)
	return f
}

// lambdaNewlines skips the line break after '=>', unless the next line
// is a declaration: then the body is missing, and saying so there is
// clearer than parsing the declaration as the body.
func (p *parse) lambdaNewlines() {
	if p.tok().kind == tNewline {
		if n := p.peek(1); !(n.kind == tIdent && declKeywords[n.text]) {
			p.skipNewlines()
		}
	}
}

func (p *parse) importDecl(start parser.Pos, d decorated) *Import {
	im := &Import{decorated: d}
	switch t := p.tok(); t.kind {
	case tStar:
		p.next()
		if !p.isKeyword(p.tok(), "as") {
			p.fail(p.tok(), "expected 'as' after 'import *', found %s", describe(p.tok()))
		}
		p.next()
		im.Wildcard = true
		im.Alias = p.ident("the namespace name after 'import * as'")
		p.fromClause(im)
	case tLBrace:
		p.importList(im)
		p.fromClause(im)
	case tString, tStringLeft, tIdent:
		if t.kind == tIdent {
			im.Provider = p.ident("")
		} else {
			im.Provider = p.str()
		}
		if p.isKeyword(p.tok(), "with") {
			p.next()
			im.Config = p.expr()
		}
		if p.isKeyword(p.tok(), "as") {
			p.next()
			im.Alias = p.ident("the alias after as")
		}
	default:
		p.fail(t, "expected '{', '*' or a provider after import, found %s", describe(t))
	}
	im.node = p.from(start)
	return im
}

func (p *parse) importList(im *Import) {
	open := p.next()
	p.enter()
	p.skipNewlines()
	for p.tok().kind != tRBrace {
		t := p.tok()
		sym := &ImportSymbol{}
		switch t.kind {
		case tIdent:
			sym.Name = p.ident("")
		case tString:
			sym.Name = p.str()
		default:
			p.fail(t, "expected a name to import or '}' to close the list opened at %s, found %s", p.pos(int(open.start)), describe(t))
		}
		if p.isKeyword(p.tok(), "as") {
			p.next()
			sym.Alias = p.ident("the alias after as")
		}
		sym.node = p.from(sym.Name.Span().Start)
		im.Symbols = append(im.Symbols, sym)
		p.separator(open, tRBrace, "the import list")
	}
	p.next()
	p.leave()
}

func (p *parse) fromClause(im *Import) {
	if !p.isKeyword(p.tok(), "from") {
		p.fail(p.tok(), "expected 'from' and the file to import from, found %s", describe(p.tok()))
	}
	p.next()
	im.From = p.stringLit("the path or registry reference to import from")
}

// separator consumes what separates two items of an object, array or
// list: a line break or a comma (with line breaks after it). It leaves
// the closing token for the caller.
func (p *parse) separator(open *token, closing tokenKind, what string) {
	switch t := p.tok(); t.kind {
	case tNewline:
		p.next()
	case tComma:
		p.next()
		p.skipNewlines()
	case closing:
	case tEOF:
		p.fail(t, "expected %s to close %s opened at %s, found end of file", closing, what, p.pos(int(open.start)))
	default:
		p.fail(t, "expected a new line or ',' between the items of %s opened at %s, or %s to close it, found %s",
			what, p.pos(int(open.start)), closing, describe(t))
	}
	if t := p.tok(); t.kind == tEOF {
		p.fail(t, "expected %s to close %s opened at %s, found end of file", closing, what, p.pos(int(open.start)))
	}
}
