package fix

import (
	"bytes"
	"fmt"
	"strings"
)

// maxDiffCost bounds the work of the line diff: past that many differing
// lines the change is shown as one hunk replacing the lines between the
// common beginning and end, which is still a correct diff.
const maxDiffCost = 500

// UnifiedDiff returns the unified diff (three lines of context) that turns
// old into new, with a/name and b/name headers, or "" when they are equal.
func UnifiedDiff(name string, old, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- a/%s\n+++ b/%s\n", name, name)
	const context = 3
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk runs from context lines before the first change to
		// context lines after the last change closer than 2*context to
		// the one before it.
		start := max(i-context, 0)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j
			} else if j-end > 2*context {
				break
			}
		}
		end = min(end+context+1, len(ops))
		aStart, bStart := ops[start].a, ops[start].b
		aLen, bLen := 0, 0
		for _, op := range ops[start:end] {
			if op.kind != '+' {
				aLen++
			}
			if op.kind != '-' {
				bLen++
			}
		}
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
		for _, op := range ops[start:end] {
			line := op.text
			sb.WriteByte(op.kind)
			sb.WriteString(strings.TrimSuffix(line, "\n"))
			sb.WriteByte('\n')
			if !strings.HasSuffix(line, "\n") {
				sb.WriteString("\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return sb.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

// lineOp is one line of a diff: ' ' kept, '-' removed, '+' added; a and
// b are the 0-based line numbers in the old and new text where it stands.
type lineOp struct {
	kind byte
	text string
	a, b int
}

func splitLines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	s := string(b)
	out := make([]string, 0, strings.Count(s, "\n")+1)
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// diffLines is Myers' O(ND) diff of the lines between the common prefix
// and suffix.
func diffLines(a, b []string) []lineOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var ops []lineOp
	for i := 0; i < pre; i++ {
		ops = append(ops, lineOp{' ', a[i], i, i})
	}
	ops = append(ops, myers(a[pre:len(a)-suf], b[pre:len(b)-suf], pre, pre)...)
	for i := 0; i < suf; i++ {
		ai, bi := len(a)-suf+i, len(b)-suf+i
		ops = append(ops, lineOp{' ', a[ai], ai, bi})
	}
	return ops
}

func myers(a, b []string, aOff, bOff int) []lineOp {
	n, m := len(a), len(b)
	whole := func() []lineOp {
		ops := make([]lineOp, 0, n+m)
		for i, l := range a {
			ops = append(ops, lineOp{'-', l, aOff + i, bOff})
		}
		for j, l := range b {
			ops = append(ops, lineOp{'+', l, aOff + n, bOff + j})
		}
		return ops
	}
	if n == 0 || m == 0 || n+m > 4*maxDiffCost*maxDiffCost {
		return whole()
	}
	maxD := min(n+m, maxDiffCost)
	off := maxD
	v := make([]int, 2*maxD+2)
	var trace [][]int
	found := false
	for d := 0; d <= maxD && !found; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1]
			} else {
				x = v[off+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = x
			if x >= n && y >= m {
				found = true
				break
			}
		}
	}
	if !found {
		return whole()
	}
	// Walk back through the saved frontiers.
	var rev []lineOp
	x, y := n, m
	for d := len(trace) - 1; d > 0; d-- {
		vPrev := trace[d]
		k := x - y
		var prevK int
		if k == -d || k != d && vPrev[off+k-1] < vPrev[off+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := vPrev[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, lineOp{' ', a[x], aOff + x, bOff + y})
		}
		if x == prevX {
			y--
			rev = append(rev, lineOp{'+', b[y], aOff + x, bOff + y})
		} else {
			x--
			rev = append(rev, lineOp{'-', a[x], aOff + x, bOff + y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, lineOp{' ', a[x], aOff + x, bOff + y})
	}
	ops := make([]lineOp, len(rev))
	for i, op := range rev {
		ops[len(rev)-1-i] = op
	}
	return ops
}
