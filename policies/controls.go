package policies

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// controlsPackage is the metadata-only library module that holds the
// posture-score model (policies/lib/controls.rego).
const controlsPackage = "data.posture.lib.controls"

// ScoreModel is the data of the posture score and the prioritised
// recommendations (POLICIES.md §7.2), read from the package annotation of
// policies/lib/controls.rego so that it lives with the policies, not in Go.
type ScoreModel struct {
	// Controls are the score's controls, in the order to show them.
	Controls []Control `json:"controls"`
	// SeverityWeights weigh a failing (policy, resource) in the risk score.
	SeverityWeights map[string]float64 `json:"severity_weights"`
	// AIMultiplier multiplies the weight on AI resources and the data
	// stores linked to them.
	AIMultiplier float64 `json:"ai_multiplier"`
	// AITypes and DataStoreTypes are resource types; a trailing * matches
	// a prefix.
	AITypes        []string `json:"ai_types"`
	DataStoreTypes []string `json:"data_store_types"`
	// AttackPaths are pairs of policies whose failures on one resource
	// compound.
	AttackPaths []AttackPath `json:"attack_paths"`
}

// Control is one control of the posture score with its fixed max points.
type Control struct {
	Name string  `json:"name"`
	Max  float64 `json:"max"`
}

// AttackPath names what two failing policies on one resource add up to.
type AttackPath struct {
	Rules       []string `json:"rules"`
	Title       string   `json:"title"`
	Severity    string   `json:"severity"`
	Description string   `json:"description"`
}

// Control returns the control named name (case-insensitively), or false.
func (m *ScoreModel) Control(name string) (Control, bool) {
	for _, c := range m.Controls {
		if strings.EqualFold(c.Name, name) {
			return c, true
		}
	}
	return Control{}, false
}

// IsAI reports whether resources of type typ are AI resources.
func (m *ScoreModel) IsAI(typ string) bool { return matchType(m.AITypes, typ) }

// IsDataStore reports whether resources of type typ hold data.
func (m *ScoreModel) IsDataStore(typ string) bool { return matchType(m.DataStoreTypes, typ) }

func matchType(patterns []string, typ string) bool {
	for _, p := range patterns {
		if pre, ok := strings.CutSuffix(p, "*"); ok {
			if strings.HasPrefix(strings.ToLower(typ), strings.ToLower(pre)) {
				return true
			}
		} else if strings.EqualFold(p, typ) {
			return true
		}
	}
	return false
}

// ScoreModel reads the posture-score model from the library's
// policies/lib/controls.rego annotation.
func (l *Library) ScoreModel() (*ScoreModel, error) {
	for file, m := range l.lib {
		if m.Package == nil || m.Package.Path.String() != controlsPackage {
			continue
		}
		return scoreModel(file, m)
	}
	return nil, fmt.Errorf("no %s module in the policy library", strings.TrimPrefix(controlsPackage, "data."))
}

func scoreModel(file string, m *ast.Module) (*ScoreModel, error) {
	var ann *ast.Annotations
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			ann = a
		}
	}
	if ann == nil {
		return nil, fmt.Errorf("%s: the score model needs a package-scoped # METADATA annotation", file)
	}
	// The annotation is YAML decoded into generic values; a JSON round
	// trip types it.
	raw, err := json.Marshal(ann.Custom)
	if err != nil {
		return nil, fmt.Errorf("%s: score model: %w", file, err)
	}
	var sm ScoreModel
	if err := json.Unmarshal(raw, &sm); err != nil {
		return nil, fmt.Errorf("%s: score model: %w", file, err)
	}
	if len(sm.Controls) == 0 {
		return nil, fmt.Errorf("%s: score model: custom.controls is empty", file)
	}
	seen := map[string]bool{}
	for _, c := range sm.Controls {
		k := strings.ToLower(c.Name)
		if c.Name == "" || c.Max < 0 || seen[k] {
			return nil, fmt.Errorf("%s: score model: control %q: want a unique name and max >= 0", file, c.Name)
		}
		seen[k] = true
	}
	for _, p := range sm.AttackPaths {
		if len(p.Rules) != 2 || p.Title == "" {
			return nil, fmt.Errorf("%s: score model: attack path %q: want two rules and a title", file, p.Title)
		}
		if _, err := ParseSeverity(p.Severity); err != nil {
			return nil, fmt.Errorf("%s: score model: attack path %q: %w", file, p.Title, err)
		}
	}
	if sm.AIMultiplier == 0 {
		sm.AIMultiplier = 1
	}
	return &sm, nil
}
