package policies

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

// virtualCache must answer like OPA's virtual cache: not cached, undefined, or a
// value, in the top frame only.
func TestVirtualCache(t *testing.T) {
	c := getVirtualCache()
	a := ast.MustParseRef("data.a.b")
	ab := ast.MustParseRef("data.a.b.c")
	f1 := ast.Ref{ast.VarTerm("data"), ast.StringTerm("f"), ast.NumberTerm("1")}
	f2 := ast.Ref{ast.VarTerm("data"), ast.StringTerm("f"), ast.NumberTerm("2")}
	check := func(ref ast.Ref, want *ast.Term, undef bool) {
		t.Helper()
		got, u := c.Get(ref)
		if u != undef || (got == nil) != (want == nil) || got != nil && !got.Equal(want) {
			t.Errorf("Get(%v) = %v, %v; want %v, %v", ref, got, u, want, undef)
		}
	}
	check(a, nil, false)
	c.Put(ab, ast.IntNumberTerm(1))
	check(a, nil, false)
	check(ab, ast.IntNumberTerm(1), false)
	c.Put(a, nil)
	check(a, nil, true)
	buf := append(ast.Ref{}, f1...)
	c.Put(buf, ast.StringTerm("one"))
	buf[2] = ast.NumberTerm("2") // the caller reuses its slice
	check(f1, ast.StringTerm("one"), false)
	check(f2, nil, false)
	if n := len(c.Keys()); n != 2 {
		t.Errorf("Keys: %d, want 2", n)
	}
	c.Push()
	check(ab, nil, false)
	c.Put(ab, ast.IntNumberTerm(2))
	check(ab, ast.IntNumberTerm(2), false)
	c.Pop()
	check(ab, ast.IntNumberTerm(1), false)
	c.Push()
	check(ab, nil, false)
	putVirtualCache(c)
	c = getVirtualCache()
	check(ab, nil, false)
	check(f1, nil, false)
	putVirtualCache(c)
}
