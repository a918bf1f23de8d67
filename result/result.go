// Package result holds what a scan produces: the findings, the rules that
// ran, the problems met reading the input, the scanned resources and a way
// back to the source the findings point at. It is what every output
// format renders (packages report, sarif and score), and it depends only
// on parser and policies, so a program outside this module can build a
// Report and render it.
package result

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// Report is the outcome of a scan. File names in it are display paths:
// slash-separated, relative to WorkDir.
type Report struct {
	Tool        string
	Version     string
	Findings    []policies.Finding
	Rules       []*policies.Rule
	Diagnostics []parser.Diagnostic
	// Assessed is, per rule id, the resources the rule was evaluated on.
	Assessed map[string][]policies.Assessed
	Stats    Stats

	// Resources are the scanned resources, in file and line order.
	Resources []Resource
	// Undecided are the checks that could not be decided, kept for the
	// posture score when Findings leave them out (no --show-unknown).
	Undecided []policies.Finding

	// Source reads the scanned files back; nil when there is none to read
	// (a report built by hand), and then no output quotes source lines.
	Source Source
	// WorkDir is the absolute directory display paths are relative to.
	WorkDir string
	// RepoRoot is the absolute root of the git repository holding
	// WorkDir, or "" outside a repository.
	RepoRoot string
}

// Source gives the content of a scanned file, named by its display path,
// as the scan read it: outputs quote and hash the lines the scan saw, not
// what is on disk by the time they run.
type Source interface {
	Bytes(file string) ([]byte, bool)
}

// Stats are counts for summaries and benchmarks.
type Stats struct {
	Files     int           `json:"files"`
	Units     int           `json:"units"`
	Resources int           `json:"resources"`
	Rules     int           `json:"rules"`
	Duration  time.Duration `json:"duration_ns"`
}

// SourceBytes returns the content of a file named by its display path, or
// false when the scan did not read it.
func (r *Report) SourceBytes(file string) ([]byte, bool) {
	if r.Source == nil {
		return nil, false
	}
	return r.Source.Bytes(file)
}

// RepoPath turns a display path into a path relative to the repository
// root (the SARIF %SRCROOT%), or returns it unchanged outside a repository
// or for files outside it.
func (r *Report) RepoPath(display string) string {
	if r.RepoRoot == "" || display == "" {
		return display
	}
	abs := filepath.Join(r.WorkDir, filepath.FromSlash(display))
	rel, err := filepath.Rel(r.RepoRoot, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return display
	}
	return filepath.ToSlash(rel)
}
