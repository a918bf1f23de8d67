package cli

import (
	"archive/tar"
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
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

// The base tree is unpacked as git streams it: links, names that leave the
// directory and files larger than a scan reads are not written.
func TestUntar(t *testing.T) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	add := func(h *tar.Header, body []byte) {
		require.NoError(t, tw.WriteHeader(h))
		if len(body) > 0 {
			_, err := tw.Write(body)
			require.NoError(t, err)
		}
	}
	add(&tar.Header{Name: "dir/", Typeflag: tar.TypeDir, Mode: 0o755}, nil)
	add(&tar.Header{Name: "dir/main.tf", Typeflag: tar.TypeReg, Mode: 0o644, Size: 3}, []byte("x=1"))
	add(&tar.Header{Name: "../escape.tf", Typeflag: tar.TypeReg, Mode: 0o644, Size: 1}, []byte("x"))
	add(&tar.Header{Name: "/abs.tf", Typeflag: tar.TypeReg, Mode: 0o644, Size: 1}, []byte("x"))
	add(&tar.Header{Name: "link.tf", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}, nil)
	big := make([]byte, parser.DefaultMaxFileSize+1)
	add(&tar.Header{Name: "big.json", Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(big))}, big)
	add(&tar.Header{Name: "after.tf", Typeflag: tar.TypeReg, Mode: 0o644, Size: 1}, []byte("y"))
	require.NoError(t, tw.Close())

	parent := t.TempDir()
	dir := filepath.Join(parent, "base")
	require.NoError(t, os.Mkdir(dir, 0o755))
	require.NoError(t, untar(&buf, dir))
	var got []string
	require.NoError(t, filepath.WalkDir(parent, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(parent, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	}))
	assert.ElementsMatch(t, []string{"base/dir/main.tf", "base/after.tf"}, got)
}
