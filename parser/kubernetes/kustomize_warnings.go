package kubernetes

import (
	"bufio"
	"io"
	"os"
	"regexp"
	"sync"
)

// Kustomize prints a warning for every deprecated kustomization field
// (bases, patchesStrategicMerge, commonLabels, ...) straight to os.Stderr
// each time it loads the kustomization, so a scan of an overlay tree
// interleaved dozens of copies with posture's own output, and a
// pre-commit run showed them for files the developer never touched. The
// build itself is not affected (Kustomize still honours those fields), so
// while builds run, os.Stderr is a pipe that drops exactly these lines and
// passes everything else on. posture writes to the stderr its caller gave
// it, never to os.Stderr, so its own messages are not in the way.

var kustomizeDeprecation = regexp.MustCompile(`^# Warning: '\w+' is deprecated\. Please use '\w+' instead\.`)

var stderrFilter struct {
	mu    sync.Mutex
	users int
	saved *os.File
	pipe  *os.File
	done  chan struct{}
}

// quietKustomize starts filtering os.Stderr, unless a build already does;
// the returned function stops it when the last build is done.
func quietKustomize() (release func()) {
	f := &stderrFilter
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.users == 0 {
		r, w, err := os.Pipe()
		if err != nil {
			return func() {} // unfiltered, but the build goes on
		}
		f.saved, f.pipe, f.done = os.Stderr, w, make(chan struct{})
		os.Stderr = w
		go forwardStderr(r, f.saved, f.done)
	}
	f.users++
	return func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.users--; f.users == 0 {
			os.Stderr = f.saved
			_ = f.pipe.Close()
			<-f.done // every line written is passed on before we return
		}
	}
}

func forwardStderr(r, to *os.File, done chan<- struct{}) {
	defer close(done)
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if kustomizeDeprecation.Match(sc.Bytes()) {
			continue
		}
		_, _ = to.Write(append(sc.Bytes(), '\n'))
	}
	if sc.Err() != nil {
		_, _ = io.Copy(to, r) // a line too long to filter: pass the rest on
	}
}
