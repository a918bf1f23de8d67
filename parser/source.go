package parser

import (
	"io/fs"
	"sort"
	"sync"
	"unicode/utf8"
)

// Source is the file system a scan reads from. It caches the bytes of every
// file it has read, so a file is read once and its bytes are at hand when a
// finding's source line is printed.
type Source struct {
	fsys  fs.FS
	mu    sync.Mutex
	files map[string][]byte
}

// NewSource wraps fsys, whose root is the scan root.
func NewSource(fsys fs.FS) *Source {
	return &Source{fsys: fsys, files: map[string][]byte{}}
}

// Open implements fs.FS.
func (s *Source) Open(name string) (fs.File, error) { return s.fsys.Open(name) }

// ReadFile implements fs.ReadFileFS, caching what it reads.
func (s *Source) ReadFile(name string) ([]byte, error) {
	s.mu.Lock()
	b, ok := s.files[name]
	s.mu.Unlock()
	if ok {
		return b, nil
	}
	b, err := fs.ReadFile(s.fsys, name)
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

// Put records the content of a file that did not come from the file system
// (a git revision, a rendered template), so that snippets can be shown.
func (s *Source) Put(name string, b []byte) {
	b = b[:len(b):len(b)]
	s.mu.Lock()
	s.files[name] = b
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

// LineIndex converts byte offsets in one file's content to positions.
type LineIndex struct {
	src    []byte
	starts []int
}

// NewLineIndex indexes the line starts of src.
func NewLineIndex(src []byte) *LineIndex {
	starts := make([]int, 1, len(src)/32+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{src: src, starts: starts}
}

// Pos returns the position of byte offset off, with the column counted in
// Unicode code points.
func (x *LineIndex) Pos(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	line := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	col := utf8.RuneCount(x.src[x.starts[line]:off]) + 1
	return Pos{Line: line + 1, Column: col, Byte: off}
}

// Line returns the text of the 1-based line n without its line break.
func (x *LineIndex) Line(n int) string {
	if n < 1 || n > len(x.starts) {
		return ""
	}
	start := x.starts[n-1]
	end := len(x.src)
	if n < len(x.starts) {
		end = x.starts[n] - 1
	}
	if end > start && x.src[end-1] == '\r' {
		end--
	}
	return string(x.src[start:end])
}

// Lines returns the number of lines.
func (x *LineIndex) Lines() int { return len(x.starts) }
