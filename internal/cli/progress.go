package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/posture-dev/posture/internal/scan"
	"github.com/posture-dev/posture/result"
)

// Progress timing: nothing is shown for scans shorter than progressDelay
// (a pre-commit run on one file must stay silent).
const (
	progressDelay    = 700 * time.Millisecond
	progressInterval = 120 * time.Millisecond
)

// runWithProgress runs the scan, showing a spinner with the elapsed time on
// stderr while it takes longer than a moment, when stderr is a terminal.
func runWithProgress(ctx context.Context, opts scan.Options, stderr io.Writer) (*result.Report, error) {
	if !isTerminal(stderr) {
		return scan.Run(ctx, opts)
	}
	p := startProgress(stderr, "scanning", progressDelay, progressInterval)
	defer p.Stop()
	return scan.Run(ctx, opts)
}

// progress draws a one-line spinner and erases it when stopped.
type progress struct {
	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

var spinnerFrames = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

func startProgress(w io.Writer, label string, delay, every time.Duration) *progress {
	p := &progress{stop: make(chan struct{}), done: make(chan struct{})}
	start := time.Now()
	go func() {
		defer close(p.done)
		wait := time.NewTimer(delay)
		defer wait.Stop()
		select {
		case <-p.stop:
			return
		case <-wait.C:
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for i := 0; ; i++ {
			fmt.Fprintf(w, "\r%s posture: %s… %.1fs", spinnerFrames[i%len(spinnerFrames)], label, time.Since(start).Seconds())
			select {
			case <-p.stop:
				// Erase the line so the report starts on a clean one.
				fmt.Fprint(w, "\r\x1b[K")
				return
			case <-tick.C:
			}
		}
	}()
	return p
}

// Stop erases the spinner (if it was drawn) and waits until it has.
func (p *progress) Stop() {
	p.stopOnce.Do(func() { close(p.stop) })
	<-p.done
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
