package cli

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckRevision(t *testing.T) {
	tests := []struct {
		ref, err string
	}{
		{"HEAD", ""},
		{"origin/main...HEAD", ""},
		{"HEAD~1..HEAD", ""},
		{"main...", ""},
		{"...HEAD", ""},
		{"HEAD@{1 day ago}", ""},
		{"", "empty"},
		{"--output=x", "cannot start with '-'"},
		{"HEAD...--output=x", "cannot start with '-'"},
		{"--output=x...HEAD", "cannot start with '-'"},
		{"HEAD..--output=x", "cannot start with '-'"},
		{"-p..HEAD", "cannot start with '-'"},
		{"HEAD\n--output=x", "control characters"},
		{"HEAD\x1b[31m", "control characters"},
		{"HEAD\x7f", "control characters"},
	}
	for _, tt := range tests {
		err := checkRevision(tt.ref)
		if tt.err == "" {
			assert.NoError(t, err, "%q", tt.ref)
		} else {
			assert.ErrorContains(t, err, tt.err, "%q", tt.ref)
		}
	}
}

// A hostile --diff-base is a usage error (exit 2) before git runs: no
// option reaches git, so no file is written.
func TestHostileDiffBase(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir,
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.tf"), []byte("resource \"aws_s3_bucket\" \"b\" {}\n"), 0o644))
	run("init", "-q", "-b", "main", ".")
	run("add", ".")
	run("commit", "-q", "-m", "base")
	t.Chdir(dir)

	pwned := filepath.Join(dir, "pwned")
	for _, cmd := range []string{"scan", "score"} {
		for _, ref := range []string{"HEAD...--output=" + pwned, "--output=" + pwned + "...HEAD", "HEAD..--output=" + pwned, "--output=" + pwned, "HEAD\n--output=" + pwned} {
			var out, errb bytes.Buffer
			code := Main([]string{cmd, "--diff-base", ref, "."}, &out, &errb)
			assert.Equal(t, ExitUsage, code, "%s %q", cmd, ref)
			assert.Contains(t, errb.String(), "posture: --diff-base ", "%s %q", cmd, ref)
			assert.NotContains(t, errb.String(), "\n--output", "the control character is quoted, not printed")
			assert.NoFileExists(t, pwned, "%s %q", cmd, ref)
		}
	}

	// Below the check, each git call still ends its options: a revision
	// that starts with '-' is a bad revision to git, not an option.
	_, err := baseRevision(context.Background(), dir, "HEAD...--output="+pwned)
	assert.Error(t, err)
	_, err = gitChanged(context.Background(), dir, "HEAD")
	assert.NoError(t, err)
	_, err = git(context.Background(), dir, "archive", "--format=tar", "--end-of-options", "--output="+pwned)
	assert.Error(t, err)
	assert.NoFileExists(t, pwned)
}
