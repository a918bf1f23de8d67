package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/cli"
)

func TestMaxFileSize(t *testing.T) {
	dir := t.TempDir()
	big := "resource \"azurerm_storage_account\" \"s\" {}\n" + strings.Repeat("# padding\n", 150_000)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.tf"), []byte(big), 0o644))

	tests := []struct {
		name     string
		args     []string
		want     string
		wantCode int
	}{
		{name: "over the limit", args: []string{"--max-file-size", "1"}, want: "big.tf  error    not scanned: larger than the file size limit (1.4 MiB, limit 1.0 MiB); raise it with --max-file-size", wantCode: 0},
		{name: "default limit", args: nil, want: "AZ-ST-004", wantCode: 1},
		{name: "not a number", args: []string{"--max-file-size", "lots"}, want: "want a whole number of MiB", wantCode: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"scan", "--no-color", "--only", "AZ-ST-004"}, tt.args...)
			code := cli.Main(append(args, dir), &stdout, &stderr)
			assert.Equal(t, tt.wantCode, code, stderr.String())
			assert.Contains(t, stdout.String()+stderr.String(), tt.want)
		})
	}
}
