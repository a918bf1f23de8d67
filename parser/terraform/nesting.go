package terraform

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/posture-dev/posture/parser"
)

// maxNesting bounds how deeply a file's syntax may nest before HCL is given
// it. HCL parses and evaluates by recursive descent, and a goroutine stack
// overflow is fatal, not a panic: 100,000 nested parentheses would end the
// whole scan. Real configurations stay far below: the deepest file of the
// corpus reaches 58 by this file's measure (tokenNesting).
const maxNesting = 512

// nestingError says where a file nests too deeply; the file is not parsed.
type nestingError struct {
	file string
	pos  hcl.Pos
}

func (e *nestingError) diagnostic(idx *parser.LineIndex) parser.Diagnostic {
	r := convertRange(idx, hcl.Range{Filename: e.file, Start: e.pos, End: e.pos})
	return parser.Errorf(r, "expressions or blocks nest more than %d levels deep here; the file is not scanned", maxNesting)
}

// checkNesting checks a configuration, variable or template file for
// syntax nested deeper than maxNesting, by its name (JSON or native).
func checkNesting(name string, src []byte) *nestingError {
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		return jsonNesting(name, src)
	}
	if !mayNest(src) {
		return nil
	}
	toks, _ := hclsyntax.LexConfig(src, name, hcl.InitialPos)
	return tokenNesting(name, toks, true)
}

// checkTemplateNesting is checkNesting for a template (templatefile).
func checkTemplateNesting(name string, src []byte, start hcl.Pos) *nestingError {
	if !mayNest(src) {
		return nil
	}
	toks, _ := hclsyntax.LexTemplate(src, name, start)
	return tokenNesting(name, toks, false)
}

// mayNest is a quick upper bound that spares lexing nearly every file: it
// counts every byte that could open a level or chain an operator, inside
// strings and comments too, and only a file where that count reaches the
// limit is lexed.
func mayNest(src []byte) bool {
	n := 0
	for _, c := range src {
		switch c {
		case '(', '[', '{', '"', '<', '+', '-', '*', '/', '%', '=', '!', '>', '&', '|', '?', '.':
			n++
			if n > maxNesting {
				return true
			}
		}
	}
	return false
}

// nestFrame is one open bracket, quote, heredoc or template sequence.
// ops counts the operators in the current operand list at that level:
// HCL builds a chain of binary operators, unary operators, conditionals,
// indexes and attribute accesses as a tree as deep as the chain is long,
// and evaluates (and walks) it recursively. ctl counts the template
// directives (%{if}, %{for}) open in a template.
type nestFrame struct {
	open     hclsyntax.TokenType
	ops, ctl int
}

// tokenNesting bounds, for every token, the depth of the syntax tree HCL
// would build around it: the open brackets plus the operator chains and
// directives pending at each of their levels. Commas, `=` and `=>` start
// a new operand; so does a newline where it ends an item (file and block
// bodies, objects). The bound is reached only by chains of hundreds of
// operators, which configurations do not write.
func tokenNesting(name string, toks hclsyntax.Tokens, body bool) *nestingError {
	stack := []nestFrame{{open: hclsyntax.TokenOBrace}}
	if !body {
		stack[0].open = hclsyntax.TokenOQuote
	}
	depth := 1
	for i, t := range toks {
		top := &stack[len(stack)-1]
		switch t.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen, hclsyntax.TokenOQuote,
			hclsyntax.TokenOHeredoc, hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			if t.Type == hclsyntax.TokenOBrack {
				top.ops++ // an index nests its collection
				depth++
			}
			if t.Type == hclsyntax.TokenTemplateControl {
				switch directive(toks[i+1:]) {
				case "if", "for":
					top.ctl++
					depth++
				case "endif", "endfor":
					if top.ctl > 0 {
						top.ctl--
						depth--
					}
				}
			}
			stack = append(stack, nestFrame{open: t.Type})
			depth++
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen, hclsyntax.TokenCQuote,
			hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			if len(stack) > 1 && closes(top.open, t.Type) {
				depth -= 1 + top.ops + top.ctl
				stack = stack[:len(stack)-1]
			}
		case hclsyntax.TokenPlus, hclsyntax.TokenMinus, hclsyntax.TokenStar, hclsyntax.TokenSlash, hclsyntax.TokenPercent,
			hclsyntax.TokenEqualOp, hclsyntax.TokenNotEqual, hclsyntax.TokenLessThan, hclsyntax.TokenLessThanEq,
			hclsyntax.TokenGreaterThan, hclsyntax.TokenGreaterThanEq, hclsyntax.TokenAnd, hclsyntax.TokenOr,
			hclsyntax.TokenBang, hclsyntax.TokenQuestion, hclsyntax.TokenDot:
			top.ops++
			depth++
		case hclsyntax.TokenComma, hclsyntax.TokenEqual, hclsyntax.TokenFatArrow:
			depth -= top.ops
			top.ops = 0
		case hclsyntax.TokenNewline:
			if top.open == hclsyntax.TokenOBrace {
				depth -= top.ops
				top.ops = 0
			}
		}
		if depth > maxNesting {
			return &nestingError{file: name, pos: t.Range.Start}
		}
	}
	return nil
}

// directive is the keyword after a %{ template control sequence.
func directive(toks hclsyntax.Tokens) string {
	for _, t := range toks {
		if t.Type == hclsyntax.TokenNewline {
			continue
		}
		if t.Type == hclsyntax.TokenIdent {
			return string(t.Bytes)
		}
		return ""
	}
	return ""
}

func closes(open, close hclsyntax.TokenType) bool {
	switch open {
	case hclsyntax.TokenOBrace:
		return close == hclsyntax.TokenCBrace
	case hclsyntax.TokenOBrack:
		return close == hclsyntax.TokenCBrack
	case hclsyntax.TokenOParen:
		return close == hclsyntax.TokenCParen
	case hclsyntax.TokenOQuote:
		return close == hclsyntax.TokenCQuote
	case hclsyntax.TokenOHeredoc:
		return close == hclsyntax.TokenCHeredoc
	case hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
		return close == hclsyntax.TokenTemplateSeqEnd
	}
	return false
}

// jsonNesting checks JSON syntax: the nesting of arrays and objects, which
// HCL's JSON parser follows recursively, and every string that holds a
// template sequence, as HCL parses those as native templates when it
// evaluates them.
func jsonNesting(name string, src []byte) *nestingError {
	idx := parser.NewLineIndex(src)
	pos := func(off int) hcl.Pos {
		p := idx.Pos(off)
		return hcl.Pos{Line: p.Line, Column: p.Column, Byte: off}
	}
	depth := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '[', '{':
			depth++
			if depth > maxNesting {
				return &nestingError{file: name, pos: pos(i)}
			}
		case ']', '}':
			depth--
		case '"':
			start := i
			template := false
			for i++; i < len(src) && src[i] != '"'; i++ {
				switch src[i] {
				case '\\':
					i++
				case '{':
					template = template || src[i-1] == '$' || src[i-1] == '%'
				}
			}
			if !template || i >= len(src) {
				continue
			}
			var s string
			if json.Unmarshal(src[start:i+1], &s) != nil {
				continue
			}
			if e := checkTemplateNesting(name, []byte(s), pos(start+1)); e != nil {
				// Offsets inside the unescaped string are not the file's.
				e.pos = pos(start)
				return e
			}
		}
	}
	return nil
}

// nestingErr is the error of a function that refuses a template.
func (e *nestingError) Error() string {
	return fmt.Sprintf("%s:%d:%d: expressions nest more than %d levels deep", e.file, e.pos.Line, e.pos.Column, maxNesting)
}
