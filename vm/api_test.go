// Tests of the embedding API as a Go host uses it.

package vm_test

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

func TestPCallNotCallable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		fn   heap.Value
		want string
	}{
		{"nil", heap.Nil, "attempt to call a nil value"},
		{"boolean", heap.True, "attempt to call a boolean value"},
		{"table", heap.TableValue(heap.NewTable(0, 0)), "attempt to call a table value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := vm.New(nil)
			_, err := m.PCall(tc.fn, heap.Int(1))
			var re *vm.RuntimeError
			if !errors.As(err, &re) || re.Error() != tc.want {
				t.Fatalf("PCall(%s): got %v, want %q", tc.name, err, tc.want)
			}
			res, err := m.DoString("return 1 + 1", "=after")
			if err != nil || len(res) != 1 || res[0] != heap.Int(2) {
				t.Errorf("the VM after the failed call: got %v, %v; want [2]", res, err)
			}
		})
	}
}

// TestPCallHasNoHandler checks that a host's protected call inside xpcall returns the
// error as raised: the message handler of the xpcall below it does not see it.
func TestPCallHasNoHandler(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	probe := m.Register("test.probe", func(m *vm.VM, args []heap.Value) []heap.Value {
		_, err := m.PCall(args[0])
		var re *vm.RuntimeError
		if !errors.As(err, &re) {
			return m.Return(heap.String("no error"))
		}
		return m.Return(re.Value)
	})
	m.SetGlobal("probe", heap.BuiltinValue(probe))
	stdlib.Open(m, stdlib.Base)
	res, err := m.DoString(`
		local function handler(msg) return "handled " .. msg end
		local ok, v = xpcall(function() return probe(function() error("x", 0) end) end, handler)
		return v`, "=probe")
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || m.ToString(res[0]) != "x" {
		t.Errorf("the host's protected call returned %v, want the unhandled \"x\"", res)
	}
}

// TestStepLimit checks that Options.MaxSteps stops a runaway host call wherever the
// loop runs, that no pcall catches it, that the logger hears of it once, and that the
// VM is usable afterwards, with the coroutines the call was running dead.
func TestStepLimit(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
	}{
		{"main", "while true do end"},
		{"repeat until", "local i = 0 repeat i = i + 1 until i < 0"},
		{"while with a test", "local i = 0 while i >= 0 do i = i + 1 end"},
		{"pcall", "pcall(function() while true do end end)"},
		{"coroutine", "co = coroutine.create(function() while true do end end) coroutine.resume(co)"},
		{"nested coroutines", `co = coroutine.create(function()
			local inner = coroutine.wrap(function() while true do end end)
			inner()
		end) coroutine.resume(co)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var log bytes.Buffer
			logger := slog.New(slog.NewTextHandler(&log, &slog.HandlerOptions{
				ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
					if a.Key == slog.TimeKey {
						return slog.Attr{}
					}
					return a
				}}))
			m := vm.New(&vm.Options{MaxSteps: 10000, Logger: logger})
			stdlib.Open(m, stdlib.Base|stdlib.Coroutine)
			if _, err := m.DoString(tc.src, "=limit"); !errors.Is(err, vm.ErrStepLimit) {
				t.Fatalf("%s: got %v, want ErrStepLimit", tc.src, err)
			}
			if want := "level=WARN msg=\"step limit reached\" steps=10000\n"; log.String() != want {
				t.Errorf("%s: logged %q, want %q", tc.src, log.String(), want)
			}
			res, err := m.DoString(`local main = select(2, coroutine.running())
				return main, co and coroutine.status(co) or "dead"`, "=after")
			if err != nil || len(res) != 2 || res[0] != heap.True || m.ToString(res[1]) != "dead" {
				t.Errorf("after %s: got %v, %v; want the main thread running, the coroutine dead",
					tc.src, res, err)
			}
		})
	}
}

// TestHostYieldOutsideCoroutine checks that a host function yielding where no
// coroutine can be suspended raises Lua's error instead of breaking the VM.
func TestHostYieldOutsideCoroutine(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	stdlib.Open(m, stdlib.Base|stdlib.Coroutine)
	ask := m.Register("test.ask", func(m *vm.VM, args []heap.Value) []heap.Value {
		return m.Yield(args)
	})
	m.SetGlobal("ask", heap.BuiltinValue(ask))
	call := m.Register("test.call", func(m *vm.VM, args []heap.Value) []heap.Value {
		return m.Call(args[0])
	})
	m.SetGlobal("call", heap.BuiltinValue(call))
	tests := []struct{ src, want string }{
		{"ask(1)", "attempt to yield from outside a coroutine"},
		// coroutine.wrap adds its caller's position to the error, as in Lua.
		{"coroutine.wrap(function() call(ask) end)()",
			"host:1: attempt to yield across a C-call boundary"},
	}
	for _, tc := range tests {
		_, err := m.DoString(tc.src, "=host")
		var re *vm.RuntimeError
		if !errors.As(err, &re) || re.Error() != tc.want {
			t.Errorf("%s: got %v, want %q", tc.src, err, tc.want)
		}
	}
	if res, err := m.DoString("return 1", "=after"); err != nil || len(res) != 1 {
		t.Errorf("the VM after the failed yields: got %v, %v", res, err)
	}
}

// TestResume drives a coroutine from Go through its yields, its return, its death and
// an error, as coroutine.resume would from Lua.
func TestResume(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	stdlib.Open(m, stdlib.Base|stdlib.Coroutine)
	res, err := m.DoString(`return function(a)
		local b = coroutine.yield(a + 1)
		if b == "fail" then error("failed", 0) end
		return a + b
	end`, "=co")
	if err != nil {
		t.Fatal(err)
	}
	fn := res[0]
	co := m.NewCoroutine(fn)
	steps := []struct {
		arg    heap.Value
		want   []heap.Value
		err    string
		status heap.ThreadStatus
	}{
		{heap.Int(1), []heap.Value{heap.Int(2)}, "", heap.StatusSuspended},
		{heap.Int(10), []heap.Value{heap.Int(11)}, "", heap.StatusDead},
		{heap.Int(0), nil, "cannot resume dead coroutine", heap.StatusDead},
	}
	for i, s := range steps {
		got, err := m.Resume(co, s.arg)
		if msg := errText(err); msg != s.err || len(got) != len(s.want) ||
			len(got) > 0 && got[0] != s.want[0] || co.Status != s.status {
			t.Errorf("resume %d: got %v, %q, status %d; want %v, %q, status %d",
				i, got, msg, co.Status, s.want, s.err, s.status)
		}
	}

	failing := m.NewCoroutine(fn)
	if _, err := m.Resume(failing, heap.Int(1)); err != nil {
		t.Fatal(err)
	}
	_, err = m.Resume(failing, heap.String("fail"))
	var re *vm.RuntimeError
	if !errors.As(err, &re) || re.Error() != "failed" || failing.Status != heap.StatusDead ||
		!strings.Contains(re.Traceback, "co:3:") {
		t.Errorf("failing resume: got %v (traceback %q), status %d", err, tracebackOf(re),
			failing.Status)
	}
}

// errText returns err's message, or "" for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// tracebackOf returns the traceback of re, or "" for nil.
func tracebackOf(re *vm.RuntimeError) string {
	if re == nil {
		return ""
	}
	return re.Traceback
}

// TestSaveStateErrors checks that SaveState refuses to run under Lua code and names the
// whole path of a value it cannot persist.
func TestSaveStateErrors(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	stdlib.Open(m, stdlib.Base)
	var inner error
	save := m.Register("test.save", func(m *vm.VM, args []heap.Value) []heap.Value {
		_, inner = m.SaveState(heap.Nil)
		return nil
	})
	m.SetGlobal("save", heap.BuiltinValue(save))
	if _, err := m.DoString("save()", "=save"); err != nil {
		t.Fatal(err)
	}
	if !errors.Is(inner, vm.ErrRunning) {
		t.Errorf("SaveState under Lua code: got %v, want ErrRunning", inner)
	}

	var anon vm.Function = func(m *vm.VM, args []heap.Value) []heap.Value { return nil }
	m.SetGlobal("conn", heap.BuiltinValue(&heap.Builtin{Fn: anon}))
	_, err := m.SaveState(heap.Nil)
	want := "serialize: attempt to persist a host function without a name (globals.conn)"
	if err == nil || err.Error() != want {
		t.Errorf("SaveState of an unnamed host function: got %v, want %q", err, want)
	}
}

// TestInterrupt interrupts, from another goroutine, code that loops once it has called
// started: the error is lua.c's for Ctrl-C, with the position of the looping function's
// caller when that is Lua code and a traceback from the line that loops, a pcall catches
// it, and the VM runs on afterwards.
func TestInterrupt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, src string
		want      string // the error, or the results joined by spaces
		traceback string // the traceback of the error
	}{
		{"main chunk", "started()\nwhile true do end", "interrupted!",
			"stack traceback:\n\tintr:2: in main chunk"},
		{"numeric for", "started() for i = 1, math.huge do end", "interrupted!",
			"stack traceback:\n\tintr:1: in main chunk"},
		{"calls", "local function f() end started() while true do f() end", "interrupted!",
			"stack traceback:\n\tintr:1: in main chunk"},
		{"caller position", "local function f() started()\nwhile true do end end\n" +
			"local function g() f() end\ng()", "intr:3: interrupted!",
			"stack traceback:\n\tintr:2: in upvalue 'f'\n\tintr:3: in local 'g'\n" +
				"\tintr:4: in main chunk"},
		{"pcall", "return pcall(function() started() while true do end end)",
			"false interrupted!", ""},
		{"coroutine", "local co = coroutine.create(function() started() while true do end end)\n" +
			"return coroutine.resume(co)", "false interrupted!", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := vm.New(nil)
			stdlib.Open(m, stdlib.Base|stdlib.Coroutine|stdlib.Math)
			running := make(chan struct{})
			started := m.Register("test.started", func(m *vm.VM, args []heap.Value) []heap.Value {
				close(running)
				return nil
			})
			m.SetGlobal("started", heap.BuiltinValue(started))
			go func() {
				<-running
				m.Interrupt()
			}()
			got, traceback := outcome(m, tc.src)
			if got != tc.want || traceback != tc.traceback {
				t.Errorf("%s: got %q, %q; want %q, %q", tc.src, got, traceback, tc.want,
					tc.traceback)
			}
			if got, _ := outcome(m, "for i = 1, 3 do end return 'after'"); got != "after" {
				t.Errorf("after the interrupt: got %q, want %q", got, "after")
			}
		})
	}
}

// outcome runs src in m and returns its error and the error's traceback, or its results
// joined by spaces.
func outcome(m *vm.VM, src string) (string, string) {
	res, err := m.DoString(src, "=intr")
	var re *vm.RuntimeError
	if errors.As(err, &re) {
		return re.Error(), re.Traceback
	}
	var texts []string
	for _, v := range res {
		texts = append(texts, m.ToString(v))
	}
	return strings.Join(texts, " "), ""
}

// TestLoadForeignChunk checks that a chunk with Lua's header but another body, such
// as luac's output, is named for what it is, while a cut chunk of ours stays truncated.
func TestLoadForeignChunk(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	stdlib.Open(m, stdlib.Base|stdlib.String)
	res, err := m.DoString(`
		local s = string.dump(function() end)
		local header = 31 -- Lua 5.4's header, the same in both
		local _, foreign = load(s:sub(1, header) .. "\x01\x02\x03\x04\x05\x06\x07\x08\x09", "c", "b")
		local _, cut = load(s:sub(1, #s - 3), "c", "b")
		return foreign, cut`, "=chunks")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"c: bad binary format (not a pluto-go chunk)",
		"c: bad binary format (truncated chunk)"}
	for i, w := range want {
		if got := m.ToString(res[i]); got != w {
			t.Errorf("load %d: got %q, want %q", i, got, w)
		}
	}
}
