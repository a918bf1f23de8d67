package ai_test

// Behaviour the shared fixture test cannot show, because it scans with
// default options: graph rules fail on a missing related resource once the
// scan is declared complete (POLICIES.md §0.5), and parameterised rules
// apply their configured parameters.

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/policies"
)

// findings scans one fixture file alone with opts and returns the
// "<rule> <resource name> <line>" of each decided finding of the rules.
func findings(t *testing.T, opts policies.Options, file string, rules ...string) []string {
	t.Helper()
	opts.Only = rules
	eng, err := scan.NewEngine(nil, opts)
	require.NoError(t, err)
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	dir := t.TempDir()
	name := filepath.Base(file)
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	rep, err := scan.Run(context.Background(), scan.Options{Paths: []string{name}, WorkDir: dir, Engine: eng, Policy: opts})
	require.NoError(t, err)
	var out []string
	for _, f := range rep.Findings {
		if f.Status != policies.StatusFail {
			continue
		}
		out = append(out, f.RuleID+" "+f.ResourceName)
	}
	sort.Strings(out)
	return out
}

func TestCompleteScanFailsMissingRelatedResources(t *testing.T) {
	complete := policies.Options{Complete: true}
	cases := []struct {
		file  string
		rule  string
		names []string
	}{
		{"testdata/AZ-AI-005/pass.tf", "AZ-AI-005", []string{"elsewhere"}},
		{"testdata/AZ-AI-008/pass.tf", "AZ-AI-008", []string{"elsewhere"}},
		{"testdata/AZ-AI-008/pass.json", "AZ-AI-008", []string{"oai-elsewhere"}},
		{"testdata/AZ-AI-009/pass.tf", "AZ-AI-009", []string{"elsewhere"}},
		{"testdata/AZ-AI-009/pass.json", "AZ-AI-009", []string{"mlw-elsewhere"}},
		{"testdata/AZ-AI-010/pass.tf", "AZ-AI-010", []string{"elsewhere"}},
		{"../ml/testdata/AZ-ML-005/pass.tf", "AZ-ML-005", []string{"elsewhere"}},
		{"../ml/testdata/AZ-ML-005/pass.json", "AZ-ML-005", []string{"mlw-elsewhere"}},
		{"../ml/testdata/AZ-ML-010/pass.tf", "AZ-ML-010", []string{"elsewhere"}},
		{"../ml/testdata/AZ-ML-010/pass.json", "AZ-ML-010", []string{"ci-elsewhere"}},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+filepath.Base(c.file), func(t *testing.T) {
			var want []string
			for _, n := range c.names {
				want = append(want, c.rule+" "+n)
			}
			require.Equal(t, want, findings(t, complete, c.file, c.rule))
			require.Empty(t, findings(t, policies.Options{}, c.file, c.rule), "without complete: only reviewed")
		})
	}
}

func TestApprovedModelsAllowList(t *testing.T) {
	opts := policies.Options{Params: map[string]map[string]any{
		"AZ-AI-011": {"allowed_models": []any{"OpenAI/gpt-4o", "o3-mini"}, "require_pinned_version": false},
	}}
	// pass.tf deploys gpt-4o, gpt-4o-mini and o3-mini: only gpt-4o-mini
	// is off the list, and no version pin is required.
	require.Equal(t, []string{"AZ-AI-011 no_upgrade"}, findings(t, opts, "testdata/AZ-AI-011/pass.tf", "AZ-AI-011"))

	opts.Params["AZ-AI-011"] = map[string]any{"allowed_models": []any{"OpenAI/*"}, "require_pinned_version": false}
	require.Equal(t, []string{"AZ-AI-011 phi-4"}, findings(t, opts, "testdata/AZ-AI-011/fail.json", "AZ-AI-011"))
}

func TestCustomerManagedKeyExcludedKinds(t *testing.T) {
	opts := policies.Options{Params: map[string]map[string]any{"AZ-AI-005": {"excluded_kinds": []any{"openai"}}}}
	require.Empty(t, findings(t, opts, "testdata/AZ-AI-005/fail.json", "AZ-AI-005"))
}

func TestSearchIPRulesPrefixParameter(t *testing.T) {
	// With a minimum prefix length of 2, 128.0.0.0/1 still fails and
	// 0.0.0.0 always does.
	opts := policies.Options{Params: map[string]map[string]any{"AZ-SRCH-005": {"min_prefix_length": 2}}}
	require.Equal(t, []string{"AZ-SRCH-005 srch-broad", "AZ-SRCH-005 srch-open"},
		findings(t, opts, "../search/testdata/AZ-SRCH-005/fail.json", "AZ-SRCH-005"))
	opts.Params["AZ-SRCH-005"]["min_prefix_length"] = 1
	require.Equal(t, []string{"AZ-SRCH-005 srch-open"},
		findings(t, opts, "../search/testdata/AZ-SRCH-005/fail.json", "AZ-SRCH-005"))
}
