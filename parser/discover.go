package parser

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// skipDirs are directories that never hold the user's own configuration:
// VCS metadata, provider and module caches, vendored dependencies.
var skipDirs = map[string]bool{
	".git": true, ".hg": true, ".svn": true,
	".terraform": true, ".terragrunt-cache": true,
	"node_modules": true, "vendor": true, ".venv": true, "__pycache__": true,
}

// candidateExts are the file name endings any decoder may claim. Files with
// other endings are never read.
var candidateExts = []string{".tf", ".tf.json", ".tfvars", ".tfvars.json", ".json", ".yaml", ".yml"}

// IsCandidate reports whether a file name has an ending some decoder reads.
func IsCandidate(name string) bool {
	lower := strings.ToLower(name)
	for _, ext := range candidateExts {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}

// ErrNotFound is returned by Discover for a path the user named that does
// not exist; the command exits with 2 on it.
var ErrNotFound = errors.New("no such file or directory")

// Discover expands the paths the user named (files or directories, relative
// to the root of fsys) into the candidate files below them, sorted and
// without duplicates. A file named explicitly is kept whatever its ending;
// a decoder may still decline it.
func Discover(fsys fs.FS, paths []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	for _, p := range paths {
		p = path.Clean(p)
		info, err := fs.Stat(fsys, p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: %w", p, ErrNotFound)
			}
			return nil, fmt.Errorf("stat %s: %w", p, err)
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		err = fs.WalkDir(fsys, p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable directory below a named path is reported by the
				// decoder that misses it; walking goes on.
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if name != p && skipDirs[d.Name()] {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				return nil
			}
			if IsCandidate(name) {
				add(name)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	sort.Strings(out)
	return out, nil
}
