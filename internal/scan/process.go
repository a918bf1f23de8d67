package scan

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
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

// inlineStage applies the inline suppressions. A directive with a problem
// (no reason, a bad date) is reported and suppresses nothing; an expired
// one is reported and suppresses nothing; a valid one that matched no
// finding of a rule that ran is reported as a note. selected holds the ids
// of the rules that ran.
func inlineStage(ds []directive, selected map[string]bool, now time.Time) stage {
	return stage{"inline suppressions", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		var diags []parser.Diagnostic
		active := make([]*directive, 0, len(ds))
		for i := range ds {
			d := &ds[i]
			switch {
			case d.problem != "":
				diags = append(diags, parser.Warnf(d.Range, "posture:ignore %s; it suppresses nothing", d.problem))
			case expired(d.Until, now):
				diags = append(diags, parser.Warnf(d.Range, "posture:ignore %s expired on %s (reason: %s); its findings are reported again: fix them or extend until=", strings.Join(d.IDs, ","), d.Until, d.Reason))
			default:
				d.used = map[string]bool{}
				active = append(active, d)
			}
		}
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression != nil {
				continue
			}
			for _, d := range active {
				if !d.covers(f) {
					continue
				}
				if id := d.match(f.RuleID); id != "" {
					d.used[id] = true
					f.Suppression = &policies.Suppression{Kind: "inline", Reason: d.Reason, Until: d.Until, Range: d.Range}
					break
				}
			}
		}
		for _, d := range active {
			for _, id := range d.IDs {
				if !d.used[id] && selected[id] {
					diags = append(diags, parser.Notef(d.Range, "posture:ignore %s matches no finding here; remove it if the problem is fixed", id))
				}
			}
		}
		return out, diags
	}}
}

// covers reports whether the directive is aimed at the finding's resource
// or at the lines the finding lies on.
func (d *directive) covers(f *policies.Finding) bool {
	if d.Resource != "" {
		return d.Resource == f.ResourceID
	}
	return d.File == f.Range.File && f.Range.Start.Line >= d.First && f.Range.Start.Line <= d.Last
}

func (d *directive) match(ruleID string) string {
	for _, id := range d.IDs {
		if strings.EqualFold(id, ruleID) {
			return id
		}
	}
	return ""
}

// Ignore is a suppression from the configuration file (.posture.yaml).
// An entry matches a finding when every criterion it sets matches.
type Ignore struct {
	// Rules are policy ids or id prefixes; empty matches every rule.
	Rules []string
	// Paths are globs (*, ?, ** across directories) on the finding's file,
	// relative to Dir.
	Paths []string
	// Resources are resource ids, where * matches any text.
	Resources []string
	Reason    string
	Until     string
	// Dir is the directory Paths are relative to: the configuration
	// file's directory. Empty means the working directory.
	Dir string
	// Source is where the entry is written, for diagnostics.
	Source parser.Range
}

// configStage applies the configuration file's ignore entries. rel turns
// a display path into a path relative to an entry's Dir.
func configStage(ignores []Ignore, rel func(dir, display string) string, now time.Time) stage {
	return stage{"config suppressions", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		var diags []parser.Diagnostic
		type compiled struct {
			ig        *Ignore
			paths     []*regexp.Regexp
			resources []*regexp.Regexp
		}
		var active []compiled
		for i := range ignores {
			ig := &ignores[i]
			d := directive{IDs: ig.Rules, Reason: ig.Reason, Until: ig.Until}
			if len(d.IDs) == 0 {
				d.IDs = []string{"all"}
			}
			if p := d.validate(); p != "" {
				diags = append(diags, parser.Warnf(ig.Source, "ignore entry %s; it suppresses nothing", p))
				continue
			}
			if len(ig.Rules) == 0 && len(ig.Paths) == 0 && len(ig.Resources) == 0 {
				diags = append(diags, parser.Warnf(ig.Source, "ignore entry sets none of rule, path, resource; it suppresses nothing (an entry cannot silence every finding)"))
				continue
			}
			if expired(ig.Until, now) {
				diags = append(diags, parser.Warnf(ig.Source, "ignore entry expired on %s (reason: %s); its findings are reported again: fix them or extend until", ig.Until, ig.Reason))
				continue
			}
			c := compiled{ig: ig}
			for _, p := range ig.Paths {
				c.paths = append(c.paths, pathGlob(p))
			}
			for _, r := range ig.Resources {
				c.resources = append(c.resources, wildcard(r))
			}
			active = append(active, c)
		}
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression != nil {
				continue
			}
			for _, c := range active {
				if matchRule(c.ig.Rules, f.RuleID) && matchAny(c.paths, rel(c.ig.Dir, f.Range.File)) && matchAny(c.resources, f.ResourceID) {
					f.Suppression = &policies.Suppression{Kind: "config", Reason: c.ig.Reason, Until: c.ig.Until, Range: c.ig.Source}
					break
				}
			}
		}
		return out, diags
	}}
}

func matchRule(rules []string, id string) bool {
	if len(rules) == 0 {
		return true
	}
	for _, r := range rules {
		if strings.EqualFold(r, id) || strings.HasPrefix(strings.ToUpper(id), strings.ToUpper(r)+"-") {
			return true
		}
	}
	return false
}

// matchAny reports whether s matches one of res; no patterns match all.
func matchAny(res []*regexp.Regexp, s string) bool {
	if len(res) == 0 {
		return true
	}
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// pathGlob compiles a slash-separated glob: * and ? within one path
// segment, ** across segments; a pattern naming a directory matches the
// files below it.
func pathGlob(p string) *regexp.Regexp {
	p = strings.TrimPrefix(filepath.ToSlash(p), "./")
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '*' && i+1 < len(p) && p[i+1] == '*':
			i++
			if i+1 < len(p) && p[i+1] == '/' {
				i++
				b.WriteString("(?:.*/)?")
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("(?:/.*)?$")
	return regexp.MustCompile(b.String())
}

// wildcard compiles a pattern where * matches any text.
func wildcard(p string) *regexp.Regexp {
	parts := strings.Split(p, "*")
	for i := range parts {
		parts[i] = regexp.QuoteMeta(parts[i])
	}
	return regexp.MustCompile("^" + strings.Join(parts, ".*") + "$")
}

// baselineStage marks the findings recorded in the baseline: they are
// known, accepted debt, not counted for the exit code.
func baselineStage(b *Baseline) stage {
	return stage{"baseline", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression == nil && b.Has(f.Fingerprint) {
				f.Suppression = &policies.Suppression{Kind: "baseline", Reason: "recorded in the baseline " + b.file}
			}
		}
		return out, nil
	}}
}

// diffStage keeps the findings whose location (or the place their value
// comes from) lies on a line added or changed since the diff's base, and,
// when the findings at the base are known, those the base did not have:
// deleting `min_tls_version` leaves no added line, but the finding it
// causes (on the unchanged resource header) is the change's doing.
// repoPath turns a display path into the path git uses.
func diffStage(changed ChangedLines, base map[string]bool, repoPath func(string) string) stage {
	on := func(r parser.Range) bool {
		end := r.End.Line
		if end < r.Start.Line || (r.End.Column == 1 && end > r.Start.Line) {
			// [Start, End) ending at column 1 does not reach End's line.
			end = max(r.Start.Line, end-1)
		}
		return changed.Overlaps(repoPath(r.File), r.Start.Line, end)
	}
	return stage{"diff", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		out := fs[:0:0]
		for _, f := range fs {
			keep := on(f.Range) || (base != nil && !base[f.Fingerprint])
			for _, r := range f.Related {
				keep = keep || on(r)
			}
			if keep {
				out = append(out, f)
			}
		}
		return out, nil
	}}
}

// dedupeStage keeps one of findings that say the same thing in the same
// place: a Kustomize base built by two overlays, a module called by two
// roots under the same name, an ARM template linked from two parents. Each
// is a deployment of its own, but nothing in the finding tells them apart
// (rule, resource address, location, message, related places), and a
// report that repeats a line only asks the reader to compare them.
func dedupeStage() stage {
	return stage{"dedupe", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		seen := make(map[string]bool, len(fs))
		out := fs[:0:0]
		for _, f := range fs {
			k := dedupeKey(&f)
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, f)
		}
		return out, nil
	}}
}

func dedupeKey(f *policies.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%v", f.Fingerprint, f.RuleID, f.Severity, f.Status, f.Message, f.Range, f.Range.End)
	for _, r := range f.Related {
		fmt.Fprintf(&b, "\x00%s-%v", r, r.End)
	}
	return b.String()
}

// ChangedLines are, per file (slash-separated, relative to the repository
// root), the sorted line ranges a diff added or changed.
type ChangedLines map[string][][2]int

// Overlaps reports whether any line in first..last of file changed.
func (c ChangedLines) Overlaps(file string, first, last int) bool {
	rs := c[file]
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] >= first })
	return i < len(rs) && rs[i][0] <= last
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
func (r *Report) postProcess(opts ProcessOptions, paths []string, resources []parser.Resource, src *parser.Source, root, wd string) {
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
		ds := collectInline(src, resources, inScope)
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
