// This file implements the hash part of a table: entries kept in insertion order in a
// slice, chained from a power-of-two array of buckets.
//
// An entry whose value is nil is dead: it stays in its chain so that `next` can find it
// and a later assignment of the same key revives it in place, but it is skipped by
// traversal and dropped by the next rehash. The part holds at most len(buckets) entries,
// dead ones included; inserting beyond that is the table's cue to rehash.
//
// Strings hash with hash/maphash under a per-process seed. The seed only decides bucket
// placement, never the order of entries, so it leaves no trace in iteration or snapshots.

package heap

import (
	"hash/maphash"
	"unsafe"
)

// hashSeed is the seed of string hashing for this process.
var hashSeed = maphash.MakeSeed()

// node is one entry of the hash part.
type node struct {
	key, val Value
	next     int32 // index+1 of the next entry in the same bucket; 0 ends the chain
}

// hashPart is the hash part of a table.
type hashPart struct {
	nodes   []node
	buckets []int32 // index+1 of the first entry of each bucket; 0 for an empty bucket
}

// init sizes an empty hash part for at least n entries.
func (h *hashPart) init(n int) {
	if n <= 0 {
		return
	}
	size := 1 << ceilLog2(uint64(n))
	h.buckets = make([]int32, size)
	h.nodes = make([]node, 0, size)
}

// hashKey returns the hash of a normalised key.
func hashKey(k Value) uint64 {
	if k.IsString() {
		return maphash.String(hashSeed, k.AsString())
	}
	x := k.n ^ uint64(uintptr(k.p))
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x
}

// keyEqual reports whether two normalised keys are the same key.
func keyEqual(a, b Value) bool {
	if a.n != b.n {
		return false
	}
	return a.p == b.p || (a.IsString() && b.IsString() && a.AsString() == b.AsString())
}

// find returns the index of the entry for key, dead or alive, or -1.
func (h *hashPart) find(key Value) int {
	if len(h.nodes) == 0 {
		return -1
	}
	i := h.buckets[hashKey(key)&uint64(len(h.buckets)-1)]
	for i != 0 {
		n := &h.nodes[i-1]
		if keyEqual(n.key, key) {
			return int(i - 1)
		}
		i = n.next
	}
	return -1
}

// get returns the value of key, nil if absent.
func (h *hashPart) get(key Value) Value {
	if j := h.find(key); j >= 0 {
		return h.nodes[j].val
	}
	return Nil
}

// getStr returns the value of the string key s, nil if absent.
func (h *hashPart) getStr(s string) Value {
	if len(h.nodes) == 0 {
		return Nil
	}
	want := uint64(len(s))<<8 | uint64(KindString)
	i := h.buckets[maphash.String(hashSeed, s)&uint64(len(h.buckets)-1)]
	for i != 0 {
		n := &h.nodes[i-1]
		if n.key.n == want && n.key.IsString() &&
			(n.key.p == unsafe.Pointer(unsafe.StringData(s)) || n.key.AsString() == s) {
			return n.val
		}
		i = n.next
	}
	return Nil
}

// set assigns an existing key, or inserts a new one if there is room. It reports false
// when the key is new and the part is full. Assigning nil to an absent key does nothing.
func (h *hashPart) set(key, val Value) bool {
	if j := h.find(key); j >= 0 {
		h.nodes[j].val = val
		return true
	}
	if val.IsNil() {
		return true
	}
	if len(h.nodes) == len(h.buckets) {
		return false
	}
	h.insert(key, val)
	return true
}

// insert appends an entry for a key known to be absent; there must be room.
func (h *hashPart) insert(key, val Value) {
	b := hashKey(key) & uint64(len(h.buckets)-1)
	h.nodes = append(h.nodes, node{key: key, val: val, next: h.buckets[b]})
	h.buckets[b] = int32(len(h.nodes))
}

// HashLen returns the number of entries of the hash part, dead ones included.
func (t *Table) HashLen() int { return len(t.hash.nodes) }

// HashCap returns how many entries the hash part holds before it must rehash.
func (t *Table) HashCap() int { return len(t.hash.buckets) }

// HashEntry returns the i-th entry of the hash part in insertion order; the value is
// nil for a dead entry.
func (t *Table) HashEntry(i int) (key, val Value) {
	n := &t.hash.nodes[i]
	return n.key, n.val
}

// ArrayEntry returns the value of array slot i (key i+1).
func (t *Table) ArrayEntry(i int) Value { return t.arr[i] }

// Restore rebuilds a table's contents exactly as [Table.ArrayEntry] and
// [Table.HashEntry] reported them, so that a traversal continues as it would have. The
// keys must be normalised, distinct and absent from the array range, and hashCap a power
// of two no smaller than len(keys) (or 0 with no keys); the caller validates them.
func (t *Table) Restore(arr []Value, keys, vals []Value, hashCap int) {
	t.arr = arr
	t.hash = hashPart{}
	if hashCap > 0 {
		t.hash.buckets = make([]int32, hashCap)
		t.hash.nodes = make([]node, 0, hashCap)
	}
	for i, k := range keys {
		t.hash.insert(k, vals[i])
	}
}

// NormalizeKey returns the key a value stands for in a table (integral floats become
// integers) and whether it can be a key at all (not nil, not NaN).
func NormalizeKey(k Value) (Value, bool) {
	switch k.p {
	case nil:
		return Nil, false
	case tagFloat:
		f := k.AsFloat()
		if i, ok := floatKey(f); ok {
			return Int(i), true
		}
		return k, f == f
	}
	return k, true
}
