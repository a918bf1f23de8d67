package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const precommitBad = `resource "azurerm_cognitive_account" "a" {
  name                          = "oai-a"
  location                      = "swedencentral"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  public_network_access_enabled = false
  local_auth_enabled            = true
}
`

// TestPreCommitHook installs the hook of this checkout (.pre-commit-hooks.yaml
// at HEAD) with the real pre-commit into a temporary repository: committing
// a Terraform file with a finding is blocked and the finding is shown; the
// fixed file commits. .ci/run installs pre-commit so that CI runs it.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("builds posture through pre-commit; skipped with -short")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (apt-get install pre-commit, as .ci/run does); skipping the end-to-end hook test")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; skipping the end-to-end hook test")
	}
	run := func(dir string, env []string, name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		return out.String(), err
	}
	checkout, err := run(".", os.Environ(), "git", "rev-parse", "--show-toplevel")
	if err != nil {
		t.Skipf("not a git checkout (%v); the hook is installed from one", err)
	}
	checkout = strings.TrimSpace(checkout)
	rev, err := run(checkout, os.Environ(), "git", "rev-parse", "HEAD")
	require.NoError(t, err, rev)
	if _, err := run(checkout, os.Environ(), "git", "cat-file", "-e", "HEAD:.pre-commit-hooks.yaml"); err != nil {
		t.Skip(".pre-commit-hooks.yaml is not committed at HEAD yet")
	}
	modcache, err := run(".", os.Environ(), "go", "env", "GOMODCACHE")
	require.NoError(t, err, modcache)

	tmp := t.TempDir()
	project := filepath.Join(tmp, "project")
	require.NoError(t, os.MkdirAll(project, 0o755))
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-cache"),
		// pre-commit gives each Go hook its own GOPATH; share the module
		// cache so the build does not download the dependencies again.
		"GOMODCACHE="+strings.TrimSpace(modcache),
		"GOFLAGS=-mod=readonly",
		"GOTOOLCHAIN=local",
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.com",
		"NO_COLOR=1",
	)
	git := func(args ...string) (string, error) { return run(project, env, "git", args...) }
	out, err := git("init", "-q", "-b", "main", ".")
	require.NoError(t, err, out)
	config := "repos:\n  - repo: " + checkout + "\n    rev: " + strings.TrimSpace(rev) + "\n    hooks:\n      - id: posture\n        args: [--only, AZ-AI-003]\n"
	require.NoError(t, os.WriteFile(filepath.Join(project, ".pre-commit-config.yaml"), []byte(config), 0o644))
	out, err = run(project, env, "pre-commit", "install")
	require.NoError(t, err, out)
	out, err = git("add", ".pre-commit-config.yaml")
	require.NoError(t, err, out)
	out, err = git("commit", "-q", "-m", "pre-commit configuration")
	require.NoError(t, err, out)

	tf := filepath.Join(project, "infra", "main.tf")
	require.NoError(t, os.MkdirAll(filepath.Dir(tf), 0o755))
	require.NoError(t, os.WriteFile(tf, []byte(precommitBad), 0o644))
	out, err = git("add", "infra/main.tf")
	require.NoError(t, err, out)
	out, err = git("commit", "-m", "an AI account that accepts API keys")
	require.Error(t, err, "the commit must be blocked:\n%s", out)
	assert.Contains(t, out, "posture (IaC security)")
	assert.Contains(t, out, "Failed")
	assert.Contains(t, out, "infra/main.tf:8:35  high      AZ-AI-003")
	assert.Contains(t, out, "fix: Set `local_auth_enabled = false`")

	good := strings.Replace(precommitBad, "local_auth_enabled            = true", "local_auth_enabled            = false", 1)
	require.NoError(t, os.WriteFile(tf, []byte(good), 0o644))
	out, err = git("add", "infra/main.tf")
	require.NoError(t, err, out)
	out, err = git("commit", "-m", "keys off")
	require.NoError(t, err, "the fixed file must commit:\n%s", out)
	assert.Contains(t, out, "posture (IaC security)")
	assert.Contains(t, out, "Passed")
}
