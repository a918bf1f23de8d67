package report

import (
	"fmt"
	"strings"

	"github.com/posture-dev/posture/fix"
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
func fixDiff(rep *result.Report, fx *policies.Fix) (string, bool) {
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
		old, ok := rep.SourceBytes(name)
		if !ok {
			return "", false
		}
		edits := byFile[name]
		applied := fix.Apply(map[string][]byte{name: old}, []*policies.Fix{{Edits: edits}})
		updated, ok := applied.Files[name]
		if !ok {
			return "", false
		}
		first, last := editLines(edits)
		x := parser.NewLineIndex(old)
		start, _ := x.LineSpan(first)
		_, end := x.LineSpan(last)
		newEnd := end + len(updated) - len(old)
		if newEnd < start || newEnd > len(updated) {
			return "", false
		}
		oldLines := diffLines(string(old[start:end]))
		newLines := diffLines(string(updated[start:newEnd]))
		shown := display.Text(rep.RepoPath(name))
		fmt.Fprintf(&b, "--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n", shown, shown, first, len(oldLines), first, len(newLines))
		writeDiffSide(&b, "-", oldLines)
		writeDiffSide(&b, "+", newLines)
	}
	return b.String(), true
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
