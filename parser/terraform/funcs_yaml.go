package terraform

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"gopkg.in/yaml.v3"
)

// maxYAMLNodes bounds yamldecode, so alias expansion cannot blow up.
const maxYAMLNodes = 100000

var yamlDecodeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "src", Type: cty.String}},
	Type:   function.StaticReturnType(cty.DynamicPseudoType),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(args[0].AsString()), &doc); err != nil {
			return cty.NilVal, fmt.Errorf("invalid YAML: %w", err)
		}
		if doc.Kind == 0 || len(doc.Content) == 0 {
			return cty.NullVal(cty.DynamicPseudoType), nil
		}
		budget := maxYAMLNodes
		return yamlToCty(doc.Content[0], &budget, 0)
	},
})

func yamlToCty(n *yaml.Node, budget *int, depth int) (cty.Value, error) {
	*budget--
	if *budget < 0 || depth > 200 {
		return cty.NilVal, fmt.Errorf("YAML document is too large or too deeply nested")
	}
	switch n.Kind {
	case yaml.AliasNode:
		return yamlToCty(n.Alias, budget, depth+1)
	case yaml.SequenceNode:
		vals := make([]cty.Value, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := yamlToCty(c, budget, depth+1)
			if err != nil {
				return cty.NilVal, err
			}
			vals = append(vals, v)
		}
		if len(vals) == 0 {
			return cty.EmptyTupleVal, nil
		}
		return cty.TupleVal(vals), nil
	case yaml.MappingNode:
		m := map[string]cty.Value{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := yamlToCty(n.Content[i+1], budget, depth+1)
			if err != nil {
				return cty.NilVal, err
			}
			m[n.Content[i].Value] = v
		}
		return cty.ObjectVal(m), nil
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!null":
			return cty.NullVal(cty.DynamicPseudoType), nil
		case "!!bool":
			var b bool
			if err := n.Decode(&b); err != nil {
				return cty.NilVal, err
			}
			return cty.BoolVal(b), nil
		case "!!int", "!!float":
			if f, _, err := big.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 0, 512, big.ToNearestEven); err == nil {
				return cty.NumberVal(f), nil
			}
			return cty.StringVal(n.Value), nil
		}
		return cty.StringVal(n.Value), nil
	}
	return cty.NullVal(cty.DynamicPseudoType), nil
}

var yamlEncodeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if !args[0].IsWhollyKnown() {
			return cty.UnknownVal(cty.String), nil
		}
		b, err := yaml.Marshal(ctyToYAML(args[0]))
		if err != nil {
			return cty.NilVal, err
		}
		return cty.StringVal(string(b)), nil
	},
})

func ctyToYAML(v cty.Value) *yaml.Node {
	v, _ = v.Unmark()
	if v.IsNull() {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.AsString()}
	case ty == cty.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(v.True())}
	case ty == cty.Number:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: v.AsBigFloat().Text('f', -1)}
	case ty.IsMapType() || ty.IsObjectType():
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		m := v.AsValueMap()
		for _, k := range sortedStrings(m) {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, ctyToYAML(m[k]))
		}
		return n
	case v.CanIterateElements():
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for it := v.ElementIterator(); it.Next(); {
			_, el := it.Element()
			n.Content = append(n.Content, ctyToYAML(el))
		}
		return n
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
}
