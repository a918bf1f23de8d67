package fix

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUnifiedDiff(t *testing.T) {
	lines := func(n int, change map[int]string, insert map[int]string) string {
		var sb strings.Builder
		for i := 1; i <= n; i++ {
			if s, ok := insert[i]; ok {
				sb.WriteString(s + "\n")
			}
			if s, ok := change[i]; ok {
				if s != "" {
					sb.WriteString(s + "\n")
				}
				continue
			}
			fmt.Fprintf(&sb, "line %d\n", i)
		}
		return sb.String()
	}
	for _, tc := range []struct {
		name     string
		old, new string
		want     string
	}{
		{name: "equal", old: "a\n", new: "a\n", want: ""},
		{
			name: "one line changed",
			old:  lines(10, nil, nil),
			new:  lines(10, map[int]string{5: "five"}, nil),
			want: "--- a/f.tf\n+++ b/f.tf\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n line 8\n",
		},
		{
			name: "two far changes are two hunks",
			old:  lines(20, nil, nil),
			new:  lines(20, map[int]string{2: "two", 18: ""}, nil),
			want: "--- a/f.tf\n+++ b/f.tf\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n@@ -15,6 +15,5 @@\n line 15\n line 16\n line 17\n-line 18\n line 19\n line 20\n",
		},
		{
			name: "insertion",
			old:  lines(3, nil, nil),
			new:  lines(3, nil, map[int]string{2: "new"}),
			want: "--- a/f.tf\n+++ b/f.tf\n@@ -1,3 +1,4 @@\n line 1\n+new\n line 2\n line 3\n",
		},
		{
			name: "no newline at end",
			old:  "a\nb",
			new:  "a\nc",
			want: "--- a/f.tf\n+++ b/f.tf\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, UnifiedDiff("f.tf", []byte(tc.old), []byte(tc.new)))
		})
	}
}
