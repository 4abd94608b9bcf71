// This file defines VM, one Lua universe (its globals, registry, string metatable,
// threads and builtins), and the options it is created with.

package vm

import (
	"io"
	"log/slog"
	"math"
	"strconv"
	"sync/atomic"
	"unsafe"

	"github.com/pluto-go/pluto-go/heap"
)

// Function is the Go signature of a builtin. args is a window on the caller's stack
// holding the arguments; it stays readable for the duration of the call but may be
// reallocated by anything that grows the stack. A builtin returns its results, usually
// through [VM.Return] (which reuses a buffer of the VM) or as a sub-slice of args; the
// VM copies them out at once. A builtin that must call back into Lua and be yieldable
// returns [VM.CallK]; one that yields returns [VM.Yield]. Lua errors are raised with
// [VM.Errorf], [VM.ArgError] or [VM.Throw], which do not return. A Go panic in a
// builtin is not a Lua error: it propagates to the host, and the VM must not be used
// afterwards.
type Function func(m *VM, args []heap.Value) []heap.Value

// ContFunction is the Go signature of a continuation: the code a builtin frame runs when
// the function it called with [VM.CallK] returns (ok true, results) or fails (ok false,
// results holding the error value). It returns the builtin's results or another request,
// exactly like a [Function].
type ContFunction func(m *VM, ctx heap.Value, ok bool, results []heap.Value) []heap.Value

// Options configure a VM. The zero value is valid: output goes nowhere, no limits.
type Options struct {
	// Stdout receives print and io.write output; nil discards it.
	Stdout io.Writer
	// Stderr receives warnings and io.stderr output; nil discards it.
	Stderr io.Writer
	// Stdin is what io.read reads; nil reads nothing (end of file).
	Stdin io.Reader
	// Logger receives rare diagnostic events: at level Info "state saved" and "state
	// loaded" (Persist, Unpersist, SaveState, LoadState, and so pluto and eris) with
	// the bytes and the duration, at level Warn "step limit reached" with the
	// MaxSteps in force. Nil, the default, discards them.
	Logger *slog.Logger
	// MaxSteps, when positive, limits the work of each call from the host (PCall at
	// the outermost level, or the rebuild functions of one Unpersist or LoadState
	// together), counted in calls and backward jumps; reaching it stops the call
	// with an error wrapping ErrStepLimit, which no pcall can catch. Zero, the
	// default, means no limit. Counting costs a compare per call and jump.
	MaxSteps int64
}

// config is the validated, immutable form of Options.
type config struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	logger         *slog.Logger
	maxSteps       int64
}

func (o *Options) validate() config {
	c := config{stdout: io.Discard, stderr: io.Discard, logger: slog.New(slog.DiscardHandler)}
	if o == nil {
		return c
	}
	if o.Stdout != nil {
		c.stdout = o.Stdout
	}
	if o.Stderr != nil {
		c.stderr = o.Stderr
	}
	c.stdin = o.Stdin
	if o.Logger != nil {
		c.logger = o.Logger
	}
	c.maxSteps = o.MaxSteps
	return c
}

// VM is a Lua state: a universe of values with its own globals, registry and threads.
// A VM is not safe for concurrent use; only [VM.Interrupt] may be called from another
// goroutine while one runs it.
type VM struct {
	cfg config

	// interrupt is set by Interrupt, from any goroutine, and cleared by the dispatch
	// loop as it raises the error: one atomic load per call and backward jump.
	interrupt atomic.Bool

	th       *heap.Thread // the running thread
	main     *heap.Thread // the main thread
	resumers []resumer    // threads waiting in a resume, innermost last
	cLevel   int          // nested calls Lua counts as C calls (nCcalls), see enterC
	cBase    int          // cLevel when the running coroutine was resumed
	cFailed  int          // calls refused by enterC since the last unwinding

	globals    *heap.Table
	registry   *heap.Table
	stringMeta *heap.Table

	builtins      map[string]*heap.Builtin      // permanent builtins by name
	builtinFns    map[string]Function           // builtin implementations by name
	continuations map[string]*heap.Continuation // continuations by name
	userdata      map[string]*heap.Userdata     // permanent userdata by name

	req    request      // what the running builtin asked the VM to do
	after  afterState   // the outcome of builtins awaiting afterBuiltin's loop
	retBuf []heap.Value // results buffer for Return
	nested int          // nesting depth of Go calls into the VM
	// loading counts the Unpersist calls in progress: while one builds objects that
	// no root reaches yet no collection runs, and its rebuild functions share one
	// step budget.
	loading int
	stop    bool      // the boundary frame of the innermost run has returned
	steps   int64     // instructions left before the step limit, when limited
	runs    []runInfo // the runs of the VM loop in progress, innermost last

	typeMetas [heap.KindThread + 1]*heap.Table // metatables of non-table, non-userdata types
	warnOn    bool

	hooks       map[*heap.Thread]*hookState // debug hooks by thread
	hook        *hookState                  // the running thread's hook, or nil
	callFlags   heap.FrameFlags             // flags for the frame of the next Call
	protectNext bool                        // the next Call is a PCall's
	transfer    transferInfo                // values seen by the running call/return hook
	light       map[unsafe.Pointer]*heap.Userdata
	gc          collector // weak-table collections (collect.go)
}

// LightUserdata returns the userdata standing for the Go pointer p, the same one for
// the same pointer, as a light userdata would in C (debug.upvalueid returns these).
func (m *VM) LightUserdata(p unsafe.Pointer) *heap.Userdata {
	if m.light == nil {
		m.light = map[unsafe.Pointer]*heap.Userdata{}
	}
	u, ok := m.light[p]
	if !ok {
		u = &heap.Userdata{Data: LightPointer(p)}
		m.light[p] = u
	}
	return u
}

// LightPointer is the Data of the userdata LightUserdata returns: Lua code sees them
// as light userdata.
type LightPointer unsafe.Pointer

// IsLight reports whether v stands for a light userdata.
func IsLight(v heap.Value) bool {
	if v.Kind() != heap.KindUserdata {
		return false
	}
	_, ok := v.AsUserdata().Data.(LightPointer)
	return ok
}

// New returns a VM with empty globals and no libraries; the stdlib package opens them.
func New(opts *Options) *VM {
	m := &VM{
		cfg:           opts.validate(),
		globals:       heap.NewTable(0, 64),
		registry:      heap.NewTable(2, 8),
		builtins:      map[string]*heap.Builtin{},
		builtinFns:    map[string]Function{},
		continuations: map[string]*heap.Continuation{},
		userdata:      map[string]*heap.Userdata{},
		retBuf:        make([]heap.Value, 0, 8),
		gc:            collector{pause: DefaultPause},
	}
	m.main = m.NewThread()
	m.main.Status = heap.StatusRunning
	m.th = m.main
	m.registry.SetInt(1, heap.ThreadValue(m.main))
	m.registry.SetInt(2, heap.TableValue(m.globals))
	m.registerHostResume()
	m.steps = math.MaxInt64
	m.transfer.frame = -1
	return m
}

// Globals returns the table of global variables.
func (m *VM) Globals() *heap.Table { return m.globals }

// Registry returns the registry table, where libraries keep private state
// (package.loaded is registry._LOADED).
func (m *VM) Registry() *heap.Table { return m.registry }

// MainThread returns the VM's main thread.
func (m *VM) MainThread() *heap.Thread { return m.main }

// CurrentThread returns the running thread.
func (m *VM) CurrentThread() *heap.Thread { return m.th }

// StringMeta returns the metatable shared by all strings, or nil.
func (m *VM) StringMeta() *heap.Table { return m.stringMeta }

// SetStringMeta sets the metatable shared by all strings.
func (m *VM) SetStringMeta(t *heap.Table) { m.stringMeta = t }

// Stdout returns the writer print writes to.
func (m *VM) Stdout() io.Writer { return m.cfg.stdout }

// Stderr returns the writer for warnings and io.stderr.
func (m *VM) Stderr() io.Writer { return m.cfg.stderr }

// Stdin returns the reader io.read reads, or nil.
func (m *VM) Stdin() io.Reader { return m.cfg.stdin }

// Logger returns the VM's diagnostic logger.
func (m *VM) Logger() *slog.Logger { return m.cfg.logger }

// initialStack is the stack size of a new thread.
const initialStack = 2 * heap.MaxArgA

// NewThread returns a new thread belonging to this VM, with no function.
func (m *VM) NewThread() *heap.Thread { return heap.NewThread(initialStack) }

// NewCoroutine returns a coroutine that runs fn on its first resume, as
// coroutine.create does.
func (m *VM) NewCoroutine(fn heap.Value) *heap.Thread {
	co := m.NewThread()
	co.Stack[0] = fn
	co.Top = 1
	return co
}

// Register makes fn a permanent builtin under name and returns it. The name must be
// unique and stable across versions: snapshots refer to the builtin by it. Register
// panics if the name is taken, by a library opened in the VM or an earlier Register.
func (m *VM) Register(name string, fn Function) *heap.Builtin {
	if _, dup := m.builtinFns[name]; dup {
		panic("vm: Register: the builtin name " + strconv.Quote(name) + " is taken")
	}
	b := &heap.Builtin{Name: name, Fn: fn}
	m.builtins[name] = b
	m.builtinFns[name] = fn
	return b
}

// RegisterInstance makes fn known by name as the code of builtin instances that carry
// upvalues (such as the iterator string.gmatch returns), without creating one.
func (m *VM) RegisterInstance(name string, fn Function) {
	if _, dup := m.builtinFns[name]; dup {
		panic("vm: RegisterInstance: the builtin name " + strconv.Quote(name) + " is taken")
	}
	m.builtinFns[name] = fn
}

// NewInstance returns a builtin instance of the function registered under name with
// the given upvalues.
func (m *VM) NewInstance(name string, upvalues ...heap.Value) *heap.Builtin {
	fn, ok := m.builtinFns[name]
	if !ok {
		panic("vm: NewInstance: no builtin instance is registered as " + strconv.Quote(name))
	}
	return &heap.Builtin{Name: name, Fn: fn, Upvalues: upvalues}
}

// RegisterContinuation makes fn a continuation known by name and returns it. It
// panics if the name is taken.
func (m *VM) RegisterContinuation(name string, fn ContFunction) *heap.Continuation {
	if _, dup := m.continuations[name]; dup {
		panic("vm: RegisterContinuation: the continuation name " + strconv.Quote(name) +
			" is taken")
	}
	c := &heap.Continuation{Name: name, Fn: fn}
	m.continuations[name] = c
	return c
}

// RegisterUserdata makes u permanent under its Name.
func (m *VM) RegisterUserdata(u *heap.Userdata) {
	m.userdata[u.Name] = u
}

// Builtin returns the permanent builtin registered under name.
func (m *VM) Builtin(name string) (*heap.Builtin, bool) {
	b, ok := m.builtins[name]
	return b, ok
}

// BuiltinFunc returns the Go function registered under name, for builtins and
// builtin instances alike.
func (m *VM) BuiltinFunc(name string) (any, bool) {
	fn, ok := m.builtinFns[name]
	return fn, ok
}

// Continuation returns the continuation registered under name.
func (m *VM) Continuation(name string) (*heap.Continuation, bool) {
	c, ok := m.continuations[name]
	return c, ok
}

// Userdata returns the permanent userdata registered under name.
func (m *VM) Userdata(name string) (*heap.Userdata, bool) {
	u, ok := m.userdata[name]
	return u, ok
}
