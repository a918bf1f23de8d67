package cli

import (
	"runtime/debug"
	"strings"
)

// Version is the release, set with -ldflags "-X .../internal/cli.Version=v1.2.3";
// a development build reports the module version or "dev".
var Version = ""

// baseVersion is the release a development build is heading for.
const baseVersion = "0.1.0"

// ToolVersion returns the version to print and to write into SARIF. It
// always starts with a number, as SARIF consumers compare versions: a
// build from an untagged commit reports 0.1.0-dev+<commit>.
func ToolVersion() string {
	v := Version
	if v == "" {
		if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
	}
	v = strings.TrimPrefix(v, "v")
	switch {
	case v == "":
		return baseVersion + "-dev"
	case v[0] >= '0' && v[0] <= '9':
		return v
	default:
		return baseVersion + "-dev+" + v
	}
}
