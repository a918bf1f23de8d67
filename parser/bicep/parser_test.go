package bicep

import (
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func parseOK(t *testing.T, src string) *File {
	t.Helper()
	f, diags := Parse("main.bicep", []byte(src))
	require.Empty(t, diags, "source:\n%s", src)
	return f
}

// dumpFile renders each statement on its own line.
func dumpFile(f *File) string {
	var lines []string
	for _, s := range f.Statements {
		lines = append(lines, dump(s))
	}
	return strings.Join(lines, "\n")
}

func TestExpressions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"int", "42", "42"},
		{"literals", "[true, false, null]", "[true, false, null]"},
		{"negative", "-1", "(- 1)"},
		{"not", "!a", "(! a)"},
		{"double not", "!!a", "(! (! a))"},
		{"multiplicative over additive", "a + b * c", "(+ a (* b c))"},
		{"additive left assoc", "a - b - c", "(- (- a b) c)"},
		{"modulo and division", "a % b / c", "(/ (% a b) c)"},
		{"relational over equality", "a < b == c >= d", "(== (< a b) (>= c d))"},
		{"case-insensitive equality", "a =~ b && c !~ d", "(&& (=~ a b) (!~ c d))"},
		{"and over or", "a || b && c", "(|| a (&& b c))"},
		{"or over coalesce", "a ?? b || c", "(?? a (|| b c))"},
		{"coalesce left assoc", "a ?? b ?? c", "(?? (?? a b) c)"},
		{"ternary lowest", "a ?? b ? c : d", "(?: (?? a b) c d)"},
		{"ternary right assoc", "a ? b : c ? d : e", "(?: a b (?: c d e))"},
		{"ternary nested in then", "a ? b ? c : d : e", "(?: a (?: b c d) e)"},
		{"ternary on lines", "a\n  ? b\n  : c", "(?: a b c)"},
		{"unary binds tighter", "!a && -b < c", "(&& (! a) (< (- b) c))"},
		{"unary over member", "!a.b", "(! (. a b))"},
		{"parens", "(a + b) * c", "(* (paren (+ a b)) c)"},
		{"parens across lines", "(\n  a + b\n)", "(paren (+ a b))"},
		{"member chain", "a.b.c", "(. (. a b) c)"},
		{"safe member", "a.?b.c", "(. (.? a b) c)"},
		{"index", "a[0]['k']", "([] ([] a 0) \"k\")"},
		{"safe index", "a[?0]", "([?] a 0)"},
		{"from end", "a[^1]", "([]^ a 1)"},
		{"non-null", "a!.b", "(. (nonnull a) b)"},
		{"non-null then not-equal", "a! != b", "(!= (nonnull a) b)"},
		{"resource access", "vnet::subnet.id", "(. (:: vnet subnet) id)"},
		{"call", "concat(a, 'b')", "(call concat a \"b\")"},
		{"call no args", "resourceGroup().location", "(. (call resourceGroup) location)"},
		{"namespaced call", "az.resourceGroup().id", "(. (call az.resourceGroup) id)"},
		{"sys call", "sys.concat('a', 'b')", "(call sys.concat \"a\" \"b\")"},
		{"instance call", "kv.getSecret('s')", "(call kv.getSecret \"s\")"},
		{"call multi-line", "union(\n  a,\n  b\n)", "(call union a b)"},
		{"resourceId", "resourceId('Microsoft.Network/virtualNetworks', name)", "(call resourceId \"Microsoft.Network/virtualNetworks\" name)"},
		{"environment", "environment().suffixes.storage", "(. (. (call environment) suffixes) storage)"},
		{"lambda", "map(xs, x => x.a)", "(call map xs (=> (x) (. x a)))"},
		{"lambda two params", "reduce(xs, 0, (acc, x) => acc + x)", "(call reduce xs 0 (=> (acc x) (+ acc x)))"},
		{"lambda no params", "() => 1", "(=> () 1)"},
		{"lambda paren one", "(x) => x", "(=> (x) x)"},
		{"lambda body ternary", "x => x ? 1 : 2", "(=> (x) (?: x 1 2))"},
		{"object", "{\n  a: 1\n  'b-c': 2\n}", "{a: 1, \"b-c\": 2}"},
		{"object single line", "{ a: 1, b: 2 }", "{a: 1, b: 2}"},
		{"object empty", "{}", "{}"},
		{"object commas and lines", "{\n  a: 1,\n  b: 2,\n}", "{a: 1, b: 2}"},
		{"object keywords as keys", "{\n  resource: 1\n  if: 2\n  true: 3\n}", "{resource: 1, if: 2, true: 3}"},
		{"object spread", "{\n  ...base\n  a: 1\n}", "{(... base), a: 1}"},
		{"object spread inline", "{ ...a, ...b }", "{(... a), (... b)}"},
		{"array", "[\n  1\n  'two'\n]", "[1, \"two\"]"},
		{"array single line", "[1, 2, 3]", "[1, 2, 3]"},
		{"array spread", "[...a, 1]", "[(... a), 1]"},
		{"nested", "{\n  a: [\n    {\n      b: c\n    }\n  ]\n}", "{a: [{b: c}]}"},
		{"for", "[for x in xs: x.name]", "(for x _ xs (. x name))"},
		{"for index", "[for (x, i) in xs: '${i}']", "(for x i xs (str \"\" i \"\"))"},
		{"for range", "[for i in range(0, n): {\n  n: i\n}]", "(for i _ (call range 0 n) {n: i})"},
		{"for filter", "[for x in xs: if (x.enabled) {\n  n: x\n}]", "(for x _ xs (if (. x enabled) {n: x}))"},
		{"for multi-line", "[\n  for x in xs: x\n]", "(for x _ xs x)"},
		{"string", "'a'", "\"a\""},
		{"escapes", `'\'\\\n\r\t\$\u{41}\u{1F600}'`, "\"'\\\\\\n\\r\\t$A😀\""},
		{"escaped interpolation", `'\${a}'`, `"${a}"`},
		{"dollar alone", `'$a $'`, `"$a $"`},
		{"interpolation", "'a${b}c${d.e}f'", "(str \"a\" b \"c\" (. d e) \"f\")"},
		{"interpolation only", "'${a}'", "(str \"\" a \"\")"},
		{"nested interpolation", "'a${'b${c}'}'", "(str \"a\" (str \"b\" c \"\") \"\")"},
		{"interpolated object", "'${{ a: 1 }.a}'", "(str \"\" (. {a: 1} a) \"\")"},
		{"multi-line string", "'''\nline1\n  ${x}\\n'''", "\"line1\\n  ${x}\\\\n\""},
		{"multi-line quotes", "'''it's''''", "\"it's'\""},
		{"multi-line one line", "'''abc'''", "\"abc\""},
		{"multi-line empty", "''''''", `""`},
		{"multi-line quoted", "''''abc''''", `"'abc'"`},
		{"multi-line quoted lines", "''''\nabc\n''''", `"'\nabc\n'"`},
		{"multi-line crlf", "'''\r\nabc'''", `"abc"`},
		{"index on object literal", "{\n  foo: 's'\n}['foo']", `([] {foo: "s"} "foo")`},
		{"interpolated key", "{\n  '${k}': 1\n  'a${k}b': 2\n}", `{(str "" k ""): 1, (str "a" k "b"): 2}`},
		{"keyword as variable", "if && for", "(&& if for)"},
		{"comment between arguments", "f('a',\n// comment\nb.c)", `(call f "a" (. b c))`},
		{"comment before for", "[\n  /* c */ for i in range(0, 2): i\n]", "(for i _ (call range 0 2) i)"},
		{"call with space", "like ('a', 'b')", `(call like "a" "b")`},
		{"braces in string", "'}{1}{'", `"}{1}{"`},
		{"braces around interpolation", "'{${a}{0}${b}}'", `(str "{" a "{0}" b "}")`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := parseOK(t, "var x = "+tc.src+"\n")
			require.Len(t, f.Statements, 1)
			got := dump(f.Statements[0].(*Var).Value)
			if tc.want != "" {
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

func TestDeclarations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
	}{
		{"targetScope", "targetScope = 'subscription'", `(targetScope "subscription")`},
		{"metadata", "metadata description = 'x'", `(metadata description "x")`},
		{"param", "param location string = resourceGroup().location",
			`(param location string (. (call resourceGroup) location))`},
		{"param no default", "param n int", "(param n int _)"},
		{"param decorators", "@secure()\n@minLength(3)\n@maxLength(24)\nparam p string",
			"@(call secure) @(call minLength 3) @(call maxLength 24) (param p string _)"},
		{"param allowed", "@allowed([\n  'a'\n  'b'\n])\n@description('d')\nparam sku string = 'a'",
			`@(call allowed ["a", "b"]) @(call description "d") (param sku string "a")`},
		{"param min max", "@minValue(-1)\n@maxValue(10)\nparam n int", "@(call minValue (- 1)) @(call maxValue 10) (param n int _)"},
		{"param metadata decorator", "@metadata({\n  a: 1\n})\nparam o object", "@(call metadata {a: 1}) (param o object _)"},
		{"namespaced decorator", "@sys.description('d')\nparam p string", `@(call sys.description "d") (param p string _)`},
		{"param array type", "param xs string[]", "(param xs (array string) _)"},
		{"param nullable", "param x string?", "(param x (nullable string) _)"},
		{"param nullable array", "param x int[]?", "(param x (nullable (array int)) _)"},
		{"param union", "param sku 'Standard_LRS' | 'Premium_LRS' = 'Standard_LRS'",
			`(param sku (| "Standard_LRS" "Premium_LRS") "Standard_LRS")`},
		{"param user type", "param cfg config", "(param cfg config _)"},
		{"param imported type", "param cfg types.config", "(param cfg (. types config) _)"},
		{"param object type", "param o {\n  name: string\n  @minValue(1)\n  size: int?\n}",
			"(param o {name: string, @(call minValue 1) size: (nullable int)} _)"},
		{"param resource type", "param sa resource 'Microsoft.Storage/storageAccounts@2023-01-01'",
			`(param sa (resource "Microsoft.Storage/storageAccounts@2023-01-01") _)`},
		{"var", "var a = 1", "(var a _ 1)"},
		{"typed var", "var a string = 'x'", `(var a string "x")`},
		{"export var", "@export()\nvar a = 1", "@(call export) (var a _ 1)"},
		{"resource", "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: n\n  location: l\n}",
			`(resource sa "Microsoft.Storage/storageAccounts@2023-01-01" {name: n, location: l})`},
		{"resource existing", "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: n\n  scope: resourceGroup(rg)\n}",
			`(resource existing kv "Microsoft.KeyVault/vaults@2023-07-01" {name: n, scope: (call resourceGroup rg)})`},
		{"resource parent", "resource c 'A/b/c@1' = {\n  parent: p\n  name: 'c'\n}", `(resource c "A/b/c@1" {parent: p, name: "c"})`},
		{"resource if", "resource r 'A/b@1' = if (deploy) {\n  name: 'r'\n}", `(resource r "A/b@1" (if deploy {name: "r"}))`},
		{"resource if next line", "resource r 'A/b@1' =\n  if (a && b) {\n  name: 'r'\n}", `(resource r "A/b@1" (if (&& a b) {name: "r"}))`},
		{"resource loop", "resource r 'A/b@1' = [for (n, i) in names: {\n  name: n\n}]", `(resource r "A/b@1" (for n i names {name: n}))`},
		{"resource loop if", "resource r 'A/b@1' = [for n in names: if (n != '') {\n  name: n\n}]",
			`(resource r "A/b@1" (for n _ names (if (!= n "") {name: n})))`},
		{"batchSize", "@batchSize(2)\nresource r 'A/b@1' = [for n in ns: {\n  name: n\n}]", `@(call batchSize 2) (resource r "A/b@1" (for n _ ns {name: n}))`},
		{"nested resource", "resource v 'A/v@1' = {\n  name: 'v'\n  resource s 'subnets' = {\n    name: 's'\n  }\n  @batchSize(1)\n  resource t 'x' existing = {\n    name: 't'\n  }\n}",
			`(resource v "A/v@1" {name: "v", (resource s "subnets" {name: "s"}), @(call batchSize 1) (resource existing t "x" {name: "t"})})`},
		{"module", "module m './m.bicep' = {\n  name: 'm'\n  params: {\n    a: 1\n  }\n}", `(module m "./m.bicep" {name: "m", params: {a: 1}})`},
		{"module registry", "module m 'br/public:avm/res/storage/storage-account:0.9.0' = {\n  scope: rg\n  params: {}\n}",
			`(module m "br/public:avm/res/storage/storage-account:0.9.0" {scope: rg, params: {}})`},
		{"module br", "module m 'br:example.azurecr.io/bicep/m:v1' = if (x) {\n  name: 'm'\n}", `(module m "br:example.azurecr.io/bicep/m:v1" (if x {name: "m"}))`},
		{"module ts", "module m 'ts:sub/rg/spec:1.0' = [for i in range(0, 2): {\n  name: 'm${i}'\n}]",
			`(module m "ts:sub/rg/spec:1.0" (for i _ (call range 0 2) {name: (str "m" i "")}))`},
		{"output", "output id string = sa.id", "(output id string (. sa id))"},
		{"output loop", "output names array = [for x in xs: x.name]", "(output names array (for x _ xs (. x name)))"},
		{"output resource", "output r resource 'A/b@1' = r", `(output r (resource "A/b@1") r)`},
		{"output user type", "output c config = c", "(output c config c)"},
		{"output resource untyped", "output r resource = r", "(output r (resource _) r)"},
		{"type resource generic", "type t = resource<'A/b@1'>.properties", `(type t (. (generic resource "A/b@1") properties))`},
		{"param resource input", "param p resourceInput<'A/b@1'>.properties", `(param p (. (generic resourceInput "A/b@1") properties) _)`},
		{"type", "type sku = 'a' | 'b'", `(type sku (| "a" "b"))`},
		{"type leading pipes", "type sku =\n  | 'a'\n  | 'b'", `(type sku (| "a" "b"))`},
		{"type object", "@sealed()\ntype t = {\n  @description('n')\n  name: string\n  tags: {\n    *: string\n  }\n  'quoted-key': int\n}",
			`@(call sealed) (type t {@(call description "n") name: string, tags: {*: string}, "quoted-key": int})`},
		{"type discriminator", "@discriminator('kind')\ntype u = a | b", `@(call discriminator "kind") (type u (| a b))`},
		{"type tuple", "type t = [string, int]", "(type t (tuple string int))"},
		{"type tuple lines", "type t = [\n  string\n  @minValue(1)\n  int\n]", "(type t (tuple string @(call minValue 1) int))"},
		{"type literals", "type t = -1 | 0 | true | !true | null", "(type t (| (- 1) 0 true (! true) null))"},
		{"type spaced suffixes", "type t = int [] [] ?", "(type t (nullable (array (array int))))"},
		{"type union on following lines", "type t = ['a', 'b']\n|['c']\n|['d']", `(type t (| (tuple "a" "b") (tuple "c") (tuple "d")))`},
		{"type single member union", "type t = | 'alone'", `(type t (| "alone"))`},
		{"type non-null", "type t = (a | b)!", "(type t (nonnull (paren (| a b))))"},
		{"type paren array", "type t = ('a' | 'b')[]", `(type t (array (paren (| "a" "b"))))`},
		{"type access", "type t = other.props[*].name", "(type t (. ([*] (. other props)) name))"},
		{"type index", "type t = tup[0]", "(type t ([] tup 0))"},
		{"type additional access", "type t = o.*", "(type t (.* o))"},
		{"type generic", "type t = resourceInput<'A/b@1'>.properties", `(type t (. (generic resourceInput "A/b@1") properties))`},
		{"type object inline", "type t = { a: string, b: int? }", "(type t {a: string, b: (nullable int)})"},
		{"func", "func greet(name string, n int) string => '${name}${n}'",
			`(func greet (name:string n:int) string (str "" name "" n ""))`},
		{"func no params", "@export()\nfunc one() int => 1", "@(call export) (func one () int 1)"},
		{"func body next line", "func f(a array) array =>\n  map(a, x => x)", "(func f (a:array) array (call map a (=> (x) x)))"},
		{"import wildcard", "import * as types from 'types.bicep'", `(import * as types from "types.bicep")`},
		{"import list", "import {a, b as c} from 'shared.bicep'", `(import a b as c from "shared.bicep")`},
		{"import list lines", "import {\n  a\n  'b.c' as d\n} from 'br/public:x:1'", `(import a "b.c" as d from "br/public:x:1")`},
		{"import provider", "import 'kubernetes@1.0.0' with {\n  namespace: 'default'\n} as k8s",
			`(import provider "kubernetes@1.0.0" with {namespace: "default"} as k8s)`},
		{"extension", "extension microsoftGraphV1", "(extension microsoftGraphV1 _ _)"},
		{"extension with", "extension kubernetes with {\n  kubeConfig: c\n  namespace: 'default'\n} as k8s",
			`(extension kubernetes {kubeConfig: c, namespace: "default"} k8s)`},
		{"extension reference", "extension 'br:mcr.microsoft.com/bicep/ext:1.0' as ext", `(extension "br:mcr.microsoft.com/bicep/ext:1.0" _ ext)`},
		{"provider", "provider microsoftGraph", "(provider microsoftGraph _ _)"},
		{"extensionConfig", "extensionConfig k8s with {\n  namespace: 'x'\n}", `(extensionConfig k8s {namespace: "x"} _)`},
		{"assert", "assert ok = length(n) < 10", "(assert ok (< (call length n) 10))"},
		{"test", "test t 'main.bicep' = {\n  params: {\n    a: 1\n  }\n}", `(test t "main.bicep" {params: {a: 1}})`},
		{"using", "using 'main.bicep'", `(using "main.bicep" _)`},
		{"using none", "using none", "(using _ _)"},
		{"extends", "extends 'base.bicepparam'", `(extends "base.bicepparam")`},
		{"param assignment", "param a = 'x'", `(param= a "x")`},
		{"keyword-like names", "param type string\nvar resource = 1\noutput output int = 1",
			"(param type string _)\n(var resource _ 1)\n(output output int 1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := parseOK(t, tc.src+"\n")
			assert.Equal(t, tc.want, dumpFile(f))
		})
	}
}

func TestBicepparam(t *testing.T) {
	t.Parallel()
	src := "using './main.bicep'\n\nparam location = 'westeurope'\nparam tags = {\n  env: 'dev'\n}\nparam sku = readEnvironmentVariable('SKU', 'S0')\nvar x = 1\nparam n = x + 1\n"
	f := parseOK(t, src)
	assert.Equal(t, `(using "./main.bicep" _)
(param= location "westeurope")
(param= tags {env: "dev"})
(param= sku (call readEnvironmentVariable "SKU" "S0"))
(var x _ 1)
(param= n (+ x 1))`, dumpFile(f))
}

func TestBicepparamInline(t *testing.T) {
	t.Parallel()
	src := "using 'main.bicep'\nextends './base.bicepparam'\n\n@inline()\nparam foo\nextension k8s with {\n  namespace: 'ns'\n}\n"
	f, diags := Parse("params.bicepparam", []byte(src))
	require.Empty(t, diags)
	assert.Equal(t, `(using "main.bicep" _)
(extends "./base.bicepparam")
@(call inline) (param= foo _)
(extension k8s {namespace: "ns"} _)`, dumpFile(f))

	// In a template, a parameter needs a type.
	_, diags = Parse("main.bicep", []byte("param foo\n"))
	require.Len(t, diags, 1)
	assert.Contains(t, diags[0].Message, "expected the type of parameter 'foo'")
}

func pos(line, col, b int) parser.Pos { return parser.Pos{Line: line, Column: col, Byte: b} }

func TestPositions(t *testing.T) {
	t.Parallel()
	src := "@description('é')\nresource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'ü${x}'\n  properties: {\n    allowBlobPublicAccess: true\n  }\n}\n"
	f := parseOK(t, src)
	r := f.Statements[0].(*Resource)
	rng := func(l1, c1, b1, l2, c2, b2 int) parser.Range {
		return parser.Range{File: "main.bicep", Start: pos(l1, c1, b1), End: pos(l2, c2, b2)}
	}
	// Line 1 has a two-byte character: byte offsets and columns differ after it.
	assert.Equal(t, rng(1, 1, 0, 1, 18, 18), r.Decorators[0].Range)
	assert.Equal(t, rng(1, 2, 1, 1, 18, 18), r.Decorators[0].Expr.Span())
	assert.Equal(t, rng(2, 1, 19, 7, 2, 152), r.Range)
	assert.Equal(t, rng(2, 10, 28, 2, 12, 30), r.Name.Range)
	assert.Equal(t, rng(2, 13, 31, 2, 59, 77), r.TypeSpec.Range)
	body := r.Body.(*Object)
	assert.Equal(t, rng(2, 62, 80, 7, 2, 152), body.Range)
	name := body.Property("name")
	require.NotNil(t, name)
	assert.Equal(t, rng(3, 3, 84, 3, 16, 98), name.Range)
	assert.Equal(t, rng(3, 3, 84, 3, 7, 88), name.Key.Span())
	assert.Equal(t, rng(3, 9, 90, 3, 16, 98), name.Value.Span())
	x := name.Value.(*String).Exprs[0]
	assert.Equal(t, rng(3, 13, 95, 3, 14, 96), x.Span())
	props := body.Property("properties").Value.(*Object)
	public := props.Property("allowBlobPublicAccess")
	assert.Equal(t, rng(5, 5, 119, 5, 26, 140), public.Key.Span())
	assert.Equal(t, rng(5, 28, 142, 5, 32, 146), public.Value.Span())
	assert.Equal(t, rng(2, 1, 19, 2, 59, 77), r.Header())
	assert.Equal(t, rng(1, 1, 0, 7, 2, 152), Extent(r))
	typ, ver, ok := r.TypeAndVersion()
	assert.True(t, ok)
	assert.Equal(t, "Microsoft.Storage/storageAccounts", typ)
	assert.Equal(t, "2023-01-01", ver)
}

func TestPositionsCRLF(t *testing.T) {
	t.Parallel()
	f := parseOK(t, "var a = 1\r\n\r\nvar b = {\r\n  c: 'd'\r\n}\r\n")
	b := f.Statements[1].(*Var)
	assert.Equal(t, pos(3, 1, 13), b.Range.Start)
	c := b.Value.(*Object).Property("c")
	assert.Equal(t, pos(4, 6, 29), c.Value.Span().Start)
	assert.Equal(t, pos(5, 2, 35), b.Range.End)
}

func TestComments(t *testing.T) {
	t.Parallel()
	src := "// header\n/* block\n   comment */\n#disable-next-line no-unused-params\nparam a string // trailing\n\nresource r 'A/b@1' = {\n  // posture:ignore AZ-AI-003 reason=\"test\"\n  name: 'x' /* inline */\n}\n"
	f := parseOK(t, src)
	require.Len(t, f.Comments, 6)
	want := []struct {
		kind CommentKind
		line int
		text string
	}{
		{LineComment, 1, "// header"},
		{BlockComment, 2, "/* block\n   comment */"},
		{Directive, 4, "#disable-next-line no-unused-params"},
		{LineComment, 5, "// trailing"},
		{LineComment, 8, `// posture:ignore AZ-AI-003 reason="test"`},
		{BlockComment, 9, "/* inline */"},
	}
	for i, w := range want {
		assert.Equal(t, w.kind, f.Comments[i].Kind, w.text)
		assert.Equal(t, w.line, f.Comments[i].Range.Start.Line, w.text)
		assert.Equal(t, w.text, f.Comments[i].Text)
	}
	assert.Equal(t, 3, f.Comments[1].Range.End.Line)
	assert.Len(t, f.Statements, 2)

	// What each comment would cover as a suppression: the code before it
	// on its line, or the next code.
	cover := make([]int, len(f.Comments))
	for i, c := range f.Comments {
		if c.Trailing {
			cover[i] = c.Range.Start.Line
		} else {
			cover[i] = c.Next.Line
		}
	}
	assert.Equal(t, []int{5, 5, 5, 5, 9, 9}, cover)
	assert.Equal(t, []bool{false, false, false, true, false, true}, []bool{
		f.Comments[0].Trailing, f.Comments[1].Trailing, f.Comments[2].Trailing,
		f.Comments[3].Trailing, f.Comments[4].Trailing, f.Comments[5].Trailing,
	})
	assert.Equal(t, pos(9, 3, 166), f.Comments[4].Next)

	f = parseOK(t, "var a = 1\n// last words\n")
	assert.Equal(t, parser.Pos{}, f.Comments[0].Next, "nothing follows")
}

func TestDecoratorHelpers(t *testing.T) {
	t.Parallel()
	f := parseOK(t, "@sys.description('d')\n@secure()\nparam p string\n")
	ds := f.Statements[0].Decorations()
	assert.Equal(t, "sys.description", ds[0].Name())
	assert.Equal(t, "secure", ds[1].Name())
	d := FindDecorator(ds, "description")
	require.NotNil(t, d)
	v, ok := d.Args()[0].(*String).Value()
	assert.True(t, ok)
	assert.Equal(t, "d", v)
	assert.Nil(t, FindDecorator(ds, "allowed"))
}

func TestWalk(t *testing.T) {
	t.Parallel()
	f := parseOK(t, "@description('d')\nparam p string = 'a'\nresource r 'A/b@1' = [for (x, i) in xs: if (c) {\n  name: '${p}-${i}'\n  resource s 'c' = {\n    name: x\n  }\n}]\n")
	var idents []string
	for _, s := range f.Statements {
		Walk(s, func(n Node) bool {
			if id, ok := n.(*Ident); ok {
				idents = append(idents, id.Name)
			}
			return true
		})
	}
	assert.Equal(t, []string{"description", "p", "string", "r", "x", "i", "xs", "c", "name", "p", "i", "s", "name", "x"}, idents)

	// Returning false prunes the subtree.
	count := 0
	Walk(f.Statements[1], func(n Node) bool {
		count++
		_, isFor := n.(*For)
		return !isFor
	})
	assert.Equal(t, 4, count, "resource, name, type, loop")
}

func TestHelpers(t *testing.T) {
	t.Parallel()
	f := parseOK(t, "@sys.secure\n@batchSize\nmodule m 'br:r.io/m:1' = {\n  name: 'a'\n  name: 'b'\n  'quoted': 1\n  '${k}': 2\n}\nvar big = 18446744073709551616\nvar n = 42\nresource r 'noversion' = {}\n")
	m := f.Statements[0].(*Module)
	assert.Equal(t, "sys.secure", m.Decorators[0].Name())
	assert.Equal(t, "batchSize", m.Decorators[1].Name())
	assert.Nil(t, m.Decorators[1].Args())
	assert.Equal(t, parser.Range{File: "main.bicep", Start: pos(3, 1, 23), End: pos(3, 23, 45)}, m.Header())

	// A later property wins, as in ARM; interpolated keys have no name.
	body := m.Body.(*Object)
	v, _ := body.Property("name").Value.(*String).Value()
	assert.Equal(t, "b", v)
	assert.NotNil(t, body.Property("quoted"))
	_, ok := body.Items[3].(*Property).Name()
	assert.False(t, ok)

	_, ok = f.Statements[1].(*Var).Value.(*Int).Value()
	assert.False(t, ok, "beyond 64 bits")
	n, ok := f.Statements[2].(*Var).Value.(*Int).Value()
	assert.True(t, ok)
	assert.Equal(t, uint64(42), n)

	_, _, ok = f.Statements[3].(*Resource).TypeAndVersion()
	assert.False(t, ok)
}

func TestEmpty(t *testing.T) {
	t.Parallel()
	for _, src := range []string{"", "\n\n", "// only a comment", "\xEF\xBB\xBF", "  \t\r\n/* */\n"} {
		f, diags := Parse("empty.bicep", []byte(src))
		assert.Empty(t, diags, "%q", src)
		assert.Empty(t, f.Statements, "%q", src)
	}
}
