package scan

import (
	"path/filepath"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// inPaths reports whether a display path is one of files or lies below
// one of dirs.
func inPaths(files, dirs []string) func(string) bool {
	return func(file string) bool {
		for _, f := range files {
			if file == f {
				return true
			}
		}
		for _, d := range dirs {
			if d == "." && !strings.HasPrefix(file, "../") && !filepath.IsAbs(file) || strings.HasPrefix(file, d+"/") {
				return true
			}
		}
		return false
	}
}

// scopeStage keeps the findings located in the files the user named (or
// under the directories the user named), when at least one path is a
// file: pre-commit passes the files it changed, and the scan evaluates
// their whole module but reports only what lies in them. A finding whose
// value comes from a named file (a tfvars file) is in scope too.
func scopeStage(in func(file string) bool) stage {
	return stage{"scope", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		out := fs[:0:0]
		for _, f := range fs {
			keep := in(f.Range.File)
			for _, r := range f.Related {
				keep = keep || in(r.File)
			}
			if keep {
				out = append(out, f)
			}
		}
		return out, nil
	}}
}
