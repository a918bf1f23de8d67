package scan

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// ParseDiff reads the output of `git diff --unified=0` and returns, per
// file of the new side, the lines added or changed. Deleted files and
// pure deletions add nothing.
func ParseDiff(r io.Reader) (ChangedLines, error) {
	out := ChangedLines{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	file := ""
	inHunk := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "diff --git "):
			file, inHunk = "", false
		case !inHunk && strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				u, err := strconv.Unquote(name)
				if err != nil {
					return nil, fmt.Errorf("diff: bad file name %s: %v", name, err)
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
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("diff: %w", err)
	}
	for f, rs := range out {
		sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
		out[f] = rs
	}
	return out, nil
}

// newSide parses the "+start,count" of a hunk header "@@ -a,b +c,d @@".
func newSide(header string) (start, count int, err error) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("diff: bad hunk header %q", header)
	}
	s, c, hasCount := strings.Cut(fields[2][1:], ",")
	if start, err = strconv.Atoi(s); err != nil {
		return 0, 0, fmt.Errorf("diff: bad hunk header %q", header)
	}
	count = 1
	if hasCount {
		if count, err = strconv.Atoi(c); err != nil {
			return 0, 0, fmt.Errorf("diff: bad hunk header %q", header)
		}
	}
	return start, count, nil
}
