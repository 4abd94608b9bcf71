// This file defines the snapshot: the flat, CBOR-shaped form of an object graph that
// sits between the heap and the bytes.
//
// A snapshot holds one array of records per kind of object (tables, closures,
// builtins, userdata, threads, prototypes, upvalues, permanent values and specially
// persisted values) plus a pool of strings. A record never nests another record: it
// refers to other objects by index into their kind's array, so decoding a million-deep
// chain of tables walks a million records, never a million levels of CBOR.
//
// Indexes are canonical: walking the graph breadth first from the root, visiting each
// record's references in field order, the objects of each kind are numbered in the
// order they are first met. The encoder produces that numbering by construction; the
// decoder replays the walk and rejects any other, which is one half of what makes
// Persist(Unpersist(b)) == b hold. The other half is that the CBOR itself is re-encoded
// and compared (see unpersist.go).

package serialize

// vkind is the kind of a value in a snapshot, or of a reference between records.
type vkind uint8

// Value kinds. The kinds from vString on are references: n is an index into the
// array of that kind. rProto and rUpval are references that are never Lua values.
const (
	vNil vkind = iota
	vFalse
	vTrue
	vInt
	vFloat
	vString
	vTable
	vClosure
	vBuiltin
	vUserdata
	vThread
	vPerm
	vSpecial
	rProto
	rUpval
	numKinds
)

// firstRef is the first reference kind.
const firstRef = vString

var kindNames = [numKinds]string{
	vNil: "nil", vFalse: "false", vTrue: "true", vInt: "integer", vFloat: "float",
	vString: "string", vTable: "table", vClosure: "closure", vBuiltin: "builtin",
	vUserdata: "userdata", vThread: "thread", vPerm: "permanent", vSpecial: "special",
	rProto: "proto", rUpval: "upvalue",
}

// String returns the kind's name as errors and listings show it.
func (k vkind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "unknown"
}

// isRef reports whether values of kind k refer to a record or a pooled string.
func (k vkind) isRef() bool { return k >= firstRef && k < numKinds }

// val is a Lua value in a snapshot: a scalar (n holds the integer or the float's bits)
// or a reference (n holds the index).
type val struct {
	k vkind
	n uint64
}

// vals is a list of values, encoded as one CBOR array.
type vals []val

// snapshot is the records of a snapshot, which its body holds. Field order is the
// encoding order.
type snapshot struct {
	_        struct{} `cbor:",toarray"`
	version  uint     // the format version of the envelope it was read from
	Root     val
	Strings  []string
	Tables   []tableRec
	Closures []closureRec
	Builtins []builtinRec
	Userdata []userdataRec
	Threads  []threadRec
	Protos   []protoRec
	Upvals   vals
	Perms    []permRec
	Specials []specialRec
}

// tableRec is a table: its array part, its hash part in insertion order (key, value
// pairs; a dead entry has a nil value), the hash part's capacity and its metatable.
type tableRec struct {
	_       struct{} `cbor:",toarray"`
	Array   vals
	Hash    vals
	HashCap uint
	Meta    val
}

// closureRec is a Lua closure: a prototype and one upvalue reference per upvalue.
type closureRec struct {
	_      struct{} `cbor:",toarray"`
	Proto  uint
	Upvals []uint
}

// builtinRec is a builtin: its registered name and, for an instance that keeps state,
// its upvalues. A builtin without upvalues stands for the VM's own builtin of that
// name.
type builtinRec struct {
	_        struct{} `cbor:",toarray"`
	Name     string
	Upvalues vals
}

// userdataRec is a userdata: a named one is only its name; a literal one (allowed by a
// __persist = true metafield) has its metatable, user value and data block.
type userdataRec struct {
	_        struct{} `cbor:",toarray"`
	Name     string
	Meta     val
	Value    val
	DataKind uint // dataNone or dataBytes
	Data     []byte
}

// Userdata data kinds.
const (
	dataNone  = 0 // Data is nil
	dataBytes = 1 // Data is a []byte
)

// threadRec is a coroutine: status, the allocated stack size, the stack values up to
// the height any frame, open upvalue or to-be-closed variable needs, the frames, the
// pending to-be-closed slots, the open upvalues in stack order, and the error a dead
// coroutine died of.
type threadRec struct {
	_      struct{} `cbor:",toarray"`
	Status uint
	Size   uint
	Top    uint
	Stack  vals
	Frames []frameRec
	TBC    []uint
	Open   []openRec
	Err    val
	Failed bool
	CCalls uint
}

// frameRec is one call frame. Fn is the closure or builtin it runs (nil for neither);
// Cont is the name of its continuation ("" for none).
type frameRec struct {
	_        struct{} `cbor:",toarray"`
	Fn       val
	Func     uint
	Base     uint
	Top      uint
	PC       uint
	NResults int
	NExtra   uint
	NRet     uint
	Cont     string
	Ctx      val
	Flags    uint
}

// openRec is an open upvalue of a thread: the stack slot and the upvalue.
type openRec struct {
	_     struct{} `cbor:",toarray"`
	Index uint
	Upval uint
}

// protoRec is a function prototype. Source indexes the string pool; Code holds the
// instructions as 4-byte little-endian words; Protos indexes nested prototypes.
type protoRec struct {
	_               struct{} `cbor:",toarray"`
	Source          uint
	LineDefined     uint
	LastLineDefined uint
	NumParams       uint
	IsVararg        bool
	MaxStackSize    uint
	Code            []byte
	Constants       vals
	Upvalues        []upvalDescRec
	Protos          []uint
	LineInfo        []int32
	LocVars         []locVarRec
}

// upvalDescRec is a prototype's description of one upvalue.
type upvalDescRec struct {
	_       struct{} `cbor:",toarray"`
	Name    string
	InStack bool
	Index   uint
	Kind    uint
}

// locVarRec is a local variable's debug information.
type locVarRec struct {
	_       struct{} `cbor:",toarray"`
	Name    string
	StartPC uint
	EndPC   uint
}

// permRec is a value replaced by a permanent key: the heap.Kind the value had and the
// key (a boolean, number or string).
type permRec struct {
	_    struct{} `cbor:",toarray"`
	Kind uint
	Key  val
}

// specialRec is a table or userdata persisted through its __persist function: the
// heap.Kind to rebuild and the function that rebuilds it.
type specialRec struct {
	_    struct{} `cbor:",toarray"`
	Kind uint
	Fn   val
}
