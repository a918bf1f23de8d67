package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

const (
	// maxDiffLines bounds the lines a fix's diff shows on each side: a
	// fix is a setting or two, and a longer diff is cut with a note.
	maxDiffLines = 12
	// maxDiffLineChars bounds a shown line, for minified files.
	maxDiffLineChars = 160
)

// fixDiff renders a fix as a unified diff of the lines it changes, with
// no context: per file the old lines and the new. It returns false when
// a file of the fix was not read by the scan.
func fixDiff(rep *result.Report, idx *lineIndexes, fx *policies.Fix) (string, bool) {
	var b strings.Builder
	var files []string
	byFile := map[string][]policies.Edit{}
	for _, e := range fx.Edits {
		if _, ok := byFile[e.Range.File]; !ok {
			files = append(files, e.Range.File)
		}
		byFile[e.Range.File] = append(byFile[e.Range.File], e)
	}
	for _, name := range files {
		first, before, after, ok := fixRegion(rep, idx, name, byFile[name])
		if !ok {
			return "", false
		}
		oldLines, newLines := diffLines(before), diffLines(after)
		shown := display.Text(rep.RepoPath(name))
		fmt.Fprintf(&b, "--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n", shown, shown, first, len(oldLines), first, len(newLines))
		writeDiffSide(&b, "-", oldLines)
		writeDiffSide(&b, "+", newLines)
	}
	return b.String(), true
}

// lineIndexes indexes each file of a report once, however many findings
// point into it.
type lineIndexes struct {
	rep   *result.Report
	files map[string]*parser.LineIndex
}

func newLineIndexes(rep *result.Report) *lineIndexes {
	return &lineIndexes{rep: rep, files: map[string]*parser.LineIndex{}}
}

func (l *lineIndexes) of(file string) (*parser.LineIndex, []byte, bool) {
	b, ok := l.rep.SourceBytes(file)
	if !ok {
		return nil, nil, false
	}
	x, ok := l.files[file]
	if !ok {
		x = parser.NewLineIndex(b)
		l.files[file] = x
	}
	return x, b, true
}

// fixRegion returns the whole lines a file's edits touch (from line
// first), before and after the edits, without the final line break.
// Only those lines are copied: a minified template of megabytes with a
// finding per resource costs a line per finding, not the file.
func fixRegion(rep *result.Report, idx *lineIndexes, file string, edits []policies.Edit) (first int, before, after string, ok bool) {
	x, src, ok := idx.of(file)
	if !ok || len(edits) == 0 {
		return 0, "", "", false
	}
	first, last := editLines(edits)
	start, _ := x.LineSpan(first)
	_, end := x.LineSpan(last)
	sorted := append([]policies.Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Range.Start.Byte < sorted[j].Range.Start.Byte })
	regionEnd := end
	for _, e := range sorted {
		regionEnd = max(regionEnd, e.Range.End.Byte)
	}
	if regionEnd > len(src) {
		return 0, "", "", false
	}
	var b strings.Builder
	at := start
	for _, e := range sorted {
		s, t := e.Range.Start.Byte, e.Range.End.Byte
		if s < at || t < s {
			// Overlapping edits are not one fix's; the file changed.
			return 0, "", "", false
		}
		b.Write(src[at:s])
		b.WriteString(e.Text)
		at = t
	}
	b.Write(src[at:regionEnd])
	before, after = string(src[start:regionEnd]), b.String()
	if regionEnd > end {
		// An edit took the line break after the last line: the new text
		// must end with one too to be whole lines.
		if !strings.HasSuffix(after, "\n") {
			return 0, "", "", false
		}
		before = strings.TrimSuffix(strings.TrimSuffix(before, "\n"), "\r")
		after = strings.TrimSuffix(strings.TrimSuffix(after, "\n"), "\r")
	}
	return first, before, after, true
}

func diffLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

func writeDiffSide(b *strings.Builder, mark string, lines []string) {
	for i, l := range lines {
		if i == maxDiffLines {
			fmt.Fprintf(b, "%s… %d more lines\n", mark, len(lines)-i)
			return
		}
		// Tabs would show as escapes; the diff is for reading.
		l = strings.ReplaceAll(l, "\t", "    ")
		b.WriteString(mark + display.Text(display.Clip(l, maxDiffLineChars)) + "\n")
	}
}
