// This file implements table.sort: the quicksort of Lua 5.4.4's ltablib.c (median of
// three, the same pivot choices, the same element reads and writes and the same
// "invalid order function for sorting" checks), so that equal elements end in the
// same order as with lua5.4 and bad comparators are detected at the same point.
//
// The algorithm runs as an explicit state machine instead of recursion, so that a
// comparator can be called through CallK and yield: each time the machine needs a
// comparison with a user comparator it saves its whole state in a plain Lua table (the
// context of continuation "table.sort.k") and asks the VM to call the comparator; the
// continuation reloads the state and carries on with the result. The recursion of
// auxsort becomes a stack of pending intervals in that table: where auxsort recurses
// into the smaller part and then loops on the larger one, the machine pushes the larger
// one and goes on with the smaller one, which visits the intervals in the same order.
//
// Without a comparator, elements are compared with Lua's < through m.Less, whose __lt
// metamethods are synchronous calls that cannot yield, as lua_compare in C Lua.

package stdlib

import (
	"math"
	"time"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

// sortPhase says which comparison the machine is waiting for.
type sortPhase uint8

const (
	sortStart    sortPhase = iota // start an iteration of auxsort's loop on [lo, up]
	sortLoUp                      // got a[up] < a[lo]
	sortPivotLo                   // got a[p] < a[lo]
	sortUpPivot                   // got a[up] < a[p]
	sortScanUp                    // got a[i] < P in partition's first loop
	sortScanDown                  // got P < a[j] in partition's second loop
)

// sortRanLimit is RANLIMIT: intervals at least this long may use randomized pivots.
const sortRanLimit = 100

// sorter is the state of one table.sort. Indexes are uint32 because the reference
// computes them as unsigned ints; n < MaxInt32 is checked before sorting.
type sorter struct {
	t, cmp heap.Value // the table and the comparator (nil for <)
	phase  sortPhase
	lo, up uint32 // the interval being sorted
	rnd    uint32 // the pivot randomization of this interval (0: middle pivot)
	p      uint32 // the pivot index
	i, j   uint32 // partition's indexes
	x, y   heap.Value
	pivot  heap.Value
	stack  *heap.Table // pending intervals: lo, up, rnd triples
	depth  int64       // number of values in stack
	ctx    *heap.Table // where the machine is saved, once it has been
}

// Slots of the context table that holds a suspended sorter. The table, the comparator
// and the stack of intervals are stored once; the indexes are packed in pairs so that
// saving the machine at each comparator call costs few stores.
const (
	sortSlotT          = iota + 1 // the table being sorted
	sortSlotCmp                   // the comparator
	sortSlotStack                 // the pending intervals
	sortSlotBounds                // lo<<32 | up
	sortSlotIndexes               // i<<32 | j
	sortSlotPivotRnd              // p<<32 | rnd
	sortSlotPhaseDepth            // depth<<8 | phase
	sortSlotX                     // the values last read
	sortSlotY
	sortSlotPivot
	sortSlots = sortSlotPivot
)

func tabSort(m *vm.VM, args []heap.Value) []heap.Value {
	n := tabGetN(m, args, 1, tabRead|tabWrite)
	if n <= 1 {
		return nil
	}
	if n >= math.MaxInt32 {
		m.ArgError(1, "array too big")
	}
	if !isNoneOrNil(args, 2) {
		checkFunction(m, args, 2)
	}
	s := &sorter{t: args[0], cmp: arg(args, 2), lo: 1, up: uint32(n),
		stack: heap.NewTable(0, 0)}
	return s.run(m, false)
}

// tabSortK is the continuation "table.sort.k": the comparator returned.
func tabSortK(m *vm.VM, ctx heap.Value, _ bool, res []heap.Value) []heap.Value {
	var s sorter
	s.load(m, ctx)
	return s.run(m, !first(res).IsFalsy())
}

// run advances the machine, res being the result of the comparison it waits for (if
// any), until the sort ends or a comparator call must be made.
func (s *sorter) run(m *vm.VM, res bool) []heap.Value {
	for {
		a, b, done := s.step(m, res)
		if done {
			return nil
		}
		if s.cmp.IsNil() {
			res = m.Less(a, b)
			continue
		}
		k, _ := m.Continuation("table.sort.k")
		ab := [2]heap.Value{a, b}
		return m.CallK(s.cmp, ab[:], 1, k, heap.TableValue(s.save()))
	}
}

// step consumes the result of the pending comparison and advances to the next one,
// which it returns as the pair to compare (a < b?); done reports the end of the sort.
func (s *sorter) step(m *vm.VM, res bool) (a, b heap.Value, done bool) {
	switch s.phase {
	case sortStart:
		return s.start(m)
	case sortLoUp:
		return s.afterLoUp(m, res)
	case sortPivotLo:
		if res {
			s.set2(m, s.p, s.lo)
			return s.afterMedian(m)
		}
		s.y = s.get(m, s.up)
		return s.ask(sortUpPivot, s.y, s.x)
	case sortUpPivot:
		if res {
			s.set2(m, s.p, s.up)
		}
		return s.afterMedian(m)
	case sortScanUp:
		return s.afterScanUp(m, res)
	}
	return s.afterScanDown(m, res)
}

// ask records the phase that will receive the comparison of a and b.
func (s *sorter) ask(phase sortPhase, a, b heap.Value) (heap.Value, heap.Value, bool) {
	s.phase = phase
	return a, b, false
}

func (s *sorter) get(m *vm.VM, i uint32) heap.Value { return tabGet(m, s.t, int64(i)) }

// set2 stores the two values last read as ltablib's set2 does: t[i] = y, t[j] = x.
func (s *sorter) set2(m *vm.VM, i, j uint32) {
	tabSet(m, s.t, int64(i), s.y)
	tabSet(m, s.t, int64(j), s.x)
}

// start begins an iteration of auxsort's loop, or takes the next pending interval
// when the current one is sorted.
func (s *sorter) start(m *vm.VM) (heap.Value, heap.Value, bool) {
	for s.lo >= s.up {
		if !s.pop() {
			return heap.Nil, heap.Nil, true
		}
	}
	s.x, s.y = s.get(m, s.lo), s.get(m, s.up)
	return s.ask(sortLoUp, s.y, s.x)
}

// finish ends the current interval (auxsort returns).
func (s *sorter) finish(m *vm.VM) (heap.Value, heap.Value, bool) {
	s.lo, s.up = 1, 0
	return s.start(m)
}

// afterLoUp orders a[lo] and a[up], then compares a[p] with a[lo].
func (s *sorter) afterLoUp(m *vm.VM, res bool) (heap.Value, heap.Value, bool) {
	if res {
		s.set2(m, s.lo, s.up)
	}
	if s.up-s.lo == 1 {
		return s.finish(m)
	}
	if s.up-s.lo < sortRanLimit || s.rnd == 0 {
		s.p = (s.lo + s.up) / 2
	} else {
		r4 := (s.up - s.lo) / 4
		s.p = s.rnd%(r4*2) + (s.lo + r4)
	}
	s.x, s.y = s.get(m, s.p), s.get(m, s.lo)
	return s.ask(sortPivotLo, s.x, s.y)
}

// afterMedian moves the median of three, the pivot, to up-1 and starts partitioning.
func (s *sorter) afterMedian(m *vm.VM) (heap.Value, heap.Value, bool) {
	if s.up-s.lo == 2 {
		return s.finish(m)
	}
	s.pivot = s.get(m, s.p)
	s.x, s.y = s.pivot, s.get(m, s.up-1)
	s.set2(m, s.p, s.up-1)
	s.i, s.j = s.lo, s.up-1
	return s.scanUp(m)
}

// scanUp reads the next a[i] to compare with the pivot.
func (s *sorter) scanUp(m *vm.VM) (heap.Value, heap.Value, bool) {
	s.i++
	s.x = s.get(m, s.i)
	return s.ask(sortScanUp, s.x, s.pivot)
}

// scanDown reads the next a[j] to compare the pivot with.
func (s *sorter) scanDown(m *vm.VM) (heap.Value, heap.Value, bool) {
	s.j--
	s.y = s.get(m, s.j)
	return s.ask(sortScanDown, s.pivot, s.y)
}

func (s *sorter) afterScanUp(m *vm.VM, res bool) (heap.Value, heap.Value, bool) {
	if !res {
		return s.scanDown(m)
	}
	if s.i == s.up-1 {
		m.Errorf("invalid order function for sorting")
	}
	return s.scanUp(m)
}

func (s *sorter) afterScanDown(m *vm.VM, res bool) (heap.Value, heap.Value, bool) {
	if res {
		if s.j < s.i {
			m.Errorf("invalid order function for sorting")
		}
		return s.scanDown(m)
	}
	if s.j >= s.i {
		s.set2(m, s.i, s.j)
		return s.scanUp(m)
	}
	// The partition is done: a[i] goes to up-1 and the pivot to i.
	s.x, s.y = s.pivot, s.x
	s.set2(m, s.up-1, s.i)
	s.splitAt(s.i)
	return s.start(m)
}

// splitAt continues after a partition at p: the larger part waits on the stack (with
// a new randomization if the split was too uneven) and the smaller part goes first.
func (s *sorter) splitAt(p uint32) {
	lo, up, rnd := s.lo, s.up, s.rnd
	var n uint32
	if p-lo < up-p {
		s.lo, s.up = lo, p-1
		n, lo = p-lo, p+1
	} else {
		s.lo, s.up = p+1, up
		n, up = up-p, p-1
	}
	if (up-lo)/128 > n {
		rnd = sortRandomizePivot()
	}
	s.push(lo, up, rnd)
	s.x, s.y, s.pivot = heap.Nil, heap.Nil, heap.Nil
}

// sortRandomizePivot returns a "random" pivot randomization from the clock, as
// l_randomizePivot does.
func sortRandomizePivot() uint32 {
	c := uint64(osCPUTime() * 1e6)
	t := uint64(time.Now().Unix())
	return uint32(c) + uint32(c>>32) + uint32(t) + uint32(t>>32)
}

// push saves an interval to sort later.
func (s *sorter) push(lo, up, rnd uint32) {
	s.stack.SetInt(s.depth+1, heap.Int(int64(lo)))
	s.stack.SetInt(s.depth+2, heap.Int(int64(up)))
	s.stack.SetInt(s.depth+3, heap.Int(int64(rnd)))
	s.depth += 3
}

// pop makes the last pending interval the current one, reporting false when none is
// left.
func (s *sorter) pop() bool {
	if s.depth == 0 {
		return false
	}
	s.depth -= 3
	s.lo = uint32(s.stack.GetInt(s.depth + 1).AsInt())
	s.up = uint32(s.stack.GetInt(s.depth + 2).AsInt())
	s.rnd = uint32(s.stack.GetInt(s.depth + 3).AsInt())
	for k := int64(1); k <= 3; k++ {
		s.stack.SetInt(s.depth+k, heap.Nil)
	}
	return true
}

// save stores the machine in its context table, creating it the first time.
func (s *sorter) save() *heap.Table {
	c := s.ctx
	if c == nil {
		c = heap.NewTable(sortSlots, 0)
		c.SetInt(sortSlotT, s.t)
		c.SetInt(sortSlotCmp, s.cmp)
		c.SetInt(sortSlotStack, heap.TableValue(s.stack))
		s.ctx = c
	}
	c.SetInt(sortSlotBounds, sortPack(s.lo, s.up))
	c.SetInt(sortSlotIndexes, sortPack(s.i, s.j))
	c.SetInt(sortSlotPivotRnd, sortPack(s.p, s.rnd))
	c.SetInt(sortSlotPhaseDepth, heap.Int(s.depth<<8|int64(s.phase)))
	c.SetInt(sortSlotX, s.x)
	c.SetInt(sortSlotY, s.y)
	c.SetInt(sortSlotPivot, s.pivot)
	return c
}

// load restores a machine saved by save in the context ctx, checking it.
func (s *sorter) load(m *vm.VM, ctx heap.Value) {
	const what = "table.sort"
	c := stateTable(m, what, ctx)
	s.ctx = c
	s.t, s.cmp = c.GetInt(sortSlotT), c.GetInt(sortSlotCmp)
	s.stack = stateTable(m, what, c.GetInt(sortSlotStack))
	packed := func(slot int64) (uint32, uint32) {
		v := c.GetInt(slot)
		checkState(m, what, v.IsInt())
		return sortUnpack(v)
	}
	s.lo, s.up = packed(sortSlotBounds)
	s.i, s.j = packed(sortSlotIndexes)
	s.p, s.rnd = packed(sortSlotPivotRnd)
	pd := stateInt(m, what, c.GetInt(sortSlotPhaseDepth), 0, math.MaxInt64)
	s.phase, s.depth = sortPhase(pd&0xff), pd>>8
	checkState(m, what, s.phase <= sortScanDown)
	s.x, s.y, s.pivot = c.GetInt(sortSlotX), c.GetInt(sortSlotY), c.GetInt(sortSlotPivot)
}

// sortPack packs two indexes into an integer value.
func sortPack(hi, lo uint32) heap.Value { return heap.Int(int64(hi)<<32 | int64(lo)) }

// sortUnpack returns the indexes packed by sortPack.
func sortUnpack(v heap.Value) (hi, lo uint32) {
	n := uint64(v.AsInt())
	return uint32(n >> 32), uint32(n)
}
