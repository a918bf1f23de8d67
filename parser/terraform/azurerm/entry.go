package azurerm

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/posture-dev/posture/parser"
)

// mapping is how one Terraform resource type converts: its ARM type and the
// table of its attributes.
type mapping struct {
	armType string
	entries []entry
}

// entry maps one Terraform attribute to one ARM property.
type entry struct {
	// tf is the attribute path as the user writes it: block names joined
	// by dots (network_acls.default_action); a block is entered at its
	// first (only) instance. Empty for a value that is always set (kind).
	tf   string
	segs []string
	// arm is the property path in the ARM body.
	arm  parser.Path
	conv conv
	// def is the ARM value when the attribute is absent (and not unknown).
	def *def
	// each maps the attributes of every block of a list of nested blocks
	// (security_rule) onto the objects of the ARM array at arm.
	each []entry
}

// def is a provider or service default.
type def struct {
	// value is the default, or the default before since. When the default
	// changed between versions, value must be the less secure one: it is
	// also what an unknown version gets.
	value any
	// since is the first azurerm version whose default is after.
	since string
	after any
	// inBlock: the default applies only when the enclosing block is
	// declared (an attribute default of an optional block).
	inBlock bool
}

// conv is a value transform from the Terraform to the ARM representation.
type conv struct {
	name string
	// to converts a present value; false means the value counts as absent
	// (an empty block list for a presence test). A value of unexpected
	// shape passes through unchanged: it is the user's and a policy may
	// still judge it.
	to func(v any) (any, bool)
	// sub maps a path inside the Terraform value to the path inside the
	// ARM value; nil keeps it as it is.
	sub func(v any, rest parser.Path) (parser.Path, bool)
	// parent marks the attribute naming the parent resource (server_id):
	// ARM has no body property for it, so its value becomes Meta["parent"],
	// its range and name are kept at the path "parent", and its reference
	// at "name", where parser/arm records a child's parent.
	parent bool
}

func (c conv) value(v any) (any, bool) {
	if c.to == nil {
		return v, true
	}
	return c.to(v)
}

func (c conv) path(v any, rest parser.Path) (parser.Path, bool) {
	if c.sub == nil {
		return rest, true
	}
	return c.sub(v, rest)
}

// scalar is the sub of a transform whose result has no inner paths.
func scalar(_ any, rest parser.Path) (parser.Path, bool) {
	return nil, len(rest) == 0
}

var (
	// same copies the value.
	same = conv{name: "same"}

	// enabled turns a bool into ARM's "Enabled"/"Disabled" enum.
	enabled = enumOfBool("enabled", "Enabled", "Disabled")
	// enabledLower is the same in the lower case some services use
	// (AI Search, Container Registry policies).
	enabledLower = enumOfBool("enabledLower", "enabled", "disabled")

	// not inverts a bool: local_auth_enabled → disableLocalAuth.
	not = conv{name: "not", sub: scalar, to: func(v any) (any, bool) {
		if b, ok := boolOf(v); ok {
			return !b, true
		}
		return v, true
	}}

	// userIdentities turns identity_ids into ARM's userAssignedIdentities
	// object keyed by id.
	userIdentities = conv{name: "userIdentities",
		to: func(v any) (any, bool) {
			l, ok := v.([]any)
			if !ok {
				return v, true
			}
			out := map[string]any{}
			for _, id := range l {
				if s, ok := id.(string); ok {
					out[s] = map[string]any{}
				}
			}
			return out, true
		},
		sub: func(v any, rest parser.Path) (parser.Path, bool) {
			if len(rest) == 0 {
				return nil, true
			}
			l, _ := v.([]any)
			i, ok := rest[0].(int)
			if !ok || i < 0 || i >= len(l) {
				return nil, false
			}
			s, ok := l[i].(string)
			return parser.Path{s}, ok
		}}

	// present sets the ARM value true when the block is declared
	// (microsoft_defender → securityProfile.defender.securityMonitoring.enabled).
	present = presence("present", true)

	// epoch turns an RFC 3339 date into the Unix seconds ARM key and
	// secret attributes use (exp, nbf).
	epoch = conv{name: "epoch", sub: scalar, to: func(v any) (any, bool) {
		s, ok := v.(string)
		if !ok {
			return v, true
		}
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return v, true
		}
		return t.Unix(), true
	}}

	// parent is the attribute naming the parent resource.
	parent = conv{name: "parent", parent: true}
)

func enumOfBool(name, yes, no string) conv {
	return conv{name: name, sub: scalar, to: func(v any) (any, bool) {
		b, ok := boolOf(v)
		switch {
		case !ok:
			return v, true
		case b:
			return yes, true
		default:
			return no, true
		}
	}}
}

// boolOf reads a value of a bool attribute as Terraform converts it to
// the provider's schema type: a string "true" or "1" is true (a variable
// of type string or map(any) turns every bool into a string).
func boolOf(v any) (b, ok bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case string:
		switch x {
		case "true", "1":
			return true, true
		case "false", "0":
			return false, true
		}
	}
	return false, false
}

// presence maps a declared block to a constant; an empty block list is
// absent.
func presence(name string, val any) conv {
	return conv{name: name,
		to: func(v any) (any, bool) {
			if l, ok := v.([]any); ok && len(l) == 0 {
				return nil, false
			}
			return val, true
		},
		sub: func(_ any, rest parser.Path) (parser.Path, bool) {
			if len(rest) == 0 {
				return nil, true
			}
			if i, ok := rest[0].(int); ok && i == 0 && len(rest) == 1 {
				return nil, true
			}
			return nil, false
		}}
}

// enum maps Terraform enum spellings to ARM's, case-insensitively; other
// values pass through.
func enum(pairs ...string) conv {
	m := map[string]string{}
	for i := 0; i+1 < len(pairs); i += 2 {
		m[strings.ToLower(pairs[i])] = pairs[i+1]
	}
	return conv{name: "enum", sub: scalar, to: func(v any) (any, bool) {
		if s, ok := v.(string); ok {
			if out, ok := m[strings.ToLower(s)]; ok {
				return out, true
			}
		}
		return v, true
	}}
}

// objects turns a list of strings into ARM's list of objects, each holding
// the string under key (ip_rules → ipRules[*].value). A comma-separated
// string (the azurerm v3 form of Cosmos DB ip_range_filter) is split.
func objects(key string, extra ...string) conv {
	return conv{name: "objects",
		to: func(v any) (any, bool) {
			var l []any
			switch x := v.(type) {
			case []any:
				l = x
			case string:
				for _, s := range strings.Split(x, ",") {
					if s = strings.TrimSpace(s); s != "" {
						l = append(l, s)
					}
				}
			default:
				return v, true
			}
			out := make([]any, len(l))
			for i, s := range l {
				o := map[string]any{key: s}
				for j := 0; j+1 < len(extra); j += 2 {
					o[extra[j]] = extra[j+1]
				}
				out[i] = o
			}
			return out, true
		},
		sub: func(v any, rest parser.Path) (parser.Path, bool) {
			if len(rest) == 0 {
				return nil, true
			}
			if _, isList := v.([]any); !isList {
				return nil, false
			}
			i, ok := rest[0].(int)
			if !ok || len(rest) > 1 {
				return nil, false
			}
			return parser.Path{i, key}, true
		}}
}

// joined turns a set of strings into one string (storage network rule
// bypass: ["AzureServices", "Logging"] → "AzureServices, Logging").
func joined(sep string) conv {
	return conv{name: "joined", sub: scalar, to: func(v any) (any, bool) {
		l, ok := v.([]any)
		if !ok {
			return v, true
		}
		parts := make([]string, 0, len(l))
		for _, s := range l {
			parts = append(parts, fmt.Sprint(s))
		}
		return strings.Join(parts, sep), true
	}}
}

// keyVaultKey splits a Key Vault key id
// (https://kv.vault.azure.net/keys/name/version) into the object of vault
// URI, key name and version that the service's encryption settings hold,
// under the given property names.
func keyVaultKey(uri, name, version string) conv {
	return conv{name: "keyVaultKey", sub: scalar, to: func(v any) (any, bool) {
		s, ok := v.(string)
		if !ok {
			return v, true
		}
		rest, found := strings.CutPrefix(s, "https://")
		if !found {
			return v, true
		}
		parts := strings.Split(rest, "/")
		if len(parts) < 3 || parts[1] != "keys" {
			return v, true
		}
		out := map[string]any{uri: "https://" + parts[0] + "/", name: parts[2]}
		if len(parts) > 3 && parts[3] != "" {
			out[version] = parts[3]
		}
		return out, true
	}}
}

// show formats a default for the default_basis message.
func show(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

func itoa(i int) string { return strconv.Itoa(i) }

// Constructors keep the tables short. f maps tf to arm unchanged.
func f(tf, arm string) entry { return fc(tf, arm, same) }

// fc maps tf to arm through c.
func fc(tf, arm string, c conv) entry {
	return entry{tf: tf, segs: split(tf), arm: mustPath(arm), conv: c}
}

// fixed is an ARM value every resource of the type has (kind = "Hub").
func fixed(arm string, v any) entry {
	return entry{arm: mustPath(arm), conv: same, def: &def{value: v}}
}

// list maps a list of nested blocks to an array of objects.
func list(tf, arm string, each ...entry) entry {
	return entry{tf: tf, segs: split(tf), arm: mustPath(arm), conv: same, each: each}
}

// parentID maps the attribute that names the parent resource.
func parentID(tf string) entry { return fc(tf, "parent", parent) }

// or gives the entry a default.
func (e entry) or(v any) entry {
	e.def = &def{value: v}
	return e
}

// orInBlock gives the entry a default that applies when its block is
// declared.
func (e entry) orInBlock(v any) entry {
	e.def = &def{value: v, inBlock: true}
	return e
}

// orSince gives the entry a default that changed in azurerm version since.
func (e entry) orSince(before any, since string, after any) entry {
	e.def = &def{value: before, since: since, after: after}
	return e
}

func split(tf string) []string {
	if tf == "" {
		return nil
	}
	return strings.Split(tf, ".")
}

func mustPath(s string) parser.Path {
	p, err := parser.ParsePath(s)
	if err != nil {
		panic(fmt.Sprintf("azurerm mapping table: bad ARM path %q: %v", s, err))
	}
	return p
}
