package bicep

import (
	"strconv"
	"unicode/utf8"
)

// tokenKind is the kind of a lexical token.
type tokenKind uint8

const (
	tEOF     tokenKind = iota
	tNewline           // one or more line breaks, with the blank lines and comments between them
	tIdent             // identifiers and keywords: Bicep's keywords are contextual
	tInt
	tString       // 'abc' or '''abc''': a string without interpolation
	tStringLeft   // 'abc${
	tStringMiddle // }abc${
	tStringRight  // }abc'
	tLBrace
	tRBrace
	tLParen
	tRParen
	tLBrack
	tRBrack
	tComma
	tDot
	tEllipsis
	tColon
	tDColon
	tAt
	tQuestion
	tCoalesce
	tAssign
	tArrow
	tEq
	tNe
	tEqI
	tNeI
	tLt
	tLe
	tGt
	tGe
	tAnd
	tOr
	tPipe
	tNot
	tPlus
	tMinus
	tStar
	tSlash
	tPercent
	tHat
	tIllegal
)

var tokenText = [...]string{
	tEOF: "end of file", tNewline: "new line", tIdent: "identifier", tInt: "integer",
	tString: "string", tStringLeft: "string", tStringMiddle: "'}'", tStringRight: "'}'",
	tLBrace: "'{'", tRBrace: "'}'", tLParen: "'('", tRParen: "')'", tLBrack: "'['", tRBrack: "']'",
	tComma: "','", tDot: "'.'", tEllipsis: "'...'", tColon: "':'", tDColon: "'::'", tAt: "'@'",
	tQuestion: "'?'", tCoalesce: "'??'", tAssign: "'='", tArrow: "'=>'", tEq: "'=='", tNe: "'!='",
	tEqI: "'=~'", tNeI: "'!~'", tLt: "'<'", tLe: "'<='", tGt: "'>'", tGe: "'>='", tAnd: "'&&'",
	tOr: "'||'", tPipe: "'|'", tNot: "'!'", tPlus: "'+'", tMinus: "'-'", tStar: "'*'", tSlash: "'/'",
	tPercent: "'%'", tHat: "'^'", tIllegal: "invalid character",
}

func (k tokenKind) String() string {
	if int(k) < len(tokenText) {
		return tokenText[k]
	}
	return "token " + strconv.Itoa(int(k))
}

// token is one lexical token. Offsets are bytes into the source.
type token struct {
	kind      tokenKind
	multiline bool // a ''' string
	// start and end are byte offsets; 32 bits keep a token at 32 bytes
	// (Parse refuses larger files).
	start, end int32
	// text is the identifier, the integer's digits or the decoded string
	// piece (without quotes, "${" or "}").
	text string
}

// CommentKind tells line comments, block comments and #directives apart.
type CommentKind uint8

const (
	// LineComment is a // comment.
	LineComment CommentKind = iota
	// BlockComment is a /* */ comment.
	BlockComment
	// Directive is a #disable-next-line or #disable-diagnostics pragma.
	Directive
)

type lexError struct {
	start, end int
	msg        string
}

// lexer turns a whole file into tokens in one pass. The parser works on
// the resulting slice, which makes lookahead (lambda or parenthesised
// expression?) a matter of indexing.
type lexer struct {
	src      []byte
	pos      int
	toks     []token
	comments []rawComment
	errs     []lexError
	// holes holds, for each string interpolation being lexed, the depth
	// of '{' opened inside it: a '}' at depth 0 resumes the string.
	holes  []int
	base   int // where the text starts, after any byte order mark
	intern *internTable
	buf    []byte
}

type rawComment struct {
	kind       CommentKind
	start, end int
	trailing   bool // code precedes it on its line
	next       int  // index of the token after it
}

func (l *lexer) comment(kind CommentKind, start int) {
	n := len(l.toks)
	l.comments = append(l.comments, rawComment{kind, start, l.pos, n > 0 && l.toks[n-1].kind != tNewline, n})
}

func lex(src []byte) *lexer { return lexInto(src, nil, new(internTable)) }

// lexInto lexes src, appending the tokens to toks[:0] so that a caller
// can reuse the array.
func lexInto(src []byte, toks []token, intern *internTable) *lexer {
	l := &lexer{src: src, intern: intern}
	if want := len(src)/7 + 16; cap(toks) < want {
		// Real files average seven bytes a token.
		toks = make([]token, 0, want)
	}
	l.toks = toks[:0]
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		l.pos = 3
		l.base = 3
	}
	l.run()
	return l
}

func (l *lexer) emit(kind tokenKind, start int, text string) {
	l.toks = append(l.toks, token{kind: kind, start: int32(start), end: int32(l.pos), text: text})
}

func (l *lexer) errorf(start, end int, msg string) {
	l.errs = append(l.errs, lexError{start, end, msg})
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func (l *lexer) run() {
	src := l.src
	for l.pos < len(src) {
		c := src[l.pos]
		start := l.pos
		switch {
		case c == ' ' || c == '\t':
			l.pos++
		case c == '\n' || c == '\r':
			// An interpolation cannot span lines: dropping its state keeps
			// the rest of the file lexed as code. The parser reports it.
			l.holes = l.holes[:0]
			l.pos++
			if c == '\r' && l.pos < len(src) && src[l.pos] == '\n' {
				l.pos++
			}
			// Blank lines and comment-only lines fold into one token: the
			// grammar only cares whether a line ended.
			if n := len(l.toks); n > 0 && l.toks[n-1].kind == tNewline {
				l.toks[n-1].end = int32(l.pos)
			} else {
				l.emit(tNewline, start, "")
			}
		case c == '/' && l.peek(1) == '/':
			for l.pos < len(src) && src[l.pos] != '\n' && src[l.pos] != '\r' {
				l.pos++
			}
			l.comment(LineComment, start)
		case c == '/' && l.peek(1) == '*':
			l.pos += 2
			for {
				if l.pos+1 >= len(src) {
					l.pos = len(src)
					l.errorf(start, l.pos, "unterminated comment: '/*' has no closing '*/'")
					break
				}
				if src[l.pos] == '*' && src[l.pos+1] == '/' {
					l.pos += 2
					break
				}
				l.pos++
			}
			l.comment(BlockComment, start)
		case c == '#' && l.atLineStart():
			for l.pos < len(src) && src[l.pos] != '\n' && src[l.pos] != '\r' {
				l.pos++
			}
			l.comment(Directive, start)
		case isIdentStart(c):
			for l.pos < len(src) && isIdentPart(src[l.pos]) {
				l.pos++
			}
			l.emit(tIdent, start, l.internBytes(src[start:l.pos]))
		case c >= '0' && c <= '9':
			for l.pos < len(src) && src[l.pos] >= '0' && src[l.pos] <= '9' {
				l.pos++
			}
			digits := l.internBytes(src[start:l.pos])
			if l.pos+1 < len(src) && src[l.pos] == '.' && src[l.pos+1] >= '0' && src[l.pos+1] <= '9' {
				// Reading 1.5 as 1 .5 would blame the '.', far from the cause.
				l.pos++
				for l.pos < len(src) && src[l.pos] >= '0' && src[l.pos] <= '9' {
					l.pos++
				}
				l.errorf(start, l.pos, "Bicep has no decimal numbers: write json('"+string(src[start:l.pos])+"') for a decimal value")
			}
			l.emit(tInt, start, digits)
		case c == '\'':
			if l.peek(1) == '\'' && l.peek(2) == '\'' {
				l.multiline(start)
			} else {
				l.pos++
				l.stringPiece(start, true)
			}
		case c == '{':
			l.pos++
			if n := len(l.holes); n > 0 {
				l.holes[n-1]++
			}
			l.emit(tLBrace, start, "")
		case c == '}':
			l.pos++
			if n := len(l.holes); n > 0 {
				if l.holes[n-1] == 0 {
					l.holes = l.holes[:n-1]
					l.stringPiece(start, false)
					continue
				}
				l.holes[n-1]--
			}
			l.emit(tRBrace, start, "")
		default:
			l.operator(start, c)
		}
	}
	l.toks = append(l.toks, token{kind: tEOF, start: int32(len(src)), end: int32(len(src))})
}

// atLineStart reports whether only blanks precede l.pos on its line.
func (l *lexer) atLineStart() bool {
	for i := l.pos - 1; i >= l.base; i-- {
		switch l.src[i] {
		case ' ', '\t':
			continue
		case '\n', '\r':
			return true
		}
		return false
	}
	return true
}

func (l *lexer) peek(n int) byte {
	if l.pos+n < len(l.src) {
		return l.src[l.pos+n]
	}
	return 0
}

// internTable shares the strings of identifiers and numbers: the same
// few dozen names (name, location, properties ...) make most of a file's
// identifiers. A direct-mapped cache costs less than a map and never
// grows; a collision only costs an allocation.
type internTable [1024]string

func (l *lexer) internBytes(b []byte) string {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	slot := &l.intern[h%uint32(len(l.intern))]
	if *slot == string(b) {
		return *slot
	}
	s := string(b)
	*slot = s
	return s
}

func (l *lexer) operator(start int, c byte) {
	next := l.peek(1)
	kind, n := tIllegal, 1
	switch c {
	case '(':
		kind = tLParen
	case ')':
		kind = tRParen
	case '[':
		kind = tLBrack
	case ']':
		kind = tRBrack
	case ',':
		kind = tComma
	case '@':
		kind = tAt
	case '+':
		kind = tPlus
	case '-':
		kind = tMinus
	case '*':
		kind = tStar
	case '/':
		kind = tSlash
	case '%':
		kind = tPercent
	case '^':
		kind = tHat
	case '.':
		kind = tDot
		if next == '.' && l.peek(2) == '.' {
			kind, n = tEllipsis, 3
		}
	case ':':
		kind = tColon
		if next == ':' {
			kind, n = tDColon, 2
		}
	case '?':
		kind = tQuestion
		if next == '?' {
			kind, n = tCoalesce, 2
		}
	case '=':
		kind = tAssign
		switch next {
		case '=':
			kind, n = tEq, 2
		case '~':
			kind, n = tEqI, 2
		case '>':
			kind, n = tArrow, 2
		}
	case '!':
		kind = tNot
		switch next {
		case '=':
			kind, n = tNe, 2
		case '~':
			kind, n = tNeI, 2
		}
	case '<':
		kind = tLt
		if next == '=' {
			kind, n = tLe, 2
		}
	case '>':
		kind = tGt
		if next == '=' {
			kind, n = tGe, 2
		}
	case '&':
		if next == '&' {
			kind, n = tAnd, 2
		}
	case '|':
		kind = tPipe
		if next == '|' {
			kind, n = tOr, 2
		}
	}
	if kind == tIllegal {
		r, size := utf8.DecodeRune(l.src[l.pos:])
		n = size
		l.pos += n
		switch {
		case c == '"':
			l.errorf(start, l.pos, `unexpected '"': Bicep strings use single quotes`)
		case c == '&':
			l.errorf(start, l.pos, "unexpected '&': the and operator is '&&'")
		case r == utf8.RuneError && size == 1:
			l.errorf(start, l.pos, "invalid UTF-8 byte")
		default:
			l.errorf(start, l.pos, "unexpected character "+strconv.QuoteRune(r))
		}
		return
	}
	l.pos += n
	l.emit(kind, start, "")
}

// multiline lexes a triple-quoted string: no escapes, no interpolation.
func (l *lexer) multiline(start int) {
	src := l.src
	l.pos += 3
	body := l.pos
	// A line break right after the opening quotes is not part of the value.
	if l.pos < len(src) && src[l.pos] == '\n' {
		body++
	} else if l.pos+1 < len(src) && src[l.pos] == '\r' && src[l.pos+1] == '\n' {
		body += 2
	}
	for i := l.pos; i+2 < len(src); i++ {
		if src[i] == '\'' && src[i+1] == '\'' && src[i+2] == '\'' {
			end := i + 3
			// Quotes beyond the closing three belong to the value, so a
			// value may end with a quote.
			for end < len(src) && src[end] == '\'' {
				end++
			}
			l.pos = end
			text := ""
			if end-3 > body {
				text = string(src[body : end-3])
			}
			l.toks = append(l.toks, token{kind: tString, multiline: true, start: int32(start), end: int32(end), text: text})
			return
		}
	}
	l.pos = len(src)
	l.errorf(start, l.pos, "unterminated multi-line string: ''' has no closing '''")
	text := ""
	if body < len(src) {
		text = string(src[body:])
	}
	l.toks = append(l.toks, token{kind: tString, multiline: true, start: int32(start), end: int32(l.pos), text: text})
}

// stringPiece lexes the rest of a single-quoted string from l.pos, up to
// its closing quote or the next "${". first says whether the piece began
// with the opening quote (rather than the '}' closing a hole).
func (l *lexer) stringPiece(start int, first bool) {
	src := l.src
	seg := l.pos
	l.buf = l.buf[:0]
	escaped := false
	finish := func(kind tokenKind, endText int) {
		var text string
		if escaped {
			l.buf = append(l.buf, src[seg:endText]...)
			text = string(l.buf)
		} else {
			text = string(src[seg:endText])
		}
		l.emit(kind, start, text)
	}
	for {
		if l.pos >= len(src) || src[l.pos] == '\n' || src[l.pos] == '\r' {
			l.errorf(start, l.pos, "unterminated string: a string must end with ' on the same line (use ''' for multi-line strings)")
			if first {
				finish(tString, l.pos)
			} else {
				finish(tStringRight, l.pos)
			}
			return
		}
		c := src[l.pos]
		switch c {
		case '\'':
			end := l.pos
			l.pos++
			if first {
				finish(tString, end)
			} else {
				finish(tStringRight, end)
			}
			return
		case '$':
			if l.peek(1) == '{' {
				end := l.pos
				l.pos += 2
				if first {
					finish(tStringLeft, end)
				} else {
					finish(tStringMiddle, end)
				}
				l.holes = append(l.holes, 0)
				return
			}
			l.pos++
		case '\\':
			l.buf = append(l.buf, src[seg:l.pos]...)
			escaped = true
			l.escape()
			seg = l.pos
		default:
			l.pos++
		}
	}
}

// escape decodes the escape sequence at l.pos into l.buf.
func (l *lexer) escape() {
	start := l.pos
	l.pos++
	if l.pos >= len(l.src) || l.src[l.pos] == '\n' || l.src[l.pos] == '\r' {
		return // reported as an unterminated string
	}
	c := l.src[l.pos]
	l.pos++
	switch c {
	case '\\', '\'', '$':
		l.buf = append(l.buf, c)
	case 'n':
		l.buf = append(l.buf, '\n')
	case 'r':
		l.buf = append(l.buf, '\r')
	case 't':
		l.buf = append(l.buf, '\t')
	case 'u':
		if l.pos < len(l.src) && l.src[l.pos] == '{' {
			i := l.pos + 1
			var v rune
			digits := 0
			for i < len(l.src) && isHex(l.src[i]) {
				if v <= utf8.MaxRune {
					v = v<<4 | rune(unhex(l.src[i]))
				}
				digits++
				i++
			}
			if digits > 0 && i < len(l.src) && l.src[i] == '}' && v <= utf8.MaxRune {
				l.pos = i + 1
				l.buf = utf8.AppendRune(l.buf, v)
				return
			}
		}
		l.errorf(start, l.pos, `invalid unicode escape: write \u{hex digits}, at most 10FFFF`)
	default:
		_, size := utf8.DecodeRune(l.src[l.pos-1:])
		l.pos += size - 1
		l.errorf(start, l.pos, `invalid escape sequence '`+string(l.src[start:l.pos])+`': the escapes are \\ \' \n \r \t \$ and \u{...}`)
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
