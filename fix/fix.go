// Package fix plans the edits that resolve findings and applies them.
//
// A rule declares its fix as data in its METADATA (custom.fix, see
// policies.FixDeclaration and docs/writing-policies.md): the attribute to
// set and its secure value, or why no automatic fix exists. A Planner per
// input format turns the declaration and a finding into a policies.Fix,
// byte-range edits placed where the offending value was written (the
// literal in the resource, the tfvars line or variable default it came
// from, the argument of the calling module block, the ARM parameter, the
// Helm values key), or says why it cannot (a value computed from several
// inputs). Apply merges the fixes of many findings into new file contents.
//
// Like result, the package is public so that programs outside this module
// can plan and apply fixes on a Report.
package fix

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// Declaration is what a rule declares about fixing its findings in one
// format.
type Declaration = policies.FixDeclaration

// Setting is one attribute path of a Declaration and its secure value.
type Setting = policies.FixSetting

// Source reads the scanned tree. Names are display paths, as in findings
// (slash-separated, relative to the report's working directory). Reads go
// through the scan's confined reader: a planner sees only what the scan
// could.
type Source interface {
	ReadFile(name string) ([]byte, error)
	// ReadDir returns the names of the regular files directly in dir, as
	// display paths, sorted.
	ReadDir(dir string) ([]string, error)
}

// Planner makes the fix of one finding in one format from its rule's
// declaration. It returns the fix, or nil and why there is none for this
// finding ("the value is computed from var.a and var.b"). An error is a
// file it could not read or parse; the finding then has no fix and the
// error's text as its reason.
type Planner interface {
	Plan(f *policies.Finding, d *Declaration, files *Files) (*policies.Fix, string, error)
}

var (
	plannersMu sync.RWMutex
	planners   = map[parser.Format]Planner{}
)

// Register makes p the planner of format's findings. Planners register
// in their init functions; a later registration replaces an earlier one.
func Register(format parser.Format, p Planner) {
	plannersMu.Lock()
	defer plannersMu.Unlock()
	planners[format] = p
}

func plannerFor(format parser.Format) Planner {
	plannersMu.RLock()
	defer plannersMu.RUnlock()
	return planners[format]
}

// Files is the scanned tree as planners read it: a Source, and a memo of
// what planners derive from its files (a parsed HCL file, a JSON tree), so
// that a file with many findings is parsed once per Attach.
type Files struct {
	src  Source
	memo map[memoKey]any
}

type memoKey struct{ kind, name string }

// NewFiles wraps src for planning.
func NewFiles(src Source) *Files {
	return &Files{src: src, memo: map[memoKey]any{}}
}

// ReadFile returns a file of the scanned tree by display path.
func (fs *Files) ReadFile(name string) ([]byte, error) { return fs.src.ReadFile(name) }

// ReadDir lists the regular files directly in dir, by display path.
func (fs *Files) ReadDir(dir string) ([]string, error) { return fs.src.ReadDir(dir) }

// Memo returns what build derives from the file name, building it once
// per kind and name. Not safe for concurrent use: Attach gives each of
// its workers its own Files.
func (fs *Files) Memo(kind, name string, build func() any) any {
	k := memoKey{kind, name}
	if v, ok := fs.memo[k]; ok {
		return v
	}
	v := build()
	fs.memo[k] = v
	return v
}

// Plan returns the fix of one finding: the fix, or nil and why there is
// none. A finding whose rule declares no fix for its format has neither
// (nil, "").
func Plan(f *policies.Finding, files *Files) (*policies.Fix, string) {
	if f.Rule == nil {
		return nil, ""
	}
	d := f.Rule.FixFor(string(f.Format), SourceType(f))
	if d == nil {
		return nil, ""
	}
	if d.None != "" {
		return nil, d.None
	}
	if f.Status != policies.StatusFail {
		return nil, "the value is not known before deployment, so there is nothing to edit"
	}
	p := plannerFor(f.Format)
	if p == nil {
		return nil, fmt.Sprintf("posture cannot edit %s input yet", f.Format)
	}
	fx, why, err := p.Plan(f, d, files)
	if err != nil {
		return nil, "no automatic fix: " + err.Error()
	}
	if fx == nil && why == "" {
		why = "no automatic fix for this finding"
	}
	return fx, why
}

// Attach plans the fix of every finding whose rule declares one and sets
// its Fix or NoFix. src must be safe for concurrent reads.
func Attach(findings []policies.Finding, src Source) {
	// File by file, so that the parsed files a planner keeps can be let go
	// between files: a whole repository's parse trees, kept until the
	// last finding, pushed a large scan against its memory limit (the
	// corpus took 1.5 s more, most of it in the collector). The files are
	// shared out between the cores, each worker with its own memo.
	order := make([]int, len(findings))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return findings[order[a]].Range.File < findings[order[b]].Range.File })
	var groups [][]int
	for i, j := range order {
		if i == 0 || findings[j].Range.File != findings[order[i-1]].Range.File {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], j)
	}
	next := make(chan []int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(groups)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			files := NewFiles(src)
			for group := range next {
				if len(files.memo) > maxMemo {
					files = NewFiles(src)
				}
				for _, i := range group {
					f := &findings[i]
					f.Fix, f.NoFix = Plan(f, files)
				}
			}
		}()
	}
	for _, g := range groups {
		next <- g
	}
	close(next)
	wg.Wait()
}

// maxMemo bounds the files (and their parse trees) planning keeps: enough
// for a module's files, its tfvars and its callers, while the findings of
// one file are planned.
const maxMemo = 64

// SourceType is the type of the finding's resource as its source names
// it, the key of a per-type declaration: the Terraform resource type of
// the address (azurerm_ai_services in module.ai.azurerm_ai_services.x[0]),
// else the canonical type.
func SourceType(f *policies.Finding) string {
	if f.Format != parser.Terraform && f.Format != parser.TerraformPlan {
		return f.ResourceType
	}
	typ, _, ok := TerraformAddress(f.ResourceID)
	if !ok {
		return f.ResourceType
	}
	return typ
}

// TerraformAddress splits a resource address
// (module.a["k"].module.b.azurerm_x.name[0]) into the resource's type and
// name, without its module path and instance key.
func TerraformAddress(addr string) (typ, name string, ok bool) {
	rest := addr
	for strings.HasPrefix(rest, "module.") {
		// module.NAME[KEY]. — the key may hold dots inside its quotes.
		rest = rest[len("module."):]
		i := skipInstanceKey(rest)
		if i < 0 {
			return "", "", false
		}
		rest = rest[i:]
	}
	if strings.HasPrefix(rest, "data.") {
		return "", "", false
	}
	typ, rest, ok = strings.Cut(rest, ".")
	if !ok || typ == "" {
		return "", "", false
	}
	name = rest
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	return typ, name, name != ""
}

// skipInstanceKey returns the offset just past "NAME[KEY]." or "NAME.",
// or -1.
func skipInstanceKey(s string) int {
	inQuote := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && inQuote:
			i++
		case c == '"':
			inQuote = !inQuote
		case c == '.' && !inQuote:
			return i + 1
		}
	}
	return -1
}

// Anchor returns the part of a finding's blamed path (a canonical
// parser.Path string) that the declaration's paths are relative to: the
// blamed path less the setting's path it ends with
// (spec.template.spec.containers[0] for …containers[0].securityContext.runAsNonRoot
// and the setting securityContext.runAsNonRoot), else "" (the resource
// body). The setting that matched is returned too; nil when none did.
func Anchor(blamed string, d *Declaration) (string, *Setting) {
	settings := d.Settings()
	for i := range settings {
		s := &settings[i]
		for _, p := range s.Paths() {
			if blamed == p {
				return "", s
			}
			if rest, ok := strings.CutSuffix(blamed, "."+p); ok {
				return rest, s
			}
			if rest, ok := strings.CutSuffix(blamed, p); ok && strings.HasSuffix(rest, "]") && strings.HasPrefix(p, "[") {
				return rest, s
			}
		}
	}
	return "", nil
}

// Describe writes a fix's description from the assignments it makes, in
// the syntax of the format: "Set local_auth_enabled = false".
func Describe(assignments ...string) string {
	return "Set " + strings.Join(assignments, " and ")
}
