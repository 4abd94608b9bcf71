// This file defines Table, Lua's only data structure.
//
// A table has two parts. The array part holds the values of the integer keys 1..n in a
// slice; the hash part holds every other key in a hash table of its own (no Go map), in
// table_hash.go. Keys are normalised before use: a float with an integral value is the
// integer key (t[1.0] is t[1]); nil and NaN cannot be keys.
//
// The array part grows in two ways: an assignment to key n+1 appends to it (the common
// case of filling a sequence), and a rehash of the hash part, which runs when the hash
// part is full, picks the largest power of two n such that more than half of the keys
// 1..n are present, as Lua does, and moves integer keys between the parts accordingly.
//
// Iteration order is a property of the table's own data: the array part in index order,
// then the hash part in insertion order. Removing a key (assigning nil) leaves the entry
// in place with a nil value, so `next` can continue from it and assigning existing keys
// during a traversal is safe; dead entries are dropped only by a rehash, which happens
// only when a new key is inserted. Nothing depends on addresses or a random seed, so the
// order is the same in every process and survives persistence.
//
// A border of the table (what `#` returns) is an index n with t[n] present and t[n+1]
// absent (or 0 if t[1] is absent); it is found in the array part by binary search and,
// past a full array part, by doubling and binary search over the hash part.

package heap

import "errors"

// Errors returned for invalid keys. The VM words them as Lua does.
var (
	// ErrNilKey reports an assignment with a nil key.
	ErrNilKey = errors.New("table index is nil")
	// ErrNaNKey reports an assignment with a NaN key.
	ErrNaNKey = errors.New("table index is NaN")
	// ErrInvalidNextKey reports a key passed to next that is not in the table.
	ErrInvalidNextKey = errors.New("invalid key to 'next'")
)

// Table is a Lua table.
type Table struct {
	arr  []Value
	hash hashPart
	// Meta is the table's metatable, or nil.
	Meta *Table
}

// NewTable returns a table with room for narr array values and nhash other keys.
func NewTable(narr, nhash int) *Table {
	t := &Table{}
	if narr > 0 {
		t.arr = make([]Value, narr)
	}
	if nhash > 0 {
		t.hash.init(nhash)
	}
	return t
}

// Get returns t[key] without metamethods; nil if absent.
func (t *Table) Get(key Value) Value {
	switch key.p {
	case tagInt:
		return t.GetInt(key.AsInt())
	case tagFloat:
		if i, ok := floatKey(key.AsFloat()); ok {
			return t.GetInt(i)
		}
	case nil:
		return Nil
	}
	return t.hash.get(key)
}

// GetInt returns t[i] without metamethods.
func (t *Table) GetInt(i int64) Value {
	if uint64(i-1) < uint64(len(t.arr)) {
		return t.arr[i-1]
	}
	return t.hash.get(Int(i))
}

// GetStr returns t[s] without metamethods.
func (t *Table) GetStr(s string) Value {
	return t.hash.getStr(s)
}

// Set assigns t[key] = val without metamethods. It fails only for a nil or NaN key.
func (t *Table) Set(key, val Value) error {
	switch key.p {
	case tagInt:
		t.SetInt(key.AsInt(), val)
		return nil
	case tagFloat:
		f := key.AsFloat()
		if i, ok := floatKey(f); ok {
			t.SetInt(i, val)
			return nil
		}
		if f != f {
			return ErrNaNKey
		}
	case nil:
		return ErrNilKey
	}
	t.setHash(key, val)
	return nil
}

// SetInt assigns t[i] = val without metamethods.
func (t *Table) SetInt(i int64, val Value) {
	n := int64(len(t.arr))
	if uint64(i-1) < uint64(n) {
		t.arr[i-1] = val
		return
	}
	if i == n+1 && !val.IsNil() && t.hash.get(Int(i)).IsNil() {
		if len(t.arr) == cap(t.arr) {
			t.growArray()
		}
		t.arr = append(t.arr, val)
		return
	}
	t.setHash(Int(i), val)
}

// SetList assigns vals to the keys first, first+1, ... as a table constructor does.
// As in Lua, the array part first grows to hold them all, nil values included, so
// that # of {...} or of {f()} counts the trailing values as lua5.4 does.
func (t *Table) SetList(first int64, vals []Value) {
	if end := first + int64(len(vals)) - 1; first >= 1 && end > int64(len(t.arr)) &&
		end <= 1<<maxArrayBits {
		if len(t.hash.nodes) == 0 {
			arr := make([]Value, end, max(end, int64(cap(t.arr))))
			copy(arr, t.arr)
			t.arr = arr
		} else {
			t.resize(int(end), len(t.hash.nodes))
		}
	}
	for j, v := range vals {
		t.SetInt(first+int64(j), v)
	}
}

// SetStr assigns t[s] = val without metamethods.
func (t *Table) SetStr(s string, val Value) { t.setHash(String(s), val) }

// growArray doubles the capacity of the array part. Doubling, rather than append's
// gentler growth for large slices, copies each element a bounded number of times:
// BenchmarkPrograms/table_fill (300,000 elements) went from 54 ms and 27 MiB with
// append's growth to 35 ms and 16 MiB doubling.
func (t *Table) growArray() {
	arr := make([]Value, len(t.arr), max(4, 2*cap(t.arr)))
	copy(arr, t.arr)
	t.arr = arr
}

// setHash assigns a normalised key of the hash part, rehashing when a new key does not
// fit.
func (t *Table) setHash(key, val Value) {
	if t.hash.set(key, val) || val.IsNil() {
		return
	}
	t.rehash(key)
	if key.p == tagInt && uint64(key.AsInt()-1) < uint64(len(t.arr)) {
		t.arr[key.AsInt()-1] = val
		return
	}
	t.hash.insert(key, val)
}

// floatKey returns the integer key a float key stands for, if it has an integral value.
func floatKey(f float64) (int64, bool) {
	if f >= -0x1p63 && f < 0x1p63 {
		i := int64(f)
		if float64(i) == f {
			return i, true
		}
	}
	return 0, false
}

// Len returns a border of the table, the value of the # operator without metamethods.
func (t *Table) Len() int64 {
	n := len(t.arr)
	if n > 0 && t.arr[n-1].IsNil() {
		if n >= 2 && !t.arr[n-2].IsNil() {
			return int64(n - 1)
		}
		lo, hi := 0, n // arr[lo-1] present (or lo == 0), arr[hi-1] absent
		for hi-lo > 1 {
			m := (lo + hi) / 2
			if t.arr[m-1].IsNil() {
				hi = m
			} else {
				lo = m
			}
		}
		return int64(lo)
	}
	if t.hash.get(Int(int64(n) + 1)).IsNil() {
		return int64(n)
	}
	return t.hashBorder(uint64(n))
}

// hashBorder finds a border beyond j, where t[j+1] is known to be present, by doubling
// and then binary search.
func (t *Table) hashBorder(j uint64) int64 {
	const maxInt = 1<<63 - 1
	var i uint64
	if j == 0 {
		j = 1
	}
	for {
		i = j
		if j <= maxInt/2 {
			j *= 2
		} else {
			j = maxInt
			if t.GetInt(int64(j)).IsNil() {
				break
			}
			return int64(j)
		}
		if t.GetInt(int64(j)).IsNil() {
			break
		}
	}
	for j-i > 1 {
		m := (i + j) / 2
		if t.GetInt(int64(m)).IsNil() {
			j = m
		} else {
			i = m
		}
	}
	return int64(i)
}

// Next returns the key and value that follow key in the traversal order (the first
// ones when key is nil). At the end it returns nil, nil. It fails with
// ErrInvalidNextKey if key is not in the table.
func (t *Table) Next(key Value) (Value, Value, error) {
	i, err := t.position(key)
	if err != nil {
		return Nil, Nil, err
	}
	for ; i < len(t.arr); i++ {
		if !t.arr[i].IsNil() {
			return Int(int64(i) + 1), t.arr[i], nil
		}
	}
	for j := i - len(t.arr); j < len(t.hash.nodes); j++ {
		if n := &t.hash.nodes[j]; !n.val.IsNil() {
			return n.key, n.val, nil
		}
	}
	return Nil, Nil, nil
}

// position returns the traversal index just after key: array slots first, then hash
// entries. Keys are compared as next returns them, not normalised: a float with an
// integral value is never a key of the table, as in Lua.
func (t *Table) position(key Value) (int, error) {
	if key.IsNil() {
		return 0, nil
	}
	if key.p == tagInt && uint64(key.AsInt()-1) < uint64(len(t.arr)) {
		return int(key.AsInt()), nil
	}
	j := t.hash.find(key)
	if j < 0 {
		return 0, ErrInvalidNextKey
	}
	return len(t.arr) + j + 1, nil
}

// ArrayLen returns the size of the array part.
func (t *Table) ArrayLen() int { return len(t.arr) }

// rehash resizes both parts to hold the current keys plus extra, as Lua sizes them.
func (t *Table) rehash(extra Value) {
	var nums [65]int // nums[b]: integer keys k with 2^(b-1) < k <= 2^b
	total := 0       // integer keys that could go to the array part
	count := func(k int64) {
		if k >= 1 && k <= 1<<(maxArrayBits) {
			nums[ceilLog2(uint64(k))]++
			total++
		}
	}
	live := 1 // the extra key
	for i, v := range t.arr {
		if !v.IsNil() {
			live++
			count(int64(i) + 1)
		}
	}
	for j := range t.hash.nodes {
		n := &t.hash.nodes[j]
		if !n.val.IsNil() {
			live++
			if n.key.p == tagInt {
				count(n.key.AsInt())
			}
		}
	}
	if extra.p == tagInt {
		count(extra.AsInt())
	}
	size, inArray := arraySize(&nums, total)
	t.resize(size, live-inArray)
}

// maxArrayBits bounds the array part at 2^maxArrayBits slots.
const maxArrayBits = 31

// arraySize returns the optimal array size for the counted integer keys: the largest
// power of two n such that more than n/2 of the slots 1..n would be used, and how many
// keys would go there.
func arraySize(nums *[65]int, total int) (size, inArray int) {
	a := 0
	for b, twoToB := 0, 1; b <= maxArrayBits && total > twoToB/2; b, twoToB = b+1, twoToB*2 {
		a += nums[b]
		if a > twoToB/2 {
			size, inArray = twoToB, a
		}
	}
	return size, inArray
}

// ceilLog2 returns ceil(log2(x)) for x >= 1.
func ceilLog2(x uint64) int {
	b := 0
	for x > 1<<b {
		b++
	}
	return b
}

// resize gives the array part exactly narr slots and rebuilds the hash part, dropping
// dead entries and moving keys between the parts. nhash is an upper bound of the keys
// the hash part will hold.
func (t *Table) resize(narr, nhash int) {
	old := t.arr
	oldNodes := t.hash.nodes
	t.arr = make([]Value, narr)
	copy(t.arr, old)
	t.hash = hashPart{}
	t.hash.init(nhash)
	for _, n := range oldNodes {
		if !n.val.IsNil() {
			t.placeKey(n.key, n.val)
		}
	}
	for i := narr; i < len(old); i++ {
		if !old[i].IsNil() {
			t.placeKey(Int(int64(i)+1), old[i])
		}
	}
}

// placeKey stores a live entry during a resize.
func (t *Table) placeKey(key, val Value) {
	if key.p == tagInt && uint64(key.AsInt()-1) < uint64(len(t.arr)) {
		t.arr[key.AsInt()-1] = val
		return
	}
	t.hash.insert(key, val)
}
