package bicep

import (
	"strconv"

	"github.com/posture-dev/posture/parser"
)

// Node is any node of the syntax tree.
type Node interface {
	// Span returns the node's extent in its file.
	Span() parser.Range
}

// Expr is a value expression.
type Expr interface {
	Node
	exprNode()
}

// Type is a type expression: after a parameter or output name, on the
// right of a type declaration, in a function signature.
type Type interface {
	Node
	typeNode()
}

// Statement is a top-level declaration (a nested resource is a Resource
// inside an Object).
type Statement interface {
	Node
	// Decorations returns the decorators written above the statement.
	Decorations() []*Decorator
	stmtNode()
}

// node holds the range every node carries.
type node struct {
	// Range is the node's extent; for statements it starts at the keyword,
	// after any decorators.
	Range parser.Range
}

// Span returns n.Range.
func (n *node) Span() parser.Range { return n.Range }

// decorated holds a statement's decorators.
type decorated struct {
	Decorators []*Decorator
}

// Decorations returns the decorators written above the statement.
func (d *decorated) Decorations() []*Decorator { return d.Decorators }

// File is a parsed .bicep or .bicepparam file.
type File struct {
	// Name is the path given to Parse, which every Range of the file
	// carries.
	Name       string
	Statements []Statement
	// Comments are every comment and #directive in source order, so that
	// suppressions can be matched to the lines they precede.
	Comments []Comment
	// Lines converts the byte offsets of this file to positions.
	Lines *parser.LineIndex
}

// Comment is a // or /* */ comment, or a #disable-next-line style
// directive.
type Comment struct {
	Range parser.Range
	Kind  CommentKind
	// Text is the comment as written, delimiters included.
	Text string
	// Trailing is set when code precedes the comment on its line: a
	// suppression there covers the item of that line.
	Trailing bool
	// Next is where the first code after the comment starts (zero at the
	// end of the file): a suppression on a line of its own covers the item
	// that starts there.
	Next parser.Pos
}

// Decorator is @name(args) or @namespace.name(args) above a declaration,
// an object type property or a tuple item.
type Decorator struct {
	node
	// Expr is a *Call in a well-formed decorator; a bare name parses to
	// an *Ident or *Member so that the evaluator can say what is missing.
	Expr Expr
}

// Name returns the decorator's name, namespace-qualified as written
// ("description", "sys.description").
func (d *Decorator) Name() string {
	switch x := d.Expr.(type) {
	case *Call:
		if ns, ok := x.Target.(*Ident); ok {
			return ns.Name + "." + x.Name.Name
		}
		if x.Target == nil {
			return x.Name.Name
		}
	case *Ident:
		return x.Name
	case *Member:
		if ns, ok := x.X.(*Ident); ok {
			return ns.Name + "." + x.Name.Name
		}
	}
	return ""
}

// Args returns the decorator's arguments.
func (d *Decorator) Args() []Expr {
	if c, ok := d.Expr.(*Call); ok {
		return c.Args
	}
	return nil
}

// Extent returns the range of s with its decorators: a suppression
// comment "on the line above" a declaration is above its first decorator.
func Extent(s Statement) parser.Range {
	r := s.Span()
	if ds := s.Decorations(); len(ds) > 0 {
		r.Start = ds[0].Range.Start
	}
	return r
}

// FindDecorator returns the last decorator of ds named name, with or
// without the sys namespace, or nil.
func FindDecorator(ds []*Decorator, name string) *Decorator {
	for i := len(ds) - 1; i >= 0; i-- {
		if n := ds[i].Name(); n == name || n == "sys."+name {
			return ds[i]
		}
	}
	return nil
}

// Statements.

// TargetScope is targetScope = value.
type TargetScope struct {
	node
	decorated
	Value Expr
}

// Metadata is metadata name = value.
type Metadata struct {
	node
	decorated
	Name  *Ident
	Value Expr
}

// Param is param name type [= default] in a .bicep file.
type Param struct {
	node
	decorated
	Name    *Ident
	Type    Type
	Default Expr // nil without a default value
}

// ParamAssign is param name = value in a .bicepparam file.
type ParamAssign struct {
	node
	decorated
	Name *Ident
	// Value is nil for a parameter named without a value in a
	// .bicepparam file (@inline() param name), whose value is given when
	// the file is used.
	Value Expr
}

// Var is var name [type] = value.
type Var struct {
	node
	decorated
	Name  *Ident
	Type  Type // nil unless the variable is typed
	Value Expr
}

// Resource is resource name 'type@version' [existing] = body, at the top
// level or nested in another resource's body.
type Resource struct {
	node
	decorated
	Name     *Ident
	TypeSpec *String
	Existing bool
	// Body is an *Object, an *If (a condition) or a *For (a loop whose
	// body is an *Object or an *If).
	Body Expr
}

// Header is the range from the resource keyword to the end of its type
// string: where a finding about a missing property points.
func (r *Resource) Header() parser.Range {
	return parser.Range{File: r.Range.File, Start: r.Range.Start, End: r.TypeSpec.Range.End}
}

// TypeAndVersion splits the resource's 'type@apiVersion' string. ok is
// false when the string is interpolated or has no '@'.
func (r *Resource) TypeAndVersion() (typ, version string, ok bool) {
	return splitTypeSpec(r.TypeSpec)
}

func splitTypeSpec(s *String) (typ, version string, ok bool) {
	v, ok := s.Value()
	if !ok {
		return "", "", false
	}
	for i := len(v) - 1; i >= 0; i-- {
		if v[i] == '@' {
			return v[:i], v[i+1:], true
		}
	}
	return v, "", false
}

// Header is the range from the module keyword to the end of its path.
func (m *Module) Header() parser.Range {
	return parser.Range{File: m.Range.File, Start: m.Range.Start, End: m.Path.Range.End}
}

// Module is module name 'path' = body. Path is a relative file path or a
// registry reference (br:, br/alias:, ts:).
type Module struct {
	node
	decorated
	Name *Ident
	Path *String
	Body Expr // *Object, *If or *For, as for resources
}

// Output is output name type = value.
type Output struct {
	node
	decorated
	Name  *Ident
	Type  Type
	Value Expr
}

// TypeDecl is type name = type.
type TypeDecl struct {
	node
	decorated
	Name  *Ident
	Value Type
}

// Func is func name(params) resultType => body.
type Func struct {
	node
	decorated
	Name   *Ident
	Params []*FuncParam
	Result Type
	Body   Expr
}

// FuncParam is one typed parameter of a user-defined function.
type FuncParam struct {
	node
	Name *Ident
	Type Type
}

// Import is one of:
//
//	import * as ns from 'file.bicep'              (Wildcard, Alias, From)
//	import {a, b as c} from 'file.bicep'          (Symbols, From)
//	import 'az@1.0.0' [with {...}] [as alias]     (Provider, Config, Alias: the legacy provider form)
type Import struct {
	node
	decorated
	Wildcard bool
	Symbols  []*ImportSymbol
	From     *String
	Provider Expr // *String or *Ident
	Config   Expr
	Alias    *Ident
}

// ImportSymbol is one name of an import list, with its alias.
type ImportSymbol struct {
	node
	Name  Expr // *Ident, or *String for a name that is not an identifier
	Alias *Ident
}

// Using is using 'main.bicep' (or using none) in a .bicepparam file.
type Using struct {
	node
	decorated
	Path   *String // nil for using none
	Config Expr    // the with clause, or nil
}

// Extends is extends 'base.bicepparam'.
type Extends struct {
	node
	decorated
	Path *String
}

// Extension is extension spec [with config] [as alias]. Keyword tells the
// current extension from its deprecated spelling provider and from
// extensionConfig name with {...}, which configures an extension in a
// .bicepparam file.
type Extension struct {
	node
	decorated
	Keyword string
	Spec    Expr // *Ident (microsoftGraphV1) or *String ('br:...')
	Config  Expr
	Alias   *Ident
}

// Assert is assert name = condition.
type Assert struct {
	node
	decorated
	Name  *Ident
	Value Expr
}

// Test is test name 'file.bicep' = { params: ... }, the experimental
// test framework's declaration.
type Test struct {
	node
	decorated
	Name *Ident
	Path *String
	Body *Object
}

// Expressions.

// Ident is a name: a variable, parameter, resource, module, function or
// loop variable reference, or a declaration's name.
type Ident struct {
	node
	Name string
}

// Int is an integer literal; negative numbers are Unary minus.
type Int struct {
	node
	Text string
}

// Value returns the literal's value; ok is false when it exceeds 64 bits.
func (n *Int) Value() (v uint64, ok bool) {
	v, err := strconv.ParseUint(n.Text, 10, 64)
	return v, err == nil
}

// Bool is true or false.
type Bool struct {
	node
	Value bool
}

// Null is null.
type Null struct {
	node
}

// String is a string literal, interpolated or not. Segments holds the
// decoded literal text around the interpolations: len(Segments) ==
// len(Exprs)+1, and the value is Segments[0] + Exprs[0] + Segments[1] ...
type String struct {
	node
	Segments  []string
	Exprs     []Expr
	Multiline bool
	one       [1]string
}

// Value returns the string's value when it has no interpolation.
func (s *String) Value() (string, bool) {
	if s == nil || len(s.Exprs) > 0 || len(s.Segments) != 1 {
		return "", false
	}
	return s.Segments[0], true
}

// Object is { key: value ... }: properties, spreads and, in resource
// bodies, nested resources.
type Object struct {
	node
	Items []ObjectItem
}

// ObjectItem is a *Property, a *Spread or a nested *Resource.
type ObjectItem interface {
	Node
	objectItem()
}

// Property returns the last property whose literal key is key, or nil:
// as in ARM, a later property wins.
func (o *Object) Property(key string) *Property {
	for i := len(o.Items) - 1; i >= 0; i-- {
		if p, ok := o.Items[i].(*Property); ok {
			if k, ok := p.Name(); ok && k == key {
				return p
			}
		}
	}
	return nil
}

// Property is key: value. The key's range and the value's range are the
// Span of Key and Value.
type Property struct {
	node
	Key   Expr // *Ident or *String
	Value Expr
}

// Name returns the literal key; ok is false for an interpolated key.
func (p *Property) Name() (string, bool) {
	switch k := p.Key.(type) {
	case *Ident:
		return k.Name, true
	case *String:
		return k.Value()
	}
	return "", false
}

// Spread is ...expr in an object or an array.
type Spread struct {
	node
	X Expr
}

// Array is [ items ]; an item may be a *Spread.
type Array struct {
	node
	Items []Expr
}

// For is [for item in iterable: body] or [for (item, index) in ...].
type For struct {
	node
	Item     *Ident
	Index    *Ident // nil without an index variable
	Iterable Expr
	Body     Expr // for resources and modules, an *Object or an *If
}

// If is if (cond) { ... }: the body of a conditional resource or module.
type If struct {
	node
	Cond Expr
	Body *Object
}

// Paren is (x).
type Paren struct {
	node
	X Expr
}

// Unary is !x or -x.
type Unary struct {
	node
	Op string
	X  Expr
}

// Binary is x op y for op one of ?? || && == != =~ !~ < <= > >= + - * / %.
type Binary struct {
	node
	Op   string
	X, Y Expr
}

// Ternary is cond ? then : else.
type Ternary struct {
	node
	Cond, Then, Else Expr
}

// Member is x.name, or x.?name when Safe.
type Member struct {
	node
	X    Expr
	Name *Ident
	Safe bool
}

// Index is x[i]; Safe for x[?i], FromEnd for x[^i].
type Index struct {
	node
	X       Expr
	Index   Expr
	Safe    bool
	FromEnd bool
}

// ResourceAccess is parent::child, a nested resource by its symbolic name.
type ResourceAccess struct {
	node
	X    Expr
	Name *Ident
}

// NonNull is x!, the non-null assertion.
type NonNull struct {
	node
	X Expr
}

// Call is name(args), or target.name(args) for a namespaced function
// (az.resourceGroup(), sys.concat()) or a resource's function
// (kv.getSecret('s')).
type Call struct {
	node
	Target Expr // nil for a plain function call
	Name   *Ident
	Args   []Expr
}

// Lambda is x => body, (a, b) => body or () => body.
type Lambda struct {
	node
	Params []*Ident
	Body   Expr
}

// Types.

// TypeRef is a type name: string, int, bool, object, array, or a
// user-defined or imported type.
type TypeRef struct {
	node
	Name *Ident
}

// TypeLiteral is a literal used as a type, such as 'Standard_LRS', 3,
// -1, true or null.
type TypeLiteral struct {
	node
	Value Expr // *String, *Int, *Unary (negative *Int), *Bool or *Null
}

// TypeUnion is a | b | c.
type TypeUnion struct {
	node
	Members []Type
}

// TypeArray is elem[].
type TypeArray struct {
	node
	Elem Type
}

// TypeNullable is elem?.
type TypeNullable struct {
	node
	Elem Type
}

// TypeNonNull is elem!.
type TypeNonNull struct {
	node
	Elem Type
}

// TypeObject is { name: type ... } with an optional *: type for the
// other properties.
type TypeObject struct {
	node
	Properties []*TypeProperty
	Additional *TypeProperty // *: type, or nil
}

// TypeProperty is one property of an object type.
type TypeProperty struct {
	node
	decorated
	Key  Expr // *Ident or *String; nil for *
	Type Type
}

// TypeTuple is [type, type ...].
type TypeTuple struct {
	node
	Items []*TupleItem
}

// TupleItem is one item of a tuple type.
type TupleItem struct {
	node
	decorated
	Type Type
}

// TypeParen is (type).
type TypeParen struct {
	node
	X Type
}

// TypeMember is x.name, or x.* (Name nil) for the type of additional
// properties.
type TypeMember struct {
	node
	X    Type
	Name *Ident
}

// TypeIndex is x[n], or x[*] (Index nil) for the item type.
type TypeIndex struct {
	node
	X     Type
	Index Expr
}

// TypeResource is resource 'type@version' after param or output.
type TypeResource struct {
	node
	Spec *String // nil when omitted (outputs only)
}

// TypeGeneric is name<args> such as resourceInput<'type@version'>, or
// x.name<args> when Target is set.
type TypeGeneric struct {
	node
	Target Type
	Name   *Ident
	Args   []Type
}

func (*TargetScope) stmtNode() {}
func (*Metadata) stmtNode()    {}
func (*Param) stmtNode()       {}
func (*ParamAssign) stmtNode() {}
func (*Var) stmtNode()         {}
func (*Resource) stmtNode()    {}
func (*Module) stmtNode()      {}
func (*Output) stmtNode()      {}
func (*TypeDecl) stmtNode()    {}
func (*Func) stmtNode()        {}
func (*Import) stmtNode()      {}
func (*Using) stmtNode()       {}
func (*Extends) stmtNode()     {}
func (*Extension) stmtNode()   {}
func (*Assert) stmtNode()      {}
func (*Test) stmtNode()        {}

func (*Ident) exprNode()          {}
func (*Int) exprNode()            {}
func (*Bool) exprNode()           {}
func (*Null) exprNode()           {}
func (*String) exprNode()         {}
func (*Object) exprNode()         {}
func (*Array) exprNode()          {}
func (*Spread) exprNode()         {}
func (*For) exprNode()            {}
func (*If) exprNode()             {}
func (*Paren) exprNode()          {}
func (*Unary) exprNode()          {}
func (*Binary) exprNode()         {}
func (*Ternary) exprNode()        {}
func (*Member) exprNode()         {}
func (*Index) exprNode()          {}
func (*ResourceAccess) exprNode() {}
func (*NonNull) exprNode()        {}
func (*Call) exprNode()           {}
func (*Lambda) exprNode()         {}

func (*Property) objectItem() {}
func (*Spread) objectItem()   {}
func (*Resource) objectItem() {}

func (*TypeRef) typeNode()      {}
func (*TypeLiteral) typeNode()  {}
func (*TypeUnion) typeNode()    {}
func (*TypeArray) typeNode()    {}
func (*TypeNullable) typeNode() {}
func (*TypeNonNull) typeNode()  {}
func (*TypeObject) typeNode()   {}
func (*TypeTuple) typeNode()    {}
func (*TypeParen) typeNode()    {}
func (*TypeMember) typeNode()   {}
func (*TypeIndex) typeNode()    {}
func (*TypeResource) typeNode() {}
func (*TypeGeneric) typeNode()  {}
