package kubernetes

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// refusingFS refuses some files as parser.Source refuses a link that
// leaves the scan root, a FIFO or a file too large.
type refusingFS struct {
	fstest.MapFS
	refused map[string]bool
}

var errRefused = errors.New("refused for the test")

func (f refusingFS) check(op, name string) error {
	if f.refused[name] {
		return &fs.PathError{Op: op, Path: name, Err: errRefused}
	}
	return nil
}

func (f refusingFS) Open(name string) (fs.File, error) {
	if err := f.check("open", name); err != nil {
		return nil, err
	}
	return f.MapFS.Open(name)
}

func (f refusingFS) Stat(name string) (fs.FileInfo, error) {
	if err := f.check("stat", name); err != nil {
		return nil, err
	}
	return f.MapFS.Stat(name)
}

func (f refusingFS) ReadFile(name string) ([]byte, error) {
	if err := f.check("open", name); err != nil {
		return nil, err
	}
	return f.MapFS.ReadFile(name)
}

// TestRefusedFiles: a file the source refuses is never read by another
// way, and is a diagnostic naming it; the rest of the chart or
// kustomization is still scanned.
func TestRefusedFiles(t *testing.T) {
	t.Parallel()
	chart := func(extra map[string]string) fstest.MapFS {
		m := fstest.MapFS{
			"c/Chart.yaml":          {Data: []byte("apiVersion: v2\nname: c\nversion: 1.0.0\n")},
			"c/templates/pod.yaml":  {Data: []byte(kpod)},
			"c/templates/evil.yaml": {Data: []byte("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n")},
		}
		for n, c := range extra {
			m[n] = &fstest.MapFile{Data: []byte(c)}
		}
		return m
	}
	tests := []struct {
		name      string
		fsys      fstest.MapFS
		refused   string
		resources []string
		file      string
		line      int
		text      string
	}{
		{"chart template", chart(nil), "c/templates/evil.yaml", []string{"v1/Pod//p"}, "c/templates/evil.yaml", 0, "left out of the chart: cannot read c/templates/evil.yaml: refused for the test"},
		// Rendered without the rules: the template they would leave out
		// is scanned too, rather than the whole chart hidden.
		{"chart .helmignore", chart(map[string]string{"c/.helmignore": "templates/evil.yaml\n"}), "c/.helmignore", []string{"v1/Pod//p", "v1/Secret//s"}, "c/.helmignore", 0, "not read: cannot read c/.helmignore: refused for the test; the chart is rendered without its ignore rules"},
		{"kustomization resource", fstest.MapFS{
			"k/kustomization.yaml": {Data: []byte("resources:\n  - pod.yaml\n  - secret.yaml\n")},
			"k/pod.yaml":           {Data: []byte(kpod)},
			"k/secret.yaml":        {Data: []byte("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n")},
		}, "k/secret.yaml", []string{"v1/Pod//p"}, "k/kustomization.yaml", 3, "file not read for the kustomization: cannot read k/secret.yaml: refused for the test"},
		{"kustomization patch", fstest.MapFS{
			"k/kustomization.yaml": {Data: []byte("resources: [pod.yaml]\npatches:\n  - path: patch.yaml\n")},
			"k/pod.yaml":           {Data: []byte(kpod)},
			"k/patch.yaml":         {Data: []byte("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true}\n")},
		}, "k/patch.yaml", []string{"v1/Pod//p"}, "k/kustomization.yaml", 3, "cannot read k/patch.yaml: refused for the test"},
		{"kustomization outside the root", fstest.MapFS{
			"k/kustomization.yaml": {Data: []byte("resources:\n  - pod.yaml\n  - ../../etc/secret.yaml\n")},
			"k/pod.yaml":           {Data: []byte(kpod)},
		}, "", []string{"v1/Pod//p"}, "k/kustomization.yaml", 3, "outside the scan root"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fsys := refusingFS{MapFS: tc.fsys, refused: map[string]bool{tc.refused: true}}
			res, err := parser.Parse(context.Background(), parser.NewSource(fsys), []string{"."}, []parser.Decoder{New(Options{})})
			require.NoError(t, err)
			var found *parser.Diagnostic
			for i, d := range res.Diagnostics {
				if strings.Contains(d.Message, tc.text) {
					found = &res.Diagnostics[i]
				}
			}
			require.NotNil(t, found, "%v", res.Diagnostics)
			assert.Equal(t, tc.file, found.Range.File)
			assert.Equal(t, tc.line, found.Range.Start.Line)
			var ids []string
			for _, r := range res.Resources {
				ids = append(ids, r.ID)
				if tc.refused != "c/.helmignore" {
					assert.NotEqual(t, "Secret", r.Properties["kind"], "a refused file was read")
				}
			}
			if tc.resources != nil {
				assert.Subset(t, ids, tc.resources)
			}
		})
	}
}
