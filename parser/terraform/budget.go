package terraform

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Bounds on the values one unit (a root module and every module it calls,
// at any depth) may build. A value weighs about what it takes in memory:
// valueWeight per value in it plus the bytes of its strings, counted as
// often as they occur: a list holding one string twice weighs the string
// twice, because converting it to the model or encoding it copies it
// twice. Doubling a string through a chain
// of locals, a for expression or a function reaches these bounds after a
// few dozen steps, long before memory runs out; the real configurations of
// the corpus weigh at most 0.7 MB per unit.
const (
	maxValueWeight = maxStringLen // one value
	unitWeight     = 64 << 20     // everything a unit evaluates
	// maxValueDepth bounds how deeply values nest: every walk over them
	// (cty's own included) is recursive. Configurations nest a few levels.
	maxValueDepth = 128
	// maxBlocks bounds the resource, data, module and dynamic block
	// instances of a unit: dynamic blocks nested in dynamic blocks and
	// counted module calls multiply. The corpus needs at most 228.
	maxBlocks = 100_000
	// valueWeight is what one cty value and its model counterpart take.
	valueWeight = 64
	// maxTupleLength bounds tuples (what for expressions, literals and
	// jsondecode build), as cty converts a tuple to a list or set in
	// time that grows with the square of its length.
	maxTupleLength = 10000
	// unitSteps bounds the function calls of a unit, counted with the
	// elements the slower ones go through (a comparison of cty values
	// takes up to a microsecond): a few seconds of work. The corpus needs
	// at most 1,744.
	unitSteps = 2_000_000
)

// weigh returns the weight of v, counting no further than limit, and
// whether v nests deeper than maxValueDepth.
func weigh(v cty.Value, limit int) (int, bool) {
	w := 0
	deep := weighInto(v, limit, 0, &w)
	return w, deep
}

func weighInto(v cty.Value, limit, depth int, w *int) bool {
	if depth > maxValueDepth {
		return true
	}
	*w += valueWeight
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		*w += len(v.AsString())
	case ty.IsCapsuleType():
	case ty.IsTupleType() && v.LengthInt() > maxTupleLength:
		*w += limit + 1
	case v.CanIterateElements():
		for it := v.ElementIterator(); it.Next() && *w <= limit; {
			k, el := it.Element()
			if ty.IsMapType() || ty.IsObjectType() {
				*w += len(k.AsString())
			}
			if weighInto(el, limit, depth+1, w) {
				return true
			}
		}
	}
	return false
}

// overBudget is the error of a function whose arguments or result would
// pass the bounds above; eval reports it at the expression.
type overBudget struct{ what string }

func (e *overBudget) Error() string { return e.what }

// charge counts a value built while evaluating the unit. It fails when the
// value alone, or the unit in all, would pass the bounds.
func (st *state) charge(v cty.Value) error {
	w, deep := weigh(v, min(maxValueWeight, st.weightLeft)+1)
	return st.chargeWeight(w, deep)
}

func (st *state) chargeWeight(w int, deep bool) error {
	switch {
	case deep:
		return &overBudget{fmt.Sprintf("the value nests more than %d levels deep", maxValueDepth)}
	case w > maxValueWeight:
		return &overBudget{fmt.Sprintf("the value would be larger than %d MiB or hold a list of more than %d elements", maxValueWeight>>20, maxTupleLength)}
	case w > st.weightLeft:
		st.weightLeft = 0
		return &overBudget{fmt.Sprintf("the values evaluated for this module and the modules it calls would pass %d MiB", unitWeight>>20)}
	}
	st.weightLeft -= w
	return nil
}

// selectors are functions whose result is a part of an argument, a scalar
// or a small value: they build nothing in proportion to their arguments,
// so their arguments are not weighed (lookup in a large map inside a for
// expression would weigh the map at every step). try and can take
// expressions, not values.
var selectors = map[string]bool{
	"lookup": true, "element": true, "index": true, "contains": true, "length": true, "one": true,
	"can": true, "try": true, "coalesce": true, "alltrue": true, "anytrue": true, "sum": true,
	"min": true, "max": true, "abs": true, "ceil": true, "floor": true, "log": true, "pow": true,
	"signum": true, "parseint": true, "startswith": true, "endswith": true, "strcontains": true,
	"sensitive": true, "nonsensitive": true, "issensitive": true, "ephemeralasnull": true,
	"tobool": true, "tonumber": true, "file": true, "fileexists": true, "filebase64": true,
	"filemd5": true, "filesha1": true, "filesha256": true, "filesha512": true,
	"filebase64sha256": true, "filebase64sha512": true, "fileset": true,
	"cidrhost": true, "cidrnetmask": true, "cidrsubnet": true, "timeadd": true, "formatdate": true,
	"md5": true, "sha1": true, "sha256": true, "sha512": true, "base64sha256": true, "base64sha512": true,
}

// guard wraps a function of the unit: its arguments are weighed before it
// runs (with what the function may multiply them by), its result is
// charged after. HCL converts arguments to the parameter types of the
// function it is given, so the wrapper keeps them.
func (st *state) guard(name string, f function.Function) function.Function {
	if name == "try" || name == "can" {
		return f
	}
	params := f.Params()
	spec := &function.Spec{
		Params:   params,
		VarParam: f.VarParam(),
		// The bounds are checked by the type function: HCL calls it first,
		// and some functions do their work there already (jsondecode
		// decodes its argument to know what it returns).
		Type: func(args []cty.Value) (cty.Type, error) {
			if err := st.step(name, params, args); err != nil {
				return cty.NilType, err
			}
			if !selectors[name] {
				if err := st.preCheck(name, args); err != nil {
					return cty.NilType, err
				}
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, err := f.Call(args)
			if err != nil {
				return v, err
			}
			if !selectors[name] {
				if err := st.charge(v); err != nil {
					return cty.NilVal, err
				}
			}
			return v, nil
		},
	}
	return function.New(spec)
}

// step counts the time a call takes against the unit's budget of steps.
// A function runs to its end once called, and functions run inside for
// expressions, where nothing else is counted: contains(local.list, x)
// over the same list is quadratic, distinct alone is.
func (st *state) step(name string, params []function.Parameter, args []cty.Value) error {
	n := 1
	for i, p := range params {
		// HCL converted a tuple given for a list or set of any type by
		// comparing the type of every element with every other (cty's
		// unify), before this function could count anything: the next
		// call pays.
		if i < len(args) && (p.Type.IsListType() || p.Type.IsSetType()) && p.Type.ElementType() == cty.DynamicPseudoType {
			l := lengthOf(args[i])
			n += l * l / 64
		}
	}
	switch name {
	case "contains", "index", "coalescelist", "sort", "reverse", "slice", "keys", "values", "sum", "alltrue", "anytrue":
		n += lengthOf(args[0])
	case "distinct":
		l := lengthOf(args[0])
		n += l * l / 2
	case "matchkeys":
		n += lengthOf(args[1]) * lengthOf(args[2])
	}
	if n > st.stepsLeft || n < 0 {
		st.stepsLeft = 0
		st.weightLeft = 0 // evaluation stops
		return &overBudget{fmt.Sprintf("the functions called for this module and the modules it calls would take more than %d steps", unitSteps)}
	}
	st.stepsLeft -= n
	return nil
}

// preCheck refuses a call whose result could pass the value bound: the
// weight of its arguments, times what the function may repeat them.
func (st *state) preCheck(name string, args []cty.Value) error {
	limit := min(maxValueWeight, st.weightLeft)
	total := 0
	weights := make([]int, len(args))
	for i, a := range args {
		w, deep := weigh(a, limit+1)
		if deep {
			return st.chargeWeight(0, true)
		}
		weights[i] = w
		total += w
		if total > limit {
			return st.chargeWeight(total, false)
		}
	}
	bound := total
	switch name {
	case "join":
		// The separator comes between every two elements.
		if len(args) > 1 {
			n := 0
			for _, a := range args[1:] {
				n += lengthOf(a)
			}
			bound += n * weights[0]
		}
	case "indent":
		// The indentation is repeated on every line.
		if n, ok := intOf(args[0]); ok && args[1].IsKnown() && !args[1].IsNull() {
			bound += n * (strings.Count(args[1].AsString(), "\n") + 1)
		}
	case "format":
		// A verb may repeat any argument ("%[1]s%[1]s"), and pad it.
		verbs := strings.Count(stringOf(args[0]), "%")
		bound += verbs * (total + maxFormatWidth)
	case "formatlist":
		n := 1
		for _, a := range args[1:] {
			n = max(n, lengthOf(a))
		}
		verbs := strings.Count(stringOf(args[0]), "%")
		bound += n * (weights[0] + verbs*maxFormatWidth)
	case "replace":
		// Every match may become the replacement, which may repeat it ($1$1).
		bound += (len(stringOf(args[0])) + 1) * weights[2]
	case "regexall":
		// Every match yields its capture groups.
		bound += (len(stringOf(args[1])) + 1) * (strings.Count(stringOf(args[0]), "(") + 1) * valueWeight
	case "base64encode", "base64gzip", "urlencode", "jsonencode", "yamlencode":
		bound *= 4
	case "jsondecode":
		// cty decodes JSON recursively. Every value but the first follows
		// a comma, a colon or an opening bracket.
		src := stringOf(args[0])
		if jsonDepth(src) > maxValueDepth {
			return st.chargeWeight(0, true)
		}
		bound += countAny(src, ",:[{") * valueWeight
	case "yamldecode":
		src := stringOf(args[0])
		bound += countAny(src, ",:[{-\n") * valueWeight
	case "csvdecode":
		// Every row is an object with every column.
		src := stringOf(args[0])
		header, _, _ := strings.Cut(src, "\n")
		bound += (strings.Count(src, "\n") + 1) * (strings.Count(header, ",") + 1) * valueWeight
	case "split":
		sep, str := stringOf(args[0]), stringOf(args[1])
		bound += (len(str)/max(len(sep), 1) + 1) * valueWeight
	}
	if bound > limit || bound < 0 {
		return st.chargeWeight(max(bound, limit+1), false)
	}
	return nil
}

func lengthOf(v cty.Value) int {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() {
		return 0
	}
	return v.LengthInt()
}

func stringOf(v cty.Value) string {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return ""
	}
	return v.AsString()
}

func intOf(v cty.Value) (int, bool) {
	v, _ = v.Unmark()
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.Number {
		return 0, false
	}
	f, _ := v.AsBigFloat().Float64()
	if f < 0 {
		return 0, true
	}
	if f > maxValueWeight {
		return maxValueWeight + 1, true
	}
	return int(f), true
}

// chargeFunc is the function that template parts are routed through
// (chargeTemplates): it passes its argument on unchanged, once it is
// charged. Its name cannot be written in configuration.
const chargeFunc = "~charge"

func (st *state) chargeFunction() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType,
			AllowUnknown: true, AllowNull: true, AllowMarked: true, AllowDynamicType: true}},
		Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if err := st.charge(args[0]); err != nil {
				return cty.NilVal, err
			}
			return args[0], nil
		},
	})
}

// chargeTemplates routes the interpolated parts of every template in node
// through chargeFunc. A template concatenates its parts in one go: "${a}${a}"
// repeated is how a string is doubled, and without this the concatenation
// would be built before its size could be known. Parts without references
// are as long as the source, and function calls charge their own results.
func chargeTemplates(node hclsyntax.Node) {
	_ = hclsyntax.VisitAll(node, func(n hclsyntax.Node) hcl.Diagnostics {
		t, ok := n.(*hclsyntax.TemplateExpr)
		if !ok {
			return nil
		}
		for i, p := range t.Parts {
			if _, call := p.(*hclsyntax.FunctionCallExpr); call || len(p.Variables()) == 0 {
				continue
			}
			r := p.Range()
			t.Parts[i] = &hclsyntax.FunctionCallExpr{Name: chargeFunc, Args: []hclsyntax.Expression{p},
				NameRange: r, OpenParenRange: r, CloseParenRange: r}
		}
		return nil
	})
}

// jsonCost bounds an expression of JSON syntax before it is evaluated.
// HCL parses the templates in its strings only when it evaluates them, so
// they cannot be routed through chargeFunc: each of its template sequences
// is assumed to repeat everything the expression refers to, and each for
// expression to loop over the largest collection it could reach.
func (in *instance) jsonCost(expr hcl.Expression, vars map[string]cty.Value) error {
	if _, native := expr.(hclsyntax.Expression); native {
		return nil
	}
	r := expr.Range()
	src, err := in.st.src.ReadFile(r.Filename)
	if err != nil || r.End.Byte > len(src) || r.Start.Byte >= r.End.Byte {
		return nil
	}
	text := string(src[r.Start.Byte:r.End.Byte])
	seqs := strings.Count(text, "${") + strings.Count(text, "%{")
	if seqs == 0 {
		return nil
	}
	limit := min(maxValueWeight, in.st.weightLeft)
	total := 1
	for _, v := range vars {
		w, deep := weigh(v, limit+1)
		if deep {
			return &overBudget{fmt.Sprintf("the value nests more than %d levels deep", maxValueDepth)}
		}
		total += w
	}
	bound := float64(seqs) * float64(total)
	if loops := strings.Count(text, "for "); loops > 0 {
		size := 1024 // range and cidrsubnets
		budget := 100000
		for _, v := range vars {
			size = max(size, largest(v, true, &budget))
		}
		for range loops {
			bound *= float64(size)
		}
	}
	if bound > float64(limit) {
		return &overBudget{fmt.Sprintf("the templates here could build more than %d MiB", limit>>20)}
	}
	return nil
}

// jsonDepth is how deeply the arrays and objects of a JSON text nest.
func jsonDepth(s string) int {
	depth, deepest := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			depth++
			deepest = max(deepest, depth)
		case ']', '}':
			depth--
		case '"':
			for i++; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' {
					i++
				}
			}
		}
	}
	return deepest
}

// countAny counts the bytes of s that are among chars.
func countAny(s, chars string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(chars, s[i]) >= 0 {
			n++
		}
	}
	return n
}
