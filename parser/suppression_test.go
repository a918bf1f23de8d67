package parser

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSuppressionComment(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		text    string
		ok      bool
		ids     []string
		reason  string
		until   string
		problem string
	}{
		{"full", ` posture:ignore AZ-ST-001 reason="training data is public by design" until=2027-03-31`, true,
			[]string{"AZ-ST-001"}, "training data is public by design", "2027-03-31", ""},
		{"several ids", `posture:ignore AZ-ST-001,AZ-ST-002 reason="x"`, true, []string{"AZ-ST-001", "AZ-ST-002"}, "x", "", ""},
		{"ids with a space after the comma", `posture:ignore AZ-ST-001, AZ-ST-002 reason=x`, true, []string{"AZ-ST-001", "AZ-ST-002"}, "x", "", ""},
		{"single quotes and escapes", `posture:ignore K8S-POD-001 reason='the "driver" needs it'`, true, []string{"K8S-POD-001"}, `the "driver" needs it`, "", ""},
		{"escaped quote", `posture:ignore K8S-POD-001 reason="say \"hi\""`, true, []string{"K8S-POD-001"}, `say "hi"`, "", ""},
		{"no reason", `posture:ignore AZ-ST-001`, true, []string{"AZ-ST-001"}, "", "", "has no reason"},
		{"empty reason", `posture:ignore AZ-ST-001 reason=""`, true, []string{"AZ-ST-001"}, "", "", "has no reason"},
		{"no id", `posture:ignore reason="x"`, true, nil, "x", "", "names no policy id"},
		{"bad date", `posture:ignore AZ-ST-001 reason="x" until=31.03.2027`, true, []string{"AZ-ST-001"}, "x", "31.03.2027", "is not a date"},
		{"unknown field", `posture:ignore AZ-ST-001 because="x"`, true, []string{"AZ-ST-001"}, "", "", `unknown field "because"`},
		{"unterminated quote", `posture:ignore AZ-ST-001 reason="x`, true, nil, "", "", "unterminated"},
		{"bad id", `posture:ignore AZ/ST reason="x"`, true, []string{"AZ/ST"}, "x", "", "is not a policy id"},
		{"other comment", `just a comment about posture:ignore`, false, nil, "", "", ""},
		{"longer word", `posture:ignored AZ-ST-001 reason="x"`, false, nil, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, ok := ParseSuppressionComment(tc.text)
			assert.Equal(t, tc.ok, ok)
			if !ok {
				return
			}
			assert.Equal(t, tc.ids, d.IDs)
			assert.Equal(t, tc.reason, d.Reason)
			assert.Equal(t, tc.until, d.Until)
			if tc.problem == "" {
				assert.Empty(t, d.Problem)
			} else {
				assert.Contains(t, d.Problem, tc.problem)
			}
		})
	}
}

// TestAppendSuppressions: a file read by two units (a module called from
// two roots) gives its comments once; suppressions of no file all stay.
func TestAppendSuppressions(t *testing.T) {
	mod := []Suppression{{File: "mod/main.tf", IDs: []string{"A"}}, {File: "mod/main.tf", IDs: []string{"B"}}}
	done := map[string]bool{}
	all := AppendSuppressions(nil, append([]Suppression{{File: "root1/main.tf"}}, mod...), done)
	all = AppendSuppressions(all, append([]Suppression{{Resource: "r"}}, mod...), done)
	assert.Equal(t, []Suppression{{File: "root1/main.tf"}, mod[0], mod[1], {Resource: "r"}}, all)
}

// annotated declares, for each file, a resource with a suppression written
// at an attribute of it.
type annotated struct{}

func (annotated) Name() string                    { return "test" }
func (annotated) Match(string, []byte) bool       { return true }
func (annotated) Units(names []string) [][]string { return [][]string{names} }
func (annotated) Decode(_ context.Context, _ *Source, unit []string) ([]Resource, []Diagnostic, []Suppression) {
	var rs []Resource
	for _, n := range unit {
		header := Range{File: n, Start: Pos{Line: 1, Column: 1}}
		at := Range{File: n, Start: Pos{Line: 5, Column: 3}}
		rs = append(rs, Resource{ID: n, Type: n, Header: header,
			Ranges:       RangeTable{"metadata": at},
			Suppressions: []Suppression{{IDs: []string{"X"}, Resource: n, Range: at}}})
	}
	return rs, nil, nil
}

// TestParseMovesSuppressionsOfUnlocatedResources: a resource whose ranges
// are dropped has its suppressions placed at its header, as its findings
// would be.
func TestParseMovesSuppressionsOfUnlocatedResources(t *testing.T) {
	fsys := fstest.MapFS{"kept.tf": {Data: []byte("x")}, "dropped.tf": {Data: []byte("y")}}
	res, err := ParseWith(context.Background(), NewSource(fsys), []string{"."}, []Decoder{annotated{}},
		Options{Located: func(typ string) bool { return typ == "kept.tf" }})
	require.NoError(t, err)
	require.Len(t, res.Resources, 2)
	for _, r := range res.Resources {
		want := 5
		if r.ID == "dropped.tf" {
			want = 1
		}
		assert.Equal(t, want, r.Suppressions[0].Range.Start.Line, r.ID)
	}
}
