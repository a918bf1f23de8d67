package cli

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report"
	"github.com/posture-dev/posture/result"
	"github.com/posture-dev/posture/score"
)

// inputFlags are the scan inputs posture score and posture compliance
// share with posture scan.
type inputFlags struct {
	format, output                 string
	strict                         bool
	policyDirs, skip, only         []string
	varFiles, vars, parameterFiles []string
	helmValues, helmSet            []string
	maxFileMiB                     int64
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "output format: text or json")
	fs.StringVar(&f.output, "output", "", "write to `FILE` instead of standard output")
	fs.BoolVar(&f.strict, "strict", false, "count checks that could not be decided (unknown values) as unhealthy instead of not applicable")
	fs.Var(listFlag{&f.policyDirs, false}, "policy", "load extra Rego policies from `DIR` (repeatable)")
	fs.Var(listFlag{&f.skip, true}, "skip", "skip policies by `ID` or prefix")
	fs.Var(listFlag{&f.only, true}, "only", "run only policies with these `IDs` or prefixes")
	fs.Var(listFlag{&f.varFiles, false}, "var-file", "Terraform variables `FILE` (repeatable)")
	fs.Var(listFlag{&f.vars, false}, "var", "Terraform variable `NAME=VALUE` (repeatable)")
	fs.Var(listFlag{&f.parameterFiles, false}, "parameters", "ARM parameters `FILE` (repeatable)")
	fs.Var(listFlag{&f.helmValues, false}, "helm-values", "Helm values `FILE` for charts (repeatable)")
	fs.Var(listFlag{&f.helmSet, false}, "helm-set", "Helm value override `KEY=VALUE` (repeatable)")
	registerMaxFileSize(fs, &f.maxFileMiB)
}

func (f *inputFlags) options(paths []string) (scan.Options, error) {
	vars, err := keyValues("--var", f.vars)
	if err != nil {
		return scan.Options{}, err
	}
	return scan.Options{
		Paths: paths, VarFiles: f.varFiles, Vars: vars, Env: os.Environ(),
		ParameterFiles: f.parameterFiles, HelmValues: f.helmValues, HelmSet: f.helmSet,
		PolicyDirs: f.policyDirs, MaxFileSize: f.maxFileMiB << 20, Version: ToolVersion(),
		Policy: policies.Options{Only: f.only, Skip: f.skip},
	}, nil
}

// scoreModel reads the posture-score model of the built-in policies.
func scoreModel() (*policies.ScoreModel, error) {
	lib, err := policies.LoadBuiltin()
	if err != nil {
		return nil, fmt.Errorf("built-in policies: %w", err)
	}
	return lib.ScoreModel()
}

// scoreExtra is what the score adds to the JSON and SARIF output of
// posture scan; nil when the model cannot be read.
func scoreExtra(rep *result.Report) map[string]any {
	sm, err := scoreModel()
	if err != nil {
		return nil
	}
	res := score.Compute(rep, sm, score.Options{})
	return map[string]any{"posture_score": res}
}

// scoreSection renders the posture score for the Markdown PR summary.
// With --diff-base it says how the change moves the score, from a scan of
// the files at the base. A report filtered to changed lines says nothing
// about the score, so the head is then scanned whole again. A score that
// cannot be computed leaves the section out; the findings still go out.
func scoreSection(ctx context.Context, rep *result.Report, o outputOptions) string {
	sm, err := scoreModel()
	if err != nil {
		return ""
	}
	opts := o.opts
	opts.Process.Changed = nil
	head := rep
	if o.opts.Process.Changed != nil {
		if head, err = scan.Run(ctx, opts); err != nil {
			return ""
		}
	}
	res := score.Compute(head, sm, score.Options{})
	var diff *score.Diff
	if ref := o.flags.diffBase; ref != "" && o.base != nil {
		diff = score.Compare(ref, score.Compute(o.base, sm, score.Options{}), o.base.Findings, res, head.Findings)
	}
	var b strings.Builder
	if score.WriteMarkdown(&b, res, diff, 5) != nil {
		return ""
	}
	return b.String()
}

// openOutput returns where to write: the --output file or stdout.
func openOutput(name string, stdout io.Writer) (io.Writer, func() error, error) {
	if name == "" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func runScore(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("posture score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f inputFlags
	f.register(fs)
	top := fs.Int("top", 10, "list the top `N` recommendations (0: all)")
	diffBase := fs.String("diff-base", "", "also scan the files as they are at git `REF` and show how the change moves the score")
	failUnder := fs.Float64("fail-under", 0, "exit with 1 when the score is below `SCORE` (0 to 100)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: posture score [flags] [PATH...]\n\nPrint the posture score (docs/score.md), the control table and the prioritised recommendations.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, code, ok := parseArgs(fs, args)
	if !ok {
		return code
	}
	if *diffBase != "" {
		if err := checkRevision(*diffBase); err != nil {
			return badUsage(stderr, "--diff-base %q: %v", *diffBase, err)
		}
	}
	opts, rep, sm, code, ok := scoredScan(ctx, &f, paths, stderr)
	if !ok {
		return code
	}
	sopts := score.Options{Strict: f.strict}
	res := score.Compute(rep, sm, sopts)

	var diff *score.Diff
	if *diffBase != "" {
		base, err := scanAtRef(ctx, *diffBase, opts)
		if err != nil {
			return badUsage(stderr, "--diff-base %s: %v", *diffBase, err)
		}
		diff = score.Compare(*diffBase, score.Compute(base, sm, sopts), base.Findings, res, rep.Findings)
	}

	out, closeOut, err := openOutput(f.output, stdout)
	if err != nil {
		return badUsage(stderr, "--output: %v", err)
	}
	if f.format == "json" {
		doc := map[string]any{"version": report.JSONVersion, "tool": map[string]string{"name": rep.Tool, "version": rep.Version}, "posture_score": res}
		if diff != nil {
			doc["diff"] = diff
		}
		err = writeJSON(out, doc)
	} else {
		if diff != nil {
			err = score.WriteDiffText(out, diff)
			fmt.Fprintln(out)
		}
		if err == nil {
			err = score.WriteText(out, res, score.TextOptions{Top: *top})
		}
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		warn(stderr, "write score: %v", err)
		return ExitUsage
	}
	if *failUnder > 0 && res.Applicable && res.Score < *failUnder {
		return ExitFindings
	}
	return ExitOK
}

// scoredScan checks the flags posture score and posture compliance share,
// loads the score model and scans. When ok is false the command exits with
// code.
func scoredScan(ctx context.Context, f *inputFlags, paths []string, stderr io.Writer) (opts scan.Options, rep *result.Report, sm *policies.ScoreModel, code int, ok bool) {
	if f.format != "text" && f.format != "json" {
		return opts, nil, nil, badUsage(stderr, "--format %q: want text or json", f.format), false
	}
	opts, err := f.options(paths)
	if err != nil {
		return opts, nil, nil, badUsage(stderr, "%v", err), false
	}
	if sm, err = scoreModel(); err != nil {
		return opts, nil, nil, badUsage(stderr, "%v", err), false
	}
	if rep, err = scan.Run(ctx, opts); err != nil {
		return opts, nil, nil, scanFailed(stderr, err), false
	}
	return opts, rep, sm, 0, true
}

func scanFailed(stderr io.Writer, err error) int {
	if errors.Is(err, scan.ErrUsage) {
		warn(stderr, "%s", strings.TrimPrefix(err.Error(), "usage: "))
		return ExitUsage
	}
	warn(stderr, "%v", err)
	return ExitUsage
}

// scanAtRef scans the files of opts as they are at the git revision ref:
// the tree is read with `git archive` into a temporary directory, never
// checked out over the working tree, and the findings' fingerprints are
// recomputed against the repository root so they match the head's.
func scanAtRef(ctx context.Context, ref string, opts scan.Options) (*result.Report, error) {
	if err := checkRevision(ref); err != nil {
		return nil, err
	}
	wd := opts.WorkDir
	if wd == "" {
		var err error
		if wd, err = os.Getwd(); err != nil {
			return nil, err
		}
	}
	top, err := git(ctx, wd, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, err
	}
	prefix, err := git(ctx, wd, "rev-parse", "--show-prefix")
	if err != nil {
		return nil, err
	}
	topDir := strings.TrimSpace(string(top))
	prefix = bytes.TrimSpace(prefix)
	rev, err := baseRevision(ctx, topDir, ref)
	if err != nil {
		return nil, err
	}
	if _, err := git(ctx, topDir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{tree}"); err != nil {
		return nil, fmt.Errorf("not a revision of this repository")
	}
	tmp, err := os.MkdirTemp("", "posture-base-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	// The archive is unpacked as git writes it: the tree at the base is
	// never held in memory whole.
	var untarErr error
	err = gitStream(ctx, topDir, func(r io.Reader) { untarErr = untar(r, tmp) }, "archive", "--format=tar", "--end-of-options", rev)
	if err != nil {
		return nil, err
	}
	if untarErr != nil {
		return nil, fmt.Errorf("read the tree: %w", untarErr)
	}
	baseWD := filepath.Join(tmp, filepath.FromSlash(string(prefix)))
	if err := os.MkdirAll(baseWD, 0o755); err != nil {
		return nil, err
	}
	// Absolute paths inside the repository map to the same place at the
	// base; relative ones stay relative to the (moved) working directory.
	move := func(ps []string) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p
			if filepath.IsAbs(p) {
				if rel, err := filepath.Rel(topDir, p); err == nil && !strings.HasPrefix(rel, "..") {
					out[i] = filepath.Join(tmp, rel)
				}
			}
		}
		return out
	}
	bo := opts
	bo.WorkDir = baseWD
	bo.Paths = move(opts.Paths)
	bo.VarFiles = move(opts.VarFiles)
	bo.ParameterFiles = move(opts.ParameterFiles)
	bo.HelmValues = move(opts.HelmValues)
	for _, p := range bo.Paths {
		if !filepath.IsAbs(p) {
			p = filepath.Join(baseWD, p)
		}
		if _, err := os.Stat(p); err != nil {
			// The path is new in this change: nothing to scan at the base.
			return &result.Report{Tool: "posture", Version: ToolVersion()}, nil
		}
	}
	base, err := scan.Run(ctx, bo)
	if err != nil {
		return nil, err
	}
	for i := range base.Findings {
		f := &base.Findings[i]
		file := f.Range.File
		if !strings.HasPrefix(file, "../") && !path.IsAbs(file) {
			file = path.Join(string(prefix), file)
		}
		f.Fingerprint = policies.Fingerprint(f.RuleID, file, f.ResourceID, f.Path)
	}
	return base, nil
}

// baseRevision names the revision whose files `git diff REF` compares
// with: the merge base of A and B for A...B (a pull request's view), A
// for A..B, REF itself otherwise. An empty side means HEAD.
func baseRevision(ctx context.Context, dir, ref string) (string, error) {
	orHead := func(s string) string {
		if s == "" {
			return "HEAD"
		}
		return s
	}
	if a, b, ok := strings.Cut(ref, "..."); ok {
		out, err := git(ctx, dir, "merge-base", "--end-of-options", orHead(a), orHead(b))
		if err != nil {
			return "", fmt.Errorf("no merge base of %s and %s: %w", orHead(a), orHead(b), err)
		}
		return strings.TrimSpace(string(out)), nil
	}
	if a, _, ok := strings.Cut(ref, ".."); ok {
		return orHead(a), nil
	}
	return ref, nil
}

// gitStream runs a git command in dir like git, handing its standard
// output to read as it comes; what read leaves unread is discarded.
func gitStream(ctx context.Context, dir string, read func(io.Reader), args ...string) error {
	cmd := gitCommand(ctx, dir, args...)
	stderr := &limitedBuffer{max: 64 * 1024}
	cmd.Stderr = stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("git %s: %v", args[0], err)
	}
	read(stdout)
	_, _ = io.Copy(io.Discard, stdout)
	if err := cmd.Wait(); err != nil {
		return gitError(args[0], stderr.String(), err)
	}
	return nil
}

// git runs a git command in dir and returns its standard output. Callers
// put --end-of-options before any revision. An fsmonitor hook is the one
// program these read-only commands could start from the repository's
// settings; filter drivers named by the tree's .gitattributes run only when
// the user's own git configuration defines them, which is trusted.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := gitCommand(ctx, dir, args...)
	stderr := &limitedBuffer{max: 64 * 1024}
	cmd.Stderr = stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, gitError(args[0], stderr.String(), err)
	}
	return out, nil
}

func gitCommand(ctx context.Context, dir string, args ...string) *exec.Cmd {
	return exec.CommandContext(ctx, "git", append([]string{"-C", dir, "-c", "core.fsmonitor=false"}, args...)...)
}

func gitError(sub, stderr string, err error) error {
	msg := strings.TrimSpace(stderr)
	if msg == "" {
		msg = err.Error()
	}
	return fmt.Errorf("git %s: %s", sub, msg)
}

// untar writes the regular files and directories of a tar stream below
// dir; links, names that would leave dir and files larger than a scan
// reads are skipped.
func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		name := path.Clean(h.Name)
		if path.IsAbs(name) || name == ".." || strings.HasPrefix(name, "../") {
			continue
		}
		target := filepath.Join(dir, filepath.FromSlash(name))
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if h.Size > parser.DefaultMaxFileSize {
				continue
			}
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
	}
}

// scoreProperties is what the score adds to the SARIF run's properties.
func scoreProperties(rep *result.Report) map[string]any {
	sm, err := scoreModel()
	if err != nil {
		return nil
	}
	return map[string]any{"posture-score": score.Compute(rep, sm, score.Options{}).Summary()}
}

// writeHTML renders the HTML report with the score, the recommendations
// and the compliance view of every framework the policies map to.
func writeHTML(w io.Writer, rep *result.Report, threshold policies.Severity) error {
	opts := report.HTMLOptions{Threshold: threshold}
	if sm, err := scoreModel(); err == nil {
		opts.Score = score.Compute(rep, sm, score.Options{})
		for _, fw := range score.Frameworks {
			if c := score.ComputeCompliance(rep, sm, fw, score.Options{}); len(c.Controls) > 0 {
				opts.Compliance = append(opts.Compliance, c)
			}
		}
	}
	return report.WriteHTML(w, rep, opts)
}
