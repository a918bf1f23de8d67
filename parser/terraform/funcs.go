package terraform

import (
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// Bounds on what a function may build, so no expression exhausts memory.
const (
	maxStringLen   = 16 << 20
	maxCollection  = 100000
	maxFormatWidth = 10000
)

// pureFuncs are Terraform's built-in functions that do not touch files.
var pureFuncs = map[string]function.Function{
	"abs": stdlib.AbsoluteFunc, "ceil": stdlib.CeilFunc, "floor": stdlib.FloorFunc,
	"log": stdlib.LogFunc, "max": stdlib.MaxFunc, "min": stdlib.MinFunc,
	"parseint": stdlib.ParseIntFunc, "pow": stdlib.PowFunc, "signum": stdlib.SignumFunc,

	"chomp": stdlib.ChompFunc, "format": guardFormat(stdlib.FormatFunc), "formatlist": guardFormat(stdlib.FormatListFunc),
	"indent": stdlib.IndentFunc, "join": stdlib.JoinFunc, "lower": stdlib.LowerFunc,
	"regex": stdlib.RegexFunc, "regexall": stdlib.RegexAllFunc, "replace": replaceFunc,
	"split": stdlib.SplitFunc, "strrev": stdlib.ReverseFunc, "substr": stdlib.SubstrFunc,
	"title": stdlib.TitleFunc, "trim": stdlib.TrimFunc, "trimprefix": stdlib.TrimPrefixFunc,
	"trimsuffix": stdlib.TrimSuffixFunc, "trimspace": stdlib.TrimSpaceFunc, "upper": stdlib.UpperFunc,
	"startswith": strPredicate(strings.HasPrefix), "endswith": strPredicate(strings.HasSuffix),
	"strcontains": strPredicate(strings.Contains),

	"alltrue": boolReduce(true), "anytrue": boolReduce(false),
	"chunklist": stdlib.ChunklistFunc, "coalesce": coalesceFunc, "coalescelist": stdlib.CoalesceListFunc,
	"compact": stdlib.CompactFunc, "concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc,
	"distinct": stdlib.DistinctFunc, "element": stdlib.ElementFunc, "flatten": stdlib.FlattenFunc,
	"index": stdlib.IndexFunc, "keys": stdlib.KeysFunc, "length": lengthFunc,
	"lookup": lookupFunc, "merge": stdlib.MergeFunc, "one": oneFunc,
	"range": stdlib.RangeFunc, "reverse": stdlib.ReverseListFunc,
	"setintersection": stdlib.SetIntersectionFunc, "setproduct": guardSetProduct(stdlib.SetProductFunc),
	"setsubtract": stdlib.SetSubtractFunc, "setunion": stdlib.SetUnionFunc, "slice": stdlib.SliceFunc,
	"sort": stdlib.SortFunc, "sum": sumFunc, "transpose": transposeFunc, "values": stdlib.ValuesFunc,
	"zipmap": stdlib.ZipmapFunc, "matchkeys": matchkeysFunc,

	"base64decode": strFunc(func(s string) (string, error) {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return "", fmt.Errorf("invalid base64: %w", err)
		}
		if !utf8.Valid(b) {
			return "", fmt.Errorf("the decoded bytes are not UTF-8; use filebase64 for binary data")
		}
		return string(b), nil
	}),
	"base64encode": strFunc(func(s string) (string, error) { return base64.StdEncoding.EncodeToString([]byte(s)), nil }),
	"base64gzip": strFunc(func(s string) (string, error) {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		_, _ = w.Write([]byte(s))
		_ = w.Close()
		return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
	}),
	"textencodebase64": unknownFunc(cty.String, 2), "textdecodebase64": unknownFunc(cty.String, 2),
	"csvdecode": stdlib.CSVDecodeFunc, "jsondecode": stdlib.JSONDecodeFunc, "jsonencode": jsonEncodeFunc,
	"urlencode":  strFunc(func(s string) (string, error) { return url.QueryEscape(s), nil }),
	"yamldecode": yamlDecodeFunc, "yamlencode": yamlEncodeFunc,

	"formatdate": stdlib.FormatDateFunc, "timeadd": stdlib.TimeAddFunc,
	"timestamp": unknownFunc(cty.String, 0), "plantimestamp": unknownFunc(cty.String, 0),
	"timecmp": unknownFunc(cty.Number, 2),

	"md5": hashFunc(md5.New), "sha1": hashFunc(sha1.New), "sha256": hashFunc(sha256.New), "sha512": hashFunc(sha512.New),
	"base64sha256": b64HashFunc(sha256.New), "base64sha512": b64HashFunc(sha512.New),
	"bcrypt": unknownVariadic(cty.String), "uuid": unknownFunc(cty.String, 0), "uuidv5": unknownFunc(cty.String, 2),
	"rsadecrypt": unknownFunc(cty.String, 2),

	"cidrhost": cidrHostFunc, "cidrnetmask": cidrNetmaskFunc, "cidrsubnet": cidrSubnetFunc, "cidrsubnets": cidrSubnetsFunc,

	"can": tryfunc.CanFunc, "try": tryfunc.TryFunc,
	"tobool": stdlib.MakeToFunc(cty.Bool), "tonumber": stdlib.MakeToFunc(cty.Number),
	"tostring": stdlib.MakeToFunc(cty.String), "tolist": stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
	"toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), "tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
	"sensitive": identityFunc, "nonsensitive": identityFunc, "ephemeralasnull": identityFunc,
	"issensitive": constFunc(cty.False),
	"abspath":     strFunc(func(s string) (string, error) { return path.Clean(s), nil }),
	"dirname":     strFunc(func(s string) (string, error) { return path.Dir(s), nil }),
	"basename":    strFunc(func(s string) (string, error) { return path.Base(s), nil }),
	"pathexpand":  strFunc(func(s string) (string, error) { return s, nil }),
}

// functions returns the function table of a unit: the pure ones, plus the
// file functions confined to the scan root. Provider-defined functions are
// unknown rather than errors: their results need the provider.
func (st *state) functions() map[string]function.Function {
	fns := make(map[string]function.Function, len(pureFuncs)+8)
	for n, f := range pureFuncs {
		fns[n] = f
	}
	fns["file"] = st.fileFunc(func(b []byte) (cty.Value, error) {
		if !utf8.Valid(b) {
			return cty.NilVal, fmt.Errorf("the file is not UTF-8 text; use filebase64 for binary files")
		}
		return cty.StringVal(string(b)), nil
	})
	fns["filebase64"] = st.fileFunc(func(b []byte) (cty.Value, error) {
		return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
	})
	for n, h := range map[string]func() hash.Hash{"filemd5": md5.New, "filesha1": sha1.New, "filesha256": sha256.New, "filesha512": sha512.New} {
		h := h
		fns[n] = st.fileFunc(func(b []byte) (cty.Value, error) {
			s := h()
			s.Write(b)
			return cty.StringVal(hex.EncodeToString(s.Sum(nil))), nil
		})
	}
	for n, h := range map[string]func() hash.Hash{"filebase64sha256": sha256.New, "filebase64sha512": sha512.New} {
		h := h
		fns[n] = st.fileFunc(func(b []byte) (cty.Value, error) {
			s := h()
			s.Write(b)
			return cty.StringVal(base64.StdEncoding.EncodeToString(s.Sum(nil))), nil
		})
	}
	fns["fileexists"] = function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			name, err := st.scanPath(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			info, err := fs.Stat(st.src, name)
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				// A link out of the scan, a file that cannot be read:
				// whether it exists is not the scan's to know.
				return cty.NilVal, fmt.Errorf("cannot read %q: %w", args[0].AsString(), err)
			}
			return cty.BoolVal(err == nil && !info.IsDir()), nil
		},
	})
	fns["fileset"] = function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}, {Name: "pattern", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Set(cty.String)),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			base, err := st.scanPath(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			// Patterns are relative to the path; one leading out of it
			// could lead out of the scan.
			pattern := path.Join(base, args[1].AsString())
			if path.IsAbs(args[1].AsString()) || pattern == ".." || strings.HasPrefix(pattern, "../") ||
				base != "." && !strings.HasPrefix(pattern, base+"/") {
				return cty.NilVal, fmt.Errorf("the pattern %q leads outside %q, maybe outside the scanned directory; only files inside it are listed", args[1].AsString(), args[0].AsString())
			}
			matches, err := fs.Glob(st.src, pattern)
			if err != nil {
				return cty.NilVal, fmt.Errorf("invalid pattern: %w", err)
			}
			var out []cty.Value
			for _, m := range matches {
				if info, err := fs.Stat(st.src, m); err == nil && !info.IsDir() {
					out = append(out, cty.StringVal(strings.TrimPrefix(strings.TrimPrefix(m, base), "/")))
				}
			}
			if len(out) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			return cty.SetVal(out), nil
		},
	})
	fns["templatefile"] = st.templateFileFunc(fns)
	fns["templatestring"] = unknownFunc(cty.String, 2)
	for n, f := range fns {
		fns[n] = st.guard(n, f)
	}
	fns[chargeFunc] = st.chargeFunction()
	return fns
}

// scanPath resolves a path used in configuration against the root module
// (Terraform's working directory) and refuses anything outside the scan.
func (st *state) scanPath(p string) (string, error) {
	if path.IsAbs(p) || strings.HasPrefix(p, "~") {
		return "", fmt.Errorf("%q is an absolute path; only files inside the scanned directory are read", p)
	}
	name := path.Join(st.rootDir, p)
	if name == ".." || strings.HasPrefix(name, "../") {
		return "", fmt.Errorf("%q lies outside the scanned directory; scan a directory that contains it", p)
	}
	return name, nil
}

func (st *state) readScanFile(p string) ([]byte, error) {
	name, err := st.scanPath(p)
	if err != nil {
		return nil, err
	}
	b, err := st.src.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %q: %w", p, err)
	}
	return b, nil
}

func (st *state) fileFunc(conv func([]byte) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			b, err := st.readScanFile(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			return conv(b)
		},
	})
}

// templateFileFunc renders a template file with the given variables and the
// unit's functions, except templatefile itself: Terraform forbids the
// recursion, and it could otherwise never end.
func (st *state) templateFileFunc(fns map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}, {Name: "vars", Type: cty.DynamicPseudoType}},
		Type:   function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			b, err := st.readScanFile(p)
			if err != nil {
				return cty.NilVal, err
			}
			vars := args[1]
			if !vars.IsWhollyKnown() {
				return cty.DynamicVal, nil
			}
			if vars.IsNull() || !(vars.Type().IsObjectType() || vars.Type().IsMapType()) {
				return cty.NilVal, fmt.Errorf("the second argument must be a map or object of template variables")
			}
			if e := checkTemplateNesting(p, b, hcl.InitialPos); e != nil {
				return cty.NilVal, e
			}
			expr, diags := hclsyntax.ParseTemplate(b, p, hcl.InitialPos)
			if diags.HasErrors() {
				return cty.NilVal, fmt.Errorf("template %s: %s", p, diags.Error())
			}
			chargeTemplates(expr)
			if c := cost(expr, vars.AsValueMap()); c > float64(min(maxIterations, st.iterations)) {
				return cty.NilVal, fmt.Errorf("the %%{for} directives of template %s could iterate more than %d times", p, min(maxIterations, st.iterations))
			} else {
				st.iterations -= int(c)
			}
			inner := make(map[string]function.Function, len(fns))
			for n, f := range fns {
				if n != "templatefile" {
					inner[n] = f
				}
			}
			ctx := &hcl.EvalContext{Variables: vars.AsValueMap(), Functions: inner}
			v, diags := expr.Value(ctx)
			if diags.HasErrors() {
				return cty.NilVal, fmt.Errorf("template %s: %s", p, diags.Error())
			}
			return v, nil
		},
	})
}

func strFunc(f func(string) (string, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			s, err := f(args[0].AsString())
			if err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(s), nil
		},
	})
}

func strPredicate(f func(s, sub string) bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(f(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

// unknownFunc stands for a function whose result depends on the time of
// apply, randomness or a secret: its result is always unknown.
func unknownFunc(ret cty.Type, nargs int) function.Function {
	params := make([]function.Parameter, nargs)
	for i := range params {
		params[i] = function.Parameter{Name: fmt.Sprintf("arg%d", i), Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true}
	}
	return function.New(&function.Spec{
		Params: params,
		Type:   function.StaticReturnType(ret),
		Impl:   func([]cty.Value, cty.Type) (cty.Value, error) { return cty.UnknownVal(ret), nil },
	})
}

func unknownVariadic(ret cty.Type) function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true},
		Type:     function.StaticReturnType(ret),
		Impl:     func([]cty.Value, cty.Type) (cty.Value, error) { return cty.UnknownVal(ret), nil },
	})
}

func constFunc(v cty.Value) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowMarked: true}},
		Type:   function.StaticReturnType(v.Type()),
		Impl:   func([]cty.Value, cty.Type) (cty.Value, error) { return v, nil },
	})
}

var identityFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowMarked: true, AllowDynamicType: true}},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl:   func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
})

// replaceFunc is Terraform's replace: a substring, or a regular expression
// when the search string is wrapped in slashes.
var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}, {Name: "replace", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		s, sub, rep := args[0].AsString(), args[1].AsString(), args[2].AsString()
		if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' {
			re, err := regexp.Compile(sub[1 : len(sub)-1])
			if err != nil {
				return cty.NilVal, fmt.Errorf("invalid regular expression: %w", err)
			}
			out := re.ReplaceAllString(s, rep)
			if len(out) > maxStringLen {
				return cty.NilVal, fmt.Errorf("result is longer than %d bytes", maxStringLen)
			}
			return cty.StringVal(out), nil
		}
		if sub != "" && strings.Count(s, sub)*len(rep) > maxStringLen {
			return cty.NilVal, fmt.Errorf("result is longer than %d bytes", maxStringLen)
		}
		return cty.StringVal(strings.ReplaceAll(s, sub, rep)), nil
	},
})

// guardFormat refuses widths and precisions that would build huge strings
// (format("%999999999d", 1)).
func guardFormat(f function.Function) function.Function {
	return function.New(&function.Spec{
		Params:   []function.Parameter{{Name: "format", Type: cty.String}},
		VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true},
		Type: func(args []cty.Value) (cty.Type, error) {
			return f.ReturnType(typesOf(args))
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if err := checkFormatWidth(args[0].AsString()); err != nil {
				return cty.NilVal, err
			}
			return f.Call(args)
		},
	})
}

var widthRe = regexp.MustCompile(`%[-+# 0]*(\d+)?(?:\.(\d+))?`)

func checkFormatWidth(s string) error {
	for _, m := range widthRe.FindAllStringSubmatch(s, -1) {
		for _, n := range m[1:] {
			if len(n) > 5 || n != "" && atoi(n) > maxFormatWidth {
				return fmt.Errorf("format width %s is larger than %d", n, maxFormatWidth)
			}
		}
	}
	return nil
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func typesOf(args []cty.Value) []cty.Type {
	tys := make([]cty.Type, len(args))
	for i, a := range args {
		tys[i] = a.Type()
	}
	return tys
}

// guardSetProduct refuses products that would have more than maxCollection
// elements.
func guardSetProduct(f function.Function) function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "sets", Type: cty.DynamicPseudoType},
		Type: func(args []cty.Value) (cty.Type, error) {
			return f.ReturnType(typesOf(args))
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			n := 1
			for _, a := range args {
				if a.IsKnown() && !a.IsNull() && a.CanIterateElements() {
					n *= max(a.LengthInt(), 1)
					if n > maxCollection {
						return cty.NilVal, fmt.Errorf("the product would have more than %d elements", maxCollection)
					}
				}
			}
			return f.Call(args)
		},
	})
}

// lengthFunc is Terraform's length: also counts the characters of a string.
var lengthFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowDynamicType: true, AllowUnknown: true, AllowMarked: true}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if ty == cty.String || ty == cty.DynamicPseudoType || ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType() {
			return cty.Number, nil
		}
		return cty.NilType, fmt.Errorf("argument must be a string, a collection type, or a structural type")
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v, marks := args[0].Unmark()
		if !v.IsKnown() || v.Type() == cty.DynamicPseudoType {
			return cty.UnknownVal(cty.Number).WithMarks(marks), nil
		}
		if v.IsNull() {
			return cty.NilVal, fmt.Errorf("argument must not be null")
		}
		if v.Type() == cty.String {
			return stdlib.Strlen(v)
		}
		if v.Type().IsObjectType() {
			return cty.NumberIntVal(int64(len(v.Type().AttributeTypes()))).WithMarks(marks), nil
		}
		if v.Type().IsTupleType() {
			return cty.NumberIntVal(int64(v.Type().Length())).WithMarks(marks), nil
		}
		return v.Length().WithMarks(marks), nil
	},
})

// coalesceFunc is Terraform's coalesce, which also skips empty strings.
var coalesceFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "vals", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		return stdlib.CoalesceFunc.ReturnType(typesOf(args))
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		for _, a := range args {
			v, err := convertTo(a, ret)
			if err != nil {
				return cty.NilVal, err
			}
			if !v.IsKnown() {
				return cty.UnknownVal(ret), nil
			}
			if v.IsNull() || v.Type() == cty.String && v.AsString() == "" {
				continue
			}
			return v, nil
		}
		return cty.NilVal, fmt.Errorf("no non-null, non-empty-string arguments")
	},
})

// lookupFunc is Terraform's lookup: the default is optional and may be null.
var lookupFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType, AllowMarked: true},
		{Name: "key", Type: cty.String, AllowMarked: true},
	},
	VarParam: &function.Parameter{Name: "default", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowMarked: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) > 3 {
			return cty.NilType, fmt.Errorf("lookup takes at most three arguments")
		}
		ty := args[0].Type()
		if ty.IsMapType() {
			return ty.ElementType(), nil
		}
		return cty.DynamicPseudoType, nil
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		m, _ := args[0].Unmark()
		k, _ := args[1].Unmark()
		if m.IsNull() {
			return cty.NilVal, fmt.Errorf("lookup on a null map")
		}
		if !m.Type().IsMapType() && !m.Type().IsObjectType() {
			return cty.NilVal, fmt.Errorf("the first argument must be a map or an object")
		}
		key := k.AsString()
		if m.Type().IsObjectType() {
			if m.Type().HasAttribute(key) {
				return m.GetAttr(key), nil
			}
		} else if v := m.Index(k); m.HasIndex(k).True() {
			return v, nil
		}
		if len(args) == 3 {
			if ret == cty.DynamicPseudoType {
				return args[2], nil
			}
			return convertTo(args[2], ret)
		}
		return cty.NilVal, fmt.Errorf("the map has no element for the key %q and no default was given", key)
	},
})

var oneFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		switch {
		case ty.IsListType() || ty.IsSetType():
			return ty.ElementType(), nil
		case ty.IsTupleType():
			if n := len(ty.TupleElementTypes()); n == 0 {
				return cty.DynamicPseudoType, nil
			} else if n == 1 {
				return ty.TupleElementTypes()[0], nil
			}
			return cty.NilType, fmt.Errorf("must be a list, set, or tuple value with either zero or one elements")
		}
		return cty.NilType, fmt.Errorf("must be a list, set, or tuple value with either zero or one elements")
	},
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		v := args[0]
		if v.IsNull() || v.LengthInt() == 0 {
			return cty.NullVal(ret), nil
		}
		if v.LengthInt() > 1 {
			return cty.NilVal, fmt.Errorf("must be a list, set, or tuple value with either zero or one elements")
		}
		it := v.ElementIterator()
		it.Next()
		_, el := it.Element()
		return el, nil
	},
})

var sumFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if !v.CanIterateElements() || v.LengthInt() == 0 {
			return cty.NilVal, fmt.Errorf("cannot sum an empty list or a value that is not a collection")
		}
		total := cty.Zero
		for it := v.ElementIterator(); it.Next(); {
			_, el := it.Element()
			n, err := convertTo(el, cty.Number)
			if err != nil || n.IsNull() {
				return cty.NilVal, fmt.Errorf("sum needs numbers")
			}
			if !n.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			total = total.Add(n)
		}
		return total, nil
	},
})

func boolReduce(all bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			unknown := false
			for it := args[0].ElementIterator(); it.Next(); {
				_, el := it.Element()
				switch {
				case !el.IsKnown():
					unknown = true
				case el.IsNull():
				case el.True() != all:
					return cty.BoolVal(!all), nil
				}
			}
			if unknown {
				return cty.UnknownVal(cty.Bool), nil
			}
			return cty.BoolVal(all), nil
		},
	})
}

var transposeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "values", Type: cty.Map(cty.List(cty.String))}},
	Type:   function.StaticReturnType(cty.Map(cty.List(cty.String))),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		out := map[string][]cty.Value{}
		for it := args[0].ElementIterator(); it.Next(); {
			k, list := it.Element()
			if list.IsNull() {
				continue
			}
			for lit := list.ElementIterator(); lit.Next(); {
				_, v := lit.Element()
				if v.IsNull() {
					return cty.NilVal, fmt.Errorf("transpose: null values are not allowed")
				}
				out[v.AsString()] = append(out[v.AsString()], k)
			}
		}
		if len(out) == 0 {
			return cty.MapValEmpty(cty.List(cty.String)), nil
		}
		m := make(map[string]cty.Value, len(out))
		for k, vs := range out {
			m[k] = cty.ListVal(vs)
		}
		return cty.MapVal(m), nil
	},
})

var matchkeysFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "values", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "keys", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "searchset", Type: cty.List(cty.DynamicPseudoType)},
	},
	Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, ret cty.Type) (cty.Value, error) {
		vals, keys, search := args[0].AsValueSlice(), args[1].AsValueSlice(), args[2].AsValueSlice()
		if len(vals) != len(keys) {
			return cty.NilVal, fmt.Errorf("length of keys and values should be equal")
		}
		var out []cty.Value
		for i, k := range keys {
			for _, s := range search {
				if eq := k.Equals(s); eq.IsKnown() && eq.True() {
					out = append(out, vals[i])
					break
				}
			}
		}
		if len(out) == 0 {
			return cty.ListValEmpty(ret.ElementType()), nil
		}
		return cty.ListVal(out), nil
	},
})

func hashFunc(h func() hash.Hash) function.Function {
	return strFunc(func(s string) (string, error) {
		x := h()
		x.Write([]byte(s))
		return hex.EncodeToString(x.Sum(nil)), nil
	})
}

func b64HashFunc(h func() hash.Hash) function.Function {
	return strFunc(func(s string) (string, error) {
		x := h()
		x.Write([]byte(s))
		return base64.StdEncoding.EncodeToString(x.Sum(nil)), nil
	})
}

// sortedStrings is used by tests and yamlencode for stable output.
func sortedStrings(m map[string]cty.Value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
