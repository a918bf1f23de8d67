package parser

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"sync"
)

// DefaultMaxFileSize is the largest file a scan reads unless told
// otherwise: five times the largest configuration file in the shared
// corpus (a 2 MB Argo CD install bundle), and small enough that a
// hostile file cannot hold the scan's memory.
const DefaultMaxFileSize = 10 << 20

// Why a file was not read. Source wraps them in an *fs.PathError.
var (
	// ErrNotRegular: a named pipe, device or socket. Opening one could
	// block the scan or never reach an end.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge: the file is over the size limit.
	ErrTooLarge = errors.New("larger than the file size limit")
	// ErrOutsideRoot: the name, after following symbolic links, leaves
	// the directories the scan may read.
	ErrOutsideRoot = errors.New("a symbolic link leads outside the scanned directory")
)

// Source is the file system a scan reads from, and the one gate every
// read of scanned content passes: it reads only regular files, only up to
// a size limit, and (opened with OpenSource) only inside the scanned
// directories. It caches the bytes of every file it has read, so a file
// is read once and its bytes are at hand when a finding's source line is
// printed.
type Source struct {
	fsys    fs.FS
	maxSize int64

	mu    sync.Mutex
	files map[string][]byte
	lines map[string]*LineIndex
}

// NewSource wraps fsys, whose root is the scan root. Reads are limited to
// regular files of at most DefaultMaxFileSize bytes; containment is
// fsys's own (OpenSource confines to directories).
func NewSource(fsys fs.FS) *Source {
	return &Source{fsys: fsys, maxSize: DefaultMaxFileSize, files: map[string][]byte{}, lines: map[string]*LineIndex{}}
}

// SetMaxFileSize changes the size limit; n <= 0 restores the default.
func (s *Source) SetMaxFileSize(n int64) {
	if n <= 0 {
		n = DefaultMaxFileSize
	}
	s.maxSize = n
}

// MaxFileSize is the size limit in bytes.
func (s *Source) MaxFileSize() int64 { return s.maxSize }

// Open implements fs.FS. It opens directories and regular files only.
func (s *Source) Open(name string) (fs.File, error) {
	if d, ok := s.fsys.(*disk); ok {
		return d.Open(name)
	}
	info, err := fs.Stat(s.fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() && !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: notRegular(info.Mode())}
	}
	return s.fsys.Open(name)
}

// Stat implements fs.StatFS.
func (s *Source) Stat(name string) (fs.FileInfo, error) { return fs.Stat(s.fsys, name) }

// ReadDir implements fs.ReadDirFS.
func (s *Source) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(s.fsys, name) }

// ReadFile implements fs.ReadFileFS, caching what it reads.
func (s *Source) ReadFile(name string) ([]byte, error) {
	s.mu.Lock()
	b, ok := s.files[name]
	s.mu.Unlock()
	if ok {
		return b, nil
	}
	b, err := s.read(name)
	if err != nil {
		return nil, err
	}
	// Callers share the bytes: without spare capacity, a caller's append
	// copies them instead of writing into what the others read.
	b = b[:len(b):len(b)]
	s.mu.Lock()
	s.files[name] = b
	s.mu.Unlock()
	return b, nil
}

// Overlay makes the file name read as b, as if it held it: posture fix
// --dry-run scans the files as its edits would leave them without writing
// them. Only files the scan can read are overlaid, and b is held to the
// size limit, as a read would be.
func (s *Source) Overlay(name string, b []byte) error {
	if _, err := s.ReadFile(name); err != nil {
		return err
	}
	if int64(len(b)) > s.maxSize {
		return &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w; raise it with --max-file-size", ErrTooLarge)}
	}
	b = append([]byte(nil), b...)
	s.mu.Lock()
	s.files[name] = b[:len(b):len(b)]
	delete(s.lines, name)
	s.mu.Unlock()
	return nil
}

// read checks the kind and size of a file before reading it, and reads no
// more than the limit even if the file grows meanwhile.
func (s *Source) read(name string) ([]byte, error) {
	b, err := ReadRegular(s.fsys, name, s.maxSize)
	var pe *fs.PathError
	if errors.Is(err, ErrTooLarge) && errors.As(err, &pe) {
		pe.Err = fmt.Errorf("%w; raise it with --max-file-size", pe.Err)
	}
	return b, err
}

// ReadRegular reads a regular file of at most limit bytes from fsys, which
// must implement fs.StatFS. The kind is checked before opening, so that a
// named pipe cannot block the caller nor a device run on, and again on
// the opened file; no more than the limit is read even if the file grows
// meanwhile. Errors wrap ErrNotRegular or ErrTooLarge in an
// *fs.PathError, and never quote what the file holds.
func ReadRegular(fsys fs.FS, name string, limit int64) ([]byte, error) {
	// fs.Stat on a file system without Stat opens the file to ask it.
	stater, ok := fsys.(fs.StatFS)
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("the file system cannot tell a file's kind without opening it")}
	}
	info, err := stater.Stat(name)
	if err != nil {
		// Reported as the open it stands for.
		return nil, renamed(err, "open", name)
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: notRegular(info.Mode())}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: notRegular(info.Mode())}
	}
	if info.Size() > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: tooLarge(info.Size(), limit)}
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if int64(len(b)) > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: tooLarge(int64(len(b)), limit)}
	}
	return b, nil
}

func notRegular(mode fs.FileMode) error {
	kind := "special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case mode&fs.ModeDevice != 0:
		kind = "device"
	case mode&fs.ModeSocket != 0:
		kind = "socket"
	case mode.IsDir():
		kind = "directory"
	}
	return fmt.Errorf("%w (a %s)", ErrNotRegular, kind)
}

func tooLarge(size, limit int64) error {
	have, max := byteSize(size), byteSize(limit)
	if have == max {
		have, max = fmt.Sprintf("%d bytes", size), fmt.Sprintf("%d bytes", limit)
	}
	return fmt.Errorf("%w (%s, limit %s)", ErrTooLarge, have, max)
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

// Put records the content of a file that did not come from the file system
// (a git revision, a rendered template), so that snippets can be shown.
func (s *Source) Put(name string, b []byte) {
	b = b[:len(b):len(b)]
	s.mu.Lock()
	s.files[name] = b
	delete(s.lines, name)
	s.mu.Unlock()
}

// Cached returns the bytes of a file already read, without touching the
// file system.
func (s *Source) Cached(name string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.files[name]
	return b, ok
}

// Lines returns the line index of a file already read, building it once.
func (s *Source) Lines(name string) (*LineIndex, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if x, ok := s.lines[name]; ok {
		return x, true
	}
	b, ok := s.files[name]
	if !ok {
		return nil, false
	}
	x := NewLineIndex(b)
	s.lines[name] = x
	return x, true
}

// Close releases the directories an OpenSource holds open.
func (s *Source) Close() error {
	if d, ok := s.fsys.(*disk); ok {
		return d.close()
	}
	return nil
}

// sortedEntries sorts directory entries by name, as fs.ReadDir promises.
func sortedEntries(es []fs.DirEntry) []fs.DirEntry {
	sort.Slice(es, func(i, j int) bool { return es[i].Name() < es[j].Name() })
	return es
}
