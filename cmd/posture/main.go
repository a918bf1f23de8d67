// Command posture is a static security analyzer for infrastructure as code.
// See the README for usage; the work happens in internal/cli.
package main

import (
	"os"

	"github.com/posture-dev/posture/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
