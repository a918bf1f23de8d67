package bicep

import (
	"strings"
	"testing"

	"github.com/posture-dev/posture/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func diagStrings(ds []parser.Diagnostic) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}

// TestErrors checks the message and position of each syntax error and
// that parsing resumes at the next declaration: kept lists the names of
// the statements that survive (a complete declaration followed by stray
// text is kept).
func TestErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      []string
		kept      []string
	}{
		{"unclosed object",
			"resource r 'A/b@1' = {\n  name: 'x'\n\nparam p string\nvar v = 1\n",
			[]string{"main.bicep:4:1: error: expected '}' to close the object opened at 1:22, found 'param'"},
			[]string{"p", "v"}},
		{"missing name",
			"param\nvar a = 1\n",
			[]string{"main.bicep:1:6: error: expected the parameter name, found the end of the line"},
			[]string{"a"}},
		{"missing type",
			"param p\nvar a = 1\n",
			[]string{"main.bicep:1:8: error: expected the type of parameter 'p' (string, int, bool, object, array or a declared type), found the end of the line"},
			[]string{"a"}},
		{"missing value",
			"var a = \nvar b = 1\n",
			[]string{"main.bicep:1:9: error: expected an expression, found the end of the line"},
			[]string{"b"}},
		{"one error per statement",
			"var a = 1 2\nvar b = 1 +\nvar c = (1\noutput o string = c\nvar d = 4\n",
			[]string{
				"main.bicep:1:11: error: unexpected integer 2 after the end of the variable declaration: a declaration ends with its line",
				"main.bicep:2:12: error: expected an expression, found the end of the line",
				"main.bicep:4:1: error: expected ')' to close the parenthesis opened at 3:9, found 'output'",
			},
			[]string{"a", "o", "d"}},
		{"missing colon",
			"resource r 'A/b@1' = {\n  name: 'x'\n  properties: {\n    a 1\n  }\n}\nvar ok = 1\n",
			[]string{"main.bicep:4:7: error: expected ':' after the property name, found integer 1"},
			[]string{"ok"}},
		{"two properties on a line",
			"resource r 'A/b@1' = {\n  name: 'x' tags: {}\n}\n",
			[]string{"main.bicep:2:13: error: expected a new line or ',' between the items of the object opened at 1:22, or '}' to close it, found 'tags'"},
			nil},
		{"unclosed array",
			"var a = [\n  1\n  2\n",
			[]string{"main.bicep:4:1: error: expected ']' to close the array opened at 1:9, found end of file"},
			nil},
		{"array closed by a brace",
			"resource r 'a@1' = {\n  name: 'x'\n  properties: {\n    a: [\n      1\n  }\n}\nvar b = 1\n",
			[]string{"main.bicep:6:3: error: expected ']' to close the array opened at 4:8, found '}'"},
			[]string{"b"}},
		{"object closed by a bracket",
			"var a = [\n  {\n    b: 1\n]\n",
			[]string{"main.bicep:4:1: error: expected '}' to close the object opened at 2:3, found ']'"},
			nil},
		{"unclosed decorator",
			"@minValue(1\nparam p int\n",
			[]string{"main.bicep:2:1: error: expected ')' to close the arguments of minValue opened at 1:10, found 'param'"},
			[]string{"p"}},
		{"unclosed call",
			"var a = concat(1, 2\nvar b = 1\n",
			[]string{"main.bicep:2:1: error: expected ')' to close the arguments of concat opened at 1:15, found 'var'"},
			[]string{"b"}},
		{"unterminated interpolation",
			"var a = '${b'\nvar c = 1\n",
			[]string{"main.bicep:1:13: error: unterminated string: a string must end with ' on the same line (use ''' for multi-line strings)"},
			[]string{"c"}},
		{"ternary without else",
			"var a = x ? 1\nvar b = 2\n",
			[]string{"main.bicep:1:14: error: expected ':' in the conditional expression (cond ? a : b), found the end of the line"},
			[]string{"b"}},
		{"decorator without declaration",
			"@description('x')\n\nfoo bar\nvar a = 1\n",
			[]string{"main.bicep:3:1: error: expected a declaration after the decorator, found 'foo'"},
			[]string{"a"}},
		{"decorator on the same line",
			"@description('x') param a string\n",
			[]string{"main.bicep:1:19: error: expected a new line after the decorator, found 'param'"},
			nil},
		{"unknown declaration",
			"parameter a string\nvar b = 1\n",
			[]string{"main.bicep:1:1: error: unknown declaration 'parameter': expected param, var, resource, module, output, type, func, import, metadata, targetScope or another declaration keyword"},
			[]string{"b"}},
		{"module without path",
			"module m = {}\n",
			[]string{"main.bicep:1:10: error: expected the module path ('./file.bicep', 'br:...', 'ts:...'), found '='"},
			nil},
		{"resource body",
			"resource r 'A/b@1' = 'x'\n",
			[]string{"main.bicep:1:22: error: expected '{', 'if (...)' or '[for ...]' after '=' in resource 'r', found a string"},
			nil},
		{"import without from",
			"import {a, b} 'x.bicep'\n",
			[]string{"main.bicep:1:15: error: expected 'from' and the file to import from, found a string"},
			nil},
		{"for without in",
			"var a = [for x of xs: x]\n",
			[]string{"main.bicep:1:16: error: expected 'in' after the loop variables, found 'of'"},
			nil},
		{"function without result type",
			"func f(a string) => a\n",
			[]string{"main.bicep:1:18: error: expected the result type of function 'f' after its parameters, found '=>'"},
			nil},
		{"extra brace",
			"var x = {\n  a: 1\n}}\nvar y = 2\n",
			[]string{"main.bicep:3:2: error: unexpected '}' after the end of the variable declaration: a declaration ends with its line"},
			[]string{"x", "y"}},
		{"safe call",
			"var x = a.?f()\n",
			[]string{"main.bicep:1:13: error: '.?' cannot call a function: use '.' before f"},
			nil},
		{"empty index",
			"var x = a[]\n",
			[]string{"main.bicep:1:11: error: expected an index expression between '[' and ']'"},
			nil},
		{"dangling pipe",
			"type t = 'a' |\nvar y = 1\n",
			[]string{"main.bicep:1:15: error: expected a type after '|', found the end of the line"},
			[]string{"y"}},
		{"double quotes",
			"var x = \"a\"\n",
			[]string{
				`main.bicep:1:9: error: unexpected '"': Bicep strings use single quotes`,
				`main.bicep:1:11: error: unexpected '"': Bicep strings use single quotes`,
			},
			[]string{"x"}},
		{"loop body in resource",
			"resource r 'A/b@1' = [for x in xs: 'y']\n",
			[]string{"main.bicep:1:36: error: expected '{' or 'if (...)' after ':' in the loop, found a string"},
			nil},
		{"error inside nested resource",
			"resource v 'A/v@1' = {\n  name: 'v'\n  resource s 'subnets' = {\n    name 's'\n  }\n}\n\noutput o string = v.id\n",
			[]string{"main.bicep:4:10: error: expected ':' after the property name, found a string"},
			[]string{"o"}},
		{"invalid escape keeps the statement",
			`var a = 'C:\temp\x'` + "\n",
			[]string{`main.bicep:1:17: error: invalid escape sequence '\x': the escapes are \\ \' \n \r \t \$ and \u{...}`},
			[]string{"a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f, diags := Parse("main.bicep", []byte(tc.src))
			require.NotNil(t, f)
			assert.Equal(t, tc.want, diagStrings(diags))
			var kept []string
			for _, s := range f.Statements {
				kept = append(kept, statementName(s))
			}
			assert.Equal(t, tc.kept, kept)
		})
	}
}

func statementName(s Statement) string {
	switch s := s.(type) {
	case *Param:
		return s.Name.Name
	case *Var:
		return s.Name.Name
	case *Resource:
		return s.Name.Name
	case *Output:
		return s.Name.Name
	case *TypeDecl:
		return s.Name.Name
	}
	return dump(s)
}

// TestDepth feeds nesting far beyond the limit in every recursive
// construct: each must end in a diagnostic, not a stack overflow.
func TestDepth(t *testing.T) {
	t.Parallel()
	const n = 100000
	tests := []struct{ name, src string }{
		{"parens", "var a = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n)},
		{"arrays", "var a = " + strings.Repeat("[", n) + strings.Repeat("]", n)},
		{"objects", "var a = " + strings.Repeat("{a:", n) + "1" + strings.Repeat("}", n)},
		{"unary", "var a = " + strings.Repeat("!", n) + "b"},
		{"minus", "var a = " + strings.Repeat("-", n) + "1"},
		{"calls", "var a = " + strings.Repeat("f(", n) + strings.Repeat(")", n)},
		{"interpolation", "var a = " + strings.Repeat("'${", n) + "x" + strings.Repeat("}'", n)},
		{"ternary", "var a = " + strings.Repeat("a ? b : ", n) + "c"},
		{"lambda", "var a = " + strings.Repeat("x => ", n) + "x"},
		{"types", "type t = " + strings.Repeat("{a:", n) + "int" + strings.Repeat("}", n)},
		{"paren types", "type t = " + strings.Repeat("(", n) + "int" + strings.Repeat(")", n)},
		{"tuple types", "type t = " + strings.Repeat("[", n) + "int" + strings.Repeat("]", n)},
		{"generic types", "type t = " + strings.Repeat("a<", n) + "int" + strings.Repeat(">", n)},
		{"loops", "var a = " + strings.Repeat("[for x in y: ", n) + "1" + strings.Repeat("]", n)},
		{"resources", strings.Repeat("resource r 'a@1' = {\n", n) + strings.Repeat("}\n", n)},
		{"index", "var a = b" + strings.Repeat("[", n) + "0" + strings.Repeat("]", n)},
		{"chain", "var a = b" + strings.Repeat(".c", n)},
		{"binary chain", "var a = 1" + strings.Repeat(" + 1", n)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, diags := Parse("deep.bicep", []byte(tc.src))
			require.NotEmpty(t, diags)
			found := false
			for _, d := range diags {
				assert.NotContains(t, d.Message, "internal error")
				if strings.Contains(d.Message, "too deep") || strings.Contains(d.Message, "too long") {
					found = true
				}
			}
			assert.True(t, found, "%v", diagStrings(diags)[:1])
		})
	}
	// Nesting at the limit's order of magnitude in real files still parses.
	src := "var a = " + strings.Repeat("[", 60) + strings.Repeat("]", 60) + "\n"
	_, diags := Parse("ok.bicep", []byte(src))
	assert.Empty(t, diags)
}

// TestManyErrors parses a file with an error on every line. Each line
// gets one diagnostic: the syntax error right after an invalid character
// would only repeat it. Finding whether the lexer already reported a place
// must not grow with the number of errors.
func TestManyErrors(t *testing.T) {
	t.Parallel()
	const n = 20000
	_, diags := Parse("bad.bicep", []byte(strings.Repeat("var a = ;\n", n)))
	require.Equal(t, n, len(diags))
	assert.Equal(t, "bad.bicep:1:9: error: unexpected character ';'", diags[0].String())
	assert.Equal(t, "bad.bicep:2:9: error: unexpected character ';'", diags[1].String())
}
