package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
)

func TestDescribeScanError(t *testing.T) {
	t.Parallel()
	wd := t.TempDir()
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"path below the working directory",
			&scan.PathError{Path: filepath.Join(wd, "infra", "main.tf"), Err: parser.ErrNotFound},
			"infra/main.tf: no such file or directory"},
		{"path beside it",
			&scan.PathError{Path: filepath.Join(filepath.Dir(wd), "other"), Err: parser.ErrNotFound},
			"../other: no such file or directory"},
		{"policy directory", &scan.PolicyError{Dir: "rules", Err: errors.New("x.rego:3: parse error")},
			"--policy rules: x.rego:3: parse error"},
		{"policy selection", &scan.PolicyError{Err: errors.New(`--only: unknown rule "X"`)}, `--only: unknown rule "X"`},
		{"anything else", fmt.Errorf("working directory: %w", errors.New("gone")), "working directory: gone"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, describeScanError(tc.err, wd))
		})
	}
}
