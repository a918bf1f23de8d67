package scan

import (
	"io/fs"
	"path"
	"sort"

	"github.com/posture-dev/posture/fix"
)

// The scanned files are what fix planners read: by display path, through
// the scan's confined Source, so a planner sees only what the scan could.
var _ fix.Source = (*scannedFiles)(nil)

// name returns the name in the scan root of a display path.
func (s *scannedFiles) name(display string) string {
	if n, ok := s.names[display]; ok {
		return n
	}
	return rootName(s.root, s.wd, display)
}

// ReadFile returns the content of a file named by its display path.
func (s *scannedFiles) ReadFile(display string) ([]byte, error) {
	return s.src.ReadFile(s.name(display))
}

// ReadDir returns the display paths of the regular files in a directory
// named by its display path, sorted.
func (s *scannedFiles) ReadDir(display string) ([]string, error) {
	entries, err := s.src.ReadDir(s.name(display))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.Type()&fs.ModeType == 0 {
			out = append(out, path.Join(display, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}
