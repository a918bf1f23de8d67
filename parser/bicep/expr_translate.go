package bicep

import (
	"strings"
)

// Expressions: a Bicep expression becomes the text of an ARM expression,
// as the compiler writes it.

var binaryFuncs = map[string]string{
	"&&": "and", "||": "or", "==": "equals", "<": "less", "<=": "lessOrEquals",
	">": "greater", ">=": "greaterOrEquals", "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod",
	"??": "coalesce",
}

// symRef recognises a reference to a declared resource or module: sym,
// sym[i], parent::child. idx is the ARM text of the index, or "".
func (ft *fileTr) symRef(e Expr, en env) (*resInfo, string, bool) {
	switch x := e.(type) {
	case *Ident:
		if _, shadowed := en[x.Name]; shadowed {
			return nil, "", false
		}
		if ft.params[x.Name] || ft.vars[x.Name] {
			return nil, "", false
		}
		if ri := ft.res[x.Name]; ri != nil {
			return ri, "", true
		}
		// A nested resource by its own name, from inside its parent.
		var found *resInfo
		for sym, ri := range ft.res {
			if strings.HasSuffix(sym, "::"+x.Name) {
				if found != nil {
					return nil, "", false
				}
				found = ri
			}
		}
		if found != nil {
			return found, "", true
		}
	case *NonNull:
		return ft.symRef(x.X, en)
	case *Paren:
		return ft.symRef(x.X, en)
	case *Index:
		if ri, idx, ok := ft.symRef(x.X, en); ok && idx == "" && ri.loop != nil {
			return ri, ft.ex(x.Index, en), true
		}
	case *ResourceAccess:
		if ri, idx, ok := ft.symRef(x.X, en); ok {
			if c := ft.res[ri.sym+"::"+x.Name.Name]; c != nil {
				return c, idx, true
			}
		}
	}
	return nil, "", false
}

// member is the ARM text of a property of a resource or module.
func (ft *fileTr) member(ri *resInfo, idx, name string) string {
	if ri.module != nil {
		switch name {
		case "name":
			return ft.nameText(ri, idx)
		case "id":
			return ft.idText(ri, idx)
		}
		return ""
	}
	switch name {
	case "name":
		// A child's name is its own segment, not the full name.
		if ri.nameExpr == nil {
			return unknownExpr
		}
		return ft.ex(ri.nameExpr, ft.indexEnv(ri, idx))
	case "id":
		return ft.idText(ri, idx)
	case "type":
		return quote(ri.typ)
	case "apiVersion":
		return quote(ri.version)
	case "properties":
		return ft.refText(ri, idx)
	}
	return ft.refFull(ri, idx) + "." + name
}

// Bounds on the translation of hostile input: expression text is built
// by substitution (a resource's name where its .name is used), so a
// chain of names that each use the previous one twice doubles at each
// step, and a cycle never ends.
const (
	maxExprDepth = 256
	maxExprSteps = 2_000_000
	maxExprText  = 1 << 16
)

func (ft *fileTr) ex(e Expr, en env) string {
	t := ft.t
	t.steps++
	if t.depth >= maxExprDepth || t.steps > maxExprSteps {
		if !t.exhausted && e != nil {
			t.exhausted = true
			ft.warn(e, "the expression is nested or expands too deeply to translate; its value is treated as unknown")
		}
		return unknownExpr
	}
	t.depth++
	out := ft.ex1(e, en)
	t.depth--
	if len(out) > maxExprText {
		return unknownExpr
	}
	return out
}

func (ft *fileTr) ex1(e Expr, en env) string {
	switch x := e.(type) {
	case nil:
		return unknownExpr
	case *Ident:
		if v, ok := en[x.Name]; ok {
			return v
		}
		switch {
		case ft.params[x.Name]:
			return "parameters(" + quote(x.Name) + ")"
		case ft.vars[x.Name] && ft.inline:
			return ft.inlineVar(x.Name)
		case ft.vars[x.Name]:
			return "variables(" + quote(x.Name) + ")"
		}
		if ir, ok := ft.imported[x.Name]; ok {
			return ir.from.inlineVar(ir.name)
		}
		return unknownExpr
	case *Int:
		return x.Text
	case *Bool:
		if x.Value {
			return "true()"
		}
		return "false()"
	case *Null:
		return "null()"
	case *String:
		if v, ok := x.Value(); ok {
			return quote(v)
		}
		var f strings.Builder
		args := make([]string, 0, len(x.Exprs))
		for i, seg := range x.Segments {
			seg = strings.ReplaceAll(strings.ReplaceAll(seg, "{", "{{"), "}", "}}")
			f.WriteString(seg)
			if i < len(x.Exprs) {
				f.WriteString("{" + itoa(i) + "}")
				args = append(args, ft.ex(x.Exprs[i], en))
			}
		}
		return "format(" + quote(f.String()) + ", " + strings.Join(args, ", ") + ")"
	case *Paren:
		return ft.ex(x.X, en)
	case *NonNull:
		return ft.ex(x.X, en)
	case *Unary:
		if x.Op == "!" {
			return "not(" + ft.ex(x.X, en) + ")"
		}
		if i, ok := x.X.(*Int); ok {
			return "-" + i.Text
		}
		return "sub(0, " + ft.ex(x.X, en) + ")"
	case *Binary:
		a, b := ft.ex(x.X, en), ft.ex(x.Y, en)
		switch x.Op {
		case "!=":
			return "not(equals(" + a + ", " + b + "))"
		case "=~":
			return "equals(toLower(" + a + "), toLower(" + b + "))"
		case "!~":
			return "not(equals(toLower(" + a + "), toLower(" + b + ")))"
		}
		if f, ok := binaryFuncs[x.Op]; ok {
			return f + "(" + a + ", " + b + ")"
		}
		return unknownExpr
	case *Ternary:
		return "if(" + ft.ex(x.Cond, en) + ", " + ft.ex(x.Then, en) + ", " + ft.ex(x.Else, en) + ")"
	case *Object:
		var parts []string
		var cur []string
		flush := func() {
			if cur != nil {
				parts = append(parts, "createObject("+strings.Join(cur, ", ")+")")
				cur = nil
			}
		}
		for _, it := range x.Items {
			switch p := it.(type) {
			case *Property:
				var k string
				if name, ok := p.Name(); ok {
					k = quote(name)
				} else {
					k = ft.ex(p.Key, en)
				}
				cur = append(cur, k, ft.ex(p.Value, en))
			case *Spread:
				flush()
				parts = append(parts, ft.ex(p.X, en))
			}
		}
		if cur == nil && len(parts) == 0 {
			return "createObject()"
		}
		flush()
		if len(parts) == 1 && !hasSpread(x.Items) {
			return parts[0]
		}
		return "shallowMerge(createArray(" + strings.Join(parts, ", ") + "))"
	case *Array:
		var parts []string
		var cur []string
		spread := false
		for _, it := range x.Items {
			if s, ok := it.(*Spread); ok {
				spread = true
				if cur != nil {
					parts = append(parts, "createArray("+strings.Join(cur, ", ")+")")
					cur = nil
				}
				parts = append(parts, ft.ex(s.X, en))
				continue
			}
			cur = append(cur, ft.ex(it, en))
		}
		if !spread {
			return "createArray(" + strings.Join(cur, ", ") + ")"
		}
		if cur != nil {
			parts = append(parts, "createArray("+strings.Join(cur, ", ")+")")
		}
		return "concat(" + strings.Join(parts, ", ") + ")"
	case *Member:
		if ns, ok := x.X.(*Ident); ok && ft.wildcards[ns.Name] != nil {
			if _, shadowed := en[ns.Name]; !shadowed {
				return ft.wildcards[ns.Name].inlineVar(x.Name.Name)
			}
		}
		if ri, idx, ok := ft.symRef(x.X, en); ok {
			if t := ft.member(ri, idx, x.Name.Name); t != "" {
				return t
			}
			return unknownExpr
		}
		// module.outputs.name
		if m, ok := x.X.(*Member); ok && m.Name.Name == "outputs" {
			if ri, idx, ok := ft.symRef(m.X, en); ok && ri.module != nil {
				if !ft.localModule(ri) {
					return unknownExpr
				}
				return ft.refText(ri, idx) + ".outputs." + x.Name.Name + ".value"
			}
		}
		base := ft.ex(x.X, en)
		if x.Safe {
			return "tryGet(" + base + ", " + quote(x.Name.Name) + ")"
		}
		if isIdent(x.Name.Name) {
			return base + "." + x.Name.Name
		}
		return base + "[" + quote(x.Name.Name) + "]"
	case *Index:
		if ri, idx, ok := ft.symRef(x, en); ok {
			_ = ri
			_ = idx
			return unknownExpr
		}
		base, i := ft.ex(x.X, en), ft.ex(x.Index, en)
		if x.FromEnd {
			i = "sub(length(" + base + "), " + i + ")"
		}
		if x.Safe {
			return "tryGet(" + base + ", " + i + ")"
		}
		return base + "[" + i + "]"
	case *Call:
		return ft.call(x, en)
	case *Lambda:
		inner := env{}
		for k, v := range en {
			inner[k] = v
		}
		args := make([]string, 0, len(x.Params)+1)
		for _, p := range x.Params {
			inner[p.Name] = "lambdaVariables(" + quote(p.Name) + ")"
			args = append(args, quote(p.Name))
		}
		args = append(args, ft.ex(x.Body, inner))
		return "lambda(" + strings.Join(args, ", ") + ")"
	case *For:
		if _, ok := x.Body.(*If); ok {
			return unknownExpr
		}
		it := ft.ex(x.Iterable, en)
		v := "__i" + itoa(len(en))
		inner := ft.loopEnv(x, en, it, "lambdaVariables("+quote(v)+")")
		return "map(range(0, length(" + it + ")), lambda(" + quote(v) + ", " + ft.ex(x.Body, inner) + "))"
	}
	return unknownExpr
}

// localModule reports whether a module's template is translated.
func (ft *fileTr) localModule(ri *resInfo) bool {
	rel, ok := ri.module.Path.Value()
	return ok && !strings.HasPrefix(rel, "br:") && !strings.HasPrefix(rel, "br/") && !strings.HasPrefix(rel, "ts:") && !strings.HasPrefix(rel, "ts/")
}

func (ft *fileTr) call(c *Call, en env) string {
	name := c.Name.Name
	if c.Target != nil {
		if ri, idx, ok := ft.symRef(c.Target, en); ok {
			if strings.HasPrefix(strings.ToLower(name), "list") {
				return name + "(" + ft.idText(ri, idx) + ", " + quote(ri.version) + ")"
			}
			return unknownExpr
		}
		id, ok := c.Target.(*Ident)
		if ok && ft.wildcards[id.Name] != nil {
			return ft.wildcards[id.Name].inlineFunc(name, ft.args(c, en))
		}
		if !ok || id.Name != "az" && id.Name != "sys" {
			return unknownExpr
		}
	} else if ir, ok := ft.imported[name]; ok && !ft.funcs[name] {
		return ir.from.inlineFunc(ir.name, ft.args(c, en))
	} else if ft.inline && ft.funcs[name] {
		return ft.inlineFunc(name, ft.args(c, en))
	}
	args := make([]string, 0, len(c.Args))
	lower := strings.ToLower(name)
	switch lower {
	case "any":
		if len(c.Args) == 1 {
			return ft.ex(c.Args[0], en)
		}
	case "loadtextcontent", "loadjsoncontent", "loadfileasbase64":
		if len(c.Args) >= 1 {
			if s, ok := c.Args[0].(*String); ok {
				if rel, ok := s.Value(); ok {
					if b, err := ft.t.src.ReadFile(joinRel(ft.name, rel)); err == nil {
						switch lower {
						case "loadtextcontent":
							return quote(string(b))
						case "loadjsoncontent":
							if len(c.Args) == 1 {
								return "json(" + quote(strings.TrimPrefix(string(b), "\ufeff")) + ")"
							}
						case "loadfileasbase64":
							return "base64(" + quote(string(b)) + ")"
						}
					} else {
						ft.note(c, "%s cannot be read (%v); the value is unknown", quote(rel), err)
					}
				}
			}
		}
		return unknownExpr
	case "loadyamlcontent", "getsecret", "externalinput", "readenvironmentvariable":
		return unknownExpr
	}
	if c.Target == nil && ft.funcs[name] {
		name = "__bicep." + name
	}
	for _, a := range c.Args {
		args = append(args, ft.ex(a, en))
	}
	return name + "(" + strings.Join(args, ", ") + ")"
}

func joinRel(from, rel string) string {
	dir := from
	if i := strings.LastIndexByte(dir, '/'); i >= 0 {
		dir = dir[:i+1]
	} else {
		dir = ""
	}
	return cleanPath(dir + rel)
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, c := range s {
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

func itoa(i int) string {
	const d = "0123456789"
	if i < 10 {
		return d[i : i+1]
	}
	return itoa(i/10) + d[i%10:i%10+1]
}

func (ft *fileTr) args(c *Call, en env) []string {
	out := make([]string, len(c.Args))
	for i, a := range c.Args {
		out[i] = ft.ex(a, en)
	}
	return out
}
