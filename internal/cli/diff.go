package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/posture-dev/posture/internal/scan"
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
