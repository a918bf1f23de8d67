package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// evalAttr evaluates expr as the attribute v of a resource in a module
// whose directory also holds files.
func evalAttr(t *testing.T, expr string, files map[string]string) (any, parser.Resource, []parser.Diagnostic) {
	t.Helper()
	fsys := fstest.MapFS{"m/main.tf": {Data: []byte("resource \"aws_x\" \"t\" {\n  v = " + expr + "\n}\n")}}
	for n, c := range files {
		fsys[n] = &fstest.MapFile{Data: []byte(c)}
	}
	res := decode(t, fsys, Options{Workspace: "prod"}, "m")
	r := res.get(t, "aws_x.t")
	return r.Properties["v"], r, res.diags
}

func TestFunctions(t *testing.T) {
	files := map[string]string{
		"m/policy.json":  `{"Version": "2012-10-17"}`,
		"m/tpl/user.tpl": "hello ${name}%{ for p in ports }:${p}%{ endfor }",
		"secret.txt":     "outside the module, inside the scan",
	}
	tests := []struct {
		expr string
		want any
	}{
		{`upper("a")`, "A"},
		{`format("%s-%03d", "vm", 7)`, "vm-007"},
		{`join(",", compact(["a", "", "b"]))`, "a,b"},
		{`replace("a-b-c", "-", "_")`, "a_b_c"},
		{`replace("a1b22", "/[0-9]+/", "#")`, "a#b#"},
		{`lookup({ a = 1 }, "b", null)`, nil},
		{`lookup({ a = 1 }, "a")`, int64(1)},
		{`length("héllo")`, int64(5)},
		{`length({ a = 1, b = 2 })`, int64(2)},
		{`merge({ a = 1 }, { b = "x" })`, map[string]any{"a": int64(1), "b": "x"}},
		{`coalesce("", "b")`, "b"},
		{`one([])`, nil},
		{`sum([1, 2.5])`, 3.5},
		{`alltrue([true, var_unknown_free])`, nil},
		{`try(tonumber("x"), 3)`, int64(3)},
		{`can(regex("^a", "abc"))`, true},
		{`cidrsubnet("10.0.0.0/16", 8, 2)`, "10.0.2.0/24"},
		{`cidrsubnets("10.1.0.0/16", 4, 4, 8)`, []any{"10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24"}},
		{`cidrhost("10.0.0.0/24", -2)`, "10.0.0.254"},
		{`cidrnetmask("172.16.0.0/12")`, "255.240.0.0"},
		{`jsondecode(file("policy.json")).Version`, "2012-10-17"},
		{`jsonencode({ a = [1, true] })`, `{"a":[1,true]}`},
		{`yamldecode("a: [1, x]")`, map[string]any{"a": []any{int64(1), "x"}}},
		{`yamlencode({ b = "x" })`, "b: x\n"},
		{`base64decode(base64encode("ü"))`, "ü"},
		{`sha256("abc")`, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{`templatefile("tpl/user.tpl", { name = "x", ports = [1, 2] })`, "hello x:1:2"},
		{`fileexists("tpl/user.tpl")`, true},
		{`fileexists("nope")`, false},
		{`sort(fileset(path.module, "tpl/*"))`, []any{"tpl/user.tpl"}},
		{`file("../secret.txt")`, "outside the module, inside the scan"},
		{`terraform.workspace`, "prod"},
		{`path.module`, "."},
		{`[for i, v in ["a", "b"] : "${i}${v}"]`, []any{"0a", "1b"}},
		{`{ for k, v in { a = 1, b = 2 } : v => k }`, map[string]any{"1": "a", "2": "b"}},
		{`[{ n = 1 }, { n = 2 }][*].n`, []any{int64(1), int64(2)}},
		{`setproduct(["a"], [1, 2])`, []any{[]any{"a", int64(1)}, []any{"a", int64(2)}}},
		{`transpose({ a = ["1", "2"], b = ["2"] })`, map[string]any{"1": []any{"a"}, "2": []any{"a", "b"}}},
		{`startswith("terraform", "terra")`, true},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			got, r, diags := evalAttr(t, tc.expr, files)
			if tc.expr == `alltrue([true, var_unknown_free])` {
				// An undeclared symbol is a diagnostic and an unknown value.
				assert.Len(t, diags, 1)
				assert.Contains(t, r.Unknown, parser.Path{"v"})
				return
			}
			require.Empty(t, diags)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFunctionsUnknownOrRefused(t *testing.T) {
	tests := []struct {
		expr    string
		message string // empty: unknown without a diagnostic
	}{
		{`timestamp()`, ""},
		{`uuid()`, ""},
		{`bcrypt("x")`, ""},
		{`file("/etc/passwd")`, `"/etc/passwd" is an absolute path; only files inside the scanned directory are read`},
		{`file("../../x")`, `"../../x" lies outside the scanned directory`},
		{`format("%999999999s", "x")`, "format width 999999999 is larger than 10000"},
		{`range(100000)`, "more than 1024 values were generated"},
		{`length(setproduct(range(1000), range(1000), range(1000)))`, "the product would have more than 100000 elements"},
		{`yamldecode("a: &a [*a, *a]")`, ""},
		{`[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : 1]]]`, "nested for expressions here could iterate more than 2000000 times"},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			_, r, diags := evalAttr(t, tc.expr, nil)
			assert.NotContains(t, r.Properties, "v")
			assert.Equal(t, []parser.Path{{"v"}}, r.Unknown)
			if tc.message == "" {
				if tc.expr != `yamldecode("a: &a [*a, *a]")` {
					assert.Empty(t, diags)
				}
				return
			}
			require.Len(t, diags, 1)
			assert.Equal(t, parser.DiagWarning, diags[0].Severity)
			assert.Contains(t, diags[0].Message, tc.message)
			assert.Equal(t, "m/main.tf", diags[0].Range.File)
			assert.Equal(t, 2, diags[0].Range.Start.Line)
		})
	}
}
