package display_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/report/display"
)

func TestGuard(t *testing.T) {
	tests := []struct {
		name     string
		guard    display.Guard
		in, want string
	}{
		{"nothing to do", display.TextGuard, "a: b\n  c::d\n", "a: b\n  c::d\n"},
		{"command at a line start", display.TextGuard, "::error::x\n", `\x3a:error::x` + "\n"},
		{"after white space", display.TextGuard, "ok\n   \t::add-mask::s", "ok\n   \t\\x3a:add-mask::s"},
		{"after a no-break space", display.TextGuard, "\u00a0::stop-commands::t", "\u00a0\\x3a:stop-commands::t"},
		{"after a carriage return", display.TextGuard, "a\r::warning::x", "a\r\\x3a:warning::x"},
		{"legacy form anywhere", display.TextGuard, "see ##[add-matcher]m.json", `see ##\x5badd-matcher]m.json`},
		{"markdown", display.MarkdownGuard, "::error::x ##[x]", `\::error::x ##\[x]`},
		{"xml", display.XMLGuard, "<a>\n::error::x ##[x]</a>", "<a>\n&#58;:error::x ##&#91;x]</a>"},
		{"json", display.JSONGuard, `  "file": "##[add-mask]x"`, `  "file": "##\u005badd-mask]x"`},
		{"commands keep their line starts", display.CommandGuard, "::error file=a::m ##[x]\n", "::error file=a::m ##\\x5bx]\n"},
		{"after a colour", display.TextGuard, "\x1b[1m::error::x\x1b[0m", "\x1b[1m\\x3a:error::x\x1b[0m"},
		{"blank lines", display.TextGuard, "\n\n::x\n", "\n\n\\x3a:x\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.guard.String(tc.in))
		})
	}
}
