package scan

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// ParseDiff reads the output of `git diff --unified=0` and returns, per
// file of the new side, the lines added or changed. Deleted files and
// pure deletions add nothing. Only the headers matter, so each line is
// read up to maxDiffHeader bytes and the rest skipped: a changed line of
// any length (a minified file) costs no memory.
func ParseDiff(r io.Reader) (ChangedLines, error) {
	out := ChangedLines{}
	br := bufio.NewReaderSize(r, 64*1024)
	file := ""
	inHunk := false
	for {
		line, err := diffLine(br)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("diff: %w", err)
		}
		switch {
		case strings.HasPrefix(line, "diff --git "):
			file, inHunk = "", false
		case !inHunk && strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				u, err := strconv.Unquote(name)
				if err != nil {
					return nil, fmt.Errorf("diff: a file name git quoted cannot be read back: %v", err)
				}
				name = u
			}
			if name == "/dev/null" {
				file = ""
			} else {
				file = strings.TrimPrefix(name, "b/")
			}
		case strings.HasPrefix(line, "@@ "):
			inHunk = true
			if file == "" {
				continue
			}
			start, count, err := newSide(line)
			if err != nil {
				return nil, err
			}
			if count > 0 {
				out[file] = append(out[file], [2]int{start, start + count - 1})
			}
		}
	}
	for f, rs := range out {
		sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
		out[f] = rs
	}
	return out, nil
}

// maxDiffHeader bounds the part of a diff line ParseDiff keeps: a file
// header holds a path (at most a few KiB on any file system) and a hunk
// header four numbers.
const maxDiffHeader = 64 * 1024

// diffLine returns the next line of r without its newline, cut to
// maxDiffHeader bytes; io.EOF once r is exhausted.
func diffLine(r *bufio.Reader) (string, error) {
	var b []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(b) < maxDiffHeader {
			b = append(b, chunk[:min(len(chunk), maxDiffHeader-len(b))]...)
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return strings.TrimSuffix(string(b), "\n"), nil
		case io.EOF:
			if len(b) == 0 {
				return "", io.EOF
			}
			return string(b), nil
		default:
			return "", err
		}
	}
}

// newSide parses the "+start,count" of a hunk header "@@ -a,b +c,d @@".
func newSide(header string) (start, count int, err error) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("diff: bad hunk header %q", truncate(header))
	}
	s, c, hasCount := strings.Cut(fields[2][1:], ",")
	if start, err = strconv.Atoi(s); err != nil {
		return 0, 0, fmt.Errorf("diff: bad hunk header %q", truncate(header))
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(c); err != nil {
			return 0, 0, fmt.Errorf("diff: bad hunk header %q", truncate(header))
		}
	}
	return start, count, nil
}

// truncate keeps the start of a header for a message.
func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// ChangedLines are, per file (slash-separated, relative to the repository
// root), the sorted line ranges a diff added or changed.
type ChangedLines map[string][][2]int

// Overlaps reports whether any line in first..last of file changed.
func (c ChangedLines) Overlaps(file string, first, last int) bool {
	rs := c[file]
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] >= first })
	return i < len(rs) && rs[i][0] <= last
}

// diffStage keeps the findings whose location (or the place their value
// comes from) lies on a line added or changed since the diff's base, and,
// when the findings at the base are known, those the base did not have:
// deleting `min_tls_version` leaves no added line, but the finding it
// causes (on the unchanged resource header) is the change's doing.
// repoPath turns a display path into the path git uses.
func diffStage(changed ChangedLines, base map[string]bool, repoPath func(string) string) stage {
	on := func(r parser.Range) bool {
		end := r.End.Line
		if end < r.Start.Line || (r.End.Column == 1 && end > r.Start.Line) {
			// [Start, End) ending at column 1 does not reach End's line.
			end = max(r.Start.Line, end-1)
		}
		return changed.Overlaps(repoPath(r.File), r.Start.Line, end)
	}
	return stage{"diff", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		out := fs[:0:0]
		for _, f := range fs {
			keep := on(f.Range) || (base != nil && !base[f.Fingerprint])
			for _, r := range f.Related {
				keep = keep || on(r)
			}
			if keep {
				out = append(out, f)
			}
		}
		return out, nil
	}}
}
