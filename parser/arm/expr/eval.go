package expr

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Limits that keep a hostile template from exhausting time, memory or the
// stack. A Context is meant to be shared by everything one template unit
// evaluates, so that nested deployments and copy loops draw on one budget
// instead of multiplying it.
const (
	// MaxString is the longest string a function may produce.
	MaxString = 1 << 20
	// MaxArray is the longest array (or largest object) a function may
	// produce.
	MaxArray = 100_000
	// DefaultBudget is the number of evaluation steps a Context allows.
	// The largest template of the shared corpus takes about 31,000.
	DefaultBudget = 10_000_000
	// DefaultBytes is roughly how many bytes of strings, arrays and
	// objects the functions of a Context may produce in all. The largest
	// template of the shared corpus produces about 380 KB.
	DefaultBytes = 64 << 20
	// MaxDepth bounds how deeply evaluation may nest (calls within calls,
	// through variables, user-defined functions and lambdas) and how deep
	// a value is followed when it is compared, serialised or searched for
	// unknowns. Real templates stay below 30.
	MaxDepth = 512
)

// unknownT is the type of Unknown.
type unknownT struct{}

// Unknown is the value of anything that cannot be known before deployment.
var Unknown any = unknownT{}

// IsUnknown reports whether v is Unknown (at the top level only).
func IsUnknown(v any) bool {
	_, ok := v.(unknownT)
	return ok
}

// HasUnknown reports whether v is Unknown or holds Unknown at any depth.
// A value nested more than MaxDepth levels deep counts as unknown: nothing
// real is that deep, and following it further could exhaust the stack.
func HasUnknown(v any) bool {
	left := math.MaxInt
	return hasUnknown(v, 0, &left)
}

// hasUnknown stops, reporting true, once it has visited *left values.
func hasUnknown(v any, depth int, left *int) bool {
	if *left--; *left < 0 {
		return true
	}
	switch v := v.(type) {
	case unknownT:
		return true
	case []any:
		if depth >= MaxDepth {
			return true
		}
		for _, e := range v {
			if hasUnknown(e, depth+1, left) {
				return true
			}
		}
	case map[string]any:
		if depth >= MaxDepth {
			return true
		}
		for _, e := range v {
			if hasUnknown(e, depth+1, left) {
				return true
			}
		}
	}
	return false
}

// hasUnknown is HasUnknown charging every value it visits as a step: an
// array holding one large value many times over is small in memory but
// long to walk.
func (c *Context) hasUnknown(v any) (bool, error) {
	left := max(c.Budget, 0)
	u := hasUnknown(v, 0, &left)
	c.Budget = left
	if left < 0 {
		return false, ErrBudget
	}
	return u, nil
}

// equal is Equal charging every value it visits as a step.
func (c *Context) equal(a, b any) (bool, error) {
	left := max(c.Budget, 0)
	eq := equal(a, b, 0, &left)
	c.Budget = left
	if left < 0 {
		return false, ErrBudget
	}
	return eq, nil
}

// Lambda is the value of lambda('x', body): a function for filter, map,
// reduce, sort and toObject.
type Lambda struct {
	Params []string
	Body   Expr
}

// Func is a function callable from expressions. Exactly one of Eager and
// Lazy is set: Eager receives evaluated arguments, Lazy the argument
// expressions (for if() and lambda(), whose arguments must not all run).
type Func struct {
	Eager func(c *Context, args []any) (any, error)
	Lazy  func(c *Context, args []Expr) (any, error)
	// MinArgs and MaxArgs bound the argument count; MaxArgs < 0 means any.
	MinArgs, MaxArgs int
	// Deep: an Unknown anywhere inside an argument makes the result
	// Unknown (functions that compare, hash or serialise their arguments).
	Deep bool
	// TakesUnknown: the function decides itself what an Unknown argument
	// means (coalesce, and, or, createArray...). Otherwise a top-level
	// Unknown argument makes the result Unknown without calling it.
	TakesUnknown bool
	// Shares: the result is (part of) a value that already exists, such as
	// an argument or a variable's value, so it costs no budget.
	Shares bool
}

// Context carries what an evaluation needs beyond the expression: the
// template's own functions and the evaluation budget. A Context is not
// safe for concurrent use.
type Context struct {
	// Lookup resolves functions that depend on the template (parameters,
	// variables, copyIndex, reference, user-defined functions). It is
	// consulted before the standard library; nil means none.
	Lookup func(name string) *Func
	// Budget is the number of evaluation steps left; at zero evaluation
	// fails. NewContext sets DefaultBudget.
	Budget int
	// Bytes is roughly how many bytes the results of functions may still
	// take; at zero evaluation fails. NewContext sets DefaultBytes.
	Bytes int
	// Check, when set, is called every few thousand steps; an error it
	// returns (a cancelled context) stops the evaluation.
	Check  func() error
	lambda []map[string]any
	depth  int
}

// NewContext returns a Context with the default budgets.
func NewContext(lookup func(string) *Func) *Context {
	return &Context{Lookup: lookup, Budget: DefaultBudget, Bytes: DefaultBytes}
}

// Errors that end evaluation for good: once a Context's budget is spent,
// every later evaluation fails too. Test with errors.Is.
var (
	ErrBudget = errors.New("the template needs too much computation to evaluate (loop or recursion too large)")
	ErrBytes  = errors.New("the template's expressions produce too much data to evaluate (strings or arrays too large)")
)

// spend charges n steps for work a function does in one call (comparing
// large arrays, for instance), so that one step cannot hide a quadratic
// loop.
func (c *Context) spend(n int) error {
	c.Budget -= n
	if c.Budget < 0 {
		return ErrBudget
	}
	return nil
}

// alloc charges n bytes of function results.
func (c *Context) alloc(n int) error {
	c.Bytes -= n
	if c.Bytes < 0 {
		return ErrBytes
	}
	return nil
}

// Spent reports whether the Context's step or byte budget is exhausted.
func (c *Context) Spent() error {
	switch {
	case c.Budget < 0:
		return ErrBudget
	case c.Bytes < 0:
		return ErrBytes
	}
	return nil
}

// Eval evaluates e.
func (c *Context) Eval(e Expr) (any, error) {
	c.Budget--
	if err := c.Spent(); err != nil {
		return nil, &Error{Offset: e.Pos(), Msg: err.Error(), Err: err}
	}
	if c.Check != nil && c.Budget%4096 == 0 {
		if err := c.Check(); err != nil {
			return nil, &Error{Offset: e.Pos(), Msg: err.Error(), Err: err}
		}
	}
	if c.depth >= MaxDepth {
		return nil, &Error{Offset: e.Pos(), Msg: fmt.Sprintf("evaluation nested more than %d levels deep (a variable, function or lambda that calls itself?)", MaxDepth)}
	}
	c.depth++
	defer func() { c.depth-- }()
	switch e := e.(type) {
	case *Lit:
		return e.Value, nil
	case *Prop:
		x, err := c.Eval(e.X)
		if err != nil {
			return nil, err
		}
		return member(x, e.Name, e.At)
	case *Index:
		x, err := c.Eval(e.X)
		if err != nil {
			return nil, err
		}
		i, err := c.Eval(e.Index)
		if err != nil {
			return nil, err
		}
		return index(x, i, e.At)
	case *Call:
		return c.call(e)
	}
	return nil, &Error{Offset: e.Pos(), Msg: "unsupported expression"}
}

func member(x any, name string, at int) (any, error) {
	switch x := x.(type) {
	case unknownT:
		return Unknown, nil
	case map[string]any:
		if v, ok := Get(x, name); ok {
			return v, nil
		}
		// A member the template does not declare is one Azure fills in at
		// deployment (reference(...).primaryEndpoints): not knowable here.
		return Unknown, nil
	case nil:
		return nil, &Error{Offset: at, Msg: fmt.Sprintf("cannot read property %s of null", Quote(name))}
	}
	return nil, &Error{Offset: at, Msg: fmt.Sprintf("cannot read property %s of %s; only objects have properties", Quote(name), TypeName(x))}
}

func index(x, i any, at int) (any, error) {
	if IsUnknown(x) || IsUnknown(i) {
		return Unknown, nil
	}
	switch x := x.(type) {
	case []any:
		n, ok := toInt(i)
		if !ok {
			return nil, &Error{Offset: at, Msg: fmt.Sprintf("an array index must be an integer, not %s", TypeName(i))}
		}
		if n < 0 || n >= int64(len(x)) {
			return nil, &Error{Offset: at, Msg: fmt.Sprintf("index %d is out of range for an array of length %d", n, len(x))}
		}
		return x[n], nil
	case map[string]any:
		k, ok := i.(string)
		if !ok {
			return nil, &Error{Offset: at, Msg: fmt.Sprintf("an object key must be a string, not %s", TypeName(i))}
		}
		if v, ok := Get(x, k); ok {
			return v, nil
		}
		return Unknown, nil
	}
	return nil, &Error{Offset: at, Msg: fmt.Sprintf("cannot index %s; only arrays and objects can be indexed", TypeName(x))}
}

// Get reads a member of an object the way ARM does: an exact key first,
// then a case-insensitive match.
func Get(m map[string]any, key string) (any, bool) {
	if v, ok := m[key]; ok {
		return v, true
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

func (c *Context) call(e *Call) (any, error) {
	var f *Func
	if c.Lookup != nil {
		f = c.Lookup(e.Name)
	}
	if f == nil {
		f = builtin(e.Name)
	}
	if f == nil {
		if strings.HasPrefix(strings.ToLower(e.Name), "list") {
			// listKeys, listSecrets, listAccountSas...: secrets and
			// runtime data that only a live deployment can read.
			return Unknown, nil
		}
		return nil, &Error{Offset: e.At, Msg: fmt.Sprintf("unknown function %s; check its spelling against the ARM template function reference", Quote(e.Name))}
	}
	if len(e.Args) < f.MinArgs || f.MaxArgs >= 0 && len(e.Args) > f.MaxArgs {
		return nil, &Error{Offset: e.At, Msg: fmt.Sprintf("%s takes %s, not %d", e.Name, argCount(f), len(e.Args))}
	}
	if f.Lazy != nil {
		v, err := f.Lazy(c, e.Args)
		return v, wrap(err, e)
	}
	args := make([]any, len(e.Args))
	unknown := false
	for i, a := range e.Args {
		v, err := c.Eval(a)
		if err != nil {
			return nil, err
		}
		args[i] = v
		if f.TakesUnknown || unknown {
			continue
		}
		if IsUnknown(v) {
			unknown = true
		} else if f.Deep {
			if unknown, err = c.hasUnknown(v); err != nil {
				return nil, &Error{Offset: e.At, Msg: err.Error(), Err: err}
			}
		}
	}
	if unknown {
		return Unknown, nil
	}
	v, err := f.Eager(c, args)
	if err == nil && !f.Shares {
		err = c.account(v)
	}
	return v, wrap(err, e)
}

// account checks the size of a function's result and charges it to the
// byte budget. Only the top level is charged: what the result holds was
// charged when it was made, or comes from the template itself.
func (c *Context) account(v any) error {
	switch v := v.(type) {
	case string:
		if len(v) > MaxString {
			return fmt.Errorf("the result would be longer than %d bytes", MaxString)
		}
		return c.alloc(len(v))
	case []any:
		if len(v) > MaxArray {
			return fmt.Errorf("the result would have more than %d elements", MaxArray)
		}
		return c.alloc(16 * len(v))
	case map[string]any:
		if len(v) > MaxArray {
			return fmt.Errorf("the result would have more than %d members", MaxArray)
		}
		return c.alloc(64 * len(v))
	}
	return nil
}

func wrap(err error, e *Call) error {
	if err == nil {
		return nil
	}
	var ee *Error
	if errors.As(err, &ee) {
		return err
	}
	out := &Error{Offset: e.At, Msg: e.Name + ": " + err.Error()}
	if errors.Is(err, ErrBudget) || errors.Is(err, ErrBytes) {
		out.Err = err
	}
	return out
}

func argCount(f *Func) string {
	switch {
	case f.MaxArgs == f.MinArgs && f.MinArgs == 1:
		return "1 argument"
	case f.MaxArgs == f.MinArgs:
		return fmt.Sprintf("%d arguments", f.MinArgs)
	case f.MaxArgs < 0:
		return fmt.Sprintf("at least %d arguments", f.MinArgs)
	}
	return fmt.Sprintf("%d to %d arguments", f.MinArgs, f.MaxArgs)
}

// Apply calls a lambda with args bound to its parameters.
func (c *Context) Apply(l *Lambda, args ...any) (any, error) {
	if len(args) < len(l.Params) {
		return nil, fmt.Errorf("the lambda takes %d parameters, the function passes %d", len(l.Params), len(args))
	}
	frame := make(map[string]any, len(l.Params))
	for i, p := range l.Params {
		frame[p] = args[i]
	}
	c.lambda = append(c.lambda, frame)
	defer func() { c.lambda = c.lambda[:len(c.lambda)-1] }()
	return c.Eval(l.Body)
}

func (c *Context) lambdaVar(name string) (any, bool) {
	for i := len(c.lambda) - 1; i >= 0; i-- {
		if v, ok := c.lambda[i][name]; ok {
			return v, true
		}
	}
	return nil, false
}

// TypeName names the ARM type of a value, for messages.
func TypeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64, int:
		return "an integer"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	case *Lambda:
		return "a lambda"
	case unknownT:
		return "an unknown value"
	}
	return fmt.Sprintf("%T", v)
}

func toInt(v any) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case int:
		return int64(v), true
	case float64:
		if v == float64(int64(v)) {
			return int64(v), true
		}
	}
	return 0, false
}

// maxQuote is how much of a value an error message quotes: enough to
// recognise it, not enough to copy a hostile file into the report.
const maxQuote = 60

// Quote renders a value for an error message: quoted, with control
// characters escaped, and cut short when long.
func Quote(v any) string {
	s, ok := v.(string)
	if !ok {
		switch v.(type) {
		case []any, map[string]any, *Lambda:
			return TypeName(v)
		}
		s = fmt.Sprint(v)
	}
	if len(s) > maxQuote {
		return strconv.Quote(s[:cutAt(s, maxQuote)]) + "…"
	}
	return strconv.Quote(s)
}

// short cuts a name for a message, unquoted.
func short(s string) string {
	if len(s) > maxQuote {
		return s[:cutAt(s, maxQuote)] + "…"
	}
	return s
}

// cutAt backs n off to the start of a character.
func cutAt(s string, n int) int {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
