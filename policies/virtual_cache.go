package policies

import (
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// virtualCache is the virtual-document cache of one evaluation: the values of
// complete rules and the results of function calls, so that a helper
// shared by the rules of a resource type (the pod spec, a container's
// label) is computed once per resource.
//
// OPA's own cache is a trie with a hash map per ref element, allocated
// afresh for every evaluation; with policies built on helpers, its
// bookkeeping was about a fifth of all allocations of an evaluation. This
// one keeps, per `with` frame, one hash index over whole refs, and is
// reused across evaluations through a pool, so a warm evaluation
// allocates nothing for caching. Semantics are OPA's: Get and Put look at
// the top frame only; Put(ref, nil) records an undefined result.
type virtualCache struct {
	frames []*cacheFrame
	top    int // index of the active frame
}

type cacheFrame struct {
	index   map[int]int32 // ref hash -> 1 + index of the newest entry with that hash
	entries []cacheEntry
	terms   []*ast.Term // backing store of the entries' refs
}

type cacheEntry struct {
	ref       ast.Ref
	value     *ast.Term
	undefined bool
	next      int32 // 1 + index of the previous entry with the same hash
}

var virtualCachePool = sync.Pool{New: func() any {
	return &virtualCache{frames: []*cacheFrame{newCacheFrame()}}
}}

func newCacheFrame() *cacheFrame { return &cacheFrame{index: map[int]int32{}} }

// getVirtualCache returns an empty cache for one evaluation; putVirtualCache gives it
// back once the evaluation is over.
func getVirtualCache() *virtualCache { return virtualCachePool.Get().(*virtualCache) }

func putVirtualCache(c *virtualCache) {
	for i := 0; i <= c.top && i < len(c.frames); i++ {
		c.frames[i].reset()
	}
	c.top = 0
	virtualCachePool.Put(c)
}

func (f *cacheFrame) reset() {
	clear(f.index)
	clear(f.entries) // drop the references to terms
	f.entries = f.entries[:0]
	clear(f.terms)
	f.terms = f.terms[:0]
}

var _ topdown.VirtualCache = (*virtualCache)(nil)

func (c *virtualCache) Push() {
	c.top++
	if c.top == len(c.frames) {
		c.frames = append(c.frames, newCacheFrame())
	}
}

func (c *virtualCache) Pop() {
	if c.top == 0 {
		return
	}
	c.frames[c.top].reset()
	c.top--
}

func (c *virtualCache) find(f *cacheFrame, ref ast.Ref, h int) *cacheEntry {
	for i := f.index[h]; i != 0; {
		e := &f.entries[i-1]
		if e.ref.Equal(ref) {
			return e
		}
		i = e.next
	}
	return nil
}

func (c *virtualCache) Get(ref ast.Ref) (*ast.Term, bool) {
	f := c.frames[c.top]
	if e := c.find(f, ref, ref.Hash()); e != nil {
		if e.undefined {
			return nil, true
		}
		return e.value, false
	}
	return nil, false
}

func (c *virtualCache) Put(ref ast.Ref, value *ast.Term) {
	f := c.frames[c.top]
	h := ref.Hash()
	if e := c.find(f, ref, h); e != nil {
		if value != nil {
			e.value = value
		} else {
			e.undefined = true
		}
		return
	}
	// The caller may reuse its ref slice: keep a copy.
	start := len(f.terms)
	f.terms = append(f.terms, ref...)
	f.entries = append(f.entries, cacheEntry{
		ref:       f.terms[start:len(f.terms):len(f.terms)],
		value:     value,
		undefined: value == nil,
		next:      f.index[h],
	})
	f.index[h] = int32(len(f.entries))
}

func (c *virtualCache) Keys() []ast.Ref {
	f := c.frames[c.top]
	keys := make([]ast.Ref, 0, len(f.entries))
	for _, e := range f.entries {
		if e.value != nil {
			keys = append(keys, e.ref)
		}
	}
	return keys
}
