package scan

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestExpired(t *testing.T) {
	t.Parallel()
	now := time.Date(2027, 3, 31, 23, 0, 0, 0, time.UTC)
	assert.False(t, expired("", now))
	assert.False(t, expired("2027-03-31", now), "valid through its last day")
	assert.True(t, expired("2027-03-30", now))
	assert.False(t, expired("2028-01-01", now))
}
