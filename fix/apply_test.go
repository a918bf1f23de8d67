package fix

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func TestApply(t *testing.T) {
	edit := func(start, end int, text string) policies.Edit {
		return policies.Edit{Range: parser.Range{File: "f", Start: parser.Pos{Byte: start}, End: parser.Pos{Byte: end}}, Text: text}
	}
	fx := func(edits ...policies.Edit) *policies.Fix { return &policies.Fix{Edits: edits} }
	const src = "0123456789"
	for _, tc := range []struct {
		name     string
		fixes    []*policies.Fix
		want     string
		rejected int
	}{
		{name: "disjoint", fixes: []*policies.Fix{fx(edit(1, 2, "a")), fx(edit(5, 6, "b"))}, want: "0a234b6789"},
		{name: "two insertions at one offset: the later waits", fixes: []*policies.Fix{fx(edit(3, 3, "x")), fx(edit(3, 3, "y"))}, want: "012x3456789", rejected: 1},
		{name: "one fix inserting twice at one offset", fixes: []*policies.Fix{fx(edit(3, 3, "x"), edit(5, 5, "y"))}, want: "012x34y56789"},
		{name: "the same edit twice is made once", fixes: []*policies.Fix{fx(edit(1, 3, "ab")), fx(edit(1, 3, "ab"))}, want: "0ab3456789"},
		{name: "overlap: the later fix waits", fixes: []*policies.Fix{fx(edit(1, 4, "a")), fx(edit(3, 5, "b"))}, want: "0a456789", rejected: 1},
		{name: "an insertion touching a replacement waits", fixes: []*policies.Fix{fx(edit(1, 4, "a")), fx(edit(4, 4, "b"))}, want: "0a456789", rejected: 1},
		{name: "a fix is applied whole or not at all", fixes: []*policies.Fix{fx(edit(5, 6, "x")), fx(edit(0, 1, "a"), edit(5, 7, "b"))}, want: "01234x6789", rejected: 1},
		{name: "a range past the end is rejected", fixes: []*policies.Fix{fx(edit(8, 12, "z"))}, want: src, rejected: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Apply(map[string][]byte{"f": []byte(src)}, tc.fixes)
			b, ok := got.Files["f"]
			if !ok {
				b = []byte(src)
			}
			assert.Equal(t, tc.want, string(b))
			assert.Len(t, got.Rejected, tc.rejected)
			assert.Len(t, got.Fixes, len(tc.fixes)-tc.rejected)
		})
	}
}
