package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestProgress(t *testing.T) {
	t.Run("a quick scan shows nothing", func(t *testing.T) {
		var b bytes.Buffer
		p := startProgress(&b, "scanning", time.Hour, time.Millisecond)
		p.Stop()
		p.Stop() // idempotent
		assert.Empty(t, b.String())
	})
	t.Run("a slow scan shows a spinner and erases it", func(t *testing.T) {
		var b bytes.Buffer
		p := startProgress(&b, "scanning", 0, 2*time.Millisecond)
		time.Sleep(30 * time.Millisecond)
		p.Stop()
		out := b.String()
		assert.Contains(t, out, "posture: scanning… ")
		assert.True(t, strings.HasPrefix(out, "\r"), "each frame redraws the line")
		assert.True(t, strings.HasSuffix(out, "\r\x1b[K"), "the line is erased at the end")
		assert.NotContains(t, out, "\n", "one line, redrawn")
	})
	t.Run("only on a terminal", func(t *testing.T) {
		assert.False(t, isTerminal(&bytes.Buffer{}))
	})
}
