package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name string            `yaml:"name"`
			ID   string            `yaml:"id"`
			Uses string            `yaml:"uses"`
			If   string            `yaml:"if"`
			Env  map[string]string `yaml:"env"`
			With map[string]string `yaml:"with"`
			Run  string            `yaml:"run"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

var expr = regexp.MustCompile(`\$\{\{\s*([^}]+?)\s*\}\}`)

// TestAction checks the composite action at the repository root: every
// input it uses is declared, and its install and scan steps, run with bash
// the way the runner runs them, build posture from the checkout and write
// the SARIF report with the exit code as an output.
func TestAction(t *testing.T) {
	if testing.Short() {
		t.Skip("builds posture; skipped with -short")
	}
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	raw, err := os.ReadFile(filepath.Join(root, "action.yml"))
	require.NoError(t, err)
	var a action
	require.NoError(t, yaml.Unmarshal(raw, &a))
	assert.Equal(t, "composite", a.Runs.Using)
	for _, in := range []string{"path", "format", "severity-threshold", "config", "category", "upload"} {
		assert.Contains(t, a.Inputs, in, "documented input %s", in)
	}
	for _, m := range expr.FindAllStringSubmatch(string(raw), -1) {
		for _, ref := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(m[1], -1) {
			assert.Contains(t, a.Inputs, ref[1], "action.yml uses an undeclared input in %s", m[0])
		}
	}

	work := t.TempDir()
	scanned := filepath.Join(work, "repo")
	require.NoError(t, os.MkdirAll(scanned, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(scanned, "main.tf"), []byte(precommitBad), 0o644))
	inputs := map[string]string{}
	for k, v := range a.Inputs {
		inputs[k] = v.Default
	}
	inputs["args"] = "--only AZ-AI-003"
	ghOutput := filepath.Join(work, "output")
	ghPath := filepath.Join(work, "path")
	resolve := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string {
			e := expr.FindStringSubmatch(m)[1]
			switch {
			case strings.HasPrefix(e, "inputs."):
				return inputs[strings.TrimPrefix(e, "inputs.")]
			case e == "github.action_path":
				return root
			}
			t.Fatalf("action.yml: expression %s is not simulated by this test", m)
			return ""
		})
	}
	pathDirs := os.Getenv("PATH")
	ran := 0
	for _, step := range a.Runs.Steps {
		if step.Run == "" || strings.Contains(step.If, "steps.") {
			continue
		}
		env := append(os.Environ(), "RUNNER_TEMP="+work, "GITHUB_OUTPUT="+ghOutput, "GITHUB_PATH="+ghPath, "PATH="+pathDirs, "GOFLAGS=-mod=readonly")
		for k, v := range step.Env {
			env = append(env, k+"="+resolve(v))
		}
		cmd := exec.Command("bash", "-e", "-c", step.Run)
		cmd.Dir = scanned
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		require.NoError(t, cmd.Run(), "step %q:\n%s", step.Name, out.String())
		ran++
		if b, err := os.ReadFile(ghPath); err == nil {
			// Later steps see what earlier ones added to GITHUB_PATH.
			pathDirs = strings.TrimSpace(string(b)) + string(os.PathListSeparator) + os.Getenv("PATH")
		}
	}
	assert.Equal(t, 2, ran, "the install and scan steps ran")
	outputs, err := os.ReadFile(ghOutput)
	require.NoError(t, err)
	assert.Equal(t, "exit-code=1\n", string(outputs), "findings: exit code 1, decided after the upload")
	sarif, err := os.ReadFile(filepath.Join(scanned, "posture.sarif"))
	require.NoError(t, err)
	assert.Contains(t, string(sarif), `"ruleId": "AZ-AI-003"`)
	assert.Contains(t, string(sarif), `"id": "posture/"`)
}
