package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestDiagnostics(t *testing.T) {
	fsys := fixtureFS(t, "diagnostics")
	tests := []struct {
		name  string
		dir   string
		diags []parser.Diagnostic
		ids   []string
	}{
		{
			name: "a syntax error costs its file, not the directory",
			dir:  "broken",
			diags: []parser.Diagnostic{{Severity: parser.DiagError, Range: rng("broken/bad.tf", 3, 9, 3, 10),
				Message: "Invalid expression: Expected the start of an expression, but found an invalid expression token. (the file is not scanned until this is fixed)"}},
			ids: []string{"aws_s3_bucket.good"},
		},
		{
			name: "a cycle between locals",
			dir:  "cycle",
			diags: []parser.Diagnostic{{Severity: parser.DiagError, Range: rng("cycle/main.tf", 2, 3, 2, 14),
				Message: "reference cycle between local.a, local.b: each refers to the next, so none can be evaluated (Terraform rejects this too); break the cycle, their values are treated as unknown"}},
			ids: []string{"aws_s3_bucket.c"},
		},
		{
			name: "a duplicate resource names the other declaration by line, and by file when it is another",
			dir:  "duplicate",
			diags: []parser.Diagnostic{
				{Severity: parser.DiagError, Range: rng("duplicate/main.tf", 5, 1, 5, 32),
					Message: "duplicate resource aws_s3_bucket.logs: it is also declared at line 1; rename one of them"},
				{Severity: parser.DiagError, Range: rng("duplicate/other.tf", 1, 1, 1, 32),
					Message: "duplicate resource aws_s3_bucket.logs: it is also declared in main.tf at line 1; rename one of them"},
			},
			ids: []string{"aws_s3_bucket.logs"},
		},
		{
			name: "an unknown function",
			dir:  "funcs",
			diags: []parser.Diagnostic{{Severity: parser.DiagWarning, Range: rng("funcs/main.tf", 2, 12, 2, 22),
				Message: `Call to unknown function: There is no function named "frobnicate".; the value is treated as unknown`}},
			ids: []string{"aws_s3_bucket.f"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := decode(t, fsys, Options{}, tc.dir)
			got := make([]parser.Diagnostic, len(res.diags))
			for i, d := range res.diags {
				d.Range = noBytes(d.Range)
				got[i] = d
			}
			assert.Equal(t, tc.diags, got)
			assert.Equal(t, tc.ids, res.ids)
		})
	}

	res := decode(t, fsys, Options{}, "cycle")
	c := res.get(t, "aws_s3_bucket.c")
	assert.Equal(t, "fine", c.Properties["bucket"])
	assert.Equal(t, []parser.Path{{"acl"}}, c.Unknown)

	res = decode(t, fsys, Options{}, "funcs")
	f := res.get(t, "aws_s3_bucket.f")
	assert.Equal(t, map[string]any{"acl": "private", "tags": map[string]any{}}, f.Properties,
		"provider functions are unknown without a diagnostic")
	assert.ElementsMatch(t, []parser.Path{{"bucket"}, {"tags", "owner"}}, f.Unknown)
}

func TestColumnsCountCodePoints(t *testing.T) {
	res := decode(t, fixtureFS(t, "diagnostics"), Options{}, "unicode")
	require.Empty(t, res.diags)
	u := res.get(t, "aws_s3_bucket.u")
	assert.Equal(t, map[string]any{"名前": "✓", "note": "café"}, u.Properties["tags"])
	// "名前" is two code points in six bytes: the value starts at column 19.
	assert.Equal(t, parser.Range{File: "unicode/main.tf",
		Start: parser.Pos{Line: 2, Column: 19, Byte: 53}, End: parser.Pos{Line: 2, Column: 22, Byte: 58}}, u.Ranges[`tags["名前"]`])
	assert.Equal(t, rng("unicode/main.tf", 2, 31, 2, 37), noBytes(u.Ranges["tags.note"]))
	// "é" written as e and a combining accent is one grapheme cluster (one
	// HCL column) but two code points: the conditional ends at column 39, not 38.
	assert.Equal(t, rng("unicode/main.tf", 3, 10, 3, 39), noBytes(u.Ranges["acl"]))
	assert.Equal(t, "private", u.Properties["acl"])
}

// TestUnknownFunctionSuggestion: the suggestion for an unknown function is
// the same on every run, and removed functions say what replaced them.
func TestUnknownFunctionSuggestion(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`resource "aws_s3_bucket" "b" {
  bucket = lenght("x")
  tags   = map("a", "b")
  policy = frobnicate("x")
}
`)}}
	for i := 0; i < 20; i++ {
		res := decode(t, fsys, Options{})
		var msgs []string
		for _, d := range res.diags {
			msgs = append(msgs, d.Message)
		}
		assert.ElementsMatch(t, []string{
			`Call to unknown function: There is no function named "lenght". Did you mean "length"?; the value is treated as unknown`,
			`Call to unknown function: There is no function named "map". Use tomap({...}) or a {...} literal (map() was removed in Terraform 0.15).; the value is treated as unknown`,
			`Call to unknown function: There is no function named "frobnicate".; the value is treated as unknown`,
		}, msgs)
	}
}
