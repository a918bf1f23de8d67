package cli

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
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
	"github.com/posture-dev/posture/result"
)

// gitChanged runs `git diff --unified=0 REF` in dir and returns the lines
// added or changed since ref. It is the only program posture runs, and
// only when the user passes --diff-base. Repository settings that could
// run programs (external diff drivers, textconv filters, fsmonitor hooks)
// are turned off.
func gitChanged(ctx context.Context, dir, ref string) (scan.ChangedLines, error) {
	if err := checkRevision(ref); err != nil {
		return nil, err
	}
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, errors.New("git is not installed or not on PATH; --diff-base needs it to read the diff")
	}
	cmd := exec.CommandContext(ctx, git,
		"-c", "core.quotePath=false", "-c", "core.fsmonitor=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false",
		"diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--end-of-options", ref, "--")
	cmd.Dir = dir
	// The diff is parsed as git writes it: a change that adds a huge file
	// is never held in memory.
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr := &limitedBuffer{max: 64 * 1024}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git diff: %v", err)
	}
	changed, perr := scan.ParseDiff(stdout)
	// Drain what a parse error left, so git is not stuck writing.
	_, _ = io.Copy(io.Discard, stdout)
	if err := cmd.Wait(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git diff: %s", msg)
	}
	return changed, perr
}

// limitedBuffer keeps the first max bytes written to it: git's error
// message, not whatever else a failing command prints.
type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		b.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// checkRevision refuses a --diff-base git could take for something else
// than a revision: an option (--output=FILE writes a file) on either side
// of A...B or A..B, or a control character. Every git call also passes
// --end-of-options before revisions; this check is what holds where a
// revision is built from a side of the range.
func checkRevision(ref string) error {
	if ref == "" {
		return errors.New("the git revision is empty")
	}
	for _, r := range ref {
		if r < 0x20 || r == 0x7f {
			return errors.New("a git revision cannot contain control characters")
		}
	}
	sides := []string{ref}
	if a, b, ok := strings.Cut(ref, "..."); ok {
		sides = []string{a, b}
	} else if a, b, ok := strings.Cut(ref, ".."); ok {
		sides = []string{a, b}
	}
	for _, s := range sides {
		if strings.HasPrefix(s, "-") {
			return errors.New("a git revision cannot start with '-'")
		}
	}
	return nil
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
		return nil, errors.New(describeScanError(err, baseWD))
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
