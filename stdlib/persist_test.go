// Tests that every kind of suspended Lua state survives persistence: values, tables,
// closures and their upvalues, coroutines suspended anywhere a yield may happen, and
// the whole state of a VM. Each scenario runs twice, and both runs must print the same:
//
//   - the reference run executes the scenario uninterrupted in one VM;
//   - the persisted run executes each part of it in a fresh VM (vm.New and
//     stdlib.Open(m, stdlib.All)), carrying the state from part to part as bytes.
//
// # Scenario scripts
//
// testdata/persist/NAME.lua holds one scenario, cut into parts at the lines that read
// exactly "---- persist ----". Each part is compiled as a chunk named "@NAME.lua" and
// keeps the file's line numbers. The first part gets no arguments; each later part
// gets, as its only argument (...), the value the part before returned: the root. In
// the reference run the root is handed on directly. In the persisted run it is
// persisted where the part ran and unpersisted in the fresh VM of the next part, so a
// part may reach what an earlier part made only through the root (and, for the state
// API, the globals and registry). How the root crosses is the scenario's API:
//
//	eris   eris.persist(root) and eris.unpersist(data), called from Lua; the globals a
//	       function reaches are persisted by value
//	pluto  pluto.persist({}, root) and pluto.unpersist({}, data), called from Lua; the
//	       globals are permanent: loaded functions see the new VM's globals
//	state  VM.SaveState(root) and VM.LoadState(data) from Go: the whole state, with
//	       the globals, the registry (package.loaded, the random generator) and the
//	       metatables
//
// Every crossing also checks the determinism invariants: persisting the same root
// twice gives the same bytes, the reference VM persisting at the first crossing gives
// the bytes the persisted run wrote (every VM's random generator is seeded with the
// same constant for this), and persisting the root in the fresh VM right
// after loading it gives the bytes it was loaded from.
//
// A scenario whose persisted run shows a bug of the VM is kept in the table with its
// skip reason, so that it runs again as soon as the reason is deleted.
package stdlib_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/serialize"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

// persistAPI is how a scenario's root crosses from one VM to the next.
type persistAPI int

const (
	apiEris persistAPI = iota
	apiPluto
	apiState
)

func (a persistAPI) String() string {
	return [...]string{"eris", "pluto", "state"}[a]
}

// persistScenarios lists the scripts of testdata/persist.
var persistScenarios = []struct {
	name   string
	api    persistAPI
	script string // the script's name when it is not name, to run it with another API
	skip   string // the reason to skip the scenario, when not empty
}{
	{name: "scalars"},
	{name: "tables"},
	{name: "huge_table"},
	{name: "deep_chain"},
	{name: "upvalues"},
	{name: "open_upvalue"},
	{name: "coroutine_states"},
	{name: "coroutine_deep"},
	{name: "coroutine_pcall"},
	{name: "coroutine_metamethods"},
	{name: "coroutine_iterators"},
	{name: "coroutine_nested"},
	{name: "coroutine_callbacks"},
	{name: "coroutine_pairs"},
	{name: "coroutine_close"},
	{name: "special_persist"},
	{name: "special_persist_pluto", api: apiPluto, script: "special_persist"},
	{name: "open_upvalue_pluto", api: apiPluto, script: "open_upvalue"},
	{name: "coroutine_pcall_pluto", api: apiPluto, script: "coroutine_pcall"},
	{name: "coroutine_close_state", api: apiState, script: "coroutine_close"},
	{name: "coroutine_require", api: apiState},
	{name: "state_modules", api: apiState},
	{name: "state_random", api: apiState},
}

// persistPartMark is the line that separates the parts of a scenario.
const persistPartMark = "---- persist ----"

// persistScenario is a scenario script cut into parts.
type persistScenario struct {
	name  string
	api   persistAPI
	parts []string // the chunks, each padded to keep the file's line numbers
}

// loadPersistScenario reads testdata/persist/name.lua and cuts it into parts.
func loadPersistScenario(t *testing.T, name string, api persistAPI) *persistScenario {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "persist", name+".lua"))
	if err != nil {
		t.Fatal(err)
	}
	return &persistScenario{name: name, api: api, parts: persistSplit(string(src))}
}

// persistSplit cuts a script at its part marks; each part is prefixed with as many
// newlines as lines precede it, so that positions in messages are the file's.
func persistSplit(src string) []string {
	var parts []string
	var cur strings.Builder
	line := 0
	for l := range strings.SplitAfterSeq(src, "\n") {
		line++
		if strings.TrimRight(l, "\r\n") == persistPartMark {
			parts = append(parts, cur.String())
			cur.Reset()
			cur.WriteString(strings.Repeat("\n", line))
			continue
		}
		cur.WriteString(l)
	}
	return append(parts, cur.String())
}

// newPersistVM returns a VM with every library, printing to out. Its random generator
// is seeded with a constant, so that two VMs running the same code hold the same
// state (a whole-state snapshot includes the generator).
func newPersistVM(t *testing.T, out *bytes.Buffer) *vm.VM {
	t.Helper()
	m := vm.New(&vm.Options{Stdout: out, Stderr: out})
	stdlib.Open(m, stdlib.All)
	if _, err := m.DoString("math.randomseed(0)", "=persist_test"); err != nil {
		t.Fatal(err)
	}
	return m
}

// persistRunPart runs part i of a scenario in m with root as its argument (none for
// the first part) and returns what it returned.
func (sc *persistScenario) runPart(m *vm.VM, i int, root heap.Value) (heap.Value, error) {
	cl, err := m.Load([]byte(sc.parts[i]), "@"+sc.name+".lua", "t")
	if err != nil {
		return heap.Nil, err
	}
	var args []heap.Value
	if i > 0 {
		args = append(args, root)
	}
	res, err := m.PCall(heap.ClosureValue(cl), args...)
	if err != nil || len(res) == 0 {
		return heap.Nil, err
	}
	return res[0], nil
}

// persistLua runs a chunk of Lua in m with args and returns its first result.
func persistLua(m *vm.VM, src string, args ...heap.Value) (heap.Value, error) {
	cl, err := m.Load([]byte(src), "=persist_test", "t")
	if err != nil {
		return heap.Nil, err
	}
	res, err := m.PCall(heap.ClosureValue(cl), args...)
	if err != nil {
		return heap.Nil, err
	}
	if len(res) == 0 {
		return heap.Nil, nil
	}
	return res[0], nil
}

// save persists root in m with the API api.
func (a persistAPI) save(m *vm.VM, root heap.Value) ([]byte, error) {
	var src string
	switch a {
	case apiState:
		return m.SaveState(root)
	case apiPluto:
		src = "return pluto.persist({}, ...)"
	default:
		src = "return eris.persist(...)"
	}
	v, err := persistLua(m, src, root)
	if err != nil {
		return nil, err
	}
	return []byte(v.AsString()), nil
}

// load unpersists data in m with the API api.
func (a persistAPI) load(m *vm.VM, data []byte) (heap.Value, error) {
	var src string
	switch a {
	case apiState:
		return m.LoadState(data)
	case apiPluto:
		src = "return pluto.unpersist({}, ...)"
	default:
		src = "return eris.unpersist(...)"
	}
	return persistLua(m, src, heap.String(string(data)))
}

// persistRun is what a run of a scenario printed, part by part, and the bytes
// written at each crossing.
type persistRun struct {
	outputs []string
	snaps   [][]byte
}

// runReference runs every part of the scenario in one VM, persisting the root at each
// crossing only to record the bytes.
func (sc *persistScenario) runReference(t *testing.T) persistRun {
	t.Helper()
	var out bytes.Buffer
	m := newPersistVM(t, &out)
	var run persistRun
	root := heap.Nil
	for i := range sc.parts {
		var err error
		root, err = sc.runPart(m, i, root)
		if err != nil {
			t.Errorf("reference run of %s, part %d: %v", sc.name, i+1, err)
			fmt.Fprintf(&out, "error: %v\n", err)
		}
		run.outputs = append(run.outputs, out.String())
		out.Reset()
		if err != nil {
			break
		}
		if i+1 < len(sc.parts) {
			data, err := sc.api.save(m, root)
			if err != nil {
				t.Errorf("reference run of %s, persist after part %d: %v", sc.name, i+1, err)
			}
			run.snaps = append(run.snaps, data)
		}
	}
	return run
}

// runPersisted runs each part of the scenario in a fresh VM, the root crossing as
// bytes, and checks the determinism invariants at each crossing.
func (sc *persistScenario) runPersisted(t *testing.T) persistRun {
	t.Helper()
	var run persistRun
	root := heap.Nil
	for i := range sc.parts {
		var out bytes.Buffer
		m := newPersistVM(t, &out)
		var err error
		if i > 0 {
			root, err = sc.cross(t, m, i, run.snaps[i-1])
		}
		if err == nil {
			root, err = sc.runPart(m, i, root)
		}
		if err != nil {
			t.Errorf("persisted run of %s, part %d: %v", sc.name, i+1, err)
			fmt.Fprintf(&out, "error: %v\n", err)
		}
		run.outputs = append(run.outputs, out.String())
		if err != nil {
			break
		}
		if i+1 < len(sc.parts) {
			data, err := sc.saveTwice(t, m, i, root)
			if err != nil {
				break
			}
			run.snaps = append(run.snaps, data)
		}
	}
	return run
}

// saveTwice persists the root after part i twice and checks both give the same bytes.
func (sc *persistScenario) saveTwice(t *testing.T, m *vm.VM, i int, root heap.Value) ([]byte, error) {
	t.Helper()
	data, err := sc.api.save(m, root)
	if err != nil {
		t.Errorf("%s: persist after part %d: %v", sc.name, i+1, err)
		return nil, err
	}
	again, err := sc.api.save(m, root)
	if err != nil || !bytes.Equal(data, again) {
		t.Errorf("%s: persisting after part %d twice gave different bytes (%d and %d, %v)",
			sc.name, i+1, len(data), len(again), err)
	}
	return data, nil
}

// cross loads the root before part i in m and checks that persisting it at once gives
// the bytes it was loaded from.
func (sc *persistScenario) cross(t *testing.T, m *vm.VM, i int, data []byte) (heap.Value, error) {
	t.Helper()
	root, err := sc.api.load(m, data)
	if err != nil {
		return heap.Nil, fmt.Errorf("unpersist: %w", err)
	}
	again, err := sc.api.save(m, root)
	if err != nil || !bytes.Equal(data, again) {
		t.Errorf("%s: persist(unpersist(b)) before part %d differs from b (%d and %d bytes, %v)",
			sc.name, i+1, len(data), len(again), err)
	}
	return root, nil
}

// compare checks that the persisted run printed, part by part, what the reference run
// printed, and that both wrote the same bytes at the first crossing.
func (sc *persistScenario) compare(t *testing.T, ref, got persistRun) {
	t.Helper()
	if os.Getenv("PERSIST_SHOW") != "" {
		t.Logf("%s", strings.Join(got.outputs, "=====\n"))
	}
	if diff := cmp.Diff(ref.outputs, got.outputs); diff != "" {
		t.Errorf("%s: persisted run printed differently from the reference (-want +got):\n%s",
			sc.name, diff)
	}
	if len(ref.snaps) > 0 && len(got.snaps) > 0 && !bytes.Equal(ref.snaps[0], got.snaps[0]) {
		t.Errorf("%s: the same state in two VMs gave different bytes (%d and %d)",
			sc.name, len(ref.snaps[0]), len(got.snaps[0]))
	}
}

func TestPersistScenarios(t *testing.T) {
	for _, tc := range persistScenarios {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.skip != "" {
				t.Skip(tc.skip)
			}
			script := tc.name
			if tc.script != "" {
				script = tc.script
			}
			sc := loadPersistScenario(t, script, tc.api)
			if len(sc.parts) < 2 {
				t.Fatalf("%s: no %q line", tc.name, persistPartMark)
			}
			sc.compare(t, sc.runReference(t), sc.runPersisted(t))
		})
	}
}

// TestPersistScenariosListed checks that every script of testdata/persist is in the
// table of scenarios, so that none is silently left out.
func TestPersistScenariosListed(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "persist", "*.lua"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, tc := range persistScenarios {
		listed[tc.name] = tc.script == ""
	}
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".lua"); !listed[name] {
			t.Errorf("testdata/persist/%s.lua is not in persistScenarios", name)
		}
	}
}

// TestLoadStateDamaged flips one bit of package.path in a saved state, a change the
// decoder and the validation cannot tell from a real path: the checksum refuses it,
// and the VM keeps its own state.
func TestLoadStateDamaged(t *testing.T) {
	t.Parallel()
	var out bytes.Buffer
	m := newPersistVM(t, &out)
	path, err := persistLua(m, "return package.path")
	if err != nil {
		t.Fatal(err)
	}
	data, err := m.SaveState(heap.Nil)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(data, []byte(path.AsString()))
	if i < 0 {
		t.Fatalf("package.path %q is not in the snapshot", path.AsString())
	}
	data[i+1] ^= 0x20
	if _, err := m.LoadState(data); !errors.Is(err, serialize.ErrChecksum) {
		t.Fatalf("loading a state with package.path damaged: got %v, want ErrChecksum", err)
	}
	if now, err := persistLua(m, "return package.path"); err != nil || !heap.RawEqual(now, path) {
		t.Fatalf("after the refused load: package.path %v (%v), want %v", now, err, path)
	}
}

// TestSaveStatePaths checks that SaveState names a value it cannot persist by its path
// from the part of the state that holds it.
func TestSaveStatePaths(t *testing.T) {
	t.Parallel()
	tests := []struct{ src, want string }{
		{"log = io.stdin; local f = io.tmpfile() return coroutine.create(function() " +
			"local g = f coroutine.yield() end)", "attempt to persist an open file (root.stack[1])"},
		{"handle = io.tmpfile() return nil", "attempt to persist an open file (globals.handle)"},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		m := newPersistVM(t, &out)
		root, err := persistLua(m, tc.src)
		if err != nil {
			t.Fatal(err)
		}
		if root.Kind() == heap.KindThread {
			if _, err := m.Resume(root.AsThread()); err != nil {
				t.Fatal(err)
			}
		}
		_, err = m.SaveState(root)
		if err == nil || err.Error() != "serialize: "+tc.want {
			t.Errorf("SaveState after %q: got %v, want %q", tc.src, err, tc.want)
		}
	}
}

// TestUnpersistStepBudget checks that the rebuild functions of one load from the host
// share one budget of MaxSteps: twenty of them looping 1000 times each fit in 100 000
// steps but not in 10 000, though each alone would.
func TestUnpersistStepBudget(t *testing.T) {
	t.Parallel()
	src := newPersistVM(t, &bytes.Buffer{})
	root, err := persistLua(src, `
		local mt = {__persist = function() return function()
			local n = 0 for i = 1, 1000 do n = n + i end return {n = n} end end}
		local t = {} for i = 1, 20 do t[i] = setmetatable({}, mt) end
		return t`)
	if err != nil {
		t.Fatal(err)
	}
	data, err := src.Persist(root, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		steps int64
		fail  bool
	}{{100_000, false}, {10_000, true}} {
		m := vm.New(&vm.Options{MaxSteps: tc.steps})
		stdlib.Open(m, stdlib.All)
		v, err := m.Unpersist(data, nil)
		if failed := errors.Is(err, vm.ErrStepLimit); failed != tc.fail {
			t.Errorf("MaxSteps %d: got %v, want the step limit reached: %v", tc.steps, err, tc.fail)
		} else if !tc.fail && v.AsTable().GetInt(20).AsTable().GetStr("n").AsInt() != 500500 {
			t.Errorf("MaxSteps %d: got %v, want the rebuilt tables", tc.steps, v)
		}
	}
}

// TestStepLimitPassesPersistence checks that the step limit stopping a __persist or
// rebuild function ends the host call, although eris.persist and eris.unpersist run
// them under a pcall of their own: the script's pcall must not catch it.
func TestStepLimitPassesPersistence(t *testing.T) {
	t.Parallel()
	for _, src := range []string{
		`local d = eris.persist(setmetatable({}, {__persist = function()
			return function() while true do end end end}))
		pcall(eris.unpersist, d) return "went on"`,
		`pcall(eris.persist, setmetatable({}, {__persist = function() while true do end end}))
		return "went on"`,
	} {
		m := vm.New(&vm.Options{MaxSteps: 100_000})
		stdlib.Open(m, stdlib.All)
		if res, err := m.DoString(src, "=test"); !errors.Is(err, vm.ErrStepLimit) {
			t.Errorf("%s: got %v, %v, want the step limit reached", src, res, err)
		}
	}
}
