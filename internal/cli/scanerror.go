package cli

import (
	"errors"
	"path/filepath"

	"github.com/posture-dev/posture/internal/scan"
)

// describeScanError says what went wrong in a scan in the terms of the
// command line: a path relative to workDir, the directory the scan ran in
// (empty for the process's), and a policy directory by its flag.
func describeScanError(err error, workDir string) string {
	var pe *scan.PathError
	if errors.As(err, &pe) {
		return displayPath(workDir, pe.Path) + ": " + pe.Err.Error()
	}
	var pol *scan.PolicyError
	if errors.As(err, &pol) && pol.Dir != "" {
		return "--policy " + pol.Dir + ": " + pol.Err.Error()
	}
	return err.Error()
}

// displayPath shows the absolute path p relative to workDir, as the
// report shows the paths it names.
func displayPath(workDir, p string) string {
	wd, err := filepath.Abs(workDir)
	if err != nil {
		return p
	}
	r, err := filepath.Rel(wd, p)
	if err != nil {
		return p
	}
	return filepath.ToSlash(r)
}
