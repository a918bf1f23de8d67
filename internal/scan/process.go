package scan

import (
	"os"
	"path"
	"path/filepath"
	"time"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// A stage is one step of the post-processing of a scan's findings. Stages
// run in order, each on the output of the one before; a stage returns new
// findings (it may drop some or set their Suppression) and the diagnostics
// it has for the user. The order of the list in postProcess is the only
// contract between them.
type stage struct {
	name string
	run  func([]policies.Finding) ([]policies.Finding, []parser.Diagnostic)
}

func runStages(fs []policies.Finding, stages []stage) ([]policies.Finding, []parser.Diagnostic) {
	var diags []parser.Diagnostic
	for _, s := range stages {
		var ds []parser.Diagnostic
		fs, ds = s.run(fs)
		diags = append(diags, ds...)
	}
	return fs, diags
}

// sortStage orders the findings for output.
func sortStage() stage {
	return stage{"sort", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		policies.SortFindings(fs)
		return fs, nil
	}}
}

// ProcessOptions tune the post-processing of findings.
type ProcessOptions struct {
	// NoIgnore disables inline and configuration suppressions.
	NoIgnore bool
	// Ignores are the configuration file's ignore entries.
	Ignores []Ignore
	// Baseline, when set, marks the findings it holds as accepted.
	Baseline *Baseline
	// Changed, when not nil, keeps only findings on changed lines, or
	// (with BaseFindings) new since the base.
	Changed ChangedLines
	// BaseFindings holds the fingerprints of the unsuppressed findings of
	// a scan of the diff base; nil when that scan is not available.
	BaseFindings map[string]bool
	// AllFindings reports findings in every file of the evaluated modules,
	// not only in the files named on the command line.
	AllFindings bool
	// Now is the date suppressions expire against; zero means today.
	Now time.Time
}

// postProcess runs the stages over the report's findings. paths are the
// scanned paths as names in the scan root.
func postProcess(r *result.Report, opts ProcessOptions, paths []string, resources []parser.Resource, found []parser.Suppression, root, wd string) {
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	display := func(name string) string { return displayPath(root, wd, name) }
	stages := []stage{dedupeStage()}
	inScope := func(string) bool { return true }
	if !opts.AllFindings {
		var files, dirs []string
		for _, p := range paths {
			info, err := os.Stat(filepath.Join(root, filepath.FromSlash(p)))
			switch {
			case err != nil:
				continue
			case info.IsDir():
				dirs = append(dirs, path.Clean(display(p)))
			default:
				files = append(files, display(p))
			}
		}
		if len(files) > 0 {
			in := inPaths(files, dirs)
			stages = append(stages, scopeStage(in))
			inScope = func(name string) bool { return in(display(name)) }
		}
	}
	if !opts.NoIgnore {
		ds := collectInline(resources, found, inScope)
		for i := range ds {
			ds[i].Range.File = display(ds[i].Range.File)
			if ds[i].File != "" {
				ds[i].File = display(ds[i].File)
			}
		}
		selected := map[string]bool{}
		for _, rule := range r.Rules {
			selected[rule.ID] = true
		}
		stages = append(stages, inlineStage(ds, selected, now))
		if len(opts.Ignores) > 0 {
			stages = append(stages, configStage(opts.Ignores, func(dir, file string) string {
				if dir == "" {
					return file
				}
				rel, err := filepath.Rel(dir, filepath.Join(wd, filepath.FromSlash(file)))
				if err != nil {
					return file
				}
				return filepath.ToSlash(rel)
			}, now))
		}
	}
	if opts.Baseline != nil {
		stages = append(stages, baselineStage(opts.Baseline))
	}
	if opts.Changed != nil {
		stages = append(stages, diffStage(opts.Changed, opts.BaseFindings, r.RepoPath))
	}
	stages = append(stages, sortStage())
	var diags []parser.Diagnostic
	r.Findings, diags = runStages(r.Findings, stages)
	r.Diagnostics = append(r.Diagnostics, diags...)
}
