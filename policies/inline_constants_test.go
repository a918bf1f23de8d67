package policies

import (
	"context"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// Inlining constant rules must not change any result.
func TestInlineConstants(t *testing.T) {
	const src = `package t

k := {"a": ["x", "y"], "b": []}
arr := ["p", "q"]
w := 1
only_one := 1 if input.x
only_one := 2 if not input.x
nested.path := "n"

f(x) := k[x]
g := [v | some v in arr]
h contains v if some v in arr
count_k := count([v | some _, v in k])
deny contains {"path": arr, "n": nested.path} if true
uses_w := w + 1
overridden := v if {
	v := uses_w with w as 5
}
first := arr[0] if arr[0] == "p" else := "no"
e(x) := "none" if x == 0 else := arr[x]
whole := data.t.k.a
every_ok if every v in arr { is_string(v) }
`
	queries := []string{
		"x = data.t.f(\"a\")", "x = data.t.g", "x = data.t.h", "x = data.t.count_k",
		"x = data.t.deny", "x = data.t.uses_w", "x = data.t.overridden", "x = data.t.first",
		"x = data.t.e(1)", "x = data.t.whole", "x = data.t.every_ok", "x = data.t.only_one",
		"x = data.t.k", "x = data.t.nested",
	}
	mod := ast.MustParseModuleWithOpts(src, parseOpts)
	compile := func(inline bool) *ast.Compiler {
		c := ast.NewCompiler()
		if inline {
			c = c.WithStageAfterID(ast.StageSetRuleTree, inlineConstantsStage)
		}
		c.Compile(map[string]*ast.Module{"t.rego": mod})
		if c.Failed() {
			t.Fatal(c.Errors)
		}
		return c
	}
	plain, inlined := compile(false), compile(true)
	for _, q := range queries {
		eval := func(c *ast.Compiler) string {
			rs, err := rego.New(rego.Compiler(c), rego.Query(q), rego.Input(map[string]any{"x": true})).Eval(context.Background())
			if err != nil {
				t.Fatalf("%s: %v", q, err)
			}
			if len(rs) == 0 {
				return "undefined"
			}
			v, _ := ast.InterfaceToValue(rs[0].Bindings["x"])
			return v.String()
		}
		if a, b := eval(plain), eval(inlined); a != b {
			t.Errorf("%s: %s without inlining, %s with", q, a, b)
		}
	}
	// The constants are gone from the bodies that used them, except w,
	// which a with replaces.
	body := inlined.Modules["t.rego"].String()
	for _, ref := range []string{"data.t.arr", "data.t.k["} {
		if strings.Contains(body, ref) {
			t.Errorf("%s still referenced:\n%s", ref, body)
		}
	}
	if !strings.Contains(body, "data.t.w") {
		t.Errorf("w was inlined although a with replaces it")
	}
}
