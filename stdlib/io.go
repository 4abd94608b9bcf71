// This file implements Lua's io library and the methods of its file handles, as
// liolib.c defines them. The streams themselves are in io_file.go.
//
// A file handle is a userdata whose metatable is the registry's "FILE*" table and whose
// Data is an *ioFile. The default input and output files live in the registry under
// "_IO_input" and "_IO_output", so that they are plain Lua data. io.stdin, io.stdout and
// io.stderr read and write the VM's standard streams; they are permanent userdata, which
// a snapshot refers to by name.

package stdlib

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

var ioFuncs = []libFunc{
	{"close", ioClose},
	{"flush", ioFlush},
	{"input", ioInput},
	{"lines", ioLines},
	{"open", ioOpen},
	{"output", ioOutput},
	{"popen", ioPopen},
	{"read", ioRead},
	{"tmpfile", ioTmpfile},
	{"type", ioType},
	{"write", ioWrite},
}

// fileMethods are the methods of file handles (the __index of "FILE*").
var fileMethods = []libFunc{
	{"close", fileClose},
	{"flush", fileFlush},
	{"lines", fileLines},
	{"read", fileRead},
	{"seek", fileSeek},
	{"setvbuf", fileSetvbuf},
	{"write", fileWrite},
}

// fileMetamethods are the metamethods of file handles; __close is __gc.
var fileMetamethods = []libFunc{
	{"__gc", fileGC},
	{"__tostring", fileToString},
}

// Registry keys of the io library.
const (
	ioMetaKey   = "FILE*"
	ioInputKey  = "_IO_input"
	ioOutputKey = "_IO_output"
)

// ioMaxLinesFormats is the most formats io.lines and file:lines take (MAXARGLINE).
const ioMaxLinesFormats = 250

// ioDefaultBufferSize is the buffer size setvbuf assumes (LUAL_BUFFERSIZE).
const ioDefaultBufferSize = 16 * 8 * 8

func init() {
	addLibrary(library{IO, "io", openIO})
	osExitHooks = append(osExitHooks, FlushIO)
}

// FlushIO writes out what the file handles of m hold in their buffers, as C's exit
// flushes every stream. Only files a script gave full or line buffering with setvbuf
// hold data; os.exit calls FlushIO, and a host should call it before its process ends.
func FlushIO(m *vm.VM) {
	st := ioStateOf(m)
	if st == nil {
		return
	}
	for f := range st.buffered {
		f.flushWrites()
	}
}

// ioStateOf returns the io state of m, kept by its standard handles, or nil when the io
// library is not open.
func ioStateOf(m *vm.VM) *ioState {
	u, ok := m.Userdata("io.stdout")
	if !ok {
		return nil
	}
	f, _ := u.Data.(*ioFile)
	return f.state
}

// openIO builds the io table, the file handle metatable and the standard handles.
func openIO(m *vm.VM) heap.Value {
	openBaseFiles(m)
	t := heap.NewTable(0, len(ioFuncs)+3)
	registerFuncs(m, t, "io.", ioFuncs)
	m.RegisterInstance("io.lines.iterator", ioLinesIterator)

	meta := heap.NewTable(0, 6)
	methods := heap.NewTable(0, len(fileMethods))
	registerFuncs(m, methods, "file:", fileMethods)
	registerFuncs(m, meta, "file.", fileMetamethods)
	meta.SetStr("__close", meta.GetStr("__gc"))
	meta.SetStr("__index", heap.TableValue(methods))
	meta.SetStr("__name", heap.String(ioMetaKey))
	reg := m.Registry()
	reg.SetStr(ioMetaKey, heap.TableValue(meta))

	var stdin io.Reader = strings.NewReader("")
	if m.Stdin() != nil {
		stdin = m.Stdin()
	}
	st := &ioState{buffered: map[*ioFile]struct{}{}}
	in := ioStdHandle(m, meta, "stdin", newStdFile(stdin, nil), st)
	out := ioStdHandle(m, meta, "stdout", newStdFile(nil, m.Stdout()), st)
	t.SetStr("stdin", in)
	t.SetStr("stdout", out)
	t.SetStr("stderr", ioStdHandle(m, meta, "stderr", newStdFile(nil, m.Stderr()), st))
	reg.SetStr(ioInputKey, in)
	reg.SetStr(ioOutputKey, out)
	return heap.TableValue(t)
}

// ioStdHandle returns a standard handle, made permanent as "io.<name>".
func ioStdHandle(m *vm.VM, meta *heap.Table, name string, f *ioFile, st *ioState) heap.Value {
	f.state = st
	u := &heap.Userdata{Name: "io." + name, Meta: meta, Data: f}
	m.RegisterUserdata(u)
	return heap.UserdataValue(u)
}

// ioNewHandle returns a new file handle for f.
func ioNewHandle(m *vm.VM, f *ioFile) heap.Value {
	f.state = ioStateOf(m)
	meta := stateTable(m, "io", m.Registry().GetStr(ioMetaKey))
	return heap.UserdataValue(&heap.Userdata{Meta: meta, Data: f})
}

// ioHandleFile returns the stream of v when v is a file handle, open or closed.
func ioHandleFile(m *vm.VM, v heap.Value) (*ioFile, bool) {
	if v.Kind() != heap.KindUserdata {
		return nil, false
	}
	u := v.AsUserdata()
	meta := m.Registry().GetStr(ioMetaKey)
	if u.Meta == nil || !meta.IsTable() || u.Meta != meta.AsTable() {
		return nil, false
	}
	f, ok := u.Data.(*ioFile)
	return f, ok
}

// ioCheckHandle returns the stream of argument i, which must be a file handle
// (luaL_checkudata), open or closed.
func ioCheckHandle(m *vm.VM, args []heap.Value, i int) *ioFile {
	f, ok := ioHandleFile(m, arg(args, i))
	if !ok {
		typeError(m, args, i, ioMetaKey)
	}
	return f
}

// ioCheckFile returns the stream of argument i, which must be an open file handle.
func ioCheckFile(m *vm.VM, args []heap.Value, i int) *ioFile {
	f := ioCheckHandle(m, args, i)
	if f.closed {
		m.Errorf("attempt to use a closed file")
	}
	return f
}

// ioDefault returns a default file (key ioInputKey or ioOutputKey), which must be open.
func ioDefault(m *vm.VM, key string) (heap.Value, *ioFile) {
	v := m.Registry().GetStr(key)
	f, ok := ioHandleFile(m, v)
	if !ok || f.closed {
		m.Errorf("default %s file is closed", strings.TrimPrefix(key, "_IO_"))
	}
	return v, f
}

// ioFailure returns what luaL_fileresult returns for a failure: nil, the system's
// message and the error number.
func ioFailure(m *vm.VM, err error) []heap.Value {
	return m.Return(heap.Nil, heap.String(errnoText(err)), heap.Int(errnoNumber(err)))
}

// ioFailureNamed is ioFailure with the message prefixed by a file name.
func ioFailureNamed(m *vm.VM, err error, name string) []heap.Value {
	msg := name + ": " + errnoText(err)
	return m.Return(heap.Nil, heap.String(msg), heap.Int(errnoNumber(err)))
}

// ioResult returns true, or the failure for err.
func ioResult(m *vm.VM, err error) []heap.Value {
	if err != nil {
		return ioFailure(m, err)
	}
	return m.Return(heap.True)
}

// ioOpenChecked opens a file for io.lines, io.input and io.output, raising an error
// when it cannot be opened.
func ioOpenChecked(m *vm.VM, name, mode string) heap.Value {
	f, err := openIOFile(name, mode)
	if err != nil {
		m.Errorf("cannot open file '%s' (%s)", name, errnoText(err))
	}
	return ioNewHandle(m, f)
}

// ioCloseFile closes f (aux_close): true, a failure, a command's status for a pipe,
// or a refusal for a standard file.
func ioCloseFile(m *vm.VM, f *ioFile) []heap.Value {
	st, ok := f.close()
	switch {
	case !ok:
		return m.Return(heap.Nil, heap.String("cannot close standard file"))
	case st.err != nil:
		return ioFailure(m, st.err)
	case f.kind == ioPipe:
		res := heap.Nil
		if st.what == "exit" && st.code == 0 {
			res = heap.True
		}
		return m.Return(res, heap.String(st.what), heap.Int(st.code))
	}
	return m.Return(heap.True)
}

func ioClose(m *vm.VM, args []heap.Value) []heap.Value {
	if isNone(args, 1) {
		return fileClose(m, []heap.Value{m.Registry().GetStr(ioOutputKey)})
	}
	return fileClose(m, args)
}

func ioFlush(m *vm.VM, args []heap.Value) []heap.Value {
	_, f := ioDefault(m, ioOutputKey)
	return ioResult(m, f.flush())
}

func ioInput(m *vm.VM, args []heap.Value) []heap.Value {
	return ioSetDefault(m, args, ioInputKey, "r")
}

// ioSetDefault implements io.input and io.output (g_iofile): a file name is opened
// with mode, a handle is taken as it is, and the current default is returned.
func ioSetDefault(m *vm.VM, args []heap.Value, key, mode string) []heap.Value {
	if !isNoneOrNil(args, 1) {
		v := args[0]
		if name, ok := toStringArg(v); ok {
			v = ioOpenChecked(m, name, mode)
		} else {
			ioCheckFile(m, args, 1)
		}
		m.Registry().SetStr(key, v)
	}
	return m.Return(m.Registry().GetStr(key))
}

func ioLines(m *vm.VM, args []heap.Value) []heap.Value {
	if isNoneOrNil(args, 1) {
		in := m.Registry().GetStr(ioInputKey)
		ioCheckFile(m, []heap.Value{in}, 1)
		return m.Return(ioLinesFunc(m, in, args, false))
	}
	name := checkString(m, args, 1)
	h := ioOpenChecked(m, name, "r")
	return m.Return(ioLinesFunc(m, h, args, true), heap.Nil, heap.Nil, h)
}

// ioLinesFunc returns the iterator of io.lines and file:lines (aux_lines): it reads
// h with the formats args[1:], closing h at the end when toClose is true.
func ioLinesFunc(m *vm.VM, h heap.Value, args []heap.Value, toClose bool) heap.Value {
	formats := []heap.Value{}
	if len(args) > 1 {
		formats = args[1:]
	}
	if len(formats) > ioMaxLinesFormats {
		m.ArgError(ioMaxLinesFormats+2, "too many arguments")
	}
	up := append([]heap.Value{h, heap.Bool(toClose)}, formats...)
	return heap.BuiltinValue(m.NewInstance("io.lines.iterator", up...))
}

// ioLinesIterator reads the next values for a for loop over io.lines or file:lines;
// at the end of the file it returns nothing, closing the file if it opened it.
func ioLinesIterator(m *vm.VM, args []heap.Value) []heap.Value {
	up := m.CurrentBuiltin().Upvalues
	checkState(m, "io.lines", len(up) >= 2)
	f, ok := ioHandleFile(m, up[0])
	checkState(m, "io.lines", ok)
	closeAtEOF := stateBool(m, "io.lines", up[1])
	if f.closed {
		m.Errorf("file is already closed")
	}
	readArgs := append([]heap.Value{arg(args, 1)}, up[2:]...)
	res := ioReadFormats(m, f, readArgs, 2)
	if first(res).IsFalsy() {
		if len(res) > 1 {
			m.Errorf("%s", res[1].AsString())
		}
		if closeAtEOF {
			ioCloseFile(m, f)
		}
		return nil
	}
	return res
}

func ioOpen(m *vm.VM, args []heap.Value) []heap.Value {
	name := checkString(m, args, 1)
	mode := optString(m, args, 2, "r")
	if !ioValidMode(mode) {
		m.ArgError(2, "invalid mode")
	}
	f, err := openIOFile(name, mode)
	if err != nil {
		return ioFailureNamed(m, err, name)
	}
	return m.Return(ioNewHandle(m, f))
}

func ioOutput(m *vm.VM, args []heap.Value) []heap.Value {
	return ioSetDefault(m, args, ioOutputKey, "w")
}

func ioPopen(m *vm.VM, args []heap.Value) []heap.Value {
	command := checkString(m, args, 1)
	mode := optString(m, args, 2, "r")
	if mode != "r" && mode != "w" {
		m.ArgError(2, "invalid mode")
	}
	f, err := popenIOFile(command, mode, m.Stdin(), m.Stdout(), m.Stderr())
	if err != nil {
		return ioFailureNamed(m, err, command)
	}
	return m.Return(ioNewHandle(m, f))
}

func ioRead(m *vm.VM, args []heap.Value) []heap.Value {
	_, f := ioDefault(m, ioInputKey)
	return ioReadFormats(m, f, args, 1)
}

func ioTmpfile(m *vm.VM, args []heap.Value) []heap.Value {
	f, err := tmpIOFile()
	if err != nil {
		return ioFailure(m, err)
	}
	return m.Return(ioNewHandle(m, f))
}

func ioType(m *vm.VM, args []heap.Value) []heap.Value {
	f, ok := ioHandleFile(m, checkAny(m, args, 1))
	switch {
	case !ok:
		return m.Return(heap.Nil)
	case f.closed:
		return m.Return(heap.String("closed file"))
	}
	return m.Return(heap.String("file"))
}

func ioWrite(m *vm.VM, args []heap.Value) []heap.Value {
	h, f := ioDefault(m, ioOutputKey)
	return ioWriteValues(m, f, h, args, 1)
}

// ioReadFormats reads from f the formats args[first-1:] (a line when there are none),
// as g_read does: one value per format up to the first that fails, which gives nil, or
// a failure when the stream reported an error.
func ioReadFormats(m *vm.VM, f *ioFile, args []heap.Value, first int) []heap.Value {
	f.clearErr()
	var res []heap.Value
	ok := true
	if len(args) < first {
		var s string
		s, ok = f.readLine(true)
		res = append(res, heap.String(s))
	}
	for i := first; i <= len(args) && ok; i++ {
		var v heap.Value
		v, ok = ioReadFormat(m, f, args, i)
		res = append(res, v)
	}
	if f.err != nil {
		return ioFailure(m, f.err)
	}
	if !ok {
		res[len(res)-1] = heap.Nil
	}
	return m.Return(res...)
}

// ioReadFormat reads one value in the format of argument i, reporting whether it
// could be read.
func ioReadFormat(m *vm.VM, f *ioFile, args []heap.Value, i int) (heap.Value, bool) {
	if args[i-1].IsNumber() {
		n := checkInt(m, args, i)
		switch {
		case n == 0:
			return heap.String(""), !f.atEOF()
		case n < 0:
			m.Throw(heap.String("not enough memory"))
		}
		s, ok := f.readChars(n)
		return heap.String(s), ok
	}
	format := strings.TrimPrefix(checkString(m, args, i), "*")
	switch {
	case strings.HasPrefix(format, "n"):
		return ioReadNumber(f)
	case strings.HasPrefix(format, "l"):
		s, ok := f.readLine(true)
		return heap.String(s), ok
	case strings.HasPrefix(format, "L"):
		s, ok := f.readLine(false)
		return heap.String(s), ok
	case strings.HasPrefix(format, "a"):
		return heap.String(f.readAll()), true
	}
	m.ArgError(i, "invalid format")
	return heap.Nil, false
}

// ioReadNumber reads a numeral and converts it as lua_stringtonumber does.
func ioReadNumber(f *ioFile) (heap.Value, bool) {
	text, ok := f.readNumeral()
	if !ok {
		return heap.Nil, false
	}
	i, x, isFloat, ok := heap.StringToNumber(text)
	switch {
	case !ok:
		return heap.Nil, false
	case isFloat:
		return heap.Float(x), true
	}
	return heap.Int(i), true
}

// ioWriteValues writes the strings and numbers args[first-1:] to f, as g_write does,
// and returns the handle h, or a failure.
func ioWriteValues(m *vm.VM, f *ioFile, h heap.Value, args []heap.Value, first int) []heap.Value {
	var buf []byte
	for i := first; i <= len(args); i++ {
		switch v := args[i-1]; v.Kind() {
		case heap.KindInt:
			buf = strconv.AppendInt(buf, v.AsInt(), 10)
		case heap.KindFloat:
			buf = append(buf, ioFloatText(v.AsFloat())...)
		case heap.KindString:
			buf = append(buf, v.AsString()...)
		default:
			if len(buf) > 0 {
				f.write(buf)
			}
			typeError(m, args, i, "string")
		}
	}
	if len(buf) > 0 {
		if err := f.write(buf); err != nil {
			return ioFailure(m, err)
		}
	}
	return m.Return(h)
}

// ioFloatText formats f as C's "%.14g" (LUA_NUMBER_FMT), which is tostring's text
// without the ".0" it adds to integral values.
func ioFloatText(f float64) string {
	s := heap.FormatFloat(f)
	if strings.TrimLeft(s, "-0123456789") == ".0" {
		s = s[:len(s)-2]
	}
	return s
}

func fileClose(m *vm.VM, args []heap.Value) []heap.Value {
	return ioCloseFile(m, ioCheckFile(m, args, 1))
}

func fileFlush(m *vm.VM, args []heap.Value) []heap.Value {
	return ioResult(m, ioCheckFile(m, args, 1).flush())
}

func fileLines(m *vm.VM, args []heap.Value) []heap.Value {
	ioCheckFile(m, args, 1)
	return m.Return(ioLinesFunc(m, args[0], args, false))
}

func fileRead(m *vm.VM, args []heap.Value) []heap.Value {
	return ioReadFormats(m, ioCheckFile(m, args, 1), args, 2)
}

var ioSeekOptions = []string{"set", "cur", "end"}

// fileSeek moves the file position; the option's index is io.SeekStart, io.SeekCurrent
// or io.SeekEnd.
func fileSeek(m *vm.VM, args []heap.Value) []heap.Value {
	f := ioCheckFile(m, args, 1)
	whence := checkOption(m, args, 2, "cur", ioSeekOptions)
	offset := optInt(m, args, 3, 0)
	pos, err := f.seek(offset, whence)
	if err != nil {
		return ioFailure(m, err)
	}
	return m.Return(heap.Int(pos))
}

var ioBufferModes = []string{"no", "full", "line"}

// fileSetvbuf sets the buffering of a file or pipe; standard handles accept every mode
// but stay unbuffered.
//
// TODO(compat): files and pipes are unbuffered until setvbuf asks otherwise, where C
// buffers them fully from the start; this costs a system call per write call, and
// another reader of the file sees the data sooner.
func fileSetvbuf(m *vm.VM, args []heap.Value) []heap.Value {
	f := ioCheckFile(m, args, 1)
	checkString(m, args, 2)
	mode := checkOption(m, args, 2, "", ioBufferModes)
	size := optInt(m, args, 3, ioDefaultBufferSize)
	return ioResult(m, f.setBuffering(ioBufMode(mode), int(min(max(size, 0), 1<<30))))
}

func fileWrite(m *vm.VM, args []heap.Value) []heap.Value {
	f := ioCheckFile(m, args, 1)
	return ioWriteValues(m, f, args[0], args, 2)
}

// fileGC closes an open handle, for __gc and __close; standard handles stay open.
func fileGC(m *vm.VM, args []heap.Value) []heap.Value {
	if f := ioCheckHandle(m, args, 1); !f.closed {
		ioCloseFile(m, f)
	}
	return nil
}

func fileToString(m *vm.VM, args []heap.Value) []heap.Value {
	f := ioCheckHandle(m, args, 1)
	if f.closed {
		return m.Return(heap.String("file (closed)"))
	}
	return m.Return(heap.String(fmt.Sprintf("file (%p)", f)))
}
