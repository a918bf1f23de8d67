package bicep

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func kinds(toks []token) []tokenKind {
	out := make([]tokenKind, len(toks))
	for i, t := range toks {
		out[i] = t.kind
	}
	return out
}

func TestLexOperators(t *testing.T) {
	t.Parallel()
	l := lex([]byte("? : ?? . ! => ... == != =~ !~ < <= > >= && || + - * / % @ :: = | ^ , ( ) [ ] { }"))
	require.Empty(t, l.errs)
	assert.Equal(t, []tokenKind{
		tQuestion, tColon, tCoalesce, tDot, tNot, tArrow, tEllipsis, tEq, tNe, tEqI, tNeI,
		tLt, tLe, tGt, tGe, tAnd, tOr, tPlus, tMinus, tStar, tSlash, tPercent, tAt, tDColon,
		tAssign, tPipe, tHat, tComma, tLParen, tRParen, tLBrack, tRBrack, tLBrace, tRBrace, tEOF,
	}, kinds(l.toks))
}

func TestLexAdjacent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		src  string
		want []tokenKind
	}{
		// .? is '.' then '?', as in Bicep's own lexer.
		{"a.?b", []tokenKind{tIdent, tDot, tQuestion, tIdent, tEOF}},
		{"a!.b", []tokenKind{tIdent, tNot, tDot, tIdent, tEOF}},
		{"a[?0]", []tokenKind{tIdent, tLBrack, tQuestion, tInt, tRBrack, tEOF}},
		{"x=>x", []tokenKind{tIdent, tArrow, tIdent, tEOF}},
		{"a!=b", []tokenKind{tIdent, tNe, tIdent, tEOF}},
		{"p::c", []tokenKind{tIdent, tDColon, tIdent, tEOF}},
		{"...o", []tokenKind{tEllipsis, tIdent, tEOF}},
		{"a\n\n  // c\n\nb", []tokenKind{tIdent, tNewline, tIdent, tEOF}},
		{"a\r\nb\rc", []tokenKind{tIdent, tNewline, tIdent, tNewline, tIdent, tEOF}},
	}
	for _, tc := range tests {
		l := lex([]byte(tc.src))
		assert.Empty(t, l.errs, tc.src)
		assert.Equal(t, tc.want, kinds(l.toks), tc.src)
	}
}

func TestLexStrings(t *testing.T) {
	t.Parallel()
	l := lex([]byte(`'a${b}c${ {d: 1}.d }e' 'x'`))
	require.Empty(t, l.errs)
	assert.Equal(t, []tokenKind{tStringLeft, tIdent, tStringMiddle, tLBrace, tIdent, tColon, tInt, tRBrace, tDot, tIdent, tStringRight, tString, tEOF}, kinds(l.toks))
	assert.Equal(t, "a", l.toks[0].text)
	assert.Equal(t, "c", l.toks[2].text)
	assert.Equal(t, "e", l.toks[10].text)
	assert.Equal(t, "x", l.toks[11].text)

	// Byte offsets of an interpolated string's pieces.
	assert.Equal(t, [2]int32{0, 4}, [2]int32{l.toks[0].start, l.toks[0].end})
	assert.Equal(t, [2]int32{5, 9}, [2]int32{l.toks[2].start, l.toks[2].end})

	l = lex([]byte("'''\r\nfirst\nit's ${not} \\n'''"))
	require.Empty(t, l.errs)
	assert.True(t, l.toks[0].multiline)
	assert.Equal(t, "first\nit's ${not} \\n", l.toks[0].text)
}

func TestLexErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src, want string
		start, end      int
	}{
		{"unterminated", "'abc\nx", "unterminated string", 0, 4},
		{"unterminated at eof", "'abc", "unterminated string", 0, 4},
		{"bad escape", `'a\qb'`, `invalid escape sequence '\q'`, 2, 4},
		{"bad unicode", `'\u{110000}'`, "invalid unicode escape", 1, 3},
		{"unicode without brace", `'\u0041'`, "invalid unicode escape", 1, 3},
		{"double quotes", `"a"`, "Bicep strings use single quotes", 0, 1},
		{"single ampersand", "a & b", "'&&'", 2, 3},
		{"unknown", "a ; b", "unexpected character ';'", 2, 3},
		{"non-ascii", "a é", "unexpected character 'é'", 2, 4},
		{"invalid utf8", "a \xff", "invalid UTF-8", 2, 3},
		{"block comment", "/* abc", "unterminated comment", 0, 6},
		{"multi-line", "'''abc", "unterminated multi-line string", 0, 6},
		{"decimal", "a = 1.25", "Bicep has no decimal numbers: write json('1.25')", 4, 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := lex([]byte(tc.src))
			require.NotEmpty(t, l.errs)
			assert.Contains(t, l.errs[0].msg, tc.want)
			assert.Equal(t, [2]int{tc.start, tc.end}, [2]int{l.errs[0].start, l.errs[0].end})
		})
	}
}

func TestLexBOMAndDirective(t *testing.T) {
	t.Parallel()
	l := lex([]byte("\xEF\xBB\xBF#disable-next-line x\nparam a string #notdirective"))
	require.Len(t, l.comments, 1)
	assert.Equal(t, Directive, l.comments[0].kind)
	assert.Equal(t, 3, l.comments[0].start)
	// '#' after code is not a directive.
	assert.NotEmpty(t, l.errs)
}

func TestLexInterpolationAcrossLines(t *testing.T) {
	t.Parallel()
	// An interpolation left open at the end of a line must not turn the
	// next lines' '}' into string pieces.
	l := lex([]byte("var a = '${b\nvar c = {\n}\n"))
	var got []tokenKind
	for _, k := range kinds(l.toks) {
		if k == tStringMiddle || k == tStringRight {
			got = append(got, k)
		}
	}
	assert.Empty(t, got)
}

func TestLexLongInput(t *testing.T) {
	t.Parallel()
	src := strings.Repeat("var a = 'x${y}z' // c\n", 10000)
	l := lex([]byte(src))
	assert.Empty(t, l.errs)
	assert.Len(t, l.toks, 10000*7+1)
}
