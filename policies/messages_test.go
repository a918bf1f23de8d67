package policies

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// A resource declared in a module is reported once per module instance;
// the message names the instance, not only the label all instances share.
func TestMessagesNameModuleInstance(t *testing.T) {
	eng := builtinEngine(t, Options{Only: []string{"AZ-AI-002", "AZ-AI-003"}})
	props := map[string]any{"properties": map[string]any{"disableLocalAuth": false}}
	a := cognitive(props, parser.RangeTable{"properties.disableLocalAuth": rangeAt(5, 3)})
	a.ID, a.Format = `module.ai["east"].azurerm_cognitive_account.oai`, parser.Terraform
	b := cognitive(props, parser.RangeTable{"properties.disableLocalAuth": rangeAt(5, 3)})
	b.Format = parser.Terraform
	res, err := eng.Evaluate(context.Background(), []parser.Resource{a, b}, nil)
	require.NoError(t, err)
	msgs := map[string]string{}
	for _, f := range res.Findings {
		if f.RuleID == "AZ-AI-003" {
			msgs[f.ResourceID] = f.Message
		}
	}
	assert.Equal(t, `Cognitive Services account "oai" (module.ai["east"].azurerm_cognitive_account.oai) accepts API keys: properties.disableLocalAuth is false.`, msgs[a.ID])
	assert.Equal(t, `Cognitive Services account "oai" accepts API keys: properties.disableLocalAuth is false.`, msgs[b.ID])
}
