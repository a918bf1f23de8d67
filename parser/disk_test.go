//go:build unix

package parser

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileTree lays out <tmp>/outside (a secret and a directory of
// configuration) and <tmp>/root, whose entries lead out of it in every
// way a checked-out tree can.
func hostileTree(t *testing.T) (root, outside string) {
	t.Helper()
	tmp := t.TempDir()
	root, outside = filepath.Join(tmp, "root"), filepath.Join(tmp, "outside")
	write := func(name, content string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
		require.NoError(t, os.WriteFile(name, []byte(content), 0o644))
	}
	write(filepath.Join(outside, "secret.tf"), "SECRET-TOKEN")
	write(filepath.Join(outside, "mod", "main.tf"), "SECRET-TOKEN")
	write(filepath.Join(root, "good.tf"), "resource \"x\" \"y\" {}\n")
	write(filepath.Join(root, "sub", "inner.tf"), "inner\n")
	link := func(target, name string) { require.NoError(t, os.Symlink(target, filepath.Join(root, name))) }
	link("../outside/secret.tf", "relative.tf")
	link(filepath.Join(outside, "secret.tf"), "absolute.tf")
	link("../outside/mod", "mod")
	link("sub/inner.tf", "inside.tf")
	link(filepath.Join(root, "sub", "inner.tf"), "absolute-inside.tf")
	link("sub", "subdir")
	link("/dev/zero", "zero.tf")
	require.NoError(t, syscall.Mkfifo(filepath.Join(root, "pipe.yaml"), 0o644))
	return root, outside
}

func TestOpenSourceConfinesReads(t *testing.T) {
	root, _ := hostileTree(t)
	src, err := OpenSource(root, SourceOptions{})
	require.NoError(t, err)
	defer src.Close()

	tests := []struct {
		name    string
		want    string
		wantErr error
	}{
		{name: "good.tf", want: "resource \"x\" \"y\" {}\n"},
		{name: "inside.tf", want: "inner\n"},
		{name: "absolute-inside.tf", want: "inner\n"},
		{name: "subdir/inner.tf", want: "inner\n"},
		{name: "relative.tf", wantErr: ErrOutsideRoot},
		{name: "absolute.tf", wantErr: ErrOutsideRoot},
		{name: "mod/main.tf", wantErr: ErrOutsideRoot},
		{name: "zero.tf", wantErr: ErrOutsideRoot},
		{name: "pipe.yaml", wantErr: ErrNotRegular},
		{name: "sub", wantErr: ErrNotRegular},
		{name: "../outside/secret.tf", wantErr: fs.ErrInvalid},
		{name: "missing.tf", wantErr: fs.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := src.ReadFile(tt.name)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				assert.NotContains(t, err.Error(), "SECRET")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
		})
	}
}

func TestOpenSourceSizeLimit(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.tf"), []byte(strings.Repeat("#\n", 600)), 0o644))
	src, err := OpenSource(dir, SourceOptions{MaxFileSize: 1000})
	require.NoError(t, err)
	defer src.Close()
	_, err = src.ReadFile("big.tf")
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), "1.2 KiB, limit 1000 bytes")
}

// TestOpenSourceTrustsTheCommandLine: what the user names is read where
// it leads; what the tree names is not.
func TestOpenSourceTrustsTheCommandLine(t *testing.T) {
	root, _ := hostileTree(t)
	src, err := OpenSource(root, SourceOptions{Dirs: []string{".", "mod"}, Files: []string{"relative.tf", "zero.tf"}})
	require.NoError(t, err)
	defer src.Close()
	b, err := src.ReadFile("relative.tf")
	require.NoError(t, err)
	assert.Equal(t, "SECRET-TOKEN", string(b))
	b, err = src.ReadFile("mod/main.tf")
	require.NoError(t, err, "a directory named on the command line is read, wherever it lies")
	assert.Equal(t, "SECRET-TOKEN", string(b))
	_, err = src.ReadFile("absolute.tf")
	require.ErrorIs(t, err, ErrOutsideRoot, "only the names given are trusted")
	_, err = src.ReadFile("zero.tf")
	require.ErrorIs(t, err, ErrNotRegular, "a device named on the command line is still not read")
}

func TestDiscoverReportsWhatItCannotRead(t *testing.T) {
	root, _ := hostileTree(t)
	src, err := OpenSource(root, SourceOptions{})
	require.NoError(t, err)
	defer src.Close()
	names, diags, err := Discover(src, []string{"."})
	require.NoError(t, err)
	assert.Equal(t, []string{"absolute-inside.tf", "good.tf", "inside.tf", "sub/inner.tf"}, names)
	got := map[string]string{}
	for _, d := range diags {
		got[d.Range.File] = d.Severity.String() + ": " + d.Message
	}
	assert.Equal(t, map[string]string{
		"absolute.tf": "error: not scanned: a symbolic link leads outside the scanned directory",
		"relative.tf": "error: not scanned: a symbolic link leads outside the scanned directory",
		"mod":         "error: not scanned: a symbolic link leads outside the scanned directory",
		"zero.tf":     "error: not scanned: a symbolic link leads outside the scanned directory",
		"pipe.yaml":   "error: not scanned: not a regular file (a named pipe)",
		"subdir":      "note: not scanned: a symbolic link to a directory is not followed; scan its target instead",
	}, got)
}

// TestParseGoesOnPastUnreadableInput: a long path, a pipe and a link out
// of the tree cost only themselves.
func TestParseGoesOnPastUnreadableInput(t *testing.T) {
	root, _ := hostileTree(t)
	// Past PATH_MAX (4096 on Linux): created one directory at a time.
	dir, err := os.OpenRoot(root)
	require.NoError(t, err)
	for i := 0; i < 30; i++ {
		seg := strings.Repeat("d", 200)
		require.NoError(t, dir.Mkdir(seg, 0o755))
		next, err := dir.OpenRoot(seg)
		require.NoError(t, err)
		dir.Close()
		dir = next
	}
	require.NoError(t, dir.WriteFile("deep.tf", []byte("x"), 0o644))
	dir.Close()
	src, err := OpenSource(root, SourceOptions{})
	require.NoError(t, err)
	defer src.Close()
	res, err := Parse(context.Background(), src, []string{"."}, []Decoder{claimAll{}})
	require.NoError(t, err)
	var ids []string
	for _, r := range res.Resources {
		ids = append(ids, r.ID)
	}
	assert.Contains(t, ids, "good.tf")
	assert.True(t, len(ids) >= 4, "the deep file is read too: %v", ids)
	for _, d := range res.Diagnostics {
		assert.NotContains(t, d.Message, "SECRET")
	}
}

type claimAll struct{}

func (claimAll) Name() string                    { return "test" }
func (claimAll) Match(string, []byte) bool       { return true }
func (claimAll) Units(names []string) [][]string { return [][]string{names} }
func (claimAll) Decode(_ context.Context, _ *Source, unit []string) ([]Resource, []Diagnostic, []Suppression) {
	var rs []Resource
	for _, n := range unit {
		rs = append(rs, Resource{ID: n})
	}
	return rs, nil, nil
}

func TestLineIndexLongLines(t *testing.T) {
	line := strings.Repeat("日本 ", 5000) + "x"
	src := []byte("first\n" + line + "\nlast")
	x := NewLineIndex(src)
	off := len("first\n") + strings.Index(line, "x")
	assert.Equal(t, Pos{Line: 2, Column: 15001, Byte: off}, x.Pos(off))
	assert.Equal(t, Pos{Line: 3, Column: 1, Byte: len(src) - 4}, x.Pos(len(src)-4))
}

func BenchmarkLineIndexLongLine(b *testing.B) {
	src := []byte(strings.Repeat(`{"név":"érték"},`, 1<<16))
	x := NewLineIndex(src)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Pos((i * 7919) % len(src))
	}
}
