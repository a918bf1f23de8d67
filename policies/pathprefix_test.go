package policies

import (
	"testing"

	"github.com/posture-dev/posture/parser"
)

// pathPrefixes must render every prefix of a path exactly as
// parser.Path.String does: findings are located and keyed by these strings.
func TestPathPrefixes(t *testing.T) {
	paths := []parser.Path{
		nil,
		{"properties"},
		{"properties", "publicNetworkAccess"},
		{"spec", "template", "spec", "containers", 0, "securityContext", "privileged"},
		{"metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"},
		{"", "a", "_b", "$c", "-d", "e-f", "9g", "h9", "ü", `q"uote`},
		{0, 1, "x", 12, "y"},
		{"a", int64(3), "b", 2.5, true, nil},
	}
	for _, p := range paths {
		s, ends := pathPrefixes(p)
		if s != p.String() {
			t.Errorf("%#v: got %q, want %q", p, s, p.String())
		}
		if len(ends) != len(p)+1 {
			t.Fatalf("%#v: %d ends", p, len(ends))
		}
		for n := 0; n <= len(p); n++ {
			if got, want := s[:ends[n]], p[:n].String(); got != want {
				t.Errorf("%#v prefix %d: got %q, want %q", p, n, got, want)
			}
		}
	}
}
