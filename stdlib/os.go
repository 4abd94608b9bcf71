// This file implements Lua's os library on Unix: dates and times through the calendar
// engine of date.go (local time is Go's time.Local, which follows TZ as C's
// localtime does), files through the system calls C's remove and rename make, and
// os.exit through ExitFunc, which a host or a test can replace. Failures of the
// file functions return nil, the message and the errno number, as luaL_fileresult.

package stdlib

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var osFuncs = []libFunc{
	{"clock", osClock},
	{"date", osDate},
	{"difftime", osDifftime},
	{"execute", osExecute},
	{"exit", osExit},
	{"getenv", osGetenv},
	{"remove", osRemove},
	{"rename", osRename},
	{"setlocale", osSetLocale},
	{"time", osTime},
	{"tmpname", osTmpName},
}

func init() {
	addLibrary(library{OS, "os", openOS})
}

// openOS builds the os library.
func openOS(m *vm.VM) heap.Value {
	t := heap.NewTable(0, len(osFuncs))
	registerFuncs(m, t, "os.", osFuncs)
	return heap.TableValue(t)
}

// ExitFunc ends the process for os.exit with the status the script asked for. It
// defaults to [os.Exit]; a host embedding the VM, or a test, may replace it before
// running scripts (for instance to flush its own buffers first, or to panic with a
// value it recovers). It must not return: os.exit(code, true) has already closed the
// main thread when it is called.
var ExitFunc = os.Exit

// osExitHooks run, in order, just before os.exit calls ExitFunc: other libraries of
// this package append to it in their init functions to flush what the C library's
// exit would flush (such as buffered files).
var osExitHooks []func(m *vm.VM)

func osClock(m *vm.VM, args []heap.Value) []heap.Value {
	return m.Return(heap.Float(osCPUTime()))
}

// osCPUTime returns the processor time used by the process, in seconds, as C's clock
// measures it.
func osCPUTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	usec := ru.Utime.Nano()/1000 + ru.Stime.Nano()/1000
	return float64(usec) / 1e6
}

func osDate(m *vm.VM, args []heap.Value) []heap.Value {
	format := optString(m, args, 1, "%c")
	t := time.Now().Unix()
	if !isNoneOrNil(args, 2) {
		t = checkInt(m, args, 2)
	}
	rest, utc, asTable := DateFormat(format)
	loc := time.Local
	if utc {
		loc = nil
	}
	dt, err := BreakTime(t, loc)
	if err != nil {
		osDateError(m, err)
	}
	if asTable {
		tab := heap.NewTable(0, 9)
		osSetFields(m, heap.TableValue(tab), &dt)
		return m.Return(heap.TableValue(tab))
	}
	s, err := Strftime(rest, &dt)
	if err != nil {
		osDateError(m, err)
	}
	return m.Return(heap.String(s))
}

// osDateError raises an error of the calendar engine: a bad-argument error or a plain
// one.
func osDateError(m *vm.VM, err error) {
	var de *DateError
	if errors.As(err, &de) && de.Arg > 0 {
		m.ArgError(de.Arg, de.Msg)
	}
	if de != nil {
		m.Errorf("%s", de.Msg)
	}
	m.Errorf("%s", err.Error())
}

// osSetFields stores the fields of dt in the table t as loslib's setallfields does,
// with metamethods.
func osSetFields(m *vm.VM, t heap.Value, dt *DateTime) {
	fields := [...]struct {
		key string
		v   int64
	}{
		{"year", dt.Year}, {"month", int64(dt.Month)}, {"day", int64(dt.Day)},
		{"hour", int64(dt.Hour)}, {"min", int64(dt.Min)}, {"sec", int64(dt.Sec)},
		{"yday", int64(dt.Yday)}, {"wday", int64(dt.Wday)},
	}
	for _, f := range fields {
		osSetField(m, t, f.key, heap.Int(f.v))
	}
	osSetField(m, t, "isdst", heap.Bool(dt.IsDST))
}

// osSetField assigns t[key] = v, raw for a table without a metatable.
func osSetField(m *vm.VM, t heap.Value, key string, v heap.Value) {
	if tab := t.AsTable(); tab.Meta == nil {
		tab.SetStr(key, v)
		return
	}
	m.SetIndex(t, heap.String(key), v)
}

func osDifftime(m *vm.VM, args []heap.Value) []heap.Value {
	t1 := checkInt(m, args, 1)
	t2 := checkInt(m, args, 2)
	d := t1 - t2
	if (t1^t2) < 0 && (d^t1) < 0 { // the difference overflows
		return m.Return(heap.Float(float64(t1) - float64(t2)))
	}
	return m.Return(heap.Float(float64(d)))
}

func osExecute(m *vm.VM, args []heap.Value) []heap.Value {
	if isNoneOrNil(args, 1) {
		_, err := os.Stat("/bin/sh")
		return m.Return(heap.Bool(err == nil))
	}
	cmd := exec.Command("/bin/sh", "-c", checkString(m, args, 1))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = m.Stdin(), m.Stdout(), m.Stderr()
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return m.Return(heap.True, heap.String("exit"), heap.Int(0))
	case errors.As(err, &ee):
		ws, _ := ee.Sys().(syscall.WaitStatus)
		if ws.Signaled() {
			return m.Return(heap.Nil, heap.String("signal"), heap.Int(int64(ws.Signal())))
		}
		return m.Return(heap.Nil, heap.String("exit"), heap.Int(int64(ws.ExitStatus())))
	}
	return osFileResult(m, err, "")
}

func osExit(m *vm.VM, args []heap.Value) []heap.Value {
	var status int64
	if v := arg(args, 1); v.Kind() == heap.KindBool {
		if !v.AsBool() {
			status = 1
		}
	} else {
		status = optInt(m, args, 1, 0)
	}
	if !arg(args, 2).IsFalsy() {
		m.CloseThread(m.MainThread(), heap.Nil, false)
		m.Close()
	}
	for _, h := range osExitHooks {
		h(m)
	}
	ExitFunc(int(int32(status))) // the reference passes a C int to exit
	return nil
}

func osGetenv(m *vm.VM, args []heap.Value) []heap.Value {
	if v, ok := os.LookupEnv(checkString(m, args, 1)); ok {
		return m.Return(heap.String(v))
	}
	return m.Return(heap.Nil)
}

func osRemove(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	// C's remove: unlink, and rmdir when the name is a directory.
	err := syscall.Unlink(name)
	if err == syscall.EISDIR {
		err = syscall.Rmdir(name)
	}
	if err != nil {
		return osFileResult(m, err, name)
	}
	return m.Return(heap.True)
}

func osRename(m *vm.VM, args []heap.Value) []heap.Value {
	from := checkString(m, args, 1)
	to := checkString(m, args, 2)
	if err := syscall.Rename(from, to); err != nil {
		return osFileResult(m, err, "")
	}
	return m.Return(heap.True)
}

// osFileResult returns the failure results of luaL_fileresult: nil, the message
// (prefixed with "name: " when name is not empty) and the errno number.
func osFileResult(m *vm.VM, err error, name string) []heap.Value {
	msg := errnoText(err)
	if name != "" {
		msg = name + ": " + msg
	}
	return m.Return(heap.Nil, heap.String(msg), heap.Int(errnoNumber(err)))
}

var osLocaleCategories = []string{"all", "collate", "ctype", "monetary", "numeric", "time"}

// osSetLocale supports only the C locale (also named "POSIX", and "" for the
// environment's choice): as a C library without other locales, it returns nil for
// any other name.
//
// TODO(compat): "" always selects "C", whatever LANG and LC_* say.
func osSetLocale(m *vm.VM, args []heap.Value) []heap.Value {
	query := isNoneOrNil(args, 1)
	name := optString(m, args, 1, "")
	checkOption(m, args, 2, "all", osLocaleCategories)
	switch {
	case query, name == "", name == "C", name == "POSIX":
		return m.Return(heap.String("C"))
	}
	return m.Return(heap.Nil)
}

// osGuessKey is the registry key of the UTC offset os.time found last, which decides
// ambiguous local times as glibc's mktime remembers it.
const osGuessKey = "_MKTIME_OFFSET"

func osTime(m *vm.VM, args []heap.Value) []heap.Value {
	if isNoneOrNil(args, 1) {
		return m.Return(heap.Int(time.Now().Unix()))
	}
	checkKind(m, args, 1, "table")
	t := args[0]
	f := TimeFields{
		Year:  osGetField(m, t, "year", -1),
		Month: osGetField(m, t, "month", -1),
		Day:   osGetField(m, t, "day", -1),
		Hour:  osGetField(m, t, "hour", 12),
		Min:   osGetField(m, t, "min", 0),
		Sec:   osGetField(m, t, "sec", 0),
		IsDST: osGetBoolField(m, t, "isdst"),
	}
	var guess int64
	if g := m.Registry().GetStr(osGuessKey); g.IsInt() {
		guess = g.AsInt()
	}
	res, dt, err := MakeTime(f, time.Local, &guess)
	m.Registry().SetStr(osGuessKey, heap.Int(guess))
	if dt.Month != 0 {
		osSetFields(m, t, &dt)
	}
	if err != nil {
		osDateError(m, err)
	}
	return m.Return(heap.Int(res))
}

// osGetField reads field key of os.time's table, which must be an integer within a C
// int, or absent when def is not negative.
func osGetField(m *vm.VM, t heap.Value, key string, def int64) int64 {
	v := m.Index(t, heap.String(key))
	n, ok := valueToInteger(v)
	switch {
	case ok:
		if err := CheckTimeField(key, n); err != nil {
			osDateError(m, err)
		}
		return n
	case !v.IsNil():
		m.Errorf("field '%s' is not an integer", key)
	case def < 0:
		m.Errorf("field '%s' missing in date table", key)
	}
	return def
}

// osGetBoolField reads a boolean field of os.time's table: -1 when absent, else 0 or 1.
func osGetBoolField(m *vm.VM, t heap.Value, key string) int {
	v := m.Index(t, heap.String(key))
	switch {
	case v.IsNil():
		return -1
	case v.IsFalsy():
		return 0
	}
	return 1
}

func osTmpName(m *vm.VM, args []heap.Value) []heap.Value {
	f, err := os.CreateTemp("/tmp", "lua_")
	if err != nil {
		m.Errorf("unable to generate a unique filename")
	}
	name := f.Name()
	f.Close()
	return m.Return(heap.String(name))
}
