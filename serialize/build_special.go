// This file calls the rebuild functions of specially persisted objects.
//
// A rebuild function must see every object it reaches filled, and filling a record
// that refers to a special object needs that object rebuilt, so the calls follow the
// references: a depth-first walk from each special object fills a record after the
// special objects it reaches are rebuilt, and calls a rebuild function after all it
// reaches is filled. Special objects nested in the state of another one, as Eris
// allows, are thus rebuilt first. A rebuild function that reaches its own object,
// directly or through the state of another special object, has no order that works,
// and the load fails.

package serialize

import (
	"errors"
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
)

// rebuildOrder is the state of the walk over a snapshot. A record's state is 0 before
// the walk meets it, doneState once it is left, and otherwise, while it is on the
// walk's path, one more than the number of special objects on the path up to it.
type rebuildOrder struct {
	s     *snapshot
	leave func(r ref) error // called as the walk leaves r, all r reaches being done
	state [numKinds][]int32
	path  []pathEntry
	outer []int32 // the special objects on the path, outermost first
}

// pathEntry is a record on the walk's path with the references still to follow.
type pathEntry struct {
	r    ref
	refs []ref
}

const doneState = -1

// cycleError reports a rebuild function that reaches its own object.
type cycleError struct{ special int }

func (e *cycleError) Error() string {
	return fmt.Sprintf("rebuild function %d reaches the object it rebuilds", e.special)
}

// walkSpecials walks from every special object of the checked snapshot s in the
// order of their records, calling leave in the walk's post-order. It fails with a
// *cycleError, or with what leave returns.
func walkSpecials(s *snapshot, leave func(r ref) error) (*rebuildOrder, error) {
	o := &rebuildOrder{s: s, leave: leave}
	lens := lengths(s)
	for k := firstRef; k < numKinds; k++ {
		o.state[k] = make([]int32, lens[k])
	}
	for i := range s.Specials {
		if err := o.walkFrom(ref{k: vSpecial, i: int32(i)}); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// done reports whether the walk has left record r.
func (o *rebuildOrder) done(r ref) bool {
	return o != nil && o.state[r.k] != nil && o.state[r.k][r.i] == doneState
}

// walkFrom walks from record r.
func (o *rebuildOrder) walkFrom(r ref) error {
	if o.state[r.k][r.i] != 0 {
		return nil
	}
	o.enter(r)
	for len(o.path) > 0 {
		top := &o.path[len(o.path)-1]
		if len(top.refs) == 0 {
			if err := o.pop(); err != nil {
				return err
			}
			continue
		}
		c := top.refs[0]
		top.refs = top.refs[1:]
		switch st := o.state[c.k][c.i]; {
		case st == 0:
			o.enter(c)
		case st == doneState:
		case c.k == vSpecial || int(st)-1 < len(o.outer):
			// The path from c back to itself passes a rebuild function.
			return &cycleError{int(o.outer[len(o.outer)-1])}
		}
	}
	return nil
}

// enter puts record r on the walk's path.
func (o *rebuildOrder) enter(r ref) {
	if r.k == vSpecial {
		o.outer = append(o.outer, r.i)
	}
	o.state[r.k][r.i] = int32(len(o.outer)) + 1
	var refs []ref
	if r.k != vString {
		refs = children(o.s, r, nil)
	}
	o.path = append(o.path, pathEntry{r: r, refs: refs})
}

// pop takes the last record off the path and leaves it.
func (o *rebuildOrder) pop() error {
	r := o.path[len(o.path)-1].r
	o.path = o.path[:len(o.path)-1]
	o.state[r.k][r.i] = doneState
	if r.k == vSpecial {
		o.outer = o.outer[:len(o.outer)-1]
	}
	return o.leave(r)
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

// leave fills a pending record, or rebuilds a special object, once all it reaches
// is done.
func (b *builder) leave(r ref) error {
	if r.k == vSpecial {
		return b.rebuild(int(r.i))
	}
	if b.isPending(r.k, int(r.i)) {
		return b.fill(r.k, int(r.i))
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
