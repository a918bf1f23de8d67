package policies

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/posture-dev/posture/parser"
)

// Terms for the input keys, shared by every input object so they are
// allocated once per process.
var (
	keyID       = ast.StringTerm("id")
	keyAddress  = ast.StringTerm("address")
	keyType     = ast.StringTerm("type")
	keyName     = ast.StringTerm("name")
	keyProvider = ast.StringTerm("provider")
	keyFormat   = ast.StringTerm("format")
	keyResource = ast.StringTerm("resource")
	keyUnknown  = ast.StringTerm("unknown")
	keyPrefix   = ast.StringTerm("unknown_prefix")
	keyNames    = ast.StringTerm("names")
	keyRefs     = ast.StringTerm("refs")
	keyMeta     = ast.StringTerm("meta")
	keyPath     = ast.StringTerm("path")
	keyTarget   = ast.StringTerm("target")
	keyAttr     = ast.StringTerm("attribute")
	keyFile     = ast.StringTerm("file")
	keyDefaults = ast.StringTerm("defaults")
	keyWritten  = ast.StringTerm("written")

	// Keys of a deny element.
	keyMsg      = ast.StringTerm("msg")
	keySeverity = ast.StringTerm("severity")
	keyStatus   = ast.StringTerm("status")
)

// buildInput turns a resource into the policy input object, directly as an
// OPA value: no map[string]any and no JSON round trip (PERFORMANCE.md §1).
// key is the resource's scan-unique id; targets maps each Ref to the key of
// its target.
func buildInput(r *parser.Resource, key string, targets []string, view SourceView) ast.Value {
	unknown := ast.NewObject()
	for _, p := range r.Unknown {
		unknown.Insert(ast.StringTerm(p.String()), ast.BooleanTerm(true))
	}
	prefixes := ast.NewObject()
	for k, v := range r.UnknownPrefix {
		prefixes.Insert(ast.StringTerm(k), ast.StringTerm(v))
	}
	// names, written and defaults exist only for resources whose source
	// attributes were mapped to another shape (azurerm → ARM): they let a
	// message quote what the user wrote, or say that a value is the
	// provider's default.
	names, written, defaults := ast.NewObject(), ast.NewObject(), ast.NewObject()
	for k, v := range r.Names {
		names.Insert(ast.StringTerm(k), ast.StringTerm(v))
		if rg, ok := r.Ranges[k]; ok && view != nil {
			if t := view.Text(rg); t != "" {
				written.Insert(ast.StringTerm(k), ast.StringTerm(t))
			}
		}
	}
	if len(r.Names) > 0 {
		walkLeaves(r.Properties, nil, func(p parser.Path) {
			if _, ok := r.Ranges[p.String()]; !ok {
				defaults.Insert(ast.StringTerm(p.String()), ast.BooleanTerm(true))
			}
		})
	}
	refs := make([]*ast.Term, 0, len(r.Refs))
	for i, ref := range r.Refs {
		refs = append(refs, ast.ObjectTerm(
			[2]*ast.Term{keyPath, ast.StringTerm(ref.Path.String())},
			[2]*ast.Term{keyTarget, ast.StringTerm(targets[i])},
			[2]*ast.Term{keyAttr, ast.StringTerm(ref.Attribute)},
		))
	}
	meta := ast.NewObject()
	for k, v := range r.Meta {
		meta.Insert(ast.StringTerm(k), ast.StringTerm(v))
	}
	file := r.Range.File
	if view != nil {
		file = view.Path(file)
	}
	return ast.NewObject(
		[2]*ast.Term{keyID, ast.StringTerm(key)},
		[2]*ast.Term{keyAddress, ast.StringTerm(r.ID)},
		[2]*ast.Term{keyType, ast.StringTerm(r.Type)},
		[2]*ast.Term{keyName, ast.StringTerm(r.Name)},
		[2]*ast.Term{keyProvider, ast.StringTerm(string(r.Provider))},
		[2]*ast.Term{keyFormat, ast.StringTerm(string(r.Format))},
		[2]*ast.Term{keyFile, ast.StringTerm(file)},
		[2]*ast.Term{keyResource, ast.NewTerm(toValue(r.Properties, 0))},
		[2]*ast.Term{keyUnknown, ast.NewTerm(unknown)},
		[2]*ast.Term{keyPrefix, ast.NewTerm(prefixes)},
		[2]*ast.Term{keyNames, ast.NewTerm(names)},
		[2]*ast.Term{keyWritten, ast.NewTerm(written)},
		[2]*ast.Term{keyDefaults, ast.NewTerm(defaults)},
		[2]*ast.Term{keyRefs, ast.ArrayTerm(refs...)},
		[2]*ast.Term{keyMeta, ast.NewTerm(meta)},
	)
}

// walkLeaves calls f with the path of every scalar in v.
func walkLeaves(v any, p parser.Path, f func(parser.Path)) {
	if len(p) > maxDepth {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		for k, e := range t {
			walkLeaves(e, p.Key(k), f)
		}
	case []any:
		for i, e := range t {
			walkLeaves(e, p.Key(i), f)
		}
	default:
		f(p)
	}
}

// maxDepth bounds the conversion of pathological trees; parsers already
// bound their nesting, so this only guards the engine against a bug.
const maxDepth = 256

// toValue converts the JSON-like model values to OPA values.
func toValue(v any, depth int) ast.Value {
	if depth > maxDepth {
		return ast.Null{}
	}
	switch t := v.(type) {
	case nil:
		return ast.Null{}
	case string:
		return ast.String(t)
	case bool:
		return ast.Boolean(t)
	case int:
		return ast.Number(strconv.Itoa(t))
	case int64:
		return ast.Number(strconv.FormatInt(t, 10))
	case float64:
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return ast.Null{}
		}
		return ast.Number(strconv.FormatFloat(t, 'g', -1, 64))
	case json.Number:
		return ast.Number(t)
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		// Sorted insertion keeps object construction deterministic, which
		// keeps fingerprints of rendered values and test output stable.
		sort.Strings(keys)
		obj := ast.NewObject()
		for _, k := range keys {
			obj.Insert(ast.StringTerm(k), ast.NewTerm(toValue(t[k], depth+1)))
		}
		return obj
	case []any:
		terms := make([]*ast.Term, len(t))
		for i, e := range t {
			terms[i] = ast.NewTerm(toValue(e, depth+1))
		}
		return ast.NewArray(terms...)
	case []string:
		terms := make([]*ast.Term, len(t))
		for i, e := range t {
			terms[i] = ast.StringTerm(e)
		}
		return ast.NewArray(terms...)
	default:
		return ast.String(fmt.Sprint(t))
	}
}

// inputFile returns the file an input names.
func inputFile(in ast.Value) string {
	if o, ok := in.(ast.Object); ok {
		if t := o.Get(keyFile); t != nil {
			if s, ok := t.Value.(ast.String); ok {
				return string(s)
			}
		}
	}
	return ""
}
