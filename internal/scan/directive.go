package scan

import (
	"time"

	"github.com/posture-dev/posture/parser"
)

// expired reports whether an until date (YYYY-MM-DD or "") lies before
// today.
func expired(until string, now time.Time) bool {
	if until == "" {
		return false
	}
	t, err := time.Parse(parser.SuppressionDateLayout, until)
	if err != nil {
		return false
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	return today.After(t)
}
