// Tests for io.go and io_file.go: the stream engine against small readers (so that
// every buffer boundary is crossed), and the library through scripts whose expected
// output lua5.4 5.4.4 printed.
package stdlib

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/vm"
)

func TestIOValidMode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		mode string
		want bool
	}{
		{"r", true}, {"w", true}, {"a", true}, {"r+", true}, {"w+", true}, {"a+", true},
		{"rb", true}, {"r+b", true}, {"rbb", true}, {"a+bbb", true},
		{"", false}, {"x", false}, {"rw", false}, {"rb+", false}, {"r++", false},
		{"+", false}, {"b", false}, {"r b", false},
	} {
		t.Run(tc.mode, func(t *testing.T) {
			if got := ioValidMode(tc.mode); got != tc.want {
				t.Errorf("ioValidMode(%q) = %v, want %v", tc.mode, got, tc.want)
			}
		})
	}
}

// ioShowNumber reads a number from input and shows it and what is left, as
// f:read("n", "a") would print it.
func ioShowNumber(r io.Reader) string {
	f := newStdFile(r, nil)
	v, ok := ioReadNumber(f)
	shown := "nil"
	switch {
	case ok && v.IsInt():
		shown = heap.FormatInt(v.AsInt())
	case ok:
		shown = heap.FormatFloat(v.AsFloat())
	}
	return shown + "|" + f.readAll()
}

func TestIOReadNumber(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"42", "42|"},
		{"  \t\n-7 rest", "-7| rest"},
		{"+3", "3|"},
		{"0x1F!", "31|!"},
		{"0x10p1", "32.0|"},
		{"0X1.8P+1", "3.0|"},
		{"1e2", "100.0|"},
		{"-.5e-1 +3", "-0.05| +3"},
		{"1e", "nil|"},
		{"1e+", "nil|"},
		{"0x", "nil|"},
		{".e1", "nil|e1"},
		{"--1", "nil|-1"},
		{"0x1g", "1|g"},
		{"1.5.3", "1.5|.3"},
		{"12abc", "12|abc"},
		{"nan", "nil|nan"},
		{"00012", "12|"},
		{"9223372036854775808", "9.2233720368548e+18|"},
		{"0xffffffffffffffff", "-1|"},
		{"", "nil|"},
		{strings.Repeat("1", 199) + " 5", "1.1111111111111e+198| 5"},
		{strings.Repeat("1", 200) + " 5", "1.1111111111111e+199| 5"},
		{strings.Repeat("1", 201) + " 5", "nil|1 5"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			for _, r := range []io.Reader{
				strings.NewReader(tc.in), iotest.OneByteReader(strings.NewReader(tc.in)),
			} {
				if got := ioShowNumber(r); got != tc.want {
					t.Errorf("read number of %q: got %q, want %q", tc.in, got, tc.want)
				}
			}
		})
	}
}

func TestIOReadLines(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 3*ioBufferSize+5)
	for _, tc := range []struct {
		name, in string
		chop     bool
		want     []string
	}{
		{"chopped", "a\n\nb\nlast", true, []string{"a", "", "b", "last"}},
		{"kept", "a\n\nb\nlast", false, []string{"a\n", "\n", "b\n", "last"}},
		{"crlf", "a\r\nb", true, []string{"a\r", "b"}},
		{"long", long + "\nz\n", true, []string{long, "z"}},
		{"empty", "", true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range []io.Reader{
				strings.NewReader(tc.in), iotest.HalfReader(strings.NewReader(tc.in)),
			} {
				f := newStdFile(r, nil)
				var got []string
				for line, ok := f.readLine(tc.chop); ok; line, ok = f.readLine(tc.chop) {
					got = append(got, line)
				}
				if strings.Join(got, "|") != strings.Join(tc.want, "|") {
					t.Errorf("lines of %.20q: got %q, want %q", tc.in, got, tc.want)
				}
			}
		})
	}
}

func TestIOReadChars(t *testing.T) {
	t.Parallel()
	f := newStdFile(iotest.OneByteReader(strings.NewReader("abcdef")), nil)
	for _, tc := range []struct {
		n    int64
		want string
		ok   bool
	}{
		{0, "", true}, {2, "ab", true}, {3, "cde", true}, {5, "f", true}, {1, "", false},
	} {
		var got string
		ok := !f.atEOF()
		if tc.n > 0 {
			got, ok = f.readChars(tc.n)
		}
		if got != tc.want || ok != tc.ok {
			t.Errorf("read(%d): got %q, %v, want %q, %v", tc.n, got, ok, tc.want, tc.ok)
		}
	}
}

// TestIOWriteAfterRead checks that a write after a buffered read lands at the position
// the script sees, not where the read-ahead left the operating system's file.
func TestIOWriteAfterRead(t *testing.T) {
	t.Parallel()
	name := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(name, []byte("0123456789"), 0o666); err != nil {
		t.Fatal(err)
	}
	f, err := openIOFile(name, "r+")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := f.readChars(3); s != "012" {
		t.Fatalf("read(3) = %q, want %q", s, "012")
	}
	if err := f.write([]byte("ab")); err != nil {
		t.Fatal(err)
	}
	if pos, err := f.seek(0, io.SeekCurrent); pos != 5 || err != nil {
		t.Errorf("seek('cur') = %d, %v, want 5", pos, err)
	}
	f.close()
	if got, _ := os.ReadFile(name); string(got) != "012ab56789" {
		t.Errorf("file holds %q, want %q", got, "012ab56789")
	}
}

// ioTestRun runs src in a VM with every library, the given standard input, and
// returns what it wrote to its standard output and error.
func ioTestRun(t *testing.T, src, stdin string) (stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := vm.New(&vm.Options{Stdout: &out, Stderr: &errOut, Stdin: strings.NewReader(stdin)})
	Open(m, All)
	if _, err := m.DoString(src, "=test"); err != nil {
		t.Fatalf("running %q: %v", src, err)
	}
	return out.String(), errOut.String()
}

func TestIOScripts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, src, stdin, want string
	}{
		{"interleave", `io.write("a") print("b") io.stdout:write("c\n")`, "", "ab\nc\n"},
		{"numbers", `io.write(1, " ", 1.0, " ", -0.0, " ", 2^63, " ", 1/3)`, "",
			"1 1 -0 9.2233720368548e+18 0.33333333333333"},
		{"read stdin", `print(io.read("n", "l", "L", 2, "a"))`, "12 rest\nline\nxyz",
			"12\t rest\tline\n\txy\tz\n"},
		{"lines stdin", `for l in io.lines() do io.write("[", l, "]") end`, "a\n\nb",
			"[a][][b]"},
		{"read at eof", `io.read("a") print(io.read("a"), io.read("l"), io.read(0))`,
			"x", "\tnil\tnil\n"},
		{"stdout cannot read", `print(io.stdout:read())`, "",
			"nil\tBad file descriptor\t9\n"},
		{"stdout cannot seek", `print(io.stdout:seek())`, "", "nil\tIllegal seek\t29\n"},
		{"stdin seeks", `io.read(2) print(io.stdin:seek())`, "abc", "2\n"},
		{"close std", `print(io.stdout:close()) print(io.type(io.stdout))`, "",
			"nil\tcannot close standard file\nfile\n"},
		{"type", `print(io.type(io.stdin), io.type({}), tostring(io.stdin):sub(1, 8))`,
			"", "file\tnil\tfile (0x\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got, _ := ioTestRun(t, tc.src, tc.stdin); got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}

func TestIOStderr(t *testing.T) {
	t.Parallel()
	out, errOut := ioTestRun(t, `io.stderr:write("oops ", 1, "\n")`, "")
	if out != "" || errOut != "oops 1\n" {
		t.Errorf("io.stderr:write: got stdout %q, stderr %q, want \"\", %q", out, errOut,
			"oops 1\n")
	}
}

func TestIOStandardHandlesArePermanent(t *testing.T) {
	t.Parallel()
	m := vm.New(nil)
	Open(m, All)
	io := m.Globals().GetStr("io").AsTable()
	for _, name := range []string{"stdin", "stdout", "stderr"} {
		u, ok := m.Userdata("io." + name)
		if !ok {
			t.Errorf("io.%s is not registered", name)
			continue
		}
		if got := io.GetStr(name); got.AsUserdata() != u {
			t.Errorf("io.%s is not the registered userdata %q", name, u.Name)
		}
	}
	if in := m.Registry().GetStr(ioInputKey); in.AsUserdata() != io.GetStr("stdin").AsUserdata() {
		t.Errorf("the default input is not io.stdin")
	}
}

func TestIOFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	name := strings.ReplaceAll(filepath.Join(dir, "f.txt"), `\`, `\\`)
	for _, tc := range []struct{ name, src, want string }{
		{"round trip", `local f = assert(io.open(N, "w")) f:write("x\n", 2, "\n") f:close()
			for l in io.lines(N) do io.write(l, ";") end`, "x;2;"},
		{"open fails", `print(io.open(N .. "/no/such"))`,
			"nil\t" + name + "/no/such: Not a directory\t20\n"},
		{"lines fails", `print(pcall(io.lines, N .. "/x"))`,
			"false\tcannot open file '" + name + "/x' (Not a directory)\n"},
		{"lines closes", `io.open(N, "w"):write("a\nb") local it = io.lines(N)
			print(it(), it(), it()) print(pcall(it))`, "a\tb\nfalse\tfile is already closed\n"},
		{"read error", `print(io.open(N, "w"):read("a"))`, "nil\tBad file descriptor\t9\n"},
		{"tmpfile", `local f = io.tmpfile() f:write("abc") print(f:seek("set", 1), f:read("a"))`,
			"1\tbc\n"},
		{"gc closes", `local f = io.open(N, "w") getmetatable(f).__gc(f) print(io.type(f))`,
			"closed file\n"},
		{"popen", `local p = io.popen("printf 'a\\nb'") print(p:read("L", "a")) print(p:close())`,
			"a\n\tb\ntrue\texit\t0\n"},
		{"closed default", `io.output(N) io.close() local ok, e = pcall(io.write, "x")
			io.output(io.stdout) print(ok, e)`, "false\tdefault output file is closed\n"},
		{"full buffer", `local f, r = io.open(N, "w"), io.open(N) f:setvbuf("full", 4)
			f:write("ab") local a = r:read("a") f:write("cd") r:seek("set")
			print(a, r:read("a"))`, "\tabcd\n"},
		{"line buffer", `local f, r = io.open(N, "w"), io.open(N) f:setvbuf("line")
			f:write("ab") local a = r:read("a") f:write("c\nd") r:seek("set")
			print(a, r:read("a")) f:close() r:seek("set") print(r:read("a"))`,
			"\tabc\n\nabc\nd\n"},
		{"unbuffered again", `local f, r = io.open(N, "w"), io.open(N) f:setvbuf("full")
			f:write("ab") f:setvbuf("no") f:write("c") print(r:read("a"))`, "abc\n"},
		{"popen status", `print(io.popen("exit 7"):close())`, "nil\texit\t7\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := `local N = "` + name + `" ` + tc.src
			if got, _ := ioTestRun(t, src, ""); got != tc.want {
				t.Errorf("%s: got %q, want %q", tc.src, got, tc.want)
			}
		})
	}
}

// TestFlushIO checks that FlushIO writes out what buffered files hold, as os.exit and
// the end of the process must.
func TestFlushIO(t *testing.T) {
	t.Parallel()
	name := filepath.Join(t.TempDir(), "f")
	m := vm.New(nil)
	Open(m, All)
	m.SetGlobal("N", heap.String(name))
	src := `F = io.open(N, "w") F:setvbuf("full") F:write("kept")`
	if _, err := m.DoString(src, "=t"); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); len(got) != 0 {
		t.Errorf("before FlushIO the file holds %q, want nothing", got)
	}
	FlushIO(m)
	if got, _ := os.ReadFile(name); string(got) != "kept" {
		t.Errorf("after FlushIO the file holds %q, want %q", got, "kept")
	}
}
