// Package scan runs the pipeline end to end: it finds and decodes the input
// files, evaluates the policies and post-processes the findings into a
// Report that the output formats render.
package scan

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/posture-dev/posture/fix"
	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm"
	"github.com/posture-dev/posture/parser/bicep"
	"github.com/posture-dev/posture/parser/kubernetes"
	"github.com/posture-dev/posture/parser/terraform"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// Options are everything a scan needs besides the file system.
type Options struct {
	// Paths are files or directories, relative to the working directory
	// or absolute. Empty means ".".
	Paths []string
	// Terraform inputs.
	VarFiles []string
	Vars     map[string]string
	Env      []string
	// ARM parameter files.
	ParameterFiles []string
	// Helm inputs.
	HelmValues []string
	HelmSet    []string
	// PolicyDirs are user policy directories (--policy).
	PolicyDirs []string
	Policy     policies.Options
	// Engine, when set, is used instead of building one from PolicyDirs
	// and Policy; tests share one across scans so policies compile once.
	Engine *policies.Engine
	// WorkDir is the directory paths are relative to and output paths are
	// shown relative to; empty means the process's working directory.
	WorkDir string
	// Process tunes suppressions, baseline and diff filtering (process.go).
	Process ProcessOptions
	// MaxFileSize is the largest file read, in bytes; 0 means
	// parser.DefaultMaxFileSize.
	MaxFileSize int64
	// Version is the release the report names as its tool's.
	Version string
	// Overlay holds new contents of scanned files by display path, read
	// instead of what the files hold: posture fix --dry-run scans the
	// files as its fixes would leave them, without writing them.
	Overlay map[string][]byte
}

// PathError is a path the user named that the scan cannot read. Path is
// absolute: the caller shows it as its user expects.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// PolicyError is a policy the scan cannot use: a user's policy directory
// that does not load (Dir), or rules or options the policies reject.
type PolicyError struct {
	Dir string // empty when the error is not one directory's
	Err error
}

func (e *PolicyError) Error() string {
	if e.Dir == "" {
		return e.Err.Error()
	}
	return e.Dir + ": " + e.Err.Error()
}

func (e *PolicyError) Unwrap() error { return e.Err }

// Run scans opts.Paths.
func Run(ctx context.Context, opts Options) (*result.Report, error) {
	start := time.Now()
	wd, err := filepath.Abs(opts.WorkDir)
	if err != nil {
		return nil, fmt.Errorf("working directory: %w", err)
	}
	paths := opts.Paths
	if len(paths) == 0 {
		paths = []string{"."}
	}
	root, names, err := scanRoot(wd, paths)
	if err != nil {
		return nil, err
	}

	src, err := openSource(root, wd, names, opts)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	for display, b := range opts.Overlay {
		if err := src.Overlay(rootName(root, wd, display), b); err != nil {
			return nil, err
		}
	}
	eng := opts.Engine
	if eng == nil {
		// Undecided checks are always evaluated: the score needs them.
		po := opts.Policy
		po.ShowUnknown = true
		if eng, err = NewEngine(opts.PolicyDirs, po); err != nil {
			return nil, err
		}
	}
	files, unread, err := parser.Discover(src, names)
	if err != nil {
		if errors.Is(err, parser.ErrNotFound) {
			// Discover names the missing path only in its message.
			name := strings.TrimSuffix(err.Error(), ": "+parser.ErrNotFound.Error())
			return nil, &PathError{Path: filepath.Join(root, filepath.FromSlash(name)), Err: parser.ErrNotFound}
		}
		return nil, err
	}
	// Compile the policy groups the files can need, each on its own
	// goroutine, while the files are parsed: a pre-commit run on one .tf
	// file never pays for the Kubernetes policies.
	groups := policyGroups(files)
	warmed := make(chan error, len(groups))
	for _, g := range groups {
		go func() { warmed <- eng.Warm(g) }()
	}

	rel := func(ps []string) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = rootName(root, wd, p)
		}
		return out
	}
	decoders := []parser.Decoder{
		terraform.New(terraform.Options{VarFiles: rel(opts.VarFiles), Vars: opts.Vars, Env: opts.Env,
			ShowUnknown: opts.Policy.ShowUnknown}),
		arm.New(arm.Options{ParameterFiles: rel(opts.ParameterFiles), BicepSource: true}),
		bicep.New(bicep.Options{ParameterFiles: rel(opts.ParameterFiles)}),
		kubernetes.New(kubernetes.Options{HelmValues: rel(opts.HelmValues), HelmSet: opts.HelmSet}),
	}
	parsed, err := parser.ParseWith(ctx, src, files, decoders, parser.Options{Located: eng.Routes})
	for range groups {
		if werr := <-warmed; werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		return nil, err
	}
	read := &scannedFiles{src: src, root: root, wd: wd, names: map[string]string{}}
	res, err := eng.Evaluate(ctx, parsed.Resources, read)
	if err != nil {
		return nil, err
	}

	rep := &result.Report{
		Tool:        "posture",
		Version:     opts.Version,
		Findings:    res.Findings,
		Rules:       eng.Rules(),
		Diagnostics: append(append(unread, parsed.Diagnostics...), res.Diagnostics...),
		Assessed:    res.Assessed,
		Source:      read,
		WorkDir:     wd,
		RepoRoot:    findRepoRoot(wd),
		Stats: result.Stats{
			Files: parsed.Files, Units: parsed.Units,
			Resources: len(parsed.Resources), Rules: len(eng.Rules()),
		},
	}
	relativise(rep, read)
	setResources(rep, parsed.Resources, read)
	rep.Findings, rep.Undecided = splitUndecided(rep.Findings, opts.Policy.ShowUnknown)
	postProcess(rep, opts.Process, names, parsed.Resources, parsed.Suppressions, root, wd)
	fix.Attach(rep.Findings, read)
	parser.SortDiagnostics(rep.Diagnostics)
	rep.Stats.Duration = time.Since(start)
	return rep, nil
}

// openSource opens the scan root, confined to what the user named: the
// working directory's tree, the directories named on the command line
// (wherever they lead) and the files named on it. Anything else a scanned
// file leads to, through a link or a path, is refused.
func openSource(root, wd string, names []string, opts Options) (*parser.Source, error) {
	so := parser.SourceOptions{Dirs: []string{rootName(root, wd, wd)}, MaxFileSize: opts.MaxFileSize}
	for _, name := range names {
		info, err := os.Stat(filepath.Join(root, filepath.FromSlash(name)))
		if err == nil && info.IsDir() {
			so.Dirs = append(so.Dirs, name)
		} else {
			so.Files = append(so.Files, name)
		}
	}
	for _, inputs := range [][]string{opts.VarFiles, opts.ParameterFiles, opts.HelmValues} {
		for _, p := range inputs {
			so.Files = append(so.Files, rootName(root, wd, p))
		}
	}
	return parser.OpenSource(root, so)
}

// policyGroups returns the policy groups that resources read from files
// can belong to, judged by the files' endings.
func policyGroups(files []string) []string {
	need := map[string]bool{"custom": true}
	for _, f := range files {
		lower := strings.ToLower(f)
		switch {
		case strings.HasSuffix(lower, ".yaml"), strings.HasSuffix(lower, ".yml"):
			need["kubernetes"] = true
		case strings.HasSuffix(lower, ".bicep"), strings.HasSuffix(lower, ".bicepparam"):
			need["azure"] = true
		case strings.HasSuffix(lower, ".tf"), strings.HasSuffix(lower, ".tfvars"):
			need["azure"], need["aws"], need["gcp"] = true, true, true
		default:
			// JSON can be an ARM template, a plan or a manifest.
			need["azure"], need["aws"], need["gcp"], need["kubernetes"] = true, true, true, true
		}
	}
	out := make([]string, 0, len(need))
	for _, g := range []string{"azure", "aws", "gcp", "kubernetes", "custom"} {
		if need[g] {
			out = append(out, g)
		}
	}
	return out
}

// NewEngine loads the built-in policies and the user's policy directories
// and selects the rules opts ask for. A broken user policy is reported here,
// naming its file and line, before anything is scanned.
func NewEngine(policyDirs []string, opts policies.Options) (*policies.Engine, error) {
	lib, err := policies.LoadBuiltin()
	if err != nil {
		return nil, fmt.Errorf("built-in policies: %w", err)
	}
	for _, dir := range policyDirs {
		if err := lib.AddDir(dir); err != nil {
			return nil, &PolicyError{Dir: dir, Err: err}
		}
	}
	eng, err := policies.New(lib, opts)
	if err != nil {
		return nil, &PolicyError{Err: err}
	}
	if len(policyDirs) > 0 {
		if err := eng.Validate(); err != nil {
			return nil, &PolicyError{Err: err}
		}
	}
	return eng, nil
}

// scanRoot picks the directory the scan reads from: the deepest directory
// that holds the working directory and every path, so that paths outside
// the working directory (../infra) can be read through one fs.FS. It
// returns the paths as names relative to that root.
func scanRoot(wd string, paths []string) (string, []string, error) {
	abs := make([]string, len(paths))
	root := wd
	for i, p := range paths {
		a := p
		if !filepath.IsAbs(a) {
			a = filepath.Join(wd, p)
		}
		abs[i] = filepath.Clean(a)
		for !within(root, abs[i]) {
			parent := filepath.Dir(root)
			if parent == root {
				break
			}
			root = parent
		}
	}
	names := make([]string, len(abs))
	for i, a := range abs {
		r, err := filepath.Rel(root, a)
		if err != nil {
			return "", nil, fmt.Errorf("path %s: %w", paths[i], err)
		}
		names[i] = filepath.ToSlash(r)
	}
	return root, names, nil
}

func within(dir, p string) bool {
	r, err := filepath.Rel(dir, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

// rootName turns a path the user gave (relative to wd) into a name in the
// scan root.
func rootName(root, wd, p string) string {
	if !filepath.IsAbs(p) {
		p = filepath.Join(wd, p)
	}
	r, err := filepath.Rel(root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

// displayPath turns a name in the scan root into the path shown to users:
// relative to the working directory.
func displayPath(root, wd, name string) string {
	if name == "" {
		return ""
	}
	r, err := filepath.Rel(wd, filepath.Join(root, filepath.FromSlash(name)))
	if err != nil {
		return name
	}
	return filepath.ToSlash(r)
}

// scannedFiles maps the display paths a report names back to the names
// the scan read them by, so that outputs quote the source as the scan saw
// it. It is the report's result.Source.
type scannedFiles struct {
	src      *parser.Source
	root, wd string
	names    map[string]string // display path → name in src
}

// Path is the file name policies put in messages: its display path.
// It does not remember the mapping, so the report's Source reads only
// the files findings and diagnostics point at.
func (s *scannedFiles) Path(name string) string { return displayPath(s.root, s.wd, name) }

// display turns a name in the scan root into its display path and
// remembers the mapping.
func (s *scannedFiles) display(name string) string {
	if name == "" {
		return ""
	}
	d := displayPath(s.root, s.wd, name)
	s.names[d] = name
	return d
}

// Bytes returns the content of a file named by its display path.
func (s *scannedFiles) Bytes(file string) ([]byte, bool) {
	name, ok := s.names[file]
	if !ok {
		return nil, false
	}
	return s.src.Cached(name)
}

// relativise rewrites every file name of the findings and diagnostics to
// its display path.
func relativise(r *result.Report, files *scannedFiles) {
	for i := range r.Findings {
		f := &r.Findings[i]
		f.Range.File = files.display(f.Range.File)
		for j := range f.Related {
			f.Related[j].File = files.display(f.Related[j].File)
		}
		// The fingerprint names the file relative to the repository, so it
		// does not change with the directory posture is run from.
		f.Fingerprint = policies.Fingerprint(f.RuleID, r.RepoPath(f.Range.File), f.ResourceID, f.Path)
	}
	for i := range r.Diagnostics {
		r.Diagnostics[i].Range.File = files.display(r.Diagnostics[i].Range.File)
	}
	r.Diagnostics = uniqueDiagnostics(r.Diagnostics)
}

// uniqueDiagnostics keeps the first of identical diagnostics: a base that
// two overlays build, a module two roots call, meet the same problem once
// per use, and the reader needs it once.
func uniqueDiagnostics(ds []parser.Diagnostic) []parser.Diagnostic {
	seen := make(map[parser.Diagnostic]bool, len(ds))
	out := ds[:0]
	for _, d := range ds {
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// Text returns the text of r, if it is short and on one line: what a
// message may quote.
func (s *scannedFiles) Text(r parser.Range) string {
	b, ok := s.src.Cached(r.File)
	if !ok || r.Start.Line != r.End.Line || r.End.Byte <= r.Start.Byte || r.End.Byte > len(b) || r.End.Byte-r.Start.Byte > 80 {
		return ""
	}
	return string(b[r.Start.Byte:r.End.Byte])
}

// findRepoRoot returns the nearest directory at or above dir that holds a
// .git entry, or "" outside a repository.
func findRepoRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
