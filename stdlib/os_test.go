package stdlib

import (
	"bytes"
	"testing"

	"github.com/pluto-go/pluto-go/vm"
)

// exitCalled is the panic value of the ExitFunc the tests install.
type exitCalled struct{ code int }

// runExit runs src, which must call os.exit, and returns the status passed to
// ExitFunc and what the script printed.
func runExit(t *testing.T, src string) (code int, out string) {
	t.Helper()
	saved := ExitFunc
	defer func() { ExitFunc = saved }()
	ExitFunc = func(code int) { panic(exitCalled{code}) }

	var buf bytes.Buffer
	m := vm.New(&vm.Options{Stdout: &buf})
	Open(m, All)
	defer func() {
		r := recover()
		e, ok := r.(exitCalled)
		if !ok {
			t.Fatalf("%s: ended without calling ExitFunc (%v)", src, r)
		}
		code, out = e.code, buf.String()
	}()
	_, err := m.DoString(src, "=test")
	t.Fatalf("%s: returned %v without calling ExitFunc", src, err)
	return 0, ""
}

func TestOSExit(t *testing.T) {
	const closable = `local x <close> = setmetatable({}, {__close = function() print("closed") end}) `
	for _, tc := range []struct {
		name, src string
		code      int
		out       string
	}{
		{"default", `os.exit()`, 0, ""},
		{"true", `os.exit(true)`, 0, ""},
		{"false", `os.exit(false)`, 1, ""},
		{"code", `os.exit(3)`, 3, ""},
		{"code as C int", `os.exit(2^32 + 7)`, 7, ""},
		{"no close", closable + `os.exit(5)`, 5, ""},
		{"close", closable + `os.exit(true, true)`, 0, "closed\n"},
		{"close from coroutine", closable +
			`coroutine.wrap(function() os.exit(4, true) end)()`, 4, "closed\n"},
		{"nested", `local function f(n) if n == 0 then os.exit(9) end f(n - 1) end f(20)`,
			9, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out := runExit(t, tc.src)
			if code != tc.code || out != tc.out {
				t.Errorf("%s: exit %d with output %q, want %d and %q", tc.src, code, out,
					tc.code, tc.out)
			}
		})
	}
}

func TestOSExitRunsHooks(t *testing.T) {
	var order []string
	saved := osExitHooks
	defer func() { osExitHooks = saved }()
	osExitHooks = append(osExitHooks[:len(osExitHooks):len(osExitHooks)],
		func(*vm.VM) { order = append(order, "hook") })
	runExit(t, `os.exit(0)`)
	if len(order) != 1 {
		t.Errorf("exit hooks ran %d times, want once", len(order))
	}
}

func TestOSDifftimeOverflow(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	Open(m, All)
	res, err := m.DoString(`return os.difftime(math.maxinteger, math.mininteger)`, "=test")
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := res[0].ToNumber(); f != 0x1p64 {
		t.Errorf("os.difftime(maxinteger, mininteger) = %v, want 2^64", f)
	}
}
