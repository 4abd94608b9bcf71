// This file replays the encoder's breadth-first walk over a decoded snapshot. The walk
// proves that every reference is in range, that the objects of each kind are numbered
// in the order the walk first meets them (the canonical numbering), that every record
// is reachable from the root, and that no object is deeper than the limit. It also
// marks the records that refer to specially persisted objects, which must be filled
// after those objects are rebuilt.
//
// The order in which walkRecord meets references must be the order in which the
// encoder's visit functions call see and ref; a mismatch makes the decoder reject
// what the encoder writes, which the round-trip tests catch.

package serialize

import "fmt"

// ref names one record.
type ref struct {
	k     vkind
	i     int32
	depth int32
}

// walker is the state of the walk.
type walker struct {
	s       *snapshot
	max     int // the depth limit, 0 for none
	lens    [numKinds]int
	count   [numKinds]int
	queue   []ref
	cur     ref
	special bool // the record being walked refers to a special object
	pending [numKinds][]bool
	err     error
	// collect turns the walk into a listing of references: ref only queues
	// them, without the checks of numbering (see children).
	collect bool
}

// lengths returns the number of records of each kind in s.
func lengths(s *snapshot) [numKinds]int {
	var n [numKinds]int
	n[vString] = len(s.Strings)
	n[vTable] = len(s.Tables)
	n[vClosure] = len(s.Closures)
	n[vBuiltin] = len(s.Builtins)
	n[vUserdata] = len(s.Userdata)
	n[vThread] = len(s.Threads)
	n[vPerm] = len(s.Perms)
	n[vSpecial] = len(s.Specials)
	n[rProto] = len(s.Protos)
	n[rUpval] = len(s.Upvals)
	return n
}

// walk checks the numbering and reachability of every record of s.
func walk(s *snapshot, maxDepth int) (*walker, error) {
	w := &walker{s: s, max: maxDepth, lens: lengths(s), cur: ref{k: vNil, depth: -1}}
	if len(s.Specials) > 0 {
		for k := firstRef; k < numKinds; k++ {
			w.pending[k] = make([]bool, w.lens[k])
		}
	}
	w.val(s.Root)
	for i := 0; i < len(w.queue) && w.err == nil; i++ {
		w.cur = w.queue[i]
		w.special = false
		w.walkRecord(w.cur)
		if w.special && w.err == nil {
			w.pending[w.cur.k][w.cur.i] = true
		}
	}
	if w.err != nil {
		return nil, w.err
	}
	for k := firstRef; k < numKinds; k++ {
		if w.count[k] != w.lens[k] {
			return nil, &CorruptError{Where: k.String() + " " + fmt.Sprint(w.count[k]),
				Err: fmt.Errorf("record unreachable from the root")}
		}
	}
	return w, nil
}

// val meets a value.
func (w *walker) val(v val) {
	if v.k == vSpecial {
		w.special = true
	}
	if v.k.isRef() {
		w.ref(v.k, uint64(v.n))
	}
}

// vals meets a list of values.
func (w *walker) vals(vs vals) {
	for _, v := range vs {
		w.val(v)
	}
}

// ref meets a reference to record n of kind k.
func (w *walker) ref(k vkind, n uint64) {
	if w.collect {
		w.queue = append(w.queue, ref{k: k, i: int32(n)})
		return
	}
	if w.err != nil || n < uint64(w.count[k]) {
		return
	}
	if n != uint64(w.count[k]) || n >= uint64(w.lens[k]) {
		w.err = w.corrupt("%s reference %d out of order or range", k, n)
		return
	}
	w.count[k]++
	if k == vString {
		return
	}
	r := ref{k: k, i: int32(n), depth: w.cur.depth + 1}
	if w.max > 0 && int(r.depth) >= w.max {
		w.err = fmt.Errorf("%w: object too complex (depth %d reaches the limit %d)",
			ErrLimit, r.depth, w.max)
		return
	}
	w.queue = append(w.queue, r)
}

// children returns the references of record r of the checked snapshot s, special
// objects included, in the encoder's order, reusing buf.
func children(s *snapshot, r ref, buf []ref) []ref {
	w := walker{s: s, collect: true, queue: buf[:0]}
	w.walkRecord(r)
	return w.queue
}

// corrupt returns an error about the record being walked.
func (w *walker) corrupt(format string, args ...any) error {
	if w.cur.k == vNil {
		return &CorruptError{Where: "root", Err: fmt.Errorf(format, args...)}
	}
	return corrupt(w.cur.k, int(w.cur.i), format, args...)
}

// walkRecord meets the references of one record, in the encoder's order.
func (w *walker) walkRecord(r ref) {
	s := w.s
	switch r.k {
	case vTable:
		t := &s.Tables[r.i]
		w.vals(t.Array)
		w.vals(t.Hash)
		w.val(t.Meta)
	case vClosure:
		c := &s.Closures[r.i]
		w.ref(rProto, uint64(c.Proto))
		for _, u := range c.Upvals {
			w.ref(rUpval, uint64(u))
		}
	case vBuiltin:
		w.vals(s.Builtins[r.i].Upvalues)
	case vUserdata:
		w.val(s.Userdata[r.i].Meta)
		w.val(s.Userdata[r.i].Value)
	case vThread:
		w.walkThread(&s.Threads[r.i])
	case rProto:
		p := &s.Protos[r.i]
		w.ref(vString, uint64(p.Source))
		w.vals(p.Constants)
		for _, q := range p.Protos {
			w.ref(rProto, uint64(q))
		}
	case rUpval:
		w.val(s.Upvals[r.i])
	case vPerm:
		w.val(s.Perms[r.i].Key)
	case vSpecial:
		w.val(s.Specials[r.i].Fn)
	}
}

// walkThread meets a thread's references: stack, frames, open upvalues, error.
func (w *walker) walkThread(t *threadRec) {
	w.vals(t.Stack)
	for i := range t.Frames {
		w.val(t.Frames[i].Fn)
		w.val(t.Frames[i].Ctx)
	}
	for _, o := range t.Open {
		w.ref(rUpval, uint64(o.Upval))
	}
	w.val(t.Err)
}
