package fix

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

func init() { Register(parser.KubernetesManifest, kubernetesPlanner{}) }

// kubernetesPlanner fixes findings in Kubernetes YAML: the manifest, the
// Kustomize patch that set the value (the finding points there), or the
// Helm values key a template read (the finding's Related says which).
type kubernetesPlanner struct{}

func (kubernetesPlanner) Plan(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error) {
	if !isYAMLName(f.Range.File) {
		return nil, fmt.Sprintf("posture cannot edit %s: the finding is not in a YAML file", path.Base(f.Range.File)), nil
	}
	blamed, err := parser.ParsePath(f.Path)
	if err != nil {
		return nil, "", err
	}
	anchorText, matched := Anchor(f.Path, d)
	anchor, err := parser.ParsePath(anchorText)
	if err != nil {
		return nil, "", err
	}
	if len(f.Related) > 0 && matched != nil {
		return planHelmValue(f, matched, files)
	}
	src, err := files.ReadFile(f.Range.File)
	if err != nil {
		return nil, "", err
	}
	if bytes.Contains(src, []byte("{{")) {
		return nil, fmt.Sprintf("the value is written in the template %s; posture edits the values.yaml keys templates read, not templates", f.Range.File), nil
	}
	yf, err := loadYAML(files, f.Range.File)
	if err != nil {
		return nil, "", err
	}
	spot, ok := yf.spotFor(f.Range.Start, blamed)
	if !ok {
		return nil, fmt.Sprintf("posture cannot find %s at %s", f.Path, f.Range), nil
	}
	fx := &policies.Fix{}
	var said []string
	settings := d.Settings()
	for i, s := range settings {
		p, err := parser.ParsePath(s.Path)
		if err != nil {
			return nil, "", fmt.Errorf("declared path %q: %w", s.Path, err)
		}
		full := append(append(parser.Path{}, anchor...), p...)
		depth := min(len(spot.path), len(anchor))
		base := spot.chain[depth]
		var e *policies.Edit
		value := yamlValue(s.Value)
		if i >= len(d.Set) {
			items, _ := s.Value.([]any)
			for j := range items {
				items[j] = yamlValue(items[j])
			}
			e, err = yf.add(base, full[depth:], items)
			if e != nil {
				said = append(said, fmt.Sprintf("%s to include %s", s.Path, yf.flow(items)))
			}
		} else {
			e, err = yf.set(base, full[depth:], value)
			if e != nil {
				said = append(said, fmt.Sprintf("%s to %s", s.Path, yf.flow(value)))
			}
		}
		if err != nil {
			return nil, "", err
		}
		if e != nil {
			fx.Edits = append(fx.Edits, *e)
		}
	}
	if len(fx.Edits) == 0 {
		return nil, "the manifest already has the secure value where posture can see it; the finding comes from elsewhere", nil
	}
	fx.Description = Describe(said...)
	return fx, "", nil
}

// spotFor returns the node a finding points at whose path agrees with the
// blamed path: keys equal, indexes free, as a Kustomize patch lists
// containers in its own order. The deepest wins; without one, the root
// of the document that holds the position.
func (f *yamlFile) spotFor(at parser.Pos, blamed parser.Path) (yamlSpot, bool) {
	best, found := yamlSpot{}, false
	for _, s := range f.spotsAt(at.Line, at.Column) {
		if agrees(s.path, blamed) && (!found || len(s.path) > len(best.path)) {
			best, found = s, true
		}
	}
	if found {
		return best, true
	}
	var root *yaml.Node
	for _, d := range f.docs {
		if len(d.Content) == 1 && d.Content[0].Line <= at.Line {
			root = d.Content[0]
		}
	}
	if root == nil {
		return yamlSpot{}, false
	}
	return yamlSpot{chain: []*yaml.Node{root}, keys: []*yaml.Node{nil}}, true
}

func agrees(p, blamed parser.Path) bool {
	if len(p) > len(blamed) {
		return false
	}
	for i := range p {
		switch x := p[i].(type) {
		case string:
			if y, ok := blamed[i].(string); !ok || x != y {
				return false
			}
		case int:
			if _, ok := blamed[i].(int); !ok {
				return false
			}
		}
	}
	return true
}

// planHelmValue edits the values file key a template read: the last of
// the finding's Related ranges, when it is a scalar in a YAML file.
func planHelmValue(f *policies.Finding, s *Setting, files *Files) (*policies.Fix, string, error) {
	r := f.Related[len(f.Related)-1]
	if !isYAMLName(r.File) {
		return nil, fmt.Sprintf("the value of %s comes from %s, which posture cannot edit", f.Path, r.File), nil
	}
	yf, err := loadYAML(files, r.File)
	if err != nil {
		return nil, "", err
	}
	for _, spot := range yf.spotsAt(r.Start.Line, r.Start.Column) {
		n := spot.chain[len(spot.chain)-1]
		if n.Kind != yaml.ScalarNode {
			continue
		}
		value := yamlValue(s.Value)
		if yamlEqual(n, value) {
			return nil, "the values file already has the secure value; the finding comes from elsewhere", nil
		}
		start, end, err := yf.scalarSpan(n, false)
		if err != nil {
			return nil, "", err
		}
		e := yf.edit(start, end, yf.scalar(value, n.Style))
		return &policies.Fix{
			Description: Describe(fmt.Sprintf("%s to %s in %s (the template reads it for %s)", spot.path, yf.flow(value), path.Base(r.File), s.Path)),
			Edits:       []policies.Edit{e},
		}, "", nil
	}
	return nil, fmt.Sprintf("the value of %s comes from %s, where posture finds no value to edit", f.Path, r), nil
}

func isYAMLName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}
