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
var candidateExts = []string{".tf", ".tf.json", ".tfvars", ".tfvars.json", ".json", ".yaml", ".yml", ".bicep", ".bicepparam"}

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
// a decoder may still decline it. What cannot be walked or read (an
// unreadable directory, a link out of the tree, a named pipe) is a
// diagnostic, and the walk goes on.
func Discover(fsys fs.FS, paths []string) ([]string, []Diagnostic, error) {
	seen := map[string]bool{}
	var out []string
	var diags []Diagnostic
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
				return nil, nil, fmt.Errorf("%s: %w", p, ErrNotFound)
			}
			diags = append(diags, Errorf(Range{File: p}, "not scanned: %s", reason(err)))
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				diags = append(diags, Errorf(Range{File: p}, "not scanned: %s", reason(notRegular(info.Mode()))))
				continue
			}
			add(p)
			continue
		}
		err = fs.WalkDir(fsys, p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				diags = append(diags, Errorf(Range{File: name}, "directory not scanned: %s", reason(err)))
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
			if d.Type().IsRegular() {
				if IsCandidate(name) {
					add(name)
				}
				return nil
			}
			read, diag := special(fsys, name, d)
			if diag != nil {
				diags = append(diags, *diag)
			}
			if read {
				add(name)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("walk %s: %w", p, err)
		}
	}
	sort.Strings(out)
	SortDiagnostics(diags)
	return out, diags, nil
}

// special decides about a walked entry that is not a regular file: a
// link is followed (inside the tree only) and read if it names a regular
// candidate file; named pipes, devices and sockets are never opened. Only
// entries named like configuration, and links out of the tree that may
// be directories, are worth a diagnostic.
func special(fsys fs.FS, name string, d fs.DirEntry) (read bool, diag *Diagnostic) {
	candidate := IsCandidate(name)
	notScanned := func(err error) (bool, *Diagnostic) {
		diag := Errorf(Range{File: name}, "not scanned: %s", reason(err))
		return false, &diag
	}
	if d.Type()&fs.ModeSymlink == 0 {
		if !candidate {
			return false, nil
		}
		return notScanned(notRegular(d.Type()))
	}
	info, err := fs.Stat(fsys, name)
	switch {
	case err != nil && errors.Is(err, ErrOutsideRoot) && (candidate || mayHoldCandidates(name)):
		return notScanned(err)
	case err != nil:
		if !candidate {
			return false, nil
		}
		return notScanned(err)
	case info.IsDir():
		// Not followed: a link to a directory can loop, and its target is
		// either scanned where it lies or outside the tree.
		diag := Notef(Range{File: name}, "not scanned: a symbolic link to a directory is not followed; scan its target instead")
		return false, &diag
	case !info.Mode().IsRegular():
		if !candidate {
			return false, nil
		}
		return notScanned(notRegular(info.Mode()))
	}
	return candidate, nil
}

// mayHoldCandidates is true for a name without an extension: a link
// that leaves the tree under such a name is likely a directory.
func mayHoldCandidates(name string) bool { return !strings.Contains(path.Base(name), ".") }

// reason is an error as a diagnostic says it: without the path, which the
// diagnostic names already.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}
