package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repo makes a directory that is a repository root holding files.
func repo(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

func runIn(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code = Main(args, &out, &errb)
	return code, out.String(), errb.String()
}

const bucket = "resource \"aws_s3_bucket\" \"b\" {}\n"

// account has one AZ-AI-003 finding: a scan that went on reports it.
const account = `resource "azurerm_cognitive_account" "a" {
  name                = "oai-a"
  location            = "swedencentral"
  resource_group_name = "rg"
  kind                = "OpenAI"
  sku_name            = "S0"
  local_auth_enabled  = true
}
`

// Every path a found configuration names that leaves its directory is
// refused with a diagnostic naming the configuration, line, column and
// key, and the scan goes on without it. The scanned path is a
// subdirectory, so only the configuration reads what is beside it.
func TestConfigPathsConfined(t *testing.T) {
	outside := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(outside, "b.json"), []byte(`{"version": 1, "findings": []}`), 0o644))
	tests := []struct {
		name, config, want string
		link               [2]string // a symbolic link to create: name, target
	}{
		{"absolute policy", "policy: [/etc]\n", `.posture.yaml:1:10  error    policy "/etc" is outside the directory of this configuration; refused (the scan runs without it)`, [2]string{}},
		{"dotdot policy", "policy:\n  - ../x\n", `.posture.yaml:2:5  error    policy "../x" is outside the directory of this configuration; refused`, [2]string{}},
		{"policy link out", "policy: [p]\n", `.posture.yaml:1:10  error    policy "p" is outside the directory of this configuration; refused`, [2]string{"p", outside}},
		{"absolute baseline", "baseline: " + filepath.Join(outside, "b.json") + "\n", `.posture.yaml:1:11  error    baseline "` + filepath.Join(outside, "b.json") + `" is outside the directory of this configuration; refused (the scan runs without a baseline)`, [2]string{}},
		{"baseline link out", "baseline: b.json\n", `.posture.yaml:1:11  error    baseline "b.json" is outside`, [2]string{"b.json", filepath.Join(outside, "b.json")}},
		{"baseline through a dir link", "baseline: d/b.json\n", `.posture.yaml:1:11  error    baseline "d/b.json" is outside`, [2]string{"d", outside}},
		{"missing policy dir", "policy: [nope]\n", `.posture.yaml:1:10  error    policy "nope": no such file or directory (the scan runs without it)`, [2]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := repo(t, map[string]string{".posture.yaml": tt.config, "infra/main.tf": account})
			if tt.link[0] != "" {
				require.NoError(t, os.Symlink(tt.link[1], filepath.Join(dir, tt.link[0])))
			}
			code, stdout, stderr := runIn(t, dir, "scan", "--format", "text", "infra")
			assert.Equal(t, ExitFindings, code, stderr)
			assert.Contains(t, stdout, tt.want)
			assert.Contains(t, stdout, "AZ-AI-003")
		})
	}
}

// A configuration, a baseline or a policy that cannot be read is named,
// and its content is not quoted.
func TestConfigInputsNotQuoted(t *testing.T) {
	secret := "s3cr3t-v4lue"
	tests := []struct {
		name  string
		files map[string]string
		args  []string
		want  string
	}{
		{"scalar config", map[string]string{".posture.yaml": secret + "\n"}, nil, "found a str where a mapping"},
		{"wrong type", map[string]string{".posture.yaml": "only: " + secret + "\n"}, nil, "line 1: found a str where a list of strings is expected"},
		{"unknown key", map[string]string{".posture.yaml": "\"" + secret + " x\": 1\n"}, nil, "unknown key (a key posture does not know)"},
		{"anchor", map[string]string{".posture.yaml": "only: *" + secret + "\n"}, nil, "unknown anchor (a name) referenced"},
		{"baseline not JSON", map[string]string{"b.json": secret}, []string{"--baseline", "b.json"}, "baseline b.json: not a baseline: not valid JSON"},
		{"baseline wrong shape", map[string]string{"b.json": `{"version": "` + secret + `"}`}, []string{"--baseline", "b.json"}, "not a baseline: version is a JSON string"},
		{"baseline unknown key", map[string]string{"b.json": `{"` + secret + ` x": 1}`}, []string{"--baseline", "b.json"}, "not a baseline: an object has a key a baseline does not have"},
		{"config baseline", map[string]string{".posture.yaml": "baseline: b.json\n", "b.json": "[" + secret}, nil, "b.json: not a baseline: not valid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.files["main.tf"] = bucket
			dir := repo(t, tt.files)
			code, _, stderr := runIn(t, dir, append(append([]string{"scan"}, tt.args...), ".")...)
			assert.Equal(t, ExitUsage, code)
			assert.Contains(t, stderr, tt.want)
			assert.NotContains(t, stderr, "s3cr3t")
		})
	}
}

func TestConfigTooLarge(t *testing.T) {
	big := "# " + strings.Repeat("x", maxConfigSize) + "\n"
	dir := repo(t, map[string]string{".posture.yaml": big, "infra/main.tf": account, "b.json": " " + strings.Repeat(" ", maxBaselineSize) + "{}"})
	code, stdout, stderr := runIn(t, dir, "scan", "--format", "text", "infra")
	assert.Equal(t, ExitFindings, code, stderr)
	assert.Contains(t, stdout, ".posture.yaml  error    larger than the file size limit (10485763 bytes, limit 10485760 bytes) (the scan runs without this configuration)")

	require.NoError(t, os.Remove(filepath.Join(dir, ".posture.yaml")))
	code, _, stderr = runIn(t, dir, "scan", "--baseline", "b.json", "infra")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, stderr, "--baseline b.json: larger than the file size limit (67108867 bytes, limit 67108864 bytes)")
}
