package parser_test

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// TestSourceOverlay: an overlaid file reads as its new content; a file
// the source cannot read, or content over the size limit, is refused.
func TestSourceOverlay(t *testing.T) {
	for _, tc := range []struct {
		name, file, content, want, err string
	}{
		{name: "replaced", file: "main.tf", content: "b = 2\n", want: "b = 2\n"},
		{name: "absent", file: "other.tf", content: "x", err: "file does not exist"},
		{name: "too large", file: "main.tf", content: "0123456789abcdef-", err: "larger than the file size limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := parser.NewSource(fstest.MapFS{"main.tf": {Data: []byte("a = 1\n")}})
			src.SetMaxFileSize(16)
			err := src.Overlay(tc.file, []byte(tc.content))
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				b, err := fs.ReadFile(src, "main.tf")
				require.NoError(t, err)
				assert.Equal(t, "a = 1\n", string(b))
				return
			}
			require.NoError(t, err)
			b, err := fs.ReadFile(src, tc.file)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
		})
	}
}
