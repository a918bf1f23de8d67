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
// Named on the command line, it is a usage error; named by the scanned
// tree, a diagnostic, and the scan goes on. The scanned path is a
// subdirectory, so only the configuration reads what is beside it.
func TestFIFOsRefused(t *testing.T) {
	tests := []struct {
		name, fifo string
		files      map[string]string
		args       []string
		code       int
		want       string
	}{
		{"--config", "c.yaml", nil, []string{"--config", "c.yaml"}, ExitUsage, "c.yaml: not a regular file (a named pipe)"},
		{"--baseline", "b.json", nil, []string{"--baseline", "b.json"}, ExitUsage, "--baseline b.json: not a regular file (a named pipe)"},
		{"--policy", "p/x.rego", nil, []string{"--policy", "p"}, ExitUsage, "p/x.rego: not a regular file (a named pipe)"},
		{"found config", ".posture.yaml", nil, nil, ExitFindings, ".posture.yaml  error    not a regular file (a named pipe) (the scan runs without this configuration)"},
		{"config baseline", "b.json", map[string]string{".posture.yaml": "baseline: b.json\n"}, nil, ExitFindings, `.posture.yaml:1:11  error    baseline "b.json": not a regular file (a named pipe) (the scan runs without a baseline)`},
		{"config policy", "p/x.rego", map[string]string{".posture.yaml": "policy: [p]\n"}, nil, ExitFindings, "p/x.rego  error    policy not loaded: not a regular file (a named pipe) (the scan runs without it)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"infra/main.tf": account}
			for k, v := range tt.files {
				files[k] = v
			}
			dir := repo(t, files)
			require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, tt.fifo)), 0o755))
			require.NoError(t, syscall.Mkfifo(filepath.Join(dir, tt.fifo), 0o644))
			type result struct {
				code           int
				stdout, stderr string
			}
			done := make(chan result, 1)
			go func() {
				code, stdout, stderr := runIn(t, dir, append(append([]string{"scan", "--format", "text"}, tt.args...), "infra")...)
				done <- result{code, stdout, stderr}
			}()
			select {
			case r := <-done:
				assert.Equal(t, tt.code, r.code, r.stderr)
				assert.Contains(t, r.stdout+r.stderr, tt.want)
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
