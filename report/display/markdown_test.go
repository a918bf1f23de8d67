package display_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/report/display"
)

// Hostile is text an attacker can put in a file name, a value or a
// policy's metadata, each aiming at a different reader of the output.
var Hostile = []string{
	"[click](https://evil.example/x) ![img](https://evil.example/i.png)",
	`<img src=x onerror=alert(1)> <details open><summary>hi</summary>`,
	"<!-- hide the rest",
	"cc @octocat and @org/team, see #1 and org/repo#2",
	"https://evil.example/a www.evil.example mail@evil.example",
	"# heading", "- list", "1. ordered", "> quote", "=== setext",
	"| a | b |", "**bold** _em_ ~~del~~ $x^2$ \\",
	"`code` with ``double`` and a trailing `",
	"&lt;entity&gt; &#64;octocat",
	"line one\n\n# line two\n::error::x",
	"\x1b[31mred\x1b[0m \u202eevil\u202c",
}

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Storage account is public (allow all).", "Storage account is public (allow all)."},
		{"markup", "a *b* _c_ [d](e) <f> `g` |h| ~i~ $j$ &k \\l", `a \*b\* \_c\_ \[d\](e) \<f\> \` + "`" + `g\` + "`" + ` \|h\| \~i\~ \$j\$ \&k \\l`},
		{"snake_case stays", "local_auth_enabled = TLS1_1 _x_", `local_auth_enabled = TLS1_1 \_x\_`},
		{"mention and reference", "@octocat #12", "@\u200boctocat #\u200b12"},
		{"urls", "https://x.example www.y.example awww.z", "https:\u200b//x.example www\u200b.y.example awww.z"},
		{"heading", "# title", "#\u200b title"},
		{"list", "- item", `\- item`},
		{"ordered list", "12. item", `12\. item`},
		{"one line", "a\n\n  b\t c", "a b c"},
		{"controls", "a\x1b[0m\u202e", `a\\x1b\[0m\\u202e`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, display.MarkdownText(tc.in))
		})
	}
	for _, h := range Hostile {
		AssertInertMarkdown(t, display.MarkdownText(h))
	}
}

func TestCode(t *testing.T) {
	tests := []struct {
		name, in, want, cell string
	}{
		{"plain", "registry/app@sha256:<digest>", "`registry/app@sha256:<digest>`", ""},
		{"backticks", "a`b``c", "```a`b``c```", ""},
		{"backtick at the ends", "`a`", "`` `a` ``", ""},
		{"spaces at the ends are trimmed", " a ", "`a`", ""},
		{"empty", "", "`  `", ""},
		{"pipe", "a|b", "`a|b`", "`a\\|b`"},
		{"controls", "a\x1b", "`a\\x1b`", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, display.Code(tc.in))
			if tc.cell != "" {
				assert.Equal(t, tc.cell, display.CellCode(tc.in))
			}
		})
	}
}

func TestMarkdownInline(t *testing.T) {
	tests := []struct {
		name, in, want string
		cell           bool
	}{
		{"code spans kept", "Pin a digest (`registry/app@sha256:<digest>`).", "Pin a digest (`registry/app@sha256:<digest>`).", false},
		{"text escaped around them", "Set `a = 1` in <b>", "Set `a = 1` in \\<b\\>", false},
		{"double fence", "Use ``a`b`` here", "Use ``a`b`` here", false},
		{"unmatched backtick is text", "a ` b", "a \\` b", false},
		{"pipes in a cell", "`a|b` or c|d", "`a\\|b` or c\\|d", true},
		{"leading code", "`x` first", "`x` first", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, display.MarkdownInline(tc.in, tc.cell))
		})
	}
	for _, h := range Hostile {
		AssertInertMarkdown(t, display.MarkdownInline(h, true))
	}
}

func TestMarkdownURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://github.com/posture-dev/posture/blob/main/docs/policies/AZ-AI-003.md", "https://github.com/posture-dev/posture/blob/main/docs/policies/AZ-AI-003.md"},
		{"javascript:alert(1)", ""},
		{"data:text/html,<b>", ""},
		{"/relative", ""},
		{"https://x.example/a)b(c|d<e>", "https://x.example/a%29b%28c%7Cd%3Ce%3E"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, display.MarkdownURL(tc.in), tc.in)
	}
}

func TestFence(t *testing.T) {
	assert.Equal(t, "```", display.Fence("a = 1"))
	assert.Equal(t, "`````", display.Fence("a ```` b"))
}

// AssertInertMarkdown checks that md, outside its code spans, has nothing
// GitHub would turn into markup, a link or a notification: every
// character with a meaning is backslash-escaped, and mentions, references
// and URLs are broken by a zero-width space.
func AssertInertMarkdown(t *testing.T, md string) {
	t.Helper()
	assert.NotContains(t, md, "\n", "one line: %q", md)
	inCode := 0
	for i := 0; i < len(md); i++ {
		c := md[i]
		if c == '\\' && inCode == 0 {
			i++ // an escaped character is text
			continue
		}
		if c == '`' {
			n := 0
			for i+n < len(md) && md[i+n] == '`' {
				n++
			}
			switch {
			case inCode == 0:
				inCode = n
			case inCode == n:
				inCode = 0
			}
			i += n - 1
			continue
		}
		if inCode > 0 {
			continue
		}
		intraword := c == '_' && i > 0 && i+1 < len(md) && isAlnum(md[i-1]) && isAlnum(md[i+1])
		if strings.IndexByte("*_[]<>|~$&", c) >= 0 && !intraword {
			t.Errorf("unescaped %q at %d in %q", c, i, md)
		}
		if (c == '@' || c == '#') && !strings.HasPrefix(md[i+1:], "\u200b") {
			t.Errorf("live %q at %d in %q", c, i, md)
		}
		// GitHub links a bare www. only where a word does not go on
		// before it (after a space, a line start, * _ ~ or "(").
		www := strings.HasPrefix(strings.ToLower(md[i:]), "www.") && (i == 0 || !isAlnum(md[i-1]) && md[i-1] < 0x80)
		if strings.HasPrefix(md[i:], "://") || www {
			t.Errorf("live URL at %d in %q", i, md)
		}
		if i == 0 && strings.IndexByte("-+=>", c) >= 0 {
			t.Errorf("block marker at the start of %q", md)
		}
	}
	assert.Zero(t, inCode, "code spans are closed in %q", md)
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
