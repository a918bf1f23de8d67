package parser

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// SourceOptions say what an OpenSource may read.
type SourceOptions struct {
	// Dirs are the directories whose trees may be read, as names relative
	// to the source's directory ("." for all of it): the working
	// directory and the directories named on the command line. A symbolic
	// link inside one may lead anywhere inside the same tree, never out.
	Dirs []string
	// Files are files named on the command line (inputs, var files,
	// parameter files): the user's own, read wherever they lead.
	Files []string
	// MaxFileSize is the size limit in bytes; 0 means DefaultMaxFileSize.
	MaxFileSize int64
}

// OpenSource returns a Source over the directory dir, confined as opts
// say. Everything in the scanned tree is untrusted: a symbolic link that
// leaves the allowed trees, a named pipe or a device is refused with an
// error instead of being read. The confinement is the kernel's (os.Root:
// every path component is opened relative to its parent, and links are
// resolved inside the root), not a check of names before opening them.
func OpenSource(dir string, opts SourceOptions) (*Source, error) {
	d := &disk{dir: dir, files: map[string]string{}}
	dirs := opts.Dirs
	if len(dirs) == 0 {
		dirs = []string{"."}
	}
	for _, name := range dirs {
		name = path.Clean(name)
		root, err := os.OpenRoot(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			d.close()
			return nil, err
		}
		real, err := filepath.EvalSymlinks(root.Name())
		if err != nil {
			real = root.Name()
		}
		d.mounts = append(d.mounts, mount{prefix: name, root: root, real: real})
	}
	// Outer trees first: a name is read through the widest tree that
	// holds it, so a link from a named directory to its sibling inside the
	// working directory still works.
	sort.SliceStable(d.mounts, func(i, j int) bool { return depth(d.mounts[i].prefix) < depth(d.mounts[j].prefix) })
	for _, name := range opts.Files {
		name = path.Clean(name)
		d.files[name] = filepath.Join(dir, filepath.FromSlash(name))
	}
	s := NewSource(d)
	s.SetMaxFileSize(opts.MaxFileSize)
	return s, nil
}

func depth(prefix string) int {
	if prefix == "." {
		return 0
	}
	return strings.Count(prefix, "/") + 1
}

// disk is the confined fs.FS under an OpenSource.
type disk struct {
	dir    string
	mounts []mount
	files  map[string]string // name → path of a file named on the command line
}

type mount struct {
	prefix string // "." or a slash path below the source's directory
	root   *os.Root
	real   string // the tree's directory with links resolved
}

// rest returns the name relative to the mount, if the mount holds it.
func (m mount) rest(name string) (string, bool) {
	switch {
	case m.prefix == ".":
		return name, true
	case name == m.prefix:
		return ".", true
	case strings.HasPrefix(name, m.prefix+"/"):
		return name[len(m.prefix)+1:], true
	}
	return "", false
}

func (d *disk) close() error {
	var errs []error
	for _, m := range d.mounts {
		errs = append(errs, m.root.Close())
	}
	return errors.Join(errs...)
}

// do runs op on name in the first tree that holds it and lets op succeed.
// A name the trees refuse because a link leaves them is ErrOutsideRoot,
// unless the link is absolute and leads back inside the tree (os.Root
// refuses absolute links whatever their target).
func (d *disk) do(opName, name string, op func(root *os.Root, rel string) error) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: opName, Path: name, Err: fs.ErrInvalid}
	}
	var first error
	for _, m := range d.mounts {
		rel, ok := m.rest(name)
		if !ok {
			continue
		}
		err := op(m.root, rel)
		if err == nil {
			return nil
		}
		if !escapes(err) {
			if first == nil {
				first = err
			}
			continue
		}
		if inside, ok := m.resolveInside(rel); ok {
			if err := op(m.root, inside); err == nil {
				return nil
			}
		}
		if first == nil {
			first = &fs.PathError{Op: opName, Path: name, Err: ErrOutsideRoot}
		}
	}
	if first == nil {
		first = &fs.PathError{Op: opName, Path: name, Err: ErrOutsideRoot}
	}
	return renamed(first, opName, name)
}

// escapes reports whether err is os.Root refusing a path that leaves it:
// the error is not one of the ordinary file-system errors. (os.Root does
// not export its sentinel.)
func escapes(err error) bool {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return false
	}
	var errno syscall.Errno
	if errors.As(pe.Err, &errno) {
		return false
	}
	return !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission) &&
		!errors.Is(err, ErrNotRegular) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, fs.ErrInvalid)
}

// resolveInside follows the links of rel by name and returns the result
// relative to the tree when it stays inside.
func (m mount) resolveInside(rel string) (string, bool) {
	real, err := filepath.EvalSymlinks(filepath.Join(m.root.Name(), filepath.FromSlash(rel)))
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(m.real, real)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// renamed makes a path error name the operation and the file as the scan
// knows them (os.Root says "statat" for a stat).
func renamed(err error, op, name string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: op, Path: name, Err: pe.Err}
	}
	return err
}

func (d *disk) Stat(name string) (fs.FileInfo, error) {
	if p, ok := d.files[name]; ok {
		info, err := os.Stat(p)
		return info, renamed(err, "stat", name)
	}
	var info fs.FileInfo
	err := d.do("stat", name, func(root *os.Root, rel string) error {
		var err error
		info, err = root.Stat(rel)
		return err
	})
	return info, err
}

// Open opens a directory or a regular file. The kind is checked before
// opening: opening a device can have effects of its own, and opening a
// named pipe for reading blocks until someone writes.
func (d *disk) Open(name string) (fs.File, error) {
	info, err := d.Stat(name)
	if err != nil {
		return nil, renamed(err, "open", name)
	}
	if !info.IsDir() && !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: notRegular(info.Mode())}
	}
	var f *os.File
	open := func(root *os.Root, rel string) error {
		var err error
		// O_NONBLOCK: should the file have become a pipe since the check,
		// the open still returns at once.
		f, err = root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		return err
	}
	if p, ok := d.files[name]; ok {
		f, err = os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		err = renamed(err, "open", name)
	} else {
		err = d.do("open", name, open)
	}
	if err != nil {
		return nil, err
	}
	// Check again what was opened, not what was named.
	if info, err = f.Stat(); err != nil || (!info.IsDir() && !info.Mode().IsRegular()) {
		f.Close()
		if err == nil {
			err = notRegular(info.Mode())
		}
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return f, nil
}

func (d *disk) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	es, err := dir.ReadDir(-1)
	return sortedEntries(es), renamed(err, "readdir", name)
}
