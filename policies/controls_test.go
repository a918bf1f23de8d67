package policies

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScoreModel(t *testing.T) {
	lib := builtinLibrary(t)
	m, err := lib.ScoreModel()
	require.NoError(t, err)

	c, ok := m.Control("secure management ports")
	require.True(t, ok)
	assert.Equal(t, 8.0, c.Max)
	assert.Equal(t, 5.0, m.SeverityWeights["high"])
	assert.Equal(t, 2.0, m.AIMultiplier)
	assert.True(t, m.IsAI("Microsoft.CognitiveServices/accounts"))
	assert.True(t, m.IsAI("Microsoft.CognitiveServices/accounts/deployments"))
	assert.False(t, m.IsAI("Microsoft.Storage/storageAccounts"))
	assert.True(t, m.IsDataStore("Microsoft.Storage/storageAccounts"))
	assert.True(t, m.IsDataStore("aws_s3_bucket_policy"))

	// Every control a policy names is in the model, and every attack path
	// pairs two distinct policies.
	for _, r := range lib.Rules {
		if r.Control == "" {
			continue
		}
		_, ok := m.Control(r.Control)
		assert.True(t, ok, "%s names control %q, which controls.rego does not define", r.ID, r.Control)
	}
	for _, p := range m.AttackPaths {
		assert.NotEqual(t, p.Rules[0], p.Rules[1], p.Title)
	}
}
