//go:build linux

package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPty opens a pseudo-terminal pair through /dev/ptmx.
func openPty(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	var unlock, n uint32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Skipf("unlock pty: %v", err)
	}
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Skipf("pty number: %v", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open pty: %v", err)
	}
	return master, slave
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg))
	if errno != 0 {
		return errno
	}
	return nil
}

// ptySession is the interactive interpreter running on a terminal.
type ptySession struct {
	t      *testing.T
	master *os.File
	out    chan string
	seen   string        // output not yet matched by expect
	exited chan struct{} // closed once the interpreter has ended
	state  *os.ProcessState
}

// startREPL starts bin -i on a terminal with home as its home folder ("" for a new
// one).
func startREPL(t *testing.T, bin, home string) *ptySession {
	master, slave := openPty(t)
	if home == "" {
		home = t.TempDir()
	}
	cmd := exec.Command(bin, "-i")
	cmd.Env = []string{"HOME=" + home, "TERM=dumb"}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close() // the master sees the end of output once the interpreter exits
	s := &ptySession{t: t, master: master, out: make(chan string, 64),
		exited: make(chan struct{})}
	go func() {
		cmd.Wait()
		s.state = cmd.ProcessState
		close(s.exited)
	}()
	t.Cleanup(func() { cmd.Process.Kill(); <-s.exited })
	go s.read()
	return s
}

// wait waits for the interpreter to end and returns how it ended.
func (s *ptySession) wait() *os.ProcessState {
	s.t.Helper()
	select {
	case <-s.exited:
		return s.state
	case <-time.After(10 * time.Second):
		s.t.Fatal("the interpreter did not end")
		return nil
	}
}

func (s *ptySession) read() {
	buf := make([]byte, 4096)
	for {
		n, err := s.master.Read(buf)
		if n > 0 {
			s.out <- string(buf[:n])
		}
		if err != nil {
			close(s.out)
			return
		}
	}
}

// expect waits until the output after the last match contains want.
func (s *ptySession) expect(want string) {
	s.t.Helper()
	deadline := time.After(10 * time.Second)
	for !strings.Contains(s.seen, want) {
		select {
		case chunk, ok := <-s.out:
			if !ok {
				s.t.Fatalf("output ended before %q; got %q", want, s.seen)
			}
			s.seen += chunk
		case <-deadline:
			s.t.Fatalf("no %q in %q", want, s.seen)
		}
	}
	_, s.seen, _ = strings.Cut(s.seen, want)
}

// atPrompt waits for the prompt after the output seen so far, then for the line editor
// to take the terminal, which discards what is typed before.
func (s *ptySession) atPrompt() {
	s.t.Helper()
	s.expect("> ")
	time.Sleep(100 * time.Millisecond)
}

func (s *ptySession) send(text string) {
	s.t.Helper()
	if _, err := s.master.WriteString(text); err != nil {
		s.t.Fatal(err)
	}
}

// TestREPLOnTerminal drives the interactive mode through a pseudo-terminal: results of
// expressions and of the '=' form are printed, an incomplete statement continues
// under the ">>" prompt, an error is reported without the program name and the loop
// goes on, the history recalls lines, and end of input ends it.
func TestREPLOnTerminal(t *testing.T) {
	s := startREPL(t, buildBinary(t), "")
	s.expect(versionText)
	s.atPrompt()
	s.send("1+1\r")
	s.expect("2\r\n")
	s.atPrompt()
	s.send("x = 40\r")
	s.atPrompt()
	s.send("=x + 2\r")
	s.expect("42\r\n")
	s.atPrompt()
	s.send("for i = 1, 3 do\r")
	s.expect(">> ")
	s.send("io.write(i, ';')\r")
	s.expect(">> ")
	s.send("end\r")
	s.expect("1;2;3;")
	s.atPrompt()
	s.send("error('oops')\r")
	s.expect("stdin:1: oops\r\nstack traceback:")
	s.atPrompt()
	s.send("print('still here')\r")
	s.expect("still here\r\n")
	s.atPrompt()
	s.send("\x1b[A\r") // the up arrow brings back the last line
	s.expect("still here\r\n")
	s.atPrompt()
	s.send("\x04")
	if st := s.wait(); !st.Success() {
		t.Errorf("at end of input the interpreter ended with %v", st)
	}
}

// TestREPLInterruptOnTerminal presses Ctrl-C while a line of the interactive mode runs,
// in pluto-go and in lua5.4: the code is interrupted, the error is reported, and the
// loop goes on at a new prompt.
func TestREPLInterruptOnTerminal(t *testing.T) {
	for name, bin := range interpreters(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := startREPL(t, bin, "")
			s.expect("> ")
			s.send("print('ready') while true do end\r")
			s.expect("ready\r\n")
			time.Sleep(50 * time.Millisecond) // into the loop
			s.send("\x03")
			s.expect("^Cinterrupted!\r\nstack traceback:\r\n\tstdin:1: in main chunk\r\n" +
				"\t[C]: in ?\r\n")
			s.expect("> ")
			s.send("print('again')\r")
			s.expect("again\r\n")
		})
	}
}

// TestREPLInterruptAtPrompt presses Ctrl-C at the prompt of pluto-go and of lua5.4:
// both end as killed by SIGINT, so that a shell sees the interrupt.
func TestREPLInterruptAtPrompt(t *testing.T) {
	for name, bin := range interpreters(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			s := startREPL(t, bin, "")
			s.atPrompt()
			s.send("print('ran')\r")
			s.expect("ran\r\n")
			s.atPrompt()
			s.send("\x03")
			st := s.wait()
			ws, ok := st.Sys().(syscall.WaitStatus)
			if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
				t.Errorf("after Ctrl-C at the prompt the interpreter ended with %v, "+
					"want killed by SIGINT", st)
			}
		})
	}
}

// TestREPLHistoryOfChunks checks that the history keeps a chunk typed on several lines
// as one entry, as lua5.4's does, and that a new session recalls it from the file.
func TestREPLHistoryOfChunks(t *testing.T) {
	bin := buildBinary(t)
	home := t.TempDir()
	s := startREPL(t, bin, home)
	s.atPrompt()
	s.send("for i = 1, 2 do\r")
	s.expect(">> ")
	s.send("io.write(i, ';')\r")
	s.expect(">> ")
	s.send("end print()\r")
	s.expect("1;2;\r\n")
	s.atPrompt()
	s.send("\x1b[A\r")
	s.expect("1;2;\r\n")
	s.atPrompt()
	s.send("\x04")
	s.wait()

	s = startREPL(t, bin, home)
	s.atPrompt()
	s.send("\x1b[A\r")
	s.expect("1;2;\r\n")
	s.atPrompt()
	s.send("\x04")
	s.wait()
}
