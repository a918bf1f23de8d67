package arm

import (
	"fmt"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// A template often names its resources by parameters that have no value
// in the scan (a Bicep file without a parameters file, a module).
// Their ids are then unknown, and so is every property that holds one:
// resourceId('Microsoft.Web/hostingEnvironments', parameters('aseName'))
// cannot be compared with the id of the resource whose name is
// parameters('aseName'). Yet the text says which resource it is. A
// symbolic key is that text, per scope: the type and the canonical text of
// each name segment. A reference whose value is unknown, but whose
// expression is a resourceId call, finds by it the resource the same
// template declares under the same name expression.

// symbolicRef is a property whose value is unknown and whose expression
// names a resource of the template.
type symbolicRef struct {
	path parser.Path
	key  string
}

// refKey returns the symbolic key of a string value that is a
// resourceId('<type>', <name segments>...) expression, in scope s.
func refKey(s *scope, raw string) (string, bool) {
	if !strings.HasPrefix(raw, "[") || strings.HasPrefix(raw, "[[") {
		return "", false
	}
	e, err := expr.Parse(raw)
	if err != nil {
		return "", false
	}
	c, ok := e.(*expr.Call)
	if !ok || !strings.EqualFold(c.Name, "resourceId") || len(c.Args) < 2 {
		return "", false
	}
	typ, ok := c.Args[0].(*expr.Lit)
	if !ok {
		return "", false
	}
	t, ok := typ.Value.(string)
	if !ok || strings.Count(t, "/") != len(c.Args)-1 {
		// A leading subscription or resource group argument names another
		// scope: not a resource of this template.
		return "", false
	}
	return symbolicKey(s, t, c.Args[1:]), true
}

// nameKey returns the symbolic key of a declared resource whose name
// could not be evaluated: a top-level name expression, or a child's
// format('{0}/{1}', ...) of its segments.
func nameKey(in *instance) (string, bool) {
	if in.known || in.parent != nil {
		// A nested child's name is its parent's plus its own: the parts
		// are not one expression to read.
		return "", false
	}
	raw := in.node.Get("name").String()
	if !strings.HasPrefix(raw, "[") || strings.HasPrefix(raw, "[[") {
		return "", false
	}
	e, err := expr.Parse(raw)
	if err != nil {
		return "", false
	}
	segs := []expr.Expr{e}
	if n := strings.Count(in.typ, "/"); n > 1 {
		c, ok := e.(*expr.Call)
		if !ok || !strings.EqualFold(c.Name, "format") || len(c.Args) != n+1 {
			return "", false
		}
		f, ok := c.Args[0].(*expr.Lit)
		if !ok || f.Value != formatOfSegments(n) {
			return "", false
		}
		segs = c.Args[1:]
	}
	return symbolicKey(in.s, in.typ, segs), true
}

// formatOfSegments is the format string of n name segments: {0}/{1}/...
func formatOfSegments(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf("{%d}", i)
	}
	return strings.Join(parts, "/")
}

func symbolicKey(s *scope, typ string, segs []expr.Expr) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%p|%s", s, strings.ToLower(typ))
	for _, seg := range segs {
		b.WriteString("|")
		b.WriteString(expr.Text(seg))
	}
	return b.String()
}
