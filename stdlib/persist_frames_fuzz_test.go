// The structured fuzz target of suspended call stacks. Snapshots of real coroutines,
// suspended in each kind of place testdata/suspended holds, are decoded down to their
// thread and frame records; the fuzzer's input says which fields to tamper with (pc,
// base, top, function slot, result counts, flags, continuation, context, frames
// themselves, to-be-closed slots, open upvalues, stack values); the result is
// re-encoded with a checksum that matches, loaded and run: resumed with values,
// persisted and loaded again, resumed, closed. Lua and Go errors are fine; a Go panic
// is a failure.

package stdlib_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"

	"github.com/fxamacker/cbor/v2"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/serialize"
)

// Field indexes of the records the fuzzer edits, as serialize/doc.go lays them out.
const (
	snapThreads = 6 // the threads in the array of records

	thStatus, thSize, thTop, thStack, thFrames, thTBC, thOpen = 0, 1, 2, 3, 4, 5, 6
	thFailed, thCCalls                                        = 8, 9

	frFn, frCont, frCtx, frFlags = 0, 8, 9, 10
	numFrameFields               = 11
)

// frameIntFields are the integer fields of a frame record: func, base, top, pc,
// nresults, nextra, nret, flags.
var frameIntFields = []int{1, 2, 3, 4, 5, 6, 7, frFlags}

// threadIntFields are the integer fields of a thread record the fuzzer edits.
var threadIntFields = []int{thStatus, thSize, thTop, thCCalls}

// fuzzContinuations are the continuation names a frame may be given: none and every
// one the libraries register.
var fuzzContinuations = []string{"", "pcall.k", "tostring.k", "pairs.k", "load.k",
	"dofile.k", "table.sort.k", "string.gsub.k", "coroutine.resume.k",
	"coroutine.wrap.k", "require.k"}

// fuzzSnapshot is a snapshot decoded down to its threads' records; everything else
// stays encoded.
type fuzzSnapshot struct {
	version cbor.RawMessage   // the version in the envelope
	body    []cbor.RawMessage // the records
	threads []*fuzzThread
}

// fuzzThread is a thread record with its stack, frames, to-be-closed slots and open
// upvalues decoded.
type fuzzThread struct {
	rec    []cbor.RawMessage
	stack  []cbor.RawMessage
	frames [][]cbor.RawMessage
	tbc    []int64
	open   [][2]int64
}

var fuzzEnc = func() cbor.EncMode {
	o := cbor.CoreDetEncOptions()
	o.String = cbor.StringToByteString
	o.NilContainers = cbor.NilContainerAsEmpty
	em, err := o.EncMode()
	if err != nil {
		panic(err)
	}
	return em
}()

// snapshotHeader is the length of the tags every snapshot starts with.
const snapshotHeader = 8

// openSnapshot returns the version and the body that the envelope of a snapshot
// holds, as serialize/doc.go lays it out: [version, checksum, body] after the tags.
func openSnapshot(data []byte) (cbor.RawMessage, []byte, error) {
	var env []cbor.RawMessage
	var body []byte
	if len(data) < snapshotHeader {
		return nil, nil, errors.New("no header")
	}
	if err := cbor.Unmarshal(data[snapshotHeader:], &env); err != nil {
		return nil, nil, err
	}
	if len(env) != 3 {
		return nil, nil, errors.New("no envelope")
	}
	if err := cbor.Unmarshal(env[2], &body); err != nil {
		return nil, nil, err
	}
	return env[0], body, nil
}

// castagnoli is the table of CRC-32C, the checksum of a snapshot's body.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sealSnapshot returns the snapshot of a body: the header, then the envelope with
// the version and the body's CRC-32C.
func sealSnapshot(header []byte, version cbor.RawMessage, body []byte) []byte {
	sum := binary.BigEndian.AppendUint32(nil, crc32.Checksum(body, castagnoli))
	env := fuzzMarshal([]any{version, sum, body})
	return append(append([]byte(nil), header...), env...)
}

// resealSnapshot returns data with its envelope rebuilt around all that follows the
// head of its body, so that the length and checksum fit what the fuzzer made of the
// body and the mutations reach the decoder; data that does not start with an
// envelope of the current version comes back as it is.
func resealSnapshot(data []byte) []byte {
	start := []byte{0x83, serialize.Version, 0x44} // the version, the checksum's head
	at := snapshotHeader + len(start) + 4
	if len(data) <= at || !bytes.Equal(data[snapshotHeader:snapshotHeader+len(start)], start) ||
		data[at]>>5 != 2 || data[at]&0x1f > 27 {
		return data
	}
	head := 1
	if info := data[at] & 0x1f; info >= 24 {
		head += 1 << (info - 24)
	}
	if len(data) < at+head {
		return data
	}
	return sealSnapshot(data[:snapshotHeader], cbor.RawMessage{serialize.Version}, data[at+head:])
}

// decodeFuzzSnapshot decodes a snapshot Persist wrote.
func decodeFuzzSnapshot(data []byte) (*fuzzSnapshot, error) {
	version, body, err := openSnapshot(data)
	if err != nil {
		return nil, err
	}
	s := &fuzzSnapshot{version: version}
	if err := cbor.Unmarshal(body, &s.body); err != nil {
		return nil, err
	}
	var recs [][]cbor.RawMessage
	if err := cbor.Unmarshal(s.body[snapThreads], &recs); err != nil {
		return nil, err
	}
	for _, rec := range recs {
		t := &fuzzThread{rec: rec}
		for _, f := range []struct {
			i   int
			dst any
		}{{thStack, &t.stack}, {thFrames, &t.frames}, {thTBC, &t.tbc}, {thOpen, &t.open}} {
			if err := cbor.Unmarshal(rec[f.i], f.dst); err != nil {
				return nil, err
			}
		}
		s.threads = append(s.threads, t)
	}
	return s, nil
}

// encode returns the snapshot's bytes, each thread's stack cut or padded with nils
// to the height its fields ask for, as the format requires, with the checksum of
// what it holds now.
func (s *fuzzSnapshot) encode(header []byte) []byte {
	recs := make([][]cbor.RawMessage, len(s.threads))
	for i, t := range s.threads {
		t.fitStack()
		rec := append([]cbor.RawMessage(nil), t.rec...)
		rec[thStack], rec[thFrames] = fuzzMarshal(t.stack), fuzzMarshal(t.frames)
		rec[thTBC], rec[thOpen] = fuzzMarshal(t.tbc), fuzzMarshal(t.open)
		recs[i] = rec
	}
	body := append([]cbor.RawMessage(nil), s.body...)
	body[snapThreads] = fuzzMarshal(recs)
	return sealSnapshot(header, s.version, fuzzMarshal(body))
}

// fitStack makes the stack as long as the thread's top, frame tops, open upvalues
// and to-be-closed slots need.
func (t *fuzzThread) fitStack() {
	h := rawInt(t.rec[thTop])
	for _, f := range t.frames {
		h = max(h, rawInt(f[3]))
	}
	for _, o := range t.open {
		h = max(h, o[0]+1)
	}
	for _, x := range t.tbc {
		h = max(h, x+1)
	}
	h = min(max(h, 0), 1<<16)
	for int64(len(t.stack)) < h {
		t.stack = append(t.stack, cbor.RawMessage{0xf6})
	}
	t.stack = t.stack[:h]
}

func fuzzMarshal(v any) cbor.RawMessage {
	b, err := fuzzEnc.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// rawInt returns the integer an encoded field holds, or 0.
func rawInt(m cbor.RawMessage) int64 {
	var n int64
	if cbor.Unmarshal(m, &n) != nil {
		return 0
	}
	return n
}

// fuzzOp is one edit: what to do, to which thread and frame, which field, with what.
type fuzzOp struct{ kind, target, field, arg byte }

// The kinds of edit, modulo numOpKinds; the numbers are for good, since the seeds in
// testdata/fuzz spell them, and new kinds take the free ones.
const (
	opAddField    = iota // a frame's integer field plus int8(arg)
	opSetField           // a frame's integer field set to arg
	opCopyField          // a frame's integer field set to one of another frame
	opFlipFlag           // a frame flag toggled
	opSetCont            // a frame's continuation set by name
	opSwapValue          // a frame's function or context from another frame, or nil
	opEditFrames         // a frame deleted, duplicated or swapped
	opThreadField        // the thread's status, size, top or calls, its failed flag
	opEditTBC            // a to-be-closed slot added, moved or removed
	opEditOpen           // an open upvalue moved or removed
	opSetSlot            // a stack value replaced
	numOpKinds    = 16
)

// apply performs op on the snapshot.
func (s *fuzzSnapshot) apply(op fuzzOp) {
	if len(s.threads) == 0 {
		return
	}
	t := s.threads[int(op.target>>4)%len(s.threads)]
	kind := op.kind % numOpKinds
	if kind >= opThreadField {
		t.applyThread(kind, op)
		return
	}
	if len(t.frames) == 0 {
		return
	}
	j := len(t.frames) - 1 - int(op.target&15)%len(t.frames)
	f := t.frames[j]
	other := t.frames[int(op.arg&15)%len(t.frames)]
	field := frameIntFields[int(op.field)%len(frameIntFields)]
	switch kind {
	case opAddField:
		f[field] = fuzzMarshal(max(rawInt(f[field])+int64(int8(op.arg)), -2))
	case opSetField:
		f[field] = fuzzMarshal(int64(op.arg))
	case opCopyField:
		f[field] = other[frameIntFields[int(op.arg>>4)%len(frameIntFields)]]
	case opFlipFlag:
		f[frFlags] = fuzzMarshal(rawInt(f[frFlags]) ^ 1<<(op.arg%9))
	case opSetCont:
		f[frCont] = fuzzMarshal([]byte(fuzzContinuations[int(op.arg)%len(fuzzContinuations)]))
	case opSwapValue:
		t.swapValue(f, other, op.field)
	case opEditFrames:
		t.editFrames(j, op)
	}
}

// swapValue gives frame f the function or context of frame other, or nil.
func (t *fuzzThread) swapValue(f, other []cbor.RawMessage, sel byte) {
	i := frFn
	if sel&1 != 0 {
		i = frCtx
	}
	if sel&2 != 0 {
		f[i] = cbor.RawMessage{0xf6}
		return
	}
	f[i] = other[i]
}

// editFrames deletes, duplicates or moves frame j.
func (t *fuzzThread) editFrames(j int, op fuzzOp) {
	k := int(op.arg) % len(t.frames)
	switch op.field % 3 {
	case 0:
		t.frames = append(t.frames[:j:j], t.frames[j+1:]...)
	case 1:
		dup := append([]cbor.RawMessage(nil), t.frames[j]...)
		t.frames = append(t.frames[:j+1:j+1], append([][]cbor.RawMessage{dup}, t.frames[j+1:]...)...)
	default:
		t.frames[j], t.frames[k] = t.frames[k], t.frames[j]
	}
}

// applyThread edits the thread's own fields, to-be-closed slots, open upvalues or
// stack values.
func (t *fuzzThread) applyThread(kind byte, op fuzzOp) {
	d := int64(int8(op.arg))
	switch kind {
	case opThreadField:
		i := threadIntFields[int(op.field)%len(threadIntFields)]
		t.rec[i] = fuzzMarshal(max(rawInt(t.rec[i])+d, 0))
		if op.field&0x80 != 0 {
			var failed bool
			_ = cbor.Unmarshal(t.rec[thFailed], &failed)
			t.rec[thFailed] = fuzzMarshal(!failed)
		}
	case opEditTBC:
		switch n := len(t.tbc); {
		case op.field&1 == 0:
			t.tbc = append(t.tbc, max(d+int64(op.field>>1), 0))
		case n > 0:
			i := int(op.field>>1) % n
			t.tbc[i] = max(t.tbc[i]+d, 0)
			if d == 0 {
				t.tbc = append(t.tbc[:i:i], t.tbc[i+1:]...)
			}
		}
	case opEditOpen:
		if n := len(t.open); n > 0 {
			i := int(op.field) % n
			t.open[i][0] = max(t.open[i][0]+d, 0)
			if d == 0 {
				t.open = append(t.open[:i:i], t.open[i+1:]...)
			}
		}
	case opSetSlot:
		t.setSlot(int(op.field), op.arg)
	}
}

// setSlot replaces stack slot i with nil, true, a small integer or the value of
// another slot, as arg says.
func (t *fuzzThread) setSlot(i int, arg byte) {
	if len(t.stack) == 0 {
		return
	}
	v := cbor.RawMessage{0xf6}
	switch arg % 4 {
	case 1:
		v = cbor.RawMessage{0xf5}
	case 2:
		v = fuzzMarshal(int64(arg >> 2))
	case 3:
		v = t.stack[int(arg>>2)%len(t.stack)]
	}
	t.stack[i%len(t.stack)] = v
}

// suspendedScenarios returns the scripts of testdata/suspended, in name order: the
// first byte of a fuzz input is an index into them, so a new scenario needs a name
// that sorts last.
func suspendedScenarios(f testing.TB) []string {
	names, err := filepath.Glob(filepath.Join("testdata", "suspended", "*.lua"))
	if err != nil || len(names) == 0 {
		f.Fatalf("no scenarios in testdata/suspended: %v", err)
	}
	srcs := make([]string, len(names))
	for i, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		srcs[i] = string(b)
	}
	return srcs
}

func FuzzUnpersistFrames(f *testing.F) {
	var snaps [][]byte
	for i, src := range suspendedScenarios(f) {
		m := newFuzzVM()
		root, err := persistLua(m, src)
		if err != nil {
			f.Fatalf("scenario %d: %v", i, err)
		}
		data, err := m.Persist(root, nil)
		if err != nil {
			f.Fatalf("scenario %d: %v", i, err)
		}
		snaps = append(snaps, data)
		f.Add([]byte{byte(i)})
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 || int(in[0]) >= len(snaps) {
			return
		}
		data := snaps[in[0]]
		s, err := decodeFuzzSnapshot(data)
		if err != nil {
			t.Fatalf("decoding the snapshot of scenario %d: %v", in[0], err)
		}
		for ops := in[1:]; len(ops) >= 4; ops = ops[4:] {
			s.apply(fuzzOp{ops[0], ops[1], ops[2], ops[3]})
		}
		runTampered(s.encode(data[:snapshotHeader]))
	})
}

// fuzzLimits keep what a tampered snapshot may allocate small.
var fuzzLimits = &serialize.UnpersistOptions{MaxBytes: 1 << 20, MaxObjects: 1 << 14,
	MaxSlots: 1 << 18, MaxStringLen: 1 << 16}

// runTampered loads data and runs what it holds: each thread's traceback, then each
// coroutine resumed, the whole persisted and loaded again, and each coroutine resumed
// again and closed.
func runTampered(data []byte) {
	m := newFuzzVM()
	root, err := m.Unpersist(data, fuzzLimits)
	if err != nil {
		return
	}
	lib, _ := persistLua(m, `return {coroutine.resume, coroutine.close, eris.persist,
		eris.unpersist}`)
	fns := tableValues(lib)
	resume, closeCo, persist, unpersist := fns[0], fns[1], fns[2], fns[3]
	poke := func(root heap.Value, close bool) {
		for _, v := range append(tableValues(root), root) {
			if v.Kind() == heap.KindThread {
				_ = m.Traceback(v.AsThread(), 0)
				for i := range 3 {
					_, _ = m.PCall(resume, v, heap.Int(int64(i)), heap.String("x"))
				}
				if close {
					_, _ = m.PCall(closeCo, v)
				}
			}
		}
	}
	poke(root, false)
	if res, err := m.PCall(persist, root); err == nil && len(res) > 0 {
		if again, err := m.PCall(unpersist, res[0]); err == nil && len(again) > 0 {
			poke(again[0], true)
		}
	}
	poke(root, true)
}

// tableValues returns the values of t's array part and of the tables it holds under
// "cos", or nothing when t is not a table.
func tableValues(t heap.Value) []heap.Value {
	if t.Kind() != heap.KindTable {
		return nil
	}
	var vals []heap.Value
	tab := t.AsTable()
	for i := int64(1); i <= tab.Len(); i++ {
		vals = append(vals, tab.GetInt(i))
	}
	return append(vals, tableValues(tab.GetStr("cos"))...)
}
