// Command posture is a static security analyzer for infrastructure as code.
// See the README for usage; the work happens in internal/cli.
package main

import (
	"os"
	"runtime/debug"

	"github.com/posture-dev/posture/internal/cli"
)

func main() {
	tuneGC()
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}

// tuneGC lets the heap grow to four times the live data between
// collections instead of two, unless GOGC says otherwise: a scan is a
// short-lived batch whose allocations are mostly short-lived garbage
// (parser tokens, Rego bindings), and on the shared corpus the collector
// took ~30% of the CPU at the default. GOMEMLIMIT, when unset, becomes
// 850 MiB, a soft cap: past it the collector runs more often rather than
// growing a big heap further. On the shared corpus (49 MB): GOGC 100 took
// 8.3 s, 200 7.4-7.8 s, 300 6.8-7.2 s; with GOGC 300 the cap keeps the peak
// at 0.93 GB for 6.8-7.0 s (1 GiB: 1.0-1.06 GB, 6.6-7.1 s; none: 1.3 GB).
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(850 << 20)
	}
}
