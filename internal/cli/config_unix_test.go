//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A FIFO where a configuration, a baseline or a policy is expected is
// refused without being opened: opening it would wait for a writer forever.
func TestFIFOsRefused(t *testing.T) {
	tests := []struct {
		name, fifo string
		files      map[string]string
		args       []string
		want       string
	}{
		{"found config", ".posture.yaml", nil, nil, ".posture.yaml: not a regular file; refused"},
		{"--config", "c.yaml", nil, []string{"--config", "c.yaml"}, "c.yaml: not a regular file; refused"},
		{"--baseline", "b.json", nil, []string{"--baseline", "b.json"}, "--baseline b.json: not a regular file; refused"},
		{"config baseline", "b.json", map[string]string{".posture.yaml": "baseline: b.json\n"}, nil, ".posture.yaml:1:11: baseline "},
		{"config policy", "p/x.rego", map[string]string{".posture.yaml": "policy: [p]\n"}, nil, "p/x.rego: not a regular file; refused"},
		{"--policy", "p/x.rego", nil, []string{"--policy", "p"}, "p/x.rego: not a regular file; refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"main.tf": bucket}
			for k, v := range tt.files {
				files[k] = v
			}
			dir := repo(t, files)
			require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, tt.fifo)), 0o755))
			require.NoError(t, syscall.Mkfifo(filepath.Join(dir, tt.fifo), 0o644))
			t.Chdir(dir)
			type result struct {
				code   int
				stderr string
			}
			done := make(chan result, 1)
			go func() {
				code, _, stderr := runIn(t, dir, append(append([]string{"scan"}, tt.args...), ".")...)
				done <- result{code, stderr}
			}()
			select {
			case r := <-done:
				assert.Equal(t, ExitUsage, r.code)
				assert.Contains(t, r.stderr, tt.want)
			case <-time.After(time.Minute):
				// Release the blocked open so the test binary can end.
				if w, err := os.OpenFile(filepath.Join(dir, tt.fifo), os.O_WRONLY, 0); err == nil {
					w.Close()
				}
				t.Fatal("posture blocked on a FIFO")
			}
		})
	}
}
