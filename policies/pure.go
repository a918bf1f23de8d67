package policies

import (
	"errors"
	"fmt"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Policies come from the scanned tree too (a .posture.yaml names their
// directory), so a policy must not reach what the scan itself may not: the
// network, the clock, randomness, the environment. OPA marks most such
// built-ins nondeterministic; these read the clock or write a side channel
// without the mark.
var alsoRefused = []string{
	"crypto.x509.parse_and_verify_certificates",              // verifies against the current time
	"crypto.x509.parse_and_verify_certificates_with_options", // the same
	"trace", // writes to whatever tracer is attached
}

// refusedBuiltins are the names of the built-ins no policy may call.
var refusedBuiltins = func() map[string]bool {
	out := map[string]bool{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		if b.Nondeterministic || slices.Contains(alsoRefused, b.Name) {
			out[b.Name] = true
		}
	}
	return out
}()

// pureCapabilities are the capabilities every policy is compiled and
// evaluated with: this OPA version's built-ins less the refused ones, and
// no host http.send may reach (it is refused anyway; the empty list is a
// second lock).
func pureCapabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	// The slice is a fresh clone but its elements are OPA's shared
	// definitions: filter into a new slice, never edit them.
	kept := make([]*ast.Builtin, 0, len(c.Builtins))
	for _, b := range c.Builtins {
		if !refusedBuiltins[b.Name] {
			kept = append(kept, b)
		}
	}
	c.Builtins = kept
	c.AllowNet = []string{}
	return c
}

// capabilities is shared by every compiler: they only read it.
var capabilities = pureCapabilities()

// newCompiler is the one way policies are compiled.
func newCompiler() *ast.Compiler {
	return ast.NewCompiler().WithCapabilities(capabilities).WithEnablePrintStatements(false)
}

// checkPure returns an error naming the file, line and column of the
// first call of a refused built-in in m. The compiler would refuse it too
// (the built-in is not in its capabilities), but as "undefined function",
// which reads like a typo rather than a rule.
func checkPure(m *ast.Module) error {
	var found *ast.Term
	note := func(op *ast.Term) {
		if found != nil || op == nil {
			return
		}
		if ref, ok := op.Value.(ast.Ref); ok && refusedBuiltins[ref.String()] {
			found = op
		}
	}
	ast.NewGenericVisitor(func(x any) bool {
		switch x := x.(type) {
		case *ast.Expr:
			if terms, ok := x.Terms.([]*ast.Term); ok && len(terms) > 0 {
				note(terms[0])
			}
		case ast.Call:
			if len(x) > 0 {
				note(x[0])
			}
		case *ast.With:
			note(x.Target)
		}
		return found != nil
	}).Walk(m)
	if found == nil {
		return nil
	}
	return fmt.Errorf("%s: built-in %s is not allowed: posture policies must be pure (no network, clock, randomness or environment)",
		locationOf(found, m), found.Value)
}

// locationOf is file:line:column of t, or the module's file.
func locationOf(t *ast.Term, m *ast.Module) string {
	if l := t.Location; l != nil {
		return fmt.Sprintf("%s:%d:%d", l.File, l.Row, l.Col)
	}
	if m.Package != nil && m.Package.Location != nil {
		return m.Package.Location.File
	}
	return "policy"
}

// withoutSource drops the source lines OPA appends to parse and compile
// errors: the file may be anything a link in the scanned tree pointed at,
// and its text must not reach the output. File, line and message stay.
func withoutSource(err error) error {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return err
	}
	for _, e := range errs {
		e.Details = nil
	}
	return errs
}
