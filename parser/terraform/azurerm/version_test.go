package azurerm

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestConstraintSide(t *testing.T) {
	t.Parallel()
	tests := []struct {
		constraint string
		since      string
		want       side
	}{
		{"", "4.59.0", sideUnknown},
		{"latest", "4.59.0", sideUnknown},
		{">= 4.0, < banana", "4.59.0", sideUnknown},
		{"4.58.9", "4.59.0", sideBefore},
		{"4.59.0", "4.59.0", sideAfter},
		{"= 4.59.0", "4.59.0", sideAfter},
		{"v4.60.0", "4.59.0", sideAfter},
		{"4.59.0-beta1", "4.59.0", sideAfter},
		{"~> 4.0", "4.59.0", sideBoth},
		{"~> 4.59", "4.59.0", sideAfter},
		{"~> 4.58.0", "4.59.0", sideBefore},
		{"~> 3.117", "4.0.0", sideBefore},
		{"~> 4", "4.59.0", sideBoth},
		{">= 3.0", "4.59.0", sideBoth},
		{">= 3.0, < 4.0", "4.59.0", sideBefore},
		{">= 4.59.0, < 5.0.0", "4.59.0", sideAfter},
		{"> 4.58.99", "4.59.0", sideBoth},
		{"<= 4.58.99", "4.59.0", sideBefore},
		{">= 5.0.0", "4.59.0", sideAfter},
		{"!= 4.10.0, ~> 4.60", "4.59.0", sideAfter},
		{"4.12.0", "not a version", sideUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.constraint+"/"+tc.since, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, parseConstraint(tc.constraint).side(tc.since))
		})
	}
}
