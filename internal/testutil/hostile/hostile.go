// Package hostile builds the hostile scans the output tests of packages
// report, sarif and score render: file names, values and policy metadata
// that aim at each reader of the output.
package hostile

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// Strings are what an attacker puts in a pull request, each aimed at a
// reader of the output: a terminal, the GitHub Actions runner, a Markdown
// comment, an XML or HTML parser, a reviewer's eyes.
var Strings = []string{
	"\x1b[2J\x1b]0;owned\x07\x1b[31mred",
	"x\r\n::error file=a.tf::injected\n::add-mask::secret\n::stop-commands::tok\n::warning::x",
	"if admin \u202e} \u2066evil\u2069 {\u202c \u2028next",
	"<img src=x onerror=alert(1)> <details open><summary>s</summary> <!-- hide",
	"[click](https://evil.example/x) ![i](https://evil.example/i.png)",
	"cc @octocat, fixes #1 via https://evil.example www.evil.example",
	"# heading | a | b | `code` ``` fence",
	"nul\x00 bell\x07 del\x7f nel\u0085 csi\u009b31m",
	"::error::at the start ##[add-mask]anywhere",
	"\u00a0::stop-commands::token",
}

// FileNames are hostile file names (each a valid Linux name).
var FileNames = []string{
	"esc\x1b[2J.yaml",
	"nl\n::error file=a::injected.yaml",
	"<img src=x onerror=alert(1)>.yaml",
	"@octocat #1 [x](https:evil) `b`.yaml",
	"bidi\u202elmay.yaml",
	"pct%0A,colon:comma.yaml",
	"::error::pwned.yaml",
	"##[add-matcher]m.json.yaml",
}

// MinifiedResources is how many storage accounts the one-line template
// of Scan declares, each with a finding on that line.
const MinifiedResources = 1800

// Scan scans a tree with hostile file names, values in messages
// and resource ids, a 265 KB one-line template with a finding per
// resource, and a diagnostic quoting hostile text; one finding is given a
// rule whose title, fix and help link are hostile (a custom policy is
// input too) and one a hostile suppression reason.
func Scan(t *testing.T) *result.Report {
	t.Helper()
	dir := t.TempDir()
	for i, name := range FileNames {
		h := Strings[i%len(Strings)]
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(deployment(h, i)), 0o644))
	}
	var docs []string
	for i, h := range Strings {
		docs = append(docs, deployment(h, 100+i))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "values.yaml"), []byte(strings.Join(docs, "---\n")), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "min.json"), []byte(minified(MinifiedResources)), 0o644))

	rep, err := scan.Run(context.Background(), scan.Options{
		Version: "0.1.0-test",
		Paths:   []string{"."}, WorkDir: dir,
		Policy: policies.Options{Only: []string{"K8S-IMG-001", "K8S-POD-001", "AZ-ST-002"}},
	})
	require.NoError(t, err)
	rep.Stats.Duration = 0
	require.Greater(t, len(rep.Findings), MinifiedResources, "the hostile tree has findings")
	files := map[string]bool{}
	for _, f := range rep.Findings {
		files[f.Range.File] = true
	}
	for _, name := range FileNames {
		require.True(t, files[name], "a finding in %q", name)
	}

	// A custom policy's metadata comes from the scanned repository too.
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.RuleID != "K8S-POD-001" {
			continue
		}
		r := *f.Rule
		r.Title = strings.Join(Strings, " ")
		r.Remediation = map[string]string{"all": "Set `a|b` then " + strings.Join(Strings, " ")}
		r.HelpURI = "javascript:alert(1)"
		f.Rule = &r
		break
	}
	for i := range rep.Findings {
		if rep.Findings[i].RuleID == "K8S-IMG-001" {
			rep.Findings[i].Suppression = &policies.Suppression{Kind: "inline", Reason: strings.Join(Strings, " ")}
			break
		}
	}
	rep.Diagnostics = append(rep.Diagnostics, parser.Diagnostic{
		Severity: parser.DiagError,
		Message:  "cannot read: " + strings.Join(Strings, "\n"),
		Range:    parser.Range{File: FileNames[1], Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 2}},
	})
	return rep
}

// deployment is a Deployment whose name, container name and image carry
// h, privileged and on the latest tag. Go's quoting is YAML's: the
// decoded values hold the raw characters, which YAML does not allow
// unescaped.
func deployment(h string, i int) string {
	q := strconv.Quote
	return fmt.Sprintf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
  namespace: ns%d
spec:
  template:
    spec:
      containers:
        - name: %s
          image: %s
          securityContext:
            privileged: true
`, q("app "+h), i, q("c "+h), q("registry/"+h+":latest"))
}

// minified is an ARM template of n storage accounts on one line, each
// with an old TLS version: a minified template of about 265 KB.
func minified(n int) string {
	var b strings.Builder
	b.WriteString(`{"$schema":"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#","contentVersion":"1.0.0.0","resources":[`)
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"type":"Microsoft.Storage/storageAccounts","apiVersion":"2023-05-01","name":"st%05d","location":"westeurope","kind":"StorageV2","properties":{"minimumTlsVersion":"TLS1_0"}}`, i)
	}
	b.WriteString("]}")
	return b.String()
}

// unsafe matches what no output may hold from the input: C0 controls but
// tab and newline, DEL, C1 controls, bidirectional formatting characters,
// line and paragraph separators.
var unsafe = regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

// AssertNoUnsafe checks that out holds none of the characters display
// escapes, besides line breaks and tabs.
func AssertNoUnsafe(t *testing.T, out string) {
	t.Helper()
	if loc := unsafe.FindStringIndex(out); loc != nil {
		from := max(0, loc[0]-40)
		t.Errorf("unsafe character %q at %d: %q", out[loc[0]:loc[1]], loc[0], out[from:min(len(out), loc[1]+40)])
	}
}

// AssertNoWorkflowCommand checks that no line of out is a GitHub Actions
// workflow command, or, when allowed is set, that each line is one of the
// annotation commands posture writes, with properties that cannot hold a
// raw ':' or ','.
func AssertNoWorkflowCommand(t *testing.T, out string, allowed bool) {
	t.Helper()
	own := regexp.MustCompile(`^::(error|warning|notice) ([a-zA-Z]+=[^:,]*)(,[a-zA-Z]+=[^:,]*)*::[^\r]*$`)
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		// The runner trims white space, any, as .NET's TrimStart does.
		trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
		if !strings.HasPrefix(trimmed, "::") {
			if allowed {
				t.Errorf("line %d is not a command of posture's: %q", i+1, line)
			}
			continue
		}
		if !allowed || !own.MatchString(line) {
			t.Errorf("line %d is a workflow command from the input: %q", i+1, line)
		}
	}
}

// AssertLinesBounded checks that no line of out is longer than n bytes.
func AssertLinesBounded(t *testing.T, out string, n int) {
	t.Helper()
	for i, line := range strings.Split(out, "\n") {
		if len(line) > n {
			t.Errorf("line %d has %d bytes: %.200q…", i+1, len(line), line)
			return
		}
	}
	assert.NotEmpty(t, out)
}
