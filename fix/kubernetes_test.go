package fix_test

import "testing"

func TestKubernetesFixes(t *testing.T) { runFixCases(t, "testdata/kubernetes") }
