// Package serialize writes a live Lua object graph, suspended coroutines included, to
// bytes and reads it back, in this process or another: the persistence of Pluto and
// Eris for pluto-go.
//
// It is fed heap values by the VM and the pluto/eris libraries ([Persist]), and hands
// back heap values built from bytes ([Unpersist]); [Dump] lists a snapshot for
// humans. It imports only heap: builtins, continuations and named userdata are known
// by name and supplied on loading by a [Resolver], and Lua code (__persist functions)
// runs through a [CallFunc] the VM provides.
//
// # Invariants
//
//   - Identity is kept: an object reached twice is written once and loads as one
//     object; cycles work; an upvalue shared by closures stays shared, and one still
//     open in a suspended coroutine's stack stays one variable with that slot.
//   - The codec is iterative: depth costs memory, never Go stack.
//   - Persisting the same state twice gives the same bytes, and persisting what
//     Unpersist returned gives the bytes it read.
//   - Unpersist trusts nothing: any input gives a value or an error, never a panic, a
//     hang or an allocation beyond the limits of [UnpersistOptions]; every prototype
//     passes [heap.Proto.Verify].
//
// # Semantics
//
// Values are persisted as Eris does. Permanent values (PersistOptions.Perms) take
// precedence over everything and are written as their key. Builtins are permanent by
// name; a builtin with upvalues (an instance keeping state) is written as its name and
// upvalues and loaded as a new instance of the named Go function. Userdata is written
// by name if it has one, otherwise according to the __persist metafield of its
// metatable; a table too. The metafield (its name is PersistOptions.SpecialKey) may be
// true (persist literally: a table as usual, a userdata as its metatable, user value
// and data, which must be nil or a []byte), false (an error), or a function, called
// with the object when persisting; the function it returns is persisted in the object's
// place and called with no arguments when loading, and what it returns replaces the
// object everywhere in the loaded graph. Rebuild functions run in an order in which
// each sees filled every object it reaches, so an object whose state holds another
// special object is rebuilt after it. An object whose rebuild function reaches the
// object itself, directly or through other special objects, has no such order: Persist
// refuses it, and Unpersist fails with ErrSpecial on a snapshot that holds one. A table
// or thread that a __persist function changes while it is being written is written as
// it was before. A userdata without a name, permanent key or __persist cannot be
// persisted; if its Go data is a [Describer] (the stream of an open file), the error
// says what it is. Neither can a running or normal coroutine, nor a builtin without a
// name. An open upvalue whose thread is not persisted is loaded closed, holding the
// value it had.
//
// # Format
//
// A snapshot is CBOR (RFC 8949) in Core Deterministic Encoding, produced and read
// with github.com/fxamacker/cbor/v2. It opens with the self-described CBOR tag 55799
// and the tag 0x504c5554 ("PLUT"), bytes d9d9f7 da504c5554, around the envelope, an
// array of three items:
//
//	[version, checksum, body]
//
//	version   [Version], byte 02
//	checksum  a byte string of 4 bytes: the CRC-32C (Castagnoli) of the contents of
//	          body, big-endian, as hash/crc32 computes it
//	body      a byte string holding the CBOR encoding of one array:
//
//	[root, strings, tables, closures, builtins, userdata, threads, protos,
//	 upvalues, perms, specials]
//
// So a snapshot starts with d9d9f7 da504c5554 83 02 44 and the 4 bytes of the
// checksum, then the head of the byte string, which gives the length of the body, and
// the body fills the rest of the input.
//
// root is a value. Each of the other fields is an array of records of one kind, and
// records refer to each other by index: there is no nesting proportional to the
// depth of the graph. Indexes are canonical: walking breadth first from the root,
// each record's references in the order listed below, the records of each kind
// appear in the order they are first referred to, and every record is referred to.
//
// A value is one CBOR item:
//
//	nil             null
//	boolean         false, true
//	integer         an integer (major type 0 or 1), the full int64 range
//	float           the shortest of float16, float32, float64 that keeps every bit of
//	                the float64, NaN payloads and -0 included (3 and 3.0 differ)
//	string          tag 224 + pool index
//	table           tag 225 + index       closure   tag 226 + index
//	builtin         tag 227 + index       userdata  tag 228 + index
//	thread          tag 229 + index       permanent tag 230 + index
//	special         tag 231 + index
//
// The tags are private to this format. Records are arrays; byte strings carry every
// name and string (Lua strings are bytes), and their fields are, with the references
// they hold in walk order marked *:
//
//	strings   [* bytes]                  the string pool, each content once
//	table     [array*, hash*, hashcap, meta*]
//	          array: the array part; hash: key, value, key, value... in insertion
//	          order, a dead entry with a nil value; hashcap: 0 or a power of two, at
//	          least the number of entries; meta: nil or a table
//	closure   [proto*, [upvalue*...]]
//	builtin   [name, upvalues*]
//	userdata  [name, meta*, uservalue*, datakind, data]
//	          a named userdata has only its name; datakind 0 is no data, 1 a []byte
//	thread    [status, size, top, stack*, [frame...], [tbc...], [open...], err*,
//	          failed, ccalls]
//	          stack: the values up to the highest slot used by top, a frame's top, an
//	          open upvalue or a to-be-closed variable; size: the allocated stack
//	frame     [fn*, func, base, top, pc, nresults, nextra, nret, cont, ctx*, flags]
//	          fn: a closure or a builtin; cont: a continuation name or empty
//	open      [slot, upvalue*]           in slot order
//	proto     [source*, linedefined, lastlinedefined, numparams, isvararg,
//	           maxstacksize, code, constants*, [[name, instack, index, kind]...],
//	           [proto*...], [line...], [[name, startpc, endpc]...]]
//	          source: a pool index; code: 4-byte little-endian instructions; without
//	          debug information the source is "=?" and names and lines are empty
//	upvalue   value*                     an upvalue's current value
//	perm      [kind, key*]               heap.Kind of the value, key a scalar or string
//	special   [kind, fn*]                heap.Kind to rebuild, the rebuild function
//
// Unpersist accepts exactly these encodings: it re-encodes the records it decoded
// and rejects a body that differs, then replays the walk and validates every record.
//
// # Call stacks
//
// The frames of a thread (outermost first) must also fit together the way the VM
// builds them, since the VM relies on that whenever a frame returns into the one
// below it; Unpersist checks, once the frames' functions are known:
//
//   - The thread is suspended or dead, with no call from Go in progress: ccalls 0
//     and no frame flagged boundary, hook or GC. Only a dead thread has an error.
//   - A Lua frame has no cont nor ctx and top = base + maxstacksize; base is
//     func+1 or, once a vararg function's VARARGPREP ran, func+2+numparams+nextra
//     (its arguments, then a copy of the function);
//     pc is past an instruction that ran (0 only in the innermost frame of a dead
//     thread); it is flagged negate only after LE, LEI or GEI and has nret only in
//     a RETURN with k (B-1 when B is not 0). Its flags are among tail call, negate,
//     finalizing, handler and C call.
//   - A builtin frame has pc, nextra and nret 0, base func+1, a ctx only with a
//     cont, flags among protected, yielded, finalizing, handler, C call and keeps
//     handler (only when protected), and is not both protected and yielded.
//   - The outermost frame was called by the first resume: at slot 0, for all
//     results.
//   - A message handler's frame (flagged handler) lies above the failing frame, at
//     or above its top, and wants one result; the innermost protected frame with a
//     cont below it has a function as ctx (it is an xpcall), and no other handler
//     runs in between.
//   - The frame of a __close run while an error unwinds (flagged finalizing) lies
//     above the protected builtin frame with a cont that the error unwinds to, above
//     the error kept at that frame's top, and wants no results.
//   - Any other frame was called by the frame below it: by a builtin frame with a
//     cont, at its top, or by the instruction before a Lua frame's pc: CALL at
//     base+A for C-1 results, TFORCALL at base+A+4 for C, TAILCALL (of a builtin)
//     at base+A for all, CONCAT at base+A+2 up to base+A+B for one, RETURN with k at
//     the larger of base+A+nret and top for none, SETTABUP, SETTABLE, SETI, SETFIELD
//     and CLOSE at top for none, and the instructions whose metamethod result
//     finishOp stores (MMBIN*, UNM, BNOT, LEN, GETTABUP, GETTABLE, GETI, GETFIELD,
//     SELF, EQ, LT, LE, LTI, LEI, GTI, GEI) at top for one.
//   - The innermost frame of a suspended thread with frames is its yield: a builtin
//     frame flagged yielded, with no cont. No other frame is flagged yielded.
//   - Each to-be-closed slot and open upvalue lies in the registers (base up to
//     top) of a Lua frame; a to-be-closed slot may also lie from the top of a
//     protected frame an error unwinds to up to, not including, the slot of the
//     variable whose __close runs above it.
//
// # Integrity
//
// The checksum catches damage to a stored or transmitted snapshot: flipped bits, a
// block overwritten or lost in the middle of a file. Most damage also breaks the
// encoding or the validation, but not all of it: a bit flipped in a string, a number
// or an instruction operand gives another snapshot just as valid, which would load
// and run. CRC-32C detects every burst of up to 32 bits, every odd number of flipped
// bits and every error of up to 3 bits in a body below 256 MiB, and lets other
// damage through with a probability of about 2^-32. It was chosen over CRC-32 (IEEE),
// whose guarantee for 3-bit errors ends at about 11 KiB, and over a cryptographic
// hash, because without a key a hash proves no more than a CRC. hash/crc32 computes
// it with the processor's CRC32 instruction on amd64 and arm64: on an AMD EPYC,
// BenchmarkOpen checks the 6.8 MB of the Array benchmark's snapshot in 0.46 ms
// (15 GB/s), under 1% of the time Persist or Unpersist takes for it.
//
// Unpersist opens the envelope before it decodes any record: the header, then the
// version, then the length of the body against the input (a shorter input is
// reported as truncated, wrapping io.ErrUnexpectedEOF; bytes after the body are
// corrupt), then the checksum, whose mismatch is a *CorruptError wrapping
// [ErrChecksum]. The bytes before the body are all fixed or checked against the
// input's length, so that a bit flipped anywhere in a snapshot is refused.
//
// The checksum is not a signature. Anyone can compute it, so it says nothing about
// who wrote a snapshot, and a deliberately altered snapshot carries a matching one;
// Unpersist's defence against hostile input remains the validation of every record,
// and a host that must know where a snapshot comes from signs it or adds a MAC
// outside this format. Nor does it tell an old snapshot from a newer one of the
// same state, or one valid snapshot from another put in its place.
//
// # Versions
//
// [Version] is written in every snapshot and checked first: a version this build
// does not read fails with [ErrVersionMismatch]. Bump it for any change of what
// bytes mean: a field added, removed or reordered, a new tag, a new value kind, a
// new rule of validation that rejects snapshots an earlier build wrote. Snapshots of
// released versions are kept in testdata/golden and must keep loading: after a bump,
// teach the decoder the old version (or convert it) and add the new golden files
// with go test -update.
//
// The versions so far:
//
//  1. No envelope and no checksum: the tags around [1, root, strings, ...], the
//     records array with the version as its first item. Unpersist reads it as the
//     body of version 2; persisting what it loaded writes version 2.
//  2. The envelope with the checksum of the body.
package serialize

// Version is the snapshot format version this build writes; it reads this one and
// every earlier one.
const Version = 2
