// This file holds the Go side of a Lua file handle: a stream over an operating-system
// file, a pipe to a command, or one of the VM's standard streams, read through a buffer
// the way C's stdio reads, so that the io library's formats ("l", "n", counts) behave
// as liolib's do.
//
// Reads are buffered: buf[pos:] holds bytes read ahead from the source but not yet
// consumed, and one consumed byte can be pushed back (ungetc), which is all read_number
// needs. Writes first move the source back over any read-ahead bytes. They then go
// straight to the destination, unless the script set full or line buffering with
// setvbuf on a file or pipe: then wbuf holds them until it fills, a line ends, or the
// handle is flushed, read, moved or closed. Standard handles never buffer, so that
// io.write and print (which writes to the VM's stdout directly) interleave correctly.

package stdlib

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"

	"github.com/pluto-go/pluto-go/serialize"
)

// ioKind says how a handle is closed.
type ioKind uint8

const (
	ioRegular  ioKind = iota // a file from io.open or io.tmpfile
	ioPipe                   // a pipe to a command from io.popen
	ioStandard               // io.stdin, io.stdout, io.stderr: never closed
)

// ioBufferSize is the size of the read buffer (glibc's BUFSIZ).
const ioBufferSize = 8192

// ioMaxNumeral is the longest numeral read_number accepts (L_MAXLENNUM).
const ioMaxNumeral = 200

// ioFile is the stream behind a Lua file handle.
type ioFile struct {
	r    io.Reader // the source of reads; nil when the handle cannot read
	w    io.Writer // the destination of writes; nil when the handle cannot write
	sk   io.Seeker // nil when the handle cannot seek
	os   *os.File  // the file or pipe end to close, for ioRegular and ioPipe
	cmd  *exec.Cmd // the command of an ioPipe
	kind ioKind

	buf    []byte
	pos    int
	err    error // the first read error since clearErr (C's error indicator)
	closed bool

	vbuf  ioBufMode
	wsize int      // the buffer size setvbuf gave, for ioBufFull
	wbuf  []byte   // bytes written but not yet passed to w
	state *ioState // the VM's io state, which lists buffered handles; may be nil
}

// ioBufMode is a buffering mode of setvbuf.
type ioBufMode uint8

// The buffering modes, in the order of setvbuf's option names.
const (
	ioBufNo ioBufMode = iota
	ioBufFull
	ioBufLine
)

// ioState is the Go-side state the io library keeps for one VM: the handles whose
// writes may wait in a buffer, which must be flushed when the process exits.
type ioState struct {
	buffered map[*ioFile]struct{}
}

// newOSFile returns a handle reading, writing and seeking f.
func newOSFile(f *os.File) *ioFile {
	return &ioFile{r: f, w: f, sk: f, os: f, kind: ioRegular}
}

// newStdFile returns a standard handle over r or w (one of them nil). It can seek when
// its reader or writer can.
func newStdFile(r io.Reader, w io.Writer) *ioFile {
	f := &ioFile{r: r, w: w, kind: ioStandard}
	if s, ok := r.(io.Seeker); ok {
		f.sk = s
	}
	if s, ok := w.(io.Seeker); ok {
		f.sk = s
	}
	return f
}

// ioOpenFlags maps the modes io.open accepts (without their 'b's) to open(2) flags.
var ioOpenFlags = map[string]int{
	"r":  os.O_RDONLY,
	"w":  os.O_WRONLY | os.O_CREATE | os.O_TRUNC,
	"a":  os.O_WRONLY | os.O_CREATE | os.O_APPEND,
	"r+": os.O_RDWR,
	"w+": os.O_RDWR | os.O_CREATE | os.O_TRUNC,
	"a+": os.O_RDWR | os.O_CREATE | os.O_APPEND,
}

// ioValidMode reports whether mode is one io.open accepts: r, w or a, an optional '+',
// then any number of 'b's (l_checkmode).
func ioValidMode(mode string) bool {
	if mode == "" || strings.IndexByte("rwa", mode[0]) < 0 {
		return false
	}
	rest := strings.TrimPrefix(mode[1:], "+")
	return strings.Trim(rest, "b") == ""
}

// openIOFile opens a file as fopen does with a mode ioValidMode accepts. A handle
// without '+' cannot write (mode "r") or read ("w", "a"): as in stdio, such a call
// fails at once with EBADF, even when setvbuf asked for buffering.
func openIOFile(name, mode string) (*ioFile, error) {
	key := mode[:1]
	if len(mode) > 1 && mode[1] == '+' {
		key = mode[:2]
	}
	f, err := os.OpenFile(name, ioOpenFlags[key], 0o666)
	if err != nil {
		return nil, err
	}
	h := newOSFile(f)
	switch key {
	case "r":
		h.w = nil
	case "w", "a":
		h.r = nil
	}
	return h, nil
}

// tmpIOFile creates a file that is removed at once, as tmpfile does.
func tmpIOFile() (*ioFile, error) {
	f, err := os.CreateTemp("", "lua_")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	return newOSFile(f), nil
}

// popenIOFile starts command under /bin/sh, reading its output (mode "r") or writing
// its input (mode "w"). The command's other standard streams are the given ones; when
// one is not an operating-system file, os/exec copies the command's output to it from
// another goroutine until the command ends, so that writer must allow it.
func popenIOFile(command, mode string, stdin io.Reader, stdout, stderr io.Writer) (*ioFile, error) {
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("/bin/sh", "-c", command)
	cmd.Stderr = stderr
	f := &ioFile{cmd: cmd, kind: ioPipe}
	child := pw
	if mode == "r" {
		cmd.Stdin, cmd.Stdout = childStdin(stdin), pw
		f.r, f.os = pr, pr
	} else {
		cmd.Stdin, cmd.Stdout = pr, stdout
		f.w, f.os, child = pw, pw, pr
	}
	if err := cmd.Start(); err != nil {
		pr.Close()
		pw.Close()
		return nil, err
	}
	child.Close()
	return f, nil
}

// childStdin returns what a command started by popen in read mode reads: the VM's
// standard input when it is an operating-system file (as the C child inherits it),
// nothing otherwise, so that no goroutine steals the input of the script.
func childStdin(stdin io.Reader) io.Reader {
	if f, ok := stdin.(*os.File); ok {
		return f
	}
	return nil
}

// closeStatus describes how closing a handle went: the error, if any, and for a pipe
// how the command ended ("exit" or "signal") with its code.
type closeStatus struct {
	err  error
	what string
	code int64
}

// close closes the handle. A standard handle stays open and reports that it cannot be
// closed through ok false.
func (f *ioFile) close() (st closeStatus, ok bool) {
	if f.kind == ioStandard {
		return st, false
	}
	flushErr := f.flushWrites()
	f.setBuffering(ioBufNo, 0)
	f.closed = true
	f.buf, f.pos = nil, 0
	st.err = f.os.Close()
	if flushErr != nil {
		st.err = flushErr
	}
	if f.kind == ioPipe {
		st = waitStatus(f.cmd.Wait())
	}
	return st, true
}

// waitStatus interprets what exec.Cmd.Wait returned as l_inspectstat does.
func waitStatus(err error) closeStatus {
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return closeStatus{err: err}
	}
	st := closeStatus{what: "exit"}
	if ee == nil {
		return st
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	switch {
	case ok && ws.Signaled():
		st.what, st.code = "signal", int64(ws.Signal())
	default:
		st.code = int64(ee.ExitCode())
	}
	return st
}

// Describe says what the handle is when a snapshot cannot hold it (see
// serialize.Describer): a stream of the operating system does not survive its process.
func (f *ioFile) Describe() string {
	switch {
	case f.closed:
		return "a closed file"
	case f.kind == ioPipe:
		return "an open pipe"
	}
	return "an open file"
}

// ioFile says what it is when it cannot be persisted.
var _ serialize.Describer = (*ioFile)(nil)

// clearErr resets the read error indicator, as clearerr does before each read call.
func (f *ioFile) clearErr() { f.err = nil }

// setErr records a read or write error unless one is already recorded.
func (f *ioFile) setErr(err error) {
	if f.err == nil {
		f.err = err
	}
}

// fill reads more input into the empty buffer, reporting whether any arrived. A
// reader that keeps returning nothing and no error is taken to be at its end.
func (f *ioFile) fill() bool {
	if f.r == nil {
		f.setErr(syscall.EBADF)
		return false
	}
	if err := f.flushWrites(); err != nil {
		f.setErr(err)
		return false
	}
	if f.buf == nil {
		f.buf = make([]byte, 0, ioBufferSize)
	}
	f.buf, f.pos = f.buf[:0], 0
	for tries := 0; tries < 100; tries++ {
		got, err := f.r.Read(f.buf[:cap(f.buf)])
		f.buf = f.buf[:got]
		if err != nil && err != io.EOF {
			f.setErr(err)
		}
		if got > 0 || err != nil {
			return got > 0
		}
	}
	return false
}

// buffered returns the bytes read ahead, filling the buffer if it is empty; it returns
// nil at end of file or on error.
func (f *ioFile) buffered() []byte {
	if f.pos == len(f.buf) && !f.fill() {
		return nil
	}
	return f.buf[f.pos:]
}

// getc returns the next byte, or -1 at end of file or on error. The byte stays in the
// buffer, so that ungetc can take it back.
func (f *ioFile) getc() int {
	b := f.buffered()
	if b == nil {
		return -1
	}
	f.pos++
	return int(b[0])
}

// ungetc pushes back c, the byte getc last returned; -1 is ignored.
func (f *ioFile) ungetc(c int) {
	if c >= 0 {
		f.pos--
	}
}

// readLine reads up to and including the next newline, which is dropped when chop is
// true. ok is false when nothing at all could be read.
func (f *ioFile) readLine(chop bool) (line string, ok bool) {
	var acc []byte
	for {
		b := f.buffered()
		if b == nil {
			return string(acc), len(acc) > 0
		}
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			f.pos += i + 1
			if !chop {
				i++
			}
			return string(append(acc, b[:i]...)), true
		}
		acc = append(acc, b...)
		f.pos = len(f.buf)
	}
}

// readChars reads up to n bytes; ok is false when none could be read.
func (f *ioFile) readChars(n int64) (s string, ok bool) {
	var acc []byte
	for int64(len(acc)) < n {
		b := f.buffered()
		if b == nil {
			break
		}
		k := min(int64(len(b)), n-int64(len(acc)))
		acc = append(acc, b[:k]...)
		f.pos += int(k)
	}
	return string(acc), len(acc) > 0
}

// readAll reads everything up to the end of the file.
func (f *ioFile) readAll() string {
	var acc []byte
	for b := f.buffered(); b != nil; b = f.buffered() {
		acc = append(acc, b...)
		f.pos = len(f.buf)
	}
	return string(acc)
}

// atEOF reports whether no byte can be read next, without consuming one.
func (f *ioFile) atEOF() bool {
	return f.buffered() == nil
}

// write writes p, first moving the file position back over bytes read ahead; with
// full or line buffering, p may wait in the write buffer.
func (f *ioFile) write(p []byte) error {
	if f.w == nil {
		return syscall.EBADF
	}
	if err := f.dropReadAhead(); err != nil {
		return err
	}
	if f.vbuf == ioBufNo {
		_, err := f.w.Write(p)
		return err
	}
	f.wbuf = append(f.wbuf, p...)
	switch {
	case f.vbuf == ioBufFull && len(f.wbuf) >= f.wsize:
		return f.flushWrites()
	case f.vbuf == ioBufLine:
		if i := bytes.LastIndexByte(f.wbuf, '\n'); i >= 0 {
			return f.flushPrefix(i + 1)
		}
	}
	return nil
}

// flushWrites passes the whole write buffer to the destination.
func (f *ioFile) flushWrites() error {
	return f.flushPrefix(len(f.wbuf))
}

// flushPrefix passes the first n bytes of the write buffer to the destination. The
// buffer is emptied of them even when writing fails, as stdio drops them.
func (f *ioFile) flushPrefix(n int) error {
	if n == 0 {
		return nil
	}
	_, err := f.w.Write(f.wbuf[:n])
	f.wbuf = f.wbuf[:copy(f.wbuf, f.wbuf[n:])]
	return err
}

// setBuffering sets the buffering mode (setvbuf) after flushing what the buffer holds.
// Standard handles accept every mode but never buffer.
func (f *ioFile) setBuffering(mode ioBufMode, size int) error {
	err := f.flushWrites()
	if f.kind == ioStandard {
		return err
	}
	f.vbuf, f.wsize = mode, max(size, 1)
	if f.state != nil && mode == ioBufNo {
		delete(f.state.buffered, f)
	} else if f.state != nil {
		f.state.buffered[f] = struct{}{}
	}
	return err
}

// dropReadAhead discards the read buffer, moving a seekable source back to the logical
// position.
func (f *ioFile) dropReadAhead() error {
	ahead := len(f.buf) - f.pos
	if ahead > 0 && f.sk != nil {
		if _, err := f.sk.Seek(int64(-ahead), io.SeekCurrent); err != nil {
			return err
		}
	}
	if f.sk != nil {
		f.buf, f.pos = f.buf[:0], 0
	}
	return nil
}

// seek moves the file position as fseek does (whence is io.SeekStart, io.SeekCurrent
// or io.SeekEnd) and returns the new position.
func (f *ioFile) seek(offset int64, whence int) (int64, error) {
	if f.sk == nil {
		return 0, syscall.ESPIPE
	}
	if err := f.flushWrites(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent {
		offset -= int64(len(f.buf) - f.pos)
	}
	pos, err := f.sk.Seek(offset, whence)
	if err != nil {
		return 0, err
	}
	f.buf, f.pos = f.buf[:0], 0
	return pos, nil
}

// flush passes on the write buffer, then pushes out data held by the destination when
// it buffers too (a host's bufio.Writer).
func (f *ioFile) flush() error {
	if err := f.flushWrites(); err != nil {
		return err
	}
	if fl, ok := f.w.(interface{ Flush() error }); ok {
		return fl.Flush()
	}
	return nil
}

// numeralReader scans a numeral as liolib's read_number does: c is the look-ahead
// byte, buf the bytes accepted so far.
type numeralReader struct {
	f       *ioFile
	c       int
	buf     []byte
	invalid bool // the numeral grew past ioMaxNumeral
}

// next accepts the look-ahead byte and reads another (nextc).
func (rn *numeralReader) next() bool {
	if len(rn.buf) >= ioMaxNumeral {
		rn.invalid = true
		return false
	}
	rn.buf = append(rn.buf, byte(rn.c))
	rn.c = rn.f.getc()
	return true
}

// accept accepts the look-ahead byte if it is a or b (test2).
func (rn *numeralReader) accept(a, b byte) bool {
	if rn.c == int(a) || rn.c == int(b) {
		return rn.next()
	}
	return false
}

// digits accepts a run of decimal or hexadecimal digits and returns its length.
func (rn *numeralReader) digits(hex bool) int {
	n := 0
	for rn.c >= 0 && isDigitByte(byte(rn.c), hex) && rn.next() {
		n++
	}
	return n
}

func isDigitByte(c byte, hex bool) bool {
	switch {
	case c >= '0' && c <= '9':
		return true
	case hex:
		return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
	}
	return false
}

// isSpaceByte reports whether c is white space in the C locale.
func isSpaceByte(c int) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// readNumeral reads the longest prefix of the input that can start a numeral, leaving
// the first byte after it unread, and returns it; ok is false when it grew too long.
func (f *ioFile) readNumeral() (text string, ok bool) {
	rn := numeralReader{f: f}
	rn.c = f.getc()
	for isSpaceByte(rn.c) {
		rn.c = f.getc()
	}
	rn.accept('-', '+')
	count, hex := 0, false
	if rn.accept('0', '0') {
		if rn.accept('x', 'X') {
			hex = true
		} else {
			count = 1
		}
	}
	count += rn.digits(hex)
	if rn.accept('.', '.') {
		count += rn.digits(hex)
	}
	exp := [2]byte{'e', 'E'}
	if hex {
		exp = [2]byte{'p', 'P'}
	}
	if count > 0 && rn.accept(exp[0], exp[1]) {
		rn.accept('-', '+')
		rn.digits(false)
	}
	f.ungetc(rn.c)
	return string(rn.buf), !rn.invalid
}
