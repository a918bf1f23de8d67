package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
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
	if strings.HasPrefix(ref, "-") {
		return nil, errors.New("a git revision cannot start with '-'")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, errors.New("git is not installed or not on PATH; --diff-base needs it to read the diff")
	}
	cmd := exec.CommandContext(ctx, git,
		"-c", "core.quotePath=false", "-c", "core.fsmonitor=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false",
		"diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", ref, "--")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git diff: %s", msg)
	}
	return scan.ParseDiff(&stdout)
}
