package parser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"time"
)

// A Decoder turns units of input (a Terraform module directory, an ARM
// template with its parameter files, a manifest file) into resources.
// parser/terraform, parser/arm and parser/kubernetes each provide one.
type Decoder interface {
	// Name is the format's name, for messages.
	Name() string
	// Match claims a file by its name and content. It must be cheap and must
	// not keep content.
	Match(name string, content []byte) bool
	// Units groups the claimed files into units decoded together.
	Units(names []string) [][]string
	// Decode reads one unit. It must not panic on any input; problems in the
	// input become diagnostics. It also returns the suppressions written
	// in comments of the unit's files, found while reading them; those
	// written in a resource travel in Resource.Suppressions.
	Decode(ctx context.Context, src *Source, unit []string) ([]Resource, []Diagnostic, []Suppression)
}

// Result is what parsing a scan's input produced.
type Result struct {
	Resources   []Resource
	Diagnostics []Diagnostic
	// Suppressions are the inline suppressions the decoders found. Those
	// of a file read by several units (a Terraform module called from
	// several roots) appear once.
	Suppressions []Suppression
	// Files counts the files claimed by a decoder, Units the units decoded.
	Files, Units int
}

// Parse discovers the files below paths, lets the decoders claim them, and
// decodes the units in parallel. It returns an error only for a path that
// cannot be scanned at all (see Discover).
func Parse(ctx context.Context, src *Source, paths []string, decoders []Decoder) (*Result, error) {
	return ParseWith(ctx, src, paths, decoders, Options{})
}

// Options tune a Parse.
type Options struct {
	// Located reports whether findings can be reported on resources of a
	// type. Resources of other types keep their properties and references
	// (cross-resource rules read them) but drop their source ranges as
	// soon as their unit is decoded: CRD bundles and types no policy
	// checks otherwise hold most of a large scan's memory. Nil keeps all.
	// The outermost module call (the first range of Origins[""]) stays: it
	// names the configuration the resource belongs to, which resolving
	// references between copies of one module needs.
	Located func(typ string) bool
}

// outermostCall keeps of a resource's origins only where the outermost
// module call that created it is written, or nothing.
func outermostCall(origins map[string][]Range) map[string][]Range {
	if calls := origins[""]; len(calls) > 0 {
		return map[string][]Range{"": calls[:1:1]}
	}
	return nil
}

// ParseWith is Parse with options.
func ParseWith(ctx context.Context, src *Source, paths []string, decoders []Decoder, opts Options) (*Result, error) {
	names, diags, err := Discover(src, paths)
	if err != nil {
		return nil, err
	}
	res := &Result{Diagnostics: diags}
	claimed := make([][]string, len(decoders))
	for _, name := range names {
		content, err := src.ReadFile(name)
		if err != nil {
			res.Diagnostics = append(res.Diagnostics, Errorf(Range{File: name}, "not scanned: %s", reason(err)))
			continue
		}
		if isBinary(content) {
			if IsCandidate(name) {
				res.Diagnostics = append(res.Diagnostics, Errorf(Range{File: name}, "binary content in a file named like configuration; not scanned"))
			}
			continue
		}
		for i, d := range decoders {
			if d.Match(name, content) {
				claimed[i] = append(claimed[i], name)
				res.Files++
				break
			}
		}
	}

	type job struct {
		dec  Decoder
		unit []string
	}
	var jobs []job
	for i, d := range decoders {
		if len(claimed[i]) == 0 {
			continue
		}
		for _, u := range d.Units(claimed[i]) {
			jobs = append(jobs, job{d, u})
		}
	}
	res.Units = len(jobs)

	type out struct {
		resources    []Resource
		diags        []Diagnostic
		suppressions []Suppression
	}
	outs := make([]out, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rs, ds, ss := decodeSafely(ctx, src, jobs[i].dec, jobs[i].unit)
				if opts.Located != nil {
					for j := range rs {
						if !opts.Located(rs[j].Type) {
							rs[j].Ranges, rs[j].Origins = nil, outermostCall(rs[j].Origins)
							// Like everything else on the resource, its
							// suppressions are now placed at the resource.
							for k := range rs[j].Suppressions {
								rs[j].Suppressions[k].Range = rs[j].Locate(nil)
							}
						}
					}
				}
				outs[i] = out{rs, ds, ss}
			}
		}()
	}
	for i := range jobs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	filesDone := map[string]bool{}
	for _, o := range outs {
		res.Resources = append(res.Resources, o.resources...)
		res.Diagnostics = append(res.Diagnostics, o.diags...)
		res.Suppressions = AppendSuppressions(res.Suppressions, o.suppressions, filesDone)
	}
	SortDiagnostics(res.Diagnostics)
	return res, nil
}

// UnitTimeout bounds the time one unit may take to decode. Decoders bound
// their work by counting (instances, values, rendered bytes), which is
// deterministic; this is the safety net for work nobody counted, far
// above the slowest real unit (Argo CD's Kustomize install, about 1 s).
var UnitTimeout = 30 * time.Second

// decodeSafely turns a decoder's panic into a diagnostic on the unit, so a
// bug triggered by one file never costs the findings of the others, and
// gives the unit its own deadline.
func decodeSafely(ctx context.Context, src *Source, d Decoder, unit []string) (rs []Resource, ds []Diagnostic, ss []Suppression) {
	uctx, cancel := context.WithTimeout(ctx, UnitTimeout)
	defer cancel()
	defer func() {
		if ctx.Err() == nil && errors.Is(uctx.Err(), context.DeadlineExceeded) && len(unit) > 0 {
			ds = append(ds, Errorf(Range{File: unit[0]},
				"stopped after %s: reading this input took too long; its findings may be incomplete", UnitTimeout))
		}
	}()
	defer func() {
		if p := recover(); p != nil {
			file := ""
			if len(unit) > 0 {
				file = unit[0]
			}
			rs, ss = nil, nil
			ds = []Diagnostic{Errorf(Range{File: file},
				"internal error in the %s reader (please report it with this file): %v\n%s", d.Name(), p, firstFrames(debug.Stack()))}
		}
	}()
	return d.Decode(uctx, src, unit)
}

// AppendSuppressions appends the suppressions one reading found to all.
// The comments of a file are taken from the first reading of it: another
// reading of the same file finds the same ones. done holds the files
// taken.
func AppendSuppressions(all, unit []Suppression, done map[string]bool) []Suppression {
	taken := map[string]bool{}
	for _, s := range unit {
		if s.File != "" && done[s.File] && !taken[s.File] {
			continue
		}
		if s.File != "" {
			taken[s.File] = true
		}
		all = append(all, s)
	}
	for f := range taken {
		done[f] = true
	}
	return all
}

func firstFrames(stack []byte) string {
	lines := bytes.Split(stack, []byte("\n"))
	if len(lines) > 12 {
		lines = lines[:12]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

func isBinary(b []byte) bool {
	if len(b) > 8000 {
		b = b[:8000]
	}
	return bytes.IndexByte(b, 0) >= 0
}

// SortDiagnostics orders diagnostics by file, line, column and message.
func SortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Range.File != b.Range.File {
			return a.Range.File < b.Range.File
		}
		if a.Range.Start.Line != b.Range.Start.Line {
			return a.Range.Start.Line < b.Range.Start.Line
		}
		if a.Range.Start.Column != b.Range.Start.Column {
			return a.Range.Start.Column < b.Range.Start.Column
		}
		return a.Message < b.Message
	})
}

// String makes a Result readable in test failures.
func (r *Result) String() string {
	return fmt.Sprintf("%d resources, %d diagnostics from %d files in %d units", len(r.Resources), len(r.Diagnostics), r.Files, r.Units)
}
