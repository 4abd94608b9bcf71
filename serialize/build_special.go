// This file calls the rebuild functions of specially persisted objects.
//
// A rebuild function must see every object it reaches filled, and filling a record
// that refers to a special object needs that object rebuilt. So the calls follow the
// references: in the graph whose edges are the references of records, and from each
// special object to its rebuild function, the strongly connected components are
// taken in an order in which each comes after all it reaches (Tarjan's algorithm
// gives them so), a component of records is filled and a special object is rebuilt.
// Special objects nested in the state of another one, as Eris allows, are thus
// rebuilt first. A special object in a component with other records reaches itself:
// its rebuild function would need it already rebuilt, and the load fails.

package serialize

import (
	"errors"
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
)

// rebuildOrder is the state of the walk over a snapshot, an iterative form of
// Tarjan's algorithm. A record's index is 0 before the walk meets it, and otherwise
// one more than the order in which it was met.
type rebuildOrder struct {
	s       *snapshot
	leave   func(scc []ref) error // called with each component, after all it reaches
	index   [numKinds][]int32
	low     [numKinds][]int32
	onStack [numKinds][]bool
	met     int32
	stack   []ref       // records met whose component is not complete
	path    []pathEntry // the records being walked, innermost last
}

// pathEntry is a record being walked with the references still to follow.
type pathEntry struct {
	r    ref
	refs []ref
}

// cycleError reports a rebuild function that reaches its own object.
type cycleError struct{ special int }

func (e *cycleError) Error() string {
	return fmt.Sprintf("rebuild function %d reaches the object it rebuilds", e.special)
}

// walkSpecials walks from every special object of the checked snapshot s in the
// order of their records, calling leave with each strongly connected component
// after the components it reaches. It fails with a *cycleError for a special object
// in a component with other records, before leave sees it, or with what leave
// returns.
func walkSpecials(s *snapshot, leave func(scc []ref) error) (*rebuildOrder, error) {
	o := &rebuildOrder{s: s, leave: leave}
	lens := lengths(s)
	for k := firstRef; k < numKinds; k++ {
		o.index[k] = make([]int32, lens[k])
		o.low[k] = make([]int32, lens[k])
		o.onStack[k] = make([]bool, lens[k])
	}
	for i := range s.Specials {
		if err := o.walkFrom(ref{k: vSpecial, i: int32(i)}); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// done reports whether the walk has met record r, and so handed it to leave.
func (o *rebuildOrder) done(r ref) bool {
	return o != nil && o.index[r.k] != nil && o.index[r.k][r.i] != 0
}

// walkFrom walks from record r.
func (o *rebuildOrder) walkFrom(r ref) error {
	if o.index[r.k][r.i] != 0 {
		return nil
	}
	o.enter(r)
	for len(o.path) > 0 {
		top := &o.path[len(o.path)-1]
		if len(top.refs) > 0 {
			c := top.refs[0]
			top.refs = top.refs[1:]
			switch {
			case o.index[c.k][c.i] == 0:
				o.enter(c)
			case o.onStack[c.k][c.i]:
				o.low[top.r.k][top.r.i] = min(o.low[top.r.k][top.r.i], o.index[c.k][c.i])
			}
			continue
		}
		r := top.r
		o.path = o.path[:len(o.path)-1]
		if len(o.path) > 0 {
			p := o.path[len(o.path)-1].r
			o.low[p.k][p.i] = min(o.low[p.k][p.i], o.low[r.k][r.i])
		}
		if o.low[r.k][r.i] == o.index[r.k][r.i] {
			if err := o.component(r); err != nil {
				return err
			}
		}
	}
	return nil
}

// enter meets record r.
func (o *rebuildOrder) enter(r ref) {
	o.met++
	o.index[r.k][r.i], o.low[r.k][r.i] = o.met, o.met
	o.onStack[r.k][r.i] = true
	o.stack = append(o.stack, r)
	var refs []ref
	if r.k != vString {
		refs = children(o.s, r, nil)
	}
	o.path = append(o.path, pathEntry{r: r, refs: refs})
}

// component takes the component whose first record met is r off the stack and
// hands it to leave.
func (o *rebuildOrder) component(r ref) error {
	i := len(o.stack) - 1
	for o.stack[i] != r {
		i--
	}
	scc := o.stack[i:]
	o.stack = o.stack[:i]
	for _, x := range scc {
		o.onStack[x.k][x.i] = false
		if x.k == vSpecial && len(scc) > 1 {
			return &cycleError{int(x.i)}
		}
	}
	return o.leave(scc)
}

// rebuildSpecials calls the rebuild function of every specially persisted object,
// filling what each one reaches first.
func (b *builder) rebuildSpecials() error {
	if b.cfg.Call == nil {
		return fmt.Errorf("%w: no UnpersistOptions.Call to run rebuild functions", ErrSpecial)
	}
	b.specials = make([]heap.Value, len(b.s.Specials))
	o, err := walkSpecials(b.s, b.leave)
	var ce *cycleError
	if errors.As(err, &ce) {
		return fmt.Errorf("%w: %w", ErrSpecial, err)
	}
	b.order = o
	return err
}

// leave fills the pending records of a component, or rebuilds its special object,
// once all it reaches is done.
func (b *builder) leave(scc []ref) error {
	for _, r := range scc {
		var err error
		switch {
		case r.k == vSpecial:
			err = b.rebuild(int(r.i))
		case b.isPending(r.k, int(r.i)):
			err = b.fill(r.k, int(r.i))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// rebuild calls the rebuild function of special object i.
func (b *builder) rebuild(i int) error {
	rec := &b.s.Specials[i]
	res, err := b.cfg.Call(b.value(rec.Fn))
	if err != nil {
		return fmt.Errorf("%w: rebuild function %d: %w", ErrSpecial, i, err)
	}
	want := heap.Kind(rec.Kind)
	if len(res) == 0 || res[0].Kind() != want {
		got := heap.KindNil
		if len(res) > 0 {
			got = res[0].Kind()
		}
		return fmt.Errorf("%w: bad unpersist function (%s expected, returned %s)",
			ErrSpecial, want.TypeName(), got.TypeName())
	}
	b.specials[i] = res[0]
	return nil
}
