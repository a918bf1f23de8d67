package terraform

import (
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/posture-dev/posture/parser"
)

// callSite is a module block and the module it is written in.
type callSite struct {
	mod   *module
	block *hcl.Block
}

// downloaded reports whether name lies in a module `terraform init`
// fetched into .terraform/modules: not the user's code, not in the
// repository, so not a place a developer can change or a code host can
// show.
func downloaded(name string) bool {
	return slices.Contains(strings.Split(name, "/"), ".terraform")
}

// place sets where findings on a resource of a called module point. In a
// downloaded module they point at the user's own code (see moveToCaller).
// Every module resource also says which call of the root module produced
// it: the same module called by several roots is a resource of each, and
// a finding must tell them apart.
func (in *instance) place(r *parser.Resource) {
	if len(in.callers) == 0 {
		return
	}
	if downloaded(in.mod.dir) {
		in.moveToCaller(r)
	}
	in.nameRootCall(r)
}

// moveToCaller points the ranges of a resource of a downloaded module at
// the user's code: the argument of the user's module block that carried
// the value (the last place outside the download it passed through), or
// the module block itself when the value is the module's own. The place
// inside the module becomes the value's last origin, which findings show
// as a related location.
func (in *instance) moveToCaller(r *parser.Resource) {
	entry, ok := in.entryCall()
	if !ok {
		return
	}
	call := entry.mod.rng(entry.block.DefRange)
	ranges := make(parser.RangeTable, len(r.Ranges))
	origins := make(map[string][]parser.Range, len(r.Ranges)+1)
	for k, rg := range r.Ranges {
		chain := originsOf(r.Origins, k)
		at := call
		for i := len(chain) - 1; i >= 0; i-- {
			if !downloaded(chain[i].File) {
				at = chain[i]
				break
			}
		}
		ranges[k] = at
		origins[k] = append(append(make([]parser.Range, 0, len(chain)+1), chain...), rg)
	}
	// The module block first: where the resource's values came from, as
	// for any other origin chain; a finding at the block does not repeat
	// it as related.
	origins[""] = []parser.Range{call, r.Header}
	r.Ranges, r.Origins = ranges, origins
	r.Header = call
	r.Range = entry.mod.rng(blockRange(entry.block))
}

// entryCall is the call that leads from the user's code into downloaded
// code: for a module nested in a downloaded module, the user's call of
// the outer one.
func (in *instance) entryCall() (callSite, bool) {
	for i, c := range in.callers {
		callee := in.mod.dir
		if i+1 < len(in.callers) {
			callee = in.callers[i+1].mod.dir
		}
		if !downloaded(c.mod.dir) && downloaded(callee) {
			return c, true
		}
	}
	return callSite{}, false
}

// originsOf returns the origin chain of the value at key: the chain of the
// deepest attribute containing it.
func originsOf(origins map[string][]parser.Range, key string) []parser.Range {
	best, found := "", false
	for k := range origins {
		if k == "" || len(k) <= len(best) && found {
			continue
		}
		if key == k || strings.HasPrefix(key, k) && (key[len(k)] == '.' || key[len(k)] == '[') {
			best, found = k, true
		}
	}
	if !found {
		return nil
	}
	return origins[best]
}

// nameRootCall makes every finding on r name the root module's call that
// produced it: where neither the finding's place nor the places its value
// came from are in the root module, the root's module block is added as
// the first origin. The key "" holds the origins of the resource as a
// whole, for findings on an attribute it does not set.
func (in *instance) nameRootCall(r *parser.Resource) {
	root := in.callers[0]
	call := root.mod.rng(root.block.DefRange)
	inRoot := func(rg parser.Range) bool { return rg.File != "" && path.Dir(rg.File) == in.st.rootDir }
	if r.Origins == nil {
		r.Origins = map[string][]parser.Range{}
	}
	for k, chain := range r.Origins {
		if k == "" || inRoot(r.Ranges[k]) || slices.ContainsFunc(chain, inRoot) {
			continue
		}
		r.Origins[k] = append([]parser.Range{call}, chain...)
	}
	whole := r.Origins[""]
	if !inRoot(r.Header) && !slices.ContainsFunc(whole, inRoot) {
		whole = append([]parser.Range{call}, whole...)
	}
	if len(whole) > 0 {
		r.Origins[""] = whole
	}
}

// userRange is where a diagnostic about r, a range of the module, points:
// r itself, or in a downloaded module the user's module block that leads
// to it.
func (in *instance) userRange(r hcl.Range) parser.Range {
	if downloaded(in.mod.dir) {
		if entry, ok := in.entryCall(); ok {
			return entry.mod.rng(entry.block.DefRange)
		}
	}
	return in.mod.rng(r)
}
