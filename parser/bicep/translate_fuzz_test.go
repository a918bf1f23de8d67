package bicep

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/posture-dev/posture/parser"
)

// FuzzDecodeFile translates and evaluates arbitrary Bicep with a module
// beside it: it must not panic or hang.
func FuzzDecodeFile(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.bicep")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("module m 'm.bicep' = {\n  name: 'm'\n  params: {\n    p: [for i in range(0, 3): i]\n  }\n}\n")
	f.Fuzz(func(t *testing.T, src string) {
		fsys := fstest.MapFS{
			"main.bicep": {Data: []byte(src)},
			"m.bicep":    {Data: []byte(src)},
		}
		_, _ = DecodeFile(context.Background(), parser.NewSource(fsys), "main.bicep", "")
	})
}
