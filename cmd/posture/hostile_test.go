package main

// TestHostile runs posture on the adversarial cases in testdata/hostile:
// trees an attacker controls (a pull request from a fork), each beside a
// secret it must never read. See docs/security.md for what a scan promises.
//
// A case is one txtar file. Its comment section holds directives, one per
// line ("#" starts a comment line); its files are the scanned tree.
//
//	args: WORDS            posture's arguments (required). Words split on
//	                       spaces; "..." is a Go string literal, '...' raw.
//	                       $ROOT, $OUTSIDE and $OUT are replaced (below).
//	exit: N                the expected exit code (required).
//	diag: REGEXP           must match in the output (stdout, stderr and
//	                       files under $OUT); repeatable. Without (?s) a
//	                       match stays on one line, so "a\.tf.*outside"
//	                       asks for a line naming a.tf that says outside.
//	in-output: REGEXP      the same check, for what is not a diagnostic.
//	not-in-output: REGEXP  must not match anywhere in the output.
//	not-in-markdown: REGEXP
//	                       must not match the output once code spans and
//	                       fenced code blocks are removed: what GitHub
//	                       would render as markdown.
//	want-finding: FILE     a finding located in FILE is reported (the good
//	                       file beside the bad one is still scanned). How
//	                       it is recognised depends on --format.
//	max-output: SIZE       stdout, stderr and $OUT together stay under
//	                       SIZE (1234, 64KiB, 2MiB).
//	absent: PATH           PATH ($ROOT/..., $OUTSIDE/...) does not exist
//	                       after the run.
//	git: true              the root is a git repository with one commit
//	                       of the case's files; the real git is on PATH.
//	setup: fifo NAME       a named pipe.
//	setup: symlink NAME TARGET
//	setup: unreadable NAME mode 000. When the runner is root, posture runs
//	                       as uid/gid 65534 so the mode holds.
//	setup: rename FROM TO  gives a file a name txtar cannot spell
//	                       ("evil\x1b[2J.tf").
//	setup: longpath FILE N moves FILE under N nested 200-byte directory
//	                       names (past PATH_MAX for N >= 21).
//
// Layout: <tmp>/root holds the case's files and is posture's working
// directory; <tmp>/outside holds secret.txt, whose random token must never
// reach any output, and the archive files named "../outside/...". In those,
// $SECRET is replaced by the token; $OUTSIDE and $ROOT by the absolute
// directories in every file. A file whose name ends in ".gen" is a
// text/template with delimiters <% %> and the functions repeat N S and
// fill SIZE S (S repeated up to SIZE bytes) and seq N (0..N-1, for range);
// it is written without ".gen".
// Large inputs are generated this way, never committed.
//
// Every case also checks: the exit code; that posture finishes within
// caseTimeout and under maxRSS (safety nets, killed beyond them, never a
// measure of speed); that none of the fake ssh, git, helm, kubectl,
// terraform, curl and wget first on PATH ran; and, under strace (below),
// the system calls.
//
// strace: with POSTURE_HOSTILE_STRACE=1 (CI) the cases run under
// `strace -f`, and a missing strace fails; unset, strace is used when it
// is installed; 0 turns it off. The log must show no connect at all, no
// execve but posture's own (and git's for git cases), and no successful
// open outside the case's root except straceAllowed. Failed opens outside
// the root are logged, not failed.
//
// POSTURE_HOSTILE_BIN names a posture binary to test (CI passes the one
// `make build` wrote); otherwise the test binary plays posture, as
// TestMain's testscript.Main lets it, with the GOGC and GOMEMLIMIT that
// main's tuneGC would set.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"text/template"
	"time"

	"github.com/rogpeppe/go-internal/txtar"
)

const (
	caseTimeout = 60 * time.Second
	maxRSS      = 1 << 30 // bytes
	// outputCap is how much of stdout and stderr is kept; past it the
	// process is stopped: no case legitimately writes that much.
	outputCap = 32 << 20
	// nobody is the uid and gid posture runs as when a case needs file
	// modes to hold and the runner is root.
	nobody = 65534
)

// fakePrograms are put first on PATH: if posture runs one, the run fails.
var fakePrograms = []string{"ssh", "git", "helm", "kubectl", "terraform", "curl", "wget"}

type hostileCase struct {
	name         string
	args         []string
	exit         int
	diags        []*regexp.Regexp
	notInOutput  []*regexp.Regexp
	notInMD      []*regexp.Regexp
	wantFindings []string
	maxOutput    int64
	absent       []string
	git          bool
	setups       [][]string
	files        []txtar.File
}

func TestHostile(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "hostile", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases in testdata/hostile (%v)", err)
	}
	var cases []*hostileCase
	for _, p := range paths {
		c, err := parseHostileCase(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		cases = append(cases, c)
	}
	if t.Failed() {
		return
	}
	env := newHostileEnv(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			env.run(t, c)
		})
	}
}

func parseHostileCase(file string) (*hostileCase, error) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		return nil, err
	}
	c := &hostileCase{name: strings.TrimSuffix(filepath.Base(file), ".txtar"), exit: -1, files: ar.Files}
	for i, line := range strings.Split(string(ar.Comment), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		if !ok {
			return nil, fmt.Errorf("line %d: want `directive: value`", i+1)
		}
		re := func() (*regexp.Regexp, error) { return regexp.Compile("(?m)" + val) }
		switch key {
		case "args":
			if c.args, err = splitWords(val); err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
		case "exit":
			if c.exit, err = strconv.Atoi(val); err != nil {
				return nil, fmt.Errorf("line %d: exit: %v", i+1, err)
			}
		case "diag", "in-output":
			r, err := re()
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
			c.diags = append(c.diags, r)
		case "not-in-output", "not-in-markdown":
			r, err := re()
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
			if key == "not-in-output" {
				c.notInOutput = append(c.notInOutput, r)
			} else {
				c.notInMD = append(c.notInMD, r)
			}
		case "want-finding":
			c.wantFindings = append(c.wantFindings, val)
		case "max-output":
			if c.maxOutput, err = parseSize(val); err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
		case "absent":
			c.absent = append(c.absent, val)
		case "git":
			c.git = val == "true"
		case "setup":
			w, err := splitWords(val)
			if err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
			want := map[string]int{"fifo": 2, "symlink": 3, "unreadable": 2, "rename": 3, "longpath": 3}
			if n, ok := want[w[0]]; !ok || len(w) != n {
				return nil, fmt.Errorf("line %d: unknown setup %q (fifo NAME, symlink NAME TARGET, unreadable NAME, rename FROM TO, longpath FILE N)", i+1, val)
			}
			c.setups = append(c.setups, w)
		default:
			return nil, fmt.Errorf("line %d: unknown directive %q", i+1, key)
		}
	}
	if len(c.args) == 0 || c.exit < 0 {
		return nil, errors.New("args: and exit: are required")
	}
	for _, f := range c.files {
		if strings.HasPrefix(f.Name, "/") || (strings.Contains(f.Name, "..") && !strings.HasPrefix(f.Name, "../outside/")) {
			return nil, fmt.Errorf("file %q: only ../outside/ may leave the root", f.Name)
		}
		if !strings.HasPrefix(f.Name, "../outside/") && bytes.Contains(f.Data, []byte("$SECRET")) {
			return nil, fmt.Errorf("file %q: $SECRET belongs outside the root", f.Name)
		}
	}
	return c, nil
}

// splitWords splits s on spaces; a word in double quotes is a Go string
// literal, one in single quotes is taken as it is.
func splitWords(s string) ([]string, error) {
	var out []string
	for s = strings.TrimLeft(s, " \t"); s != ""; s = strings.TrimLeft(s, " \t") {
		switch s[0] {
		case '"':
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("bad quoted word in %q", s)
			}
			w, _ := strconv.Unquote(q)
			out = append(out, w)
			s = s[len(q):]
		case '\'':
			end := strings.IndexByte(s[1:], '\'')
			if end < 0 {
				return nil, fmt.Errorf("unclosed ' in %q", s)
			}
			out = append(out, s[1:end+1])
			s = s[end+2:]
		default:
			end := strings.IndexAny(s, " \t")
			if end < 0 {
				end = len(s)
			}
			out = append(out, s[:end])
			s = s[end:]
		}
	}
	return out, nil
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	for suffix, m := range map[string]int64{"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30} {
		if strings.HasSuffix(s, suffix) {
			s, mult = strings.TrimSuffix(s, suffix), m
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: want a number with an optional KiB, MiB or GiB", s)
	}
	return n * mult, nil
}

// hostileEnv is what every case shares: the binary and how to trace it.
type hostileEnv struct {
	bin    string
	env    []string // extra environment for the binary
	strace string   // path of strace, or "" to run without
	git    string   // the real git, for git cases
	root   bool     // the runner is root: unreadable cases run as nobody
}

func newHostileEnv(t *testing.T) *hostileEnv {
	e := &hostileEnv{root: os.Geteuid() == 0}
	dir, err := os.MkdirTemp("", "posture-hostile-bin-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	// Readable and executable by nobody, for the unreadable cases.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// Copied, so that nobody can run it wherever the original lives.
	from := os.Getenv("POSTURE_HOSTILE_BIN")
	if from == "" {
		if from, err = os.Executable(); err != nil {
			t.Fatal(err)
		}
		e.env = []string{"GOGC=300", "GOMEMLIMIT=850MiB"}
	}
	e.bin = filepath.Join(dir, "posture")
	if err := copyFile(from, e.bin, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(e.bin, "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "posture ") {
		t.Fatalf("%s does not run as posture (%v): %q", e.bin, err, out)
	}
	if e.git, err = exec.LookPath("git"); err != nil {
		t.Logf("git not found: git cases will fail")
	}
	switch v := os.Getenv("POSTURE_HOSTILE_STRACE"); v {
	case "0":
		t.Logf("POSTURE_HOSTILE_STRACE=0: connect, execve and open are not checked")
	default:
		e.strace, err = exec.LookPath("strace")
		if err != nil && v == "1" {
			t.Fatalf("POSTURE_HOSTILE_STRACE=1 but strace is not installed")
		}
		if err != nil {
			t.Logf("strace not found: connect, execve and open are not checked (apt-get install strace)")
		}
	}
	return e
}

func copyFile(from, to string, mode fs.FileMode) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// caseDirs are the directories of one run.
type caseDirs struct {
	base, root, outside, out, home, bin, markers, trace, tmp string
	secret                                                   string
}

func (e *hostileEnv) run(t *testing.T, c *hostileCase) {
	d, asNobody := e.layout(t, c)
	args := make([]string, len(c.args))
	for i, a := range c.args {
		args[i] = d.expand(a)
	}
	argv := append([]string{e.bin}, args...)
	traceLog := filepath.Join(d.trace, "strace.log")
	if e.strace != "" {
		argv = append([]string{e.strace, "-f", "-qq", "-y", "-s", "256",
			"-e", "trace=connect,execve,execveat,open,openat,openat2,clone,clone3,fork,vfork",
			"-o", traceLog, "--"}, argv...)
	} else {
		t.Log("without strace: connect, execve and open not checked")
	}

	ctx, cancel := context.WithTimeout(context.Background(), caseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = d.root
	pathDirs := d.bin + string(filepath.ListSeparator) + os.Getenv("PATH")
	cmd.Env = append([]string{
		"PATH=" + pathDirs,
		"HOME=" + d.home,
		"TMPDIR=" + d.tmp,
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL=" + filepath.Join(d.home, ".gitconfig"),
		"LANG=C.UTF-8",
		"TERM=dumb",
	}, e.env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if asNobody {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: nobody, Gid: nobody}
	}
	var killedFor string
	var killMu sync.Mutex
	kill := func(why string) {
		killMu.Lock()
		if killedFor == "" {
			killedFor = why
		}
		killMu.Unlock()
		if cmd.Process != nil {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		}
	}
	cmd.Cancel = func() error { kill(fmt.Sprintf("still running after %s", caseTimeout)); return nil }
	cmd.WaitDelay = 5 * time.Second
	stdout := &cappedBuffer{limit: outputCap, over: func() { kill("wrote more than 32 MiB to stdout") }}
	stderr := &cappedBuffer{limit: outputCap, over: func() { kill("wrote more than 32 MiB to stderr") }}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start: %v", err)
	}
	done := make(chan struct{})
	go watchMemory(cmd.Process.Pid, done, kill)
	waitErr := cmd.Wait()
	close(done)
	killMu.Lock()
	why := killedFor
	killMu.Unlock()

	t.Logf("posture %s", strings.Join(quoteAll(args), " "))
	outFiles := readOutputs(t, d.out)
	all := stdout.String() + "\n" + stderr.String() + "\n" + outFiles
	defer func() {
		if t.Failed() {
			t.Logf("stdout (%d bytes):\n%s", stdout.n, ends(stdout.String(), 2000))
			t.Logf("stderr (%d bytes):\n%s", stderr.n, ends(stderr.String(), 2000))
		}
	}()

	if why != "" {
		t.Errorf("killed: %s", why)
	}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss*1024 > maxRSS {
			t.Errorf("peak memory %d MiB, over the %d MiB limit", ru.Maxrss>>10, maxRSS>>20)
		}
		if code := cmd.ProcessState.ExitCode(); why == "" && code != c.exit {
			t.Errorf("exit code %d, want %d (%v)", code, c.exit, waitErr)
		}
	}
	if strings.Contains(all, d.secret) {
		t.Errorf("the secret planted outside the root reached the output")
	}
	for _, re := range c.diags {
		if !re.MatchString(all) {
			t.Errorf("no output matches %q", re.String()[4:])
		}
	}
	for _, re := range c.notInOutput {
		if m := re.FindString(all); m != "" {
			t.Errorf("output matches %q: %q", re.String()[4:], clip(m, 200))
		}
	}
	if len(c.notInMD) > 0 {
		rendered := withoutCode(all)
		for _, re := range c.notInMD {
			if m := re.FindString(rendered); m != "" {
				t.Errorf("markdown outside code matches %q: %q", re.String()[4:], clip(m, 200))
			}
		}
	}
	format := formatOf(args)
	if err := wellFormed(format, stdout.String()+outFiles); why == "" && err != nil {
		t.Errorf("--format %s output is not well-formed: %v", format, err)
	}
	for _, f := range c.wantFindings {
		if !hasFinding(format, stdout.String()+outFiles, f) {
			t.Errorf("no finding located in %s (--format %s): the good file was not scanned or not reported", f, format)
		}
	}
	if c.maxOutput > 0 {
		if n := stdout.n + stderr.n + int64(len(outFiles)); n > c.maxOutput {
			t.Errorf("output is %d bytes, over max-output %d", n, c.maxOutput)
		}
	}
	for _, p := range c.absent {
		if _, err := os.Lstat(d.expand(p)); err == nil {
			t.Errorf("%s was created", p)
		}
	}
	if ents, _ := os.ReadDir(d.markers); len(ents) > 0 {
		for _, m := range ents {
			b, _ := os.ReadFile(filepath.Join(d.markers, m.Name()))
			t.Errorf("posture ran %s: %s", m.Name(), strings.TrimSpace(string(b)))
		}
	}
	if e.strace != "" {
		e.checkTrace(t, c, d, traceLog, args)
	}
}

// layout writes the case's tree; it reports whether posture must run as
// nobody.
func (e *hostileEnv) layout(t *testing.T, c *hostileCase) (*caseDirs, bool) {
	base, err := os.MkdirTemp("", "posture-hostile-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// Give back what setup: unreadable took away, so RemoveAll works
		// for a non-root runner too.
		filepath.WalkDir(base, func(p string, _ fs.DirEntry, _ error) error {
			os.Chmod(p, 0o755)
			return nil
		})
		os.RemoveAll(base)
	})
	asNobody := false
	for _, s := range c.setups {
		if s[0] == "unreadable" && e.root {
			asNobody = true
		}
	}
	var token [12]byte
	rand.Read(token[:])
	d := &caseDirs{base: base, secret: "SECRET-" + hex.EncodeToString(token[:])}
	for _, p := range []*string{&d.root, &d.outside, &d.out, &d.home, &d.bin, &d.markers, &d.trace, &d.tmp} {
		*p = base
	}
	d.root = filepath.Join(base, "root")
	d.outside = filepath.Join(base, "outside")
	d.out = filepath.Join(base, "out")
	d.home = filepath.Join(base, "home")
	d.bin = filepath.Join(base, "bin")
	d.markers = filepath.Join(base, "markers")
	d.trace = filepath.Join(base, "trace")
	d.tmp = filepath.Join(base, "tmp")
	for _, p := range []string{d.root, d.outside, d.out, d.home, d.bin, d.markers, d.trace, d.tmp} {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// Directories posture (or strace, or a fake program) writes into.
	for _, p := range []string{base, d.out, d.home, d.markers, d.trace, d.tmp} {
		mode := fs.FileMode(0o755)
		if p != base && asNobody {
			mode = 0o777
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(d.outside, "secret.txt"), []byte(d.secret+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range c.files {
		data := bytes.ReplaceAll(f.Data, []byte("$OUTSIDE"), []byte(d.outside))
		data = bytes.ReplaceAll(data, []byte("$ROOT"), []byte(d.root))
		dst := filepath.Join(d.root, filepath.FromSlash(f.Name))
		if rest, ok := strings.CutPrefix(f.Name, "../outside/"); ok {
			dst = filepath.Join(d.outside, filepath.FromSlash(rest))
			data = bytes.ReplaceAll(data, []byte("$SECRET"), []byte(d.secret))
		}
		if name, ok := strings.CutSuffix(dst, ".gen"); ok {
			dst = name
			if data, err = generate(f.Name, data); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range fakePrograms {
		if name == "git" && c.git {
			continue
		}
		script := fmt.Sprintf("#!/bin/sh\necho \"$0 $*\" >> '%s'\nexit 1\n", filepath.Join(d.markers, name))
		if err := os.WriteFile(filepath.Join(d.bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if c.git {
		e.gitInit(t, d)
	}
	for _, s := range c.setups {
		if err := d.setup(s); err != nil {
			t.Fatalf("setup %v: %v", s, err)
		}
	}
	return d, asNobody
}

func (d *caseDirs) expand(s string) string {
	return strings.NewReplacer("$ROOT", d.root, "$OUTSIDE", d.outside, "$OUT", d.out).Replace(s)
}

func (d *caseDirs) setup(s []string) error {
	at := func(name string) string { return filepath.Join(d.root, filepath.FromSlash(name)) }
	switch s[0] {
	case "fifo":
		os.MkdirAll(filepath.Dir(at(s[1])), 0o755)
		return syscall.Mkfifo(at(s[1]), 0o644)
	case "symlink":
		os.MkdirAll(filepath.Dir(at(s[1])), 0o755)
		return os.Symlink(d.expand(s[2]), at(s[1]))
	case "unreadable":
		return os.Chmod(at(s[1]), 0)
	case "rename":
		return os.Rename(at(s[1]), at(s[2]))
	case "longpath":
		return longPath(d.root, s[1], s[2])
	}
	return fmt.Errorf("unknown setup %q", s[0])
}

// longPath moves file under n nested directories of 200-byte names,
// creating them through os.Root: the full path is past what one system
// call accepts.
func longPath(root, file, n string) error {
	levels, err := strconv.Atoi(n)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(filepath.Join(root, file))
	if err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(root, file)); err != nil {
		return err
	}
	r, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	for i := 0; i < levels; i++ {
		name := fmt.Sprintf("%03d", i) + strings.Repeat("d", 197)
		if i == 0 {
			name = "long"
		}
		if err := r.Mkdir(name, 0o755); err != nil {
			return err
		}
		next, err := r.OpenRoot(name)
		r.Close()
		if err != nil {
			return err
		}
		r = next
	}
	defer r.Close()
	return r.WriteFile(filepath.Base(file), data, 0o644)
}

func (e *hostileEnv) gitInit(t *testing.T, d *caseDirs) {
	for _, args := range [][]string{
		{"init", "-q", "-b", "main"},
		{"add", "-A"},
		{"-c", "user.name=hostile", "-c", "user.email=hostile@example.invalid", "commit", "-q", "-m", "base"},
	} {
		cmd := exec.Command(e.git, args...)
		cmd.Dir = d.root
		cmd.Env = []string{"HOME=" + d.home, "GIT_CONFIG_NOSYSTEM=1", "PATH=" + os.Getenv("PATH")}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	// nobody must be able to read the repository too.
	filepath.WalkDir(d.root, func(p string, de fs.DirEntry, _ error) error {
		if de != nil && de.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})
}

// generate executes a .gen file's template.
func generate(name string, tmpl []byte) ([]byte, error) {
	funcs := template.FuncMap{
		"repeat": func(n int, s string) string { return strings.Repeat(s, n) },
		"seq": func(n int) []int {
			out := make([]int, n)
			for i := range out {
				out[i] = i
			}
			return out
		},
		"fill": func(size string, s string) (string, error) {
			n, err := parseSize(size)
			if err != nil || s == "" {
				return "", fmt.Errorf("fill %q: %v", size, err)
			}
			return strings.Repeat(s, int((n+int64(len(s))-1)/int64(len(s)))), nil
		},
	}
	tp, err := template.New(name).Delims("<%", "%>").Funcs(funcs).Parse(string(tmpl))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = tp.Execute(&b, nil)
	return b.Bytes(), err
}

// cappedBuffer keeps the first limit bytes written to it and calls over,
// once, when more arrive; it keeps accepting (and counting) so the writer
// never blocks.
type cappedBuffer struct {
	mu    sync.Mutex
	b     bytes.Buffer
	n     int64
	limit int
	over  func()
	fired bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += int64(len(p))
	if room := c.limit - c.b.Len(); room > 0 {
		c.b.Write(p[:min(room, len(p))])
	}
	if c.n > int64(c.limit) && !c.fired {
		c.fired = true
		go c.over()
	}
	return len(p), nil
}

func (c *cappedBuffer) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.b.String()
}

// watchMemory stops the process group of pid when one of its processes
// grows past maxRSS, so a failing case cannot take the machine's memory;
// the exact peak is checked from the rusage afterwards.
func watchMemory(pid int, done <-chan struct{}, kill func(string)) {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		procs, _ := os.ReadDir("/proc")
		for _, p := range procs {
			n, err := strconv.Atoi(p.Name())
			if err != nil {
				continue
			}
			stat, err := os.ReadFile("/proc/" + p.Name() + "/stat")
			if err != nil {
				continue
			}
			// pgrp is the third field after the parenthesised command.
			i := bytes.LastIndexByte(stat, ')')
			f := strings.Fields(string(stat[i+1:]))
			if len(f) < 3 || f[2] != strconv.Itoa(pid) {
				continue
			}
			status, _ := os.ReadFile("/proc/" + p.Name() + "/status")
			for _, line := range strings.Split(string(status), "\n") {
				if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
					kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
					if kb*1024 > maxRSS {
						kill(fmt.Sprintf("process %d grew past %d MiB", n, maxRSS>>20))
					}
				}
			}
		}
	}
}

// readOutputs returns the start of every file posture wrote under out.
func readOutputs(t *testing.T, out string) string {
	var b strings.Builder
	filepath.WalkDir(out, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			t.Errorf("output %s: %v", p, err)
			return nil
		}
		defer f.Close()
		io.Copy(&b, io.LimitReader(f, outputCap))
		b.WriteString("\n")
		return nil
	})
	return b.String()
}

func formatOf(args []string) string {
	for i, a := range args {
		if v, ok := strings.CutPrefix(a, "--format="); ok {
			return v
		}
		if a == "--format" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return "text"
}

var severityWords = `(critical|high|medium|low)`

// hasFinding reports whether out, in format, holds a finding located in
// file (as posture displays it, relative to the root).
func hasFinding(format, out, file string) bool {
	q := regexp.QuoteMeta(file)
	match := func(re string) bool { return regexp.MustCompile("(?m)" + re).MatchString(out) }
	switch format {
	case "text":
		return match(`^\s+` + q + `:\d+:\d+\s+` + severityWords + `\s+[A-Z0-9]+-`)
	case "github":
		return match(`^::(error|warning|notice) file=` + q + `,line=\d+.*title=[A-Z0-9]+-[A-Z0-9]+-\d+`)
	case "markdown":
		return match(`\[` + q + `:\d+\]`)
	case "junit":
		return match(`<testcase [^>]*file="` + q + `"[^>]*>\s*<failure`)
	case "json":
		var rep struct {
			Findings []struct {
				Location struct{ File string } `json:"location"`
			} `json:"findings"`
		}
		if json.Unmarshal([]byte(firstJSON(out)), &rep) != nil {
			return false
		}
		for _, f := range rep.Findings {
			if f.Location.File == file {
				return true
			}
		}
	case "sarif":
		var rep struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string } `json:"artifactLocation"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		if json.Unmarshal([]byte(firstJSON(out)), &rep) != nil {
			return false
		}
		for _, r := range rep.Runs {
			for _, res := range r.Results {
				for _, l := range res.Locations {
					if u := l.PhysicalLocation.ArtifactLocation.URI; u == file || strings.HasSuffix(u, "/"+file) {
						return true
					}
				}
			}
		}
	default:
		return strings.Contains(out, file)
	}
	return false
}

// wellFormed checks that a json or sarif report is valid JSON and a junit
// report well-formed XML 1.0 (which has no place for most control
// characters, not even as character references).
func wellFormed(format, out string) error {
	switch format {
	case "json", "sarif":
		if !json.Valid([]byte(strings.TrimSpace(out))) {
			return errors.New("invalid JSON")
		}
	case "junit":
		dec := xml.NewDecoder(strings.NewReader(out))
		for {
			if _, err := dec.Token(); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
		}
	}
	return nil
}

var codeSpan = regexp.MustCompile("(`+)[^`]*?(`+)")

// withoutCode removes fenced code blocks and code spans from markdown:
// what is left is what GitHub renders as markup.
func withoutCode(md string) string {
	var b strings.Builder
	fence := ""
	for _, line := range strings.SplitAfter(md, "\n") {
		t := strings.TrimLeft(line, " ")
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		b.WriteString(codeSpan.ReplaceAllString(line, ""))
	}
	return b.String()
}

// firstJSON returns the first JSON value in s (stdout, then output files).
func firstJSON(s string) string {
	dec := json.NewDecoder(strings.NewReader(s))
	var raw json.RawMessage
	if dec.Decode(&raw) != nil {
		return ""
	}
	return string(raw)
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a
		if a == "" || strings.ContainsAny(a, " \t\n\r'\"\\$") || !strconv.CanBackquote(a) {
			out[i] = strconv.Quote(a)
		}
	}
	return out
}

// ends returns the first and last n bytes of s: findings come first,
// input problems and the summary last.
func ends(s string, n int) string {
	if len(s) <= 2*n {
		return s
	}
	return s[:n] + fmt.Sprintf("\n… (%d bytes) …\n", len(s)-2*n) + s[len(s)-n:]
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("… (%d more bytes)", len(s)-n)
}

// straceAllowed are the paths outside a case's root that posture may open,
// found by running the cases: what the Go runtime reads at start (the huge
// page size, the cgroup CPU limit it sizes GOMAXPROCS by), /dev/null (the
// standard input of git). The posture binary, its own /proc/self, the
// case's $OUT, the paths given on the command line and, for git cases,
// $TMPDIR (where --diff-base puts the files at the base) are allowed
// besides.
var straceAllowed = []string{
	"/sys/kernel/mm/transparent_hugepage/",
	"/sys/fs/cgroup/",
	"/dev/null",
	// The dynamic loader, when the binary is linked against libc.
	"/etc/ld.so.cache",
	"/lib/x86_64-linux-gnu/",
	"/usr/lib/x86_64-linux-gnu/",
	"/lib64/",
	// time.Local: the user's time zone.
	"/etc/localtime",
	"/usr/share/zoneinfo/",
}

// traceEvent is one system call from the strace log, its unfinished and
// resumed halves joined.
type traceEvent struct {
	pid  int
	name string
	args string // between the parentheses, unparsed
	ret  string // after " = "
	line string
}

var (
	traceStart   = regexp.MustCompile(`^(\d+)\s+(.*)$`)
	traceResumed = regexp.MustCompile(`^<\.\.\. (\w+) resumed>(.*)$`)
	traceCall    = regexp.MustCompile(`^(\w+)\((.*)\)\s+=\s+(.*)$`)
)

// parseTrace reads an `strace -f -y` log.
func parseTrace(r io.Reader) []traceEvent {
	var out []traceEvent
	pending := map[int]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		m := traceStart.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		pid, _ := strconv.Atoi(m[1])
		rest := m[2]
		if strings.HasPrefix(rest, "---") || strings.HasPrefix(rest, "+++") {
			continue // signals and exits
		}
		if rm := traceResumed.FindStringSubmatch(rest); rm != nil {
			rest = pending[pid] + rm[2]
			delete(pending, pid)
		}
		if head, ok := strings.CutSuffix(rest, " <unfinished ...>"); ok {
			pending[pid] = head
			continue
		}
		cm := traceCall.FindStringSubmatch(rest)
		if cm == nil {
			// A call cut short by the process's exit.
			if i := strings.IndexByte(rest, '('); i > 0 {
				out = append(out, traceEvent{pid: pid, name: rest[:i], args: rest[i+1:], ret: "?", line: sc.Text()})
			}
			continue
		}
		out = append(out, traceEvent{pid: pid, name: cm[1], args: cm[2], ret: cm[3], line: sc.Text()})
	}
	return out
}

// straceString decodes the quoted string at the start of s and returns it
// with the rest of s.
func straceString(s string) (string, string, bool) {
	if !strings.HasPrefix(s, `"`) {
		return "", s, false
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), s[i+1:], true
		case c == '\\' && i+1 < len(s):
			i++
			switch e := s[i]; e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case 'v':
				b.WriteByte('\v')
			case 'f':
				b.WriteByte('\f')
			case 'x':
				if i+2 < len(s) {
					v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
					b.WriteByte(byte(v))
					i += 2
				}
			default:
				if e >= '0' && e <= '7' {
					j := i
					for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
						j++
					}
					v, _ := strconv.ParseUint(s[i:j], 8, 8)
					b.WriteByte(byte(v))
					i = j - 1
				} else {
					b.WriteByte(e)
				}
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), "", false
}

// fdPath returns the path strace -y decorates an fd with: "3</a/b>".
func fdPath(s string) (string, bool) {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return "", false
	}
	// strace escapes '<' and '>' inside the path, so the first '>' ends it.
	j := strings.IndexByte(s[i+1:], '>')
	if j < 0 {
		return "", false
	}
	p, _, _ := straceString(`"` + strings.ReplaceAll(s[i+1:i+1+j], `"`, `\"`) + `"`)
	return p, true
}

// checkTrace fails the case on a connect, a foreign execve or an open
// outside the root.
func (e *hostileEnv) checkTrace(t *testing.T, c *hostileCase, d *caseDirs, log string, args []string) {
	f, err := os.Open(log)
	if err != nil {
		t.Errorf("strace log: %v", err)
		return
	}
	defer f.Close()
	events := parseTrace(f)
	if len(events) == 0 {
		t.Errorf("strace log is empty")
		return
	}
	realRoot, _ := filepath.EvalSymlinks(d.root)
	inside := func(p, dir string) bool {
		return p == dir || strings.HasPrefix(p, dir+"/")
	}
	allowedOpen := func(p string) bool {
		if p == e.bin || inside(p, realRoot) || inside(p, d.root) || inside(p, d.out) {
			return true
		}
		// --diff-base writes the files at the base revision, from git, into
		// a temporary directory and scans them there.
		if c.git && inside(p, d.tmp) {
			return true
		}
		for _, a := range straceAllowed {
			if p == a || (strings.HasSuffix(a, "/") && strings.HasPrefix(p, a)) {
				return true
			}
		}
		// Paths on the command line are the user's own.
		for _, a := range args {
			if filepath.IsAbs(a) && (p == a || inside(p, a)) {
				return true
			}
		}
		return false
	}
	// Which program each pid runs: posture until a process execs another.
	prog := map[int]string{events[0].pid: "posture"}
	programOf := func(pid int) string {
		if p, ok := prog[pid]; ok {
			return p
		}
		return "posture"
	}
	var failedOpens []string
	for _, ev := range events {
		switch ev.name {
		case "clone", "clone3", "fork", "vfork":
			if child, err := strconv.Atoi(strings.Fields(ev.ret + " ")[0]); err == nil && child > 0 {
				if _, ok := prog[child]; !ok {
					prog[child] = programOf(ev.pid)
				}
			}
		case "connect":
			t.Errorf("strace: %s connected: %s", programOf(ev.pid), ev.line)
		case "execve", "execveat":
			a := ev.args
			if ev.name == "execveat" {
				_, a, _ = strings.Cut(a, ", ")
			}
			file, _, _ := straceString(a)
			isGit := c.git && e.git != "" && strings.HasPrefix(filepath.Base(file), "git")
			if file != e.bin && !isGit {
				t.Errorf("strace: %s executed %q: %s", programOf(ev.pid), file, clip(ev.line, 300))
			}
			if strings.HasPrefix(ev.ret, "0") {
				prog[ev.pid] = filepath.Base(file)
				if file == e.bin {
					prog[ev.pid] = "posture"
				}
			}
		case "open", "openat", "openat2":
			if programOf(ev.pid) != "posture" {
				continue // git, for git cases, reads its own files
			}
			a := ev.args
			dir := d.root
			if ev.name != "open" {
				// The directory fd, "AT_FDCWD</r>" or "5</r/d>": its path may
				// hold ", " but not an unescaped '>'.
				end := strings.Index(a, ", ")
				if end < 0 {
					continue
				}
				if lt := strings.IndexByte(a, '<'); lt >= 0 && lt < end {
					end = lt + strings.IndexByte(a[lt:], '>') + 1
				}
				if p, ok := fdPath(a[:end]); ok {
					dir = p
				}
				a = strings.TrimPrefix(a[end:], ", ")
			}
			name, _, ok := straceString(a)
			if !ok {
				continue
			}
			target := name
			if !filepath.IsAbs(target) {
				target = filepath.Join(dir, target)
			}
			if strings.HasPrefix(ev.ret, "-1") || ev.ret == "?" {
				if !allowedOpen(filepath.Clean(target)) {
					failedOpens = append(failedOpens, fmt.Sprintf("%s (%s)", target, ev.ret))
				}
				continue
			}
			if p, ok := fdPath(ev.ret); ok {
				target = p
			}
			if strings.HasPrefix(name, "/proc/self/") || strings.HasPrefix(name, "/proc/thread-self/") {
				continue
			}
			if !allowedOpen(filepath.Clean(target)) {
				t.Errorf("strace: posture opened %s outside the root: %s", target, clip(ev.line, 300))
			}
		}
	}
	if len(failedOpens) > 0 {
		t.Logf("strace: posture tried to open, and failed, outside the root: %s", strings.Join(failedOpens, "; "))
	}
}

// TestHostileTraceParse checks the strace log reader on the shapes -f and
// -y produce: calls split by another thread, decorated and escaped paths.
func TestHostileTraceParse(t *testing.T) {
	log := `100 execve("/b/posture", ["posture", "scan"], 0x7ffd /* 3 vars */) = 0
100 openat(AT_FDCWD</r>, "a.tf", O_RDONLY|O_CLOEXEC <unfinished ...>
101 --- SIGURG {si_signo=SIGURG, si_code=SI_TKILL} ---
101 connect(7<socket:[1]>, {sa_family=AF_INET, sin_port=htons(443)}, 16 <unfinished ...>
100 <... openat resumed>) = 3</r/a.tf>
101 <... connect resumed>) = -1 EINPROGRESS (Operation now in progress)
100 clone3({flags=CLONE_VM|CLONE_VFORK, exit_signal=SIGCHLD}, 88) = 102
102 execve("/usr/bin/ssh", ["ssh"], 0x1 /* 3 vars */) = -1 ENOENT (No such file or directory)
100 openat(3</r/d\33[2J\76x>, "b\n.yaml", O_RDONLY) = 4</r/d\33[2J\76x/b\n.yaml>
100 +++ exited with 0 +++
`
	ev := parseTrace(strings.NewReader(log))
	var names []string
	for _, e := range ev {
		names = append(names, e.name)
	}
	if got, want := strings.Join(names, " "), "execve openat connect clone3 execve openat"; got != want {
		t.Fatalf("calls %q, want %q", got, want)
	}
	if ev[1].ret != "3</r/a.tf>" {
		t.Errorf("resumed openat returned %q", ev[1].ret)
	}
	if p, _ := fdPath(ev[1].ret); p != "/r/a.tf" {
		t.Errorf("fd path %q", p)
	}
	if p, _ := fdPath(ev[5].ret); p != "/r/d\x1b[2J>x/b\n.yaml" {
		t.Errorf("escaped fd path %q", p)
	}
	if s, _, _ := straceString(`"b\n\33\x41\\"`); s != "b\n\x1bA\\" {
		t.Errorf("straceString: %q", s)
	}
}
