package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/result"
)

const fixUsage = `Usage: posture fix [flags] [PATH...]

Apply the automatic fixes of the findings in place: each edit goes where the
offending value was written (the literal, the tfvars line, the module argument,
the variable default, the ARM parameter, the Helm values key), keeping the
files' formatting and comments. Then scan again and report what was fixed,
what remains and why. Suppressed findings are not touched. Only files inside
the scanned directories are written, never through a symbolic link.

With --dry-run, print the changes as a unified diff instead of writing them:
every round of fixes is made, and rescanned, on copies of the files.
--only and --skip choose the rules whose findings are fixed (and rescanned).

Flags:
`

// maxFixRounds bounds how often fix scans and applies again: fixes whose
// edits meet (two attributes inserted at one place of an aligned block,
// five securityContext fields of one container) are applied one per
// round.
const maxFixRounds = 8

// notForFix are the scan flags that choose an output, which fix has not.
var notForFix = []string{"format", "output", "category", "include-suppressed", "link-base"}

func runFix(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("posture fix", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f scanFlags
	f.register(fs)
	dryRun := fs.Bool("dry-run", false, "print the fixes as a unified diff instead of applying them")
	fs.Usage = func() {
		fmt.Fprint(stderr, fixUsage)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "\nExit codes: 0 no finding at or above the threshold remains, 1 findings remain, 2 usage error or input that could not be scanned.\n")
	}
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	for _, name := range notForFix {
		if set[name] {
			return badUsage(stderr, "fix: --%s does not apply: fix writes the files and reports in text", name)
		}
	}
	p, err := prepare(ctx, &f, set, paths)
	if err != nil {
		return badUsage(stderr, "%v", err)
	}
	tree, err := openTree(p.opts.WorkDir, p.opts.Paths)
	if err != nil {
		return badUsage(stderr, "fix: %v", err)
	}
	defer tree.close()

	var fixed []policies.Finding
	changed := map[string]bool{}
	// A dry run makes its rounds on copies: pending holds what the files
	// would hold, and each rescan reads it instead of the disk, so the
	// diff shows every edit posture fix would write.
	var pending, original map[string][]byte
	if *dryRun {
		pending, original = map[string][]byte{}, map[string][]byte{}
	}
	for round := 0; round < maxFixRounds; round++ {
		p.opts.Overlay = pending
		rep, err := runWithProgress(ctx, p.opts, stderr)
		if err != nil {
			return badUsage(stderr, "%s", describeScanError(err, p.opts.WorkDir))
		}
		findings, fixes := fixesOf(rep)
		if len(fixes) == 0 {
			break
		}
		files := map[string][]byte{}
		for _, name := range fix.Names(fixes) {
			if b, ok := pending[name]; ok {
				files[name] = b
				continue
			}
			b, err := tree.read(name)
			if err != nil {
				warn(stderr, "fix: %v; its fixes are left", err)
				continue
			}
			if seen, ok := rep.SourceBytes(name); ok && !bytes.Equal(seen, b) {
				warn(stderr, "fix: %s changed since it was scanned; its fixes are left", name)
				continue
			}
			files[name] = b
		}
		applied := fix.Apply(files, fixes)
		written := 0
		for _, name := range sortedKeys(applied.Files) {
			if *dryRun {
				if _, ok := original[name]; !ok {
					original[name] = files[name]
				}
				pending[name] = applied.Files[name]
			} else if err := tree.write(name, applied.Files[name]); err != nil {
				warn(stderr, "fix: %v", err)
				continue
			}
			changed[name] = true
			written++
		}
		for _, fx := range applied.Fixes {
			fixed = append(fixed, findings[fx])
		}
		if len(applied.Rejected) == 0 || written == 0 {
			break
		}
	}
	if *dryRun {
		for _, name := range sortedKeys(pending) {
			fmt.Fprint(stdout, fix.UnifiedDiff(name, original[name], pending[name]))
		}
		fmt.Fprintf(stderr, "posture: %s would change %s\n", plural(len(fixed), "fix"), plural(len(pending), "file"))
		return ExitOK
	}

	rep, err := runWithProgress(ctx, p.opts, stderr)
	if err != nil {
		return badUsage(stderr, "%s", describeScanError(err, p.opts.WorkDir))
	}
	p.withDiagnostics(rep)
	writeFixSummary(stdout, fixed, changed, rep)
	for i := range rep.Findings {
		if report.Failing(&rep.Findings[i], p.threshold) {
			return ExitFindings
		}
	}
	return ExitOK
}

// fixesOf returns the fixes of the report's unsuppressed findings, in
// the report's order, and the finding each fix belongs to.
func fixesOf(rep *result.Report) (map[*policies.Fix]policies.Finding, []*policies.Fix) {
	byFix := map[*policies.Fix]policies.Finding{}
	var fixes []*policies.Fix
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Fix == nil || f.Suppression != nil {
			continue
		}
		byFix[f.Fix] = *f
		fixes = append(fixes, f.Fix)
	}
	return byFix, fixes
}

func writeFixSummary(w io.Writer, applied []policies.Finding, changed map[string]bool, rep *result.Report) {
	// A finding is fixed when the rescan no longer has it: an edit that
	// did not resolve its finding leaves it among those that remain.
	remains := map[string]bool{}
	for _, f := range rep.Findings {
		remains[f.Fingerprint] = true
	}
	var fixed []policies.Finding
	for _, f := range applied {
		if !remains[f.Fingerprint] {
			fixed = append(fixed, f)
		}
	}
	switch {
	case len(applied) == 0:
		fmt.Fprintln(w, "posture: nothing to fix automatically")
	case len(fixed) == 0:
		fmt.Fprintf(w, "posture: changed %s, but no finding is gone\n", plural(len(changed), "file"))
	default:
		fmt.Fprintf(w, "posture: fixed %s in %s\n", plural(len(fixed), "finding"), plural(len(changed), "file"))
		for _, f := range fixed {
			fmt.Fprintf(w, "  fixed   %s  %s  %s\n", f.Range, f.RuleID, f.Fix.Description)
		}
	}
	var left []policies.Finding
	for _, f := range rep.Findings {
		if f.Suppression == nil {
			left = append(left, f)
		}
	}
	if len(left) == 0 {
		fmt.Fprintln(w, "posture: no finding remains")
		return
	}
	verb := "remain"
	if len(left) == 1 {
		verb = "remains"
	}
	fmt.Fprintf(w, "posture: %s %s\n", plural(len(left), "finding"), verb)
	for _, f := range left {
		why := f.NoFix
		switch {
		case f.Fix != nil:
			why = "its fix could not be applied: " + f.Fix.Description
		case why == "":
			why = "the rule has no automatic fix; see its remediation"
		}
		fmt.Fprintf(w, "  left    %s  %s  %s\n          %s\n", f.Range, f.RuleID, f.Message, why)
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "x") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func sortedKeys(m map[string][]byte) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// tree reads and writes the files of the scanned directories, each through
// an os.Root opened on a directory the user named: a path that leaves the
// directory, or passes through a symbolic link, is refused, so a link in
// the (untrusted) tree cannot redirect a write.
type tree struct {
	wd    string
	dirs  []string // absolute scanned directories, deepest first
	files map[string]bool
	roots map[string]*os.Root
}

func openTree(wd string, paths []string) (*tree, error) {
	wd, err := filepath.Abs(wd)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	t := &tree{wd: wd, files: map[string]bool{}, roots: map[string]*os.Root{}}
	for _, p := range paths {
		if !filepath.IsAbs(p) {
			p = filepath.Join(wd, p)
		}
		p = filepath.Clean(p)
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if info.IsDir() {
			t.dirs = append(t.dirs, p)
		} else {
			t.files[p] = true
		}
	}
	sort.Slice(t.dirs, func(i, j int) bool { return len(t.dirs[i]) > len(t.dirs[j]) })
	return t, nil
}

func (t *tree) close() {
	for _, r := range t.roots {
		r.Close()
	}
}

// locate returns the root that holds the display path name and the path
// inside it.
func (t *tree) locate(name string) (*os.Root, string, error) {
	abs := filepath.Clean(filepath.Join(t.wd, filepath.FromSlash(name)))
	dir := ""
	for _, d := range t.dirs {
		if rel, err := filepath.Rel(d, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			dir = d
			break
		}
	}
	if dir == "" && t.files[abs] {
		dir = filepath.Dir(abs)
	}
	if dir == "" {
		return nil, "", fmt.Errorf("%s is outside the scanned paths and is not written", name)
	}
	r := t.roots[dir]
	if r == nil {
		var err error
		if r, err = os.OpenRoot(dir); err != nil {
			return nil, "", err
		}
		t.roots[dir] = r
	}
	rel, _ := filepath.Rel(dir, abs)
	// os.Root keeps a link inside the root; refuse links altogether, so
	// a write lands on the file the finding named.
	parts := strings.Split(rel, string(filepath.Separator))
	for i := range parts {
		p := filepath.Join(parts[:i+1]...)
		info, err := r.Lstat(p)
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", name, err)
		}
		last := i == len(parts)-1
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			return nil, "", fmt.Errorf("%s passes through a symbolic link and is not written", name)
		case last && !info.Mode().IsRegular():
			return nil, "", fmt.Errorf("%s is not a regular file and is not written", name)
		}
	}
	return r, rel, nil
}

func (t *tree) read(name string) ([]byte, error) {
	r, rel, err := t.locate(name)
	if err != nil {
		return nil, err
	}
	return r.ReadFile(rel)
}

// write replaces the file's content through a temporary file renamed over
// it, keeping its mode: a reader never sees half a file, and a hard link
// to a file elsewhere is replaced, not written through.
func (t *tree) write(name string, b []byte) error {
	r, rel, err := t.locate(name)
	if err != nil {
		return err
	}
	info, err := r.Lstat(rel)
	if err != nil {
		return err
	}
	tmp := filepath.Join(filepath.Dir(rel), "."+filepath.Base(rel)+".posture-fix")
	out, err := r.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	_, err = out.Write(b)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = r.Rename(tmp, rel)
	}
	if err != nil {
		r.Remove(tmp)
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
