package fix_test

import "testing"

func TestARMFixes(t *testing.T) { runFixCases(t, "testdata/arm") }
