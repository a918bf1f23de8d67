package fix_test

import "testing"

func TestBicepFixes(t *testing.T) { runFixCases(t, "testdata/bicep") }
