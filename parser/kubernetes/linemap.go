package kubernetes

import (
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// lineMap maps positions in a rendered Helm template back to the template
// file. A rendered line is traced to the template line it is a literal
// copy of, or to the line whose literal text around a {{ ... }} action it
// starts and ends with (replicas: {{ .Values.replicas }} → replicas: 3);
// a value an action produced points at that action. Lines no template line
// accounts for (the output of include and of multi-line actions) point at
// the nearest traced line above them, which is the line that asked for
// them.
type lineMap struct {
	rendered, template           []byte
	renderedLines, templateLines *parser.LineIndex
	// to[i] is the template line of rendered line i+1, 0 when untraced.
	to []int
	// above[i] is the template line of the nearest traced rendered line
	// at or above line i+1, 0 when there is none.
	above []int
	// info of every template line, by line-1.
	tpl []tplLine
}

type tplLine struct {
	indent           int
	prefix, suffix   string // literal text around the actions, trimmed
	action, from, to int    // code-point columns (1-based) of the first {{ and after the last }}
}

func newLineMap(rendered, template []byte) *lineMap {
	r, t := parser.NewLineIndex(rendered), parser.NewLineIndex(template)
	lm := &lineMap{rendered: rendered, template: template, renderedLines: r, templateLines: t}
	tpl, exact, actions := describeTemplate(template, t)
	lm.tpl = tpl
	lm.to = traceLines(rendered, r, tpl, exact, actions)
	lm.above = nearestAbove(lm.to)
	return lm
}

// describeTemplate describes every template line, and indexes the lines
// without actions by their trimmed text (exact) and lists the lines whose
// actions follow literal text (actions).
func describeTemplate(template []byte, t *parser.LineIndex) (tpl []tplLine, exact map[string][]int, actions []int) {
	tpl = make([]tplLine, t.Lines())
	exact = map[string][]int{}
	for n := 1; n <= t.Lines(); n++ {
		s, e := t.LineSpan(n)
		line := string(template[s:e])
		info := tplLine{indent: indentOf(template[s:e])}
		open := strings.Index(line, "{{")
		if open < 0 {
			if trimmed := strings.TrimSpace(line); trimmed != "" {
				exact[trimmed] = append(exact[trimmed], n)
			}
		} else {
			close := strings.LastIndex(line, "}}")
			if close < open {
				close = len(line) - 2
			}
			info.action = 1
			info.prefix = strings.TrimSpace(line[:open])
			info.suffix = strings.TrimSpace(line[close+2:])
			info.from = len([]rune(line[:open])) + 1
			info.to = len([]rune(line[:close+2])) + 1
			if info.prefix != "" {
				actions = append(actions, n)
			}
		}
		tpl[n-1] = info
	}
	return tpl, exact, actions
}

// traceLines returns the template line of every rendered line, 0 for the
// lines no template line accounts for. The template is read top to
// bottom along with the output: a cursor after the last traced line
// prefers the candidates below it.
func traceLines(rendered []byte, r *parser.LineIndex, tpl []tplLine, exact map[string][]int, actions []int) []int {
	to := make([]int, r.Lines())
	prefixes := newPrefixIndex(tpl, actions)
	cursor := 1
	for i := 1; i <= r.Lines(); i++ {
		s, e := r.LineSpan(i)
		line := strings.TrimSpace(string(rendered[s:e]))
		if line == "" || line == "---" {
			continue
		}
		n := pick(exact[line], cursor)
		if n == 0 {
			n = prefixes.pick(tpl, line, cursor)
		}
		if n > 0 {
			to[i-1] = n
			cursor = n + 1
		}
	}
	return to
}

// nearestAbove returns, for every rendered line, the template line of the
// nearest traced line at or above it, 0 when there is none.
func nearestAbove(to []int) []int {
	above := make([]int, len(to))
	last := 0
	for i, n := range to {
		if n != 0 {
			last = n
		}
		above[i] = last
	}
	return above
}

// prefixIndex finds the template lines with actions whose literal prefix
// starts a rendered line, walking a trie of the prefixes along the line:
// the cost per rendered line is the length of the longest prefix it
// starts with, not the number of template lines (a large chart rendered
// millions of lines against thousands of actions).
type prefixIndex struct {
	child map[uint64]int32 // node<<8 | byte → node
	lines [][]int          // template lines (ascending) whose prefix ends at node
}

// maxPrefixCandidates bounds the template lines tried per prefix: many
// lines with one prefix and different suffixes are tried from the cursor
// on, up to this many.
const maxPrefixCandidates = 256

func newPrefixIndex(tpl []tplLine, actions []int) *prefixIndex {
	x := &prefixIndex{child: map[uint64]int32{}, lines: [][]int{nil}}
	for _, a := range actions {
		node := int32(0)
		for _, b := range []byte(tpl[a-1].prefix) {
			k := uint64(node)<<8 | uint64(b)
			next, ok := x.child[k]
			if !ok {
				next = int32(len(x.lines))
				x.lines = append(x.lines, nil)
				x.child[k] = next
			}
			node = next
		}
		x.lines[node] = append(x.lines[node], a)
	}
	return x
}

// pick returns the template line a rendered line comes from, as pick does
// over every action line whose prefix and suffix frame it, or 0.
func (x *prefixIndex) pick(tpl []tplLine, line string, cursor int) int {
	after, first := 0, 0
	node := int32(0)
	for i := 0; i < len(line); i++ {
		next, ok := x.child[uint64(node)<<8|uint64(line[i])]
		if !ok {
			break
		}
		node = next
		cands := x.lines[node]
		if len(cands) == 0 {
			continue
		}
		fits := func(a int) bool {
			info := tpl[a-1]
			return strings.HasSuffix(line, info.suffix) && len(line) >= len(info.prefix)+len(info.suffix)
		}
		from := sort.SearchInts(cands, cursor)
		for j, tried := from, 0; j < len(cands) && tried < maxPrefixCandidates; j, tried = j+1, tried+1 {
			if fits(cands[j]) {
				if after == 0 || cands[j] < after {
					after = cands[j]
				}
				break
			}
		}
		for j := 0; j < min(len(cands), maxPrefixCandidates); j++ {
			if fits(cands[j]) {
				if first == 0 || cands[j] < first {
					first = cands[j]
				}
				break
			}
		}
	}
	if after != 0 {
		return after
	}
	return first
}

// pick returns the first candidate at or after cursor (templates are read
// top to bottom), else the first one (a range loop repeats lines).
func pick(cands []int, cursor int) int {
	for _, c := range cands {
		if c >= cursor {
			return c
		}
	}
	if len(cands) > 0 {
		return cands[0]
	}
	return 0
}

// pos maps one rendered position to the template.
func (lm *lineMap) pos(p parser.Pos) parser.Pos {
	i := p.Line
	if i < 1 || i > len(lm.to) {
		return parser.Pos{Line: 1, Column: 1}
	}
	n := lm.to[i-1]
	if n == 0 {
		// Untraced: the nearest traced line above, at its first character.
		return firstNonSpace(lm.template, lm.templateLines, max(lm.above[i-1], 1))
	}
	info := lm.tpl[n-1]
	s, e := lm.renderedLines.LineSpan(i)
	rIndent := indentOf(lm.rendered[s:e])
	col := p.Column - rIndent + info.indent
	if info.action != 0 {
		// Past the literal prefix the text came from the action.
		prefixEnd := rIndent + len([]rune(info.prefix)) + 1
		if p.Column > prefixEnd {
			col = info.from
		}
	}
	col = max(col, 1)
	return lm.templateLines.Pos(lm.templateLines.Offset(n, col))
}

// rng maps a rendered range to the template, keeping it well-formed. A
// value produced by an action spans the whole action.
func (lm *lineMap) rng(r parser.Range) parser.Range {
	start, end := lm.pos(r.Start), lm.pos(r.End)
	if n := lm.lineOf(r.End.Line); n > 0 && n == end.Line && lm.tpl[n-1].action != 0 && end.Column == lm.tpl[n-1].from {
		end = lm.templateLines.Pos(lm.templateLines.Offset(n, lm.tpl[n-1].to))
	}
	if end.Byte < start.Byte {
		end = start
	}
	r.Start, r.End = start, end
	return r
}

func (lm *lineMap) lineOf(i int) int {
	if i < 1 || i > len(lm.to) {
		return 0
	}
	return lm.to[i-1]
}

// resource maps every range of a rendered resource to the template.
func (lm *lineMap) resource(r *parser.Resource) {
	r.Range = lm.rng(r.Range)
	r.Header = lm.rng(r.Header)
	for k, rg := range r.Ranges {
		r.Ranges[k] = lm.rng(rg)
	}
}
