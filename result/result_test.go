package result_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/result"
)

func TestRepoPath(t *testing.T) {
	t.Parallel()
	repo := filepath.Join(t.TempDir(), "repo")
	tests := []struct {
		name              string
		workDir, repoRoot string
		display, want     string
	}{
		{"below the working directory", filepath.Join(repo, "infra"), repo, "main.tf", "infra/main.tf"},
		{"above the working directory, in the repository", filepath.Join(repo, "infra"), repo, "../k8s/pod.yaml", "k8s/pod.yaml"},
		{"outside the repository", filepath.Join(repo, "infra"), repo, "../../other/main.tf", "../../other/main.tf"},
		{"no repository", filepath.Join(repo, "infra"), "", "main.tf", "main.tf"},
		{"no file", repo, repo, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := &result.Report{WorkDir: tc.workDir, RepoRoot: tc.repoRoot}
			assert.Equal(t, tc.want, r.RepoPath(tc.display))
		})
	}
}

type files map[string]string

func (f files) Bytes(name string) ([]byte, bool) {
	s, ok := f[name]
	return []byte(s), ok
}

// A report built by hand has no source to read; one with a Source reads
// the files it holds and no other.
func TestSourceBytes(t *testing.T) {
	t.Parallel()
	_, ok := (&result.Report{}).SourceBytes("main.tf")
	assert.False(t, ok)

	r := &result.Report{Source: files{"main.tf": "resource {}"}}
	b, ok := r.SourceBytes("main.tf")
	assert.True(t, ok)
	assert.Equal(t, "resource {}", string(b))
	_, ok = r.SourceBytes("other.tf")
	assert.False(t, ok)
}
