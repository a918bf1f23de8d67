package sarif

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The expected hashes were computed by an independent BigInt port of
// codeql-action's src/fingerprints.ts, on input mixing CRLF, tabs, a blank
// line, a two-byte character and a character outside the BMP.
func TestLineHashes(t *testing.T) {
	src := "resource \"x\" \"y\" {\r\n  a = \"é😀\"\n\n\tb = 1\n}\nresource \"x\" \"y\" {\r\n  a = \"é😀\"\n"
	want := []string{"",
		"def6a75470a57936:1", "144d0c5f5899c64:1", "84064cd7336e7f2:1", "392e6baba7cef390:1",
		"3845b3a2baf1ec82:1", "ae88c95e4c40ac47:1", "492c2dba666f1535:1", "c129715d7a2bc9a3:1",
	}
	assert.Equal(t, want, LineHashes([]byte(src)))
}

func TestLineHashesEmpty(t *testing.T) {
	assert.NotPanics(t, func() { LineHashes(nil) })
}
