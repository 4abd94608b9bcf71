//go:build unix

// Tests of SIGINT while the command runs Lua code: as in lua.c, the code raises
// "interrupted!", which a pcall can catch and which is otherwise reported with its
// traceback, and a second signal ends the process.

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// interruptCase is a run of the command in testdata/cli that gets SIGINT each time its
// standard output shows the next of marks; signal is the signal that ended it, if one
// did, and the other fields are as in cliCase.
type interruptCase struct {
	name           string
	args           []string
	stdin          string
	marks          []string
	stdout, stderr string
	exit           int
	signal         syscall.Signal
}

var interruptCases = []interruptCase{
	{name: "main chunk", args: []string{"-e", "print('ready') while true do end"},
		marks: []string{"ready\n"}, stdout: "ready\n", exit: 1,
		stderr: "lua: interrupted!\nstack traceback:\n\t(command line):1: in main chunk\n" +
			"\t[C]: in ?\n"},
	{name: "pcall", args: []string{"-e",
		"print(pcall(function() print('ready') while true do end end)) print('after')"},
		marks: []string{"ready\n"}, stdout: "ready\nfalse\tinterrupted!\nafter\n"},
	{name: "script", args: []string{"interrupt.lua"},
		marks: []string{"ready\n"}, stdout: "ready\n", exit: 1,
		stderr: "lua: interrupt.lua:2: interrupted!\nstack traceback:\n" +
			"\tinterrupt.lua:1: in upvalue 'loop'\n\tinterrupt.lua:2: in local 'run'\n" +
			"\tinterrupt.lua:3: in main chunk\n\t[C]: in ?\n"},
	{name: "second signal", args: []string{"-e",
		"print('ready') while true do print(pcall(function() while true do end end)) end"},
		marks: []string{"ready\n", "interrupted!\n"}, stdout: "ready\nfalse\tinterrupted!\n",
		signal: syscall.SIGINT},
	{name: "interactive", args: []string{"-i"},
		stdin: "print('ready') while true do end\nprint('again')\n", marks: []string{"ready\n"},
		stdout: refBanner + "\n> print('ready') while true do end\nready\n> print('again')\n" +
			"again\n> \n",
		stderr: "interrupted!\nstack traceback:\n\tstdin:1: in main chunk\n\t[C]: in ?\n"},
}

func TestInterrupt(t *testing.T) {
	bin := buildBinary(t)
	for _, c := range interruptCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			want := c
			want.stdout = strings.ReplaceAll(c.stdout, refBanner, versionText)
			checkInterrupt(t, bin, c, want)
		})
	}
}

// TestInterruptCasesMatchReference checks the expectations of the interrupt cases
// against lua5.4.
func TestInterruptCasesMatchReference(t *testing.T) {
	ref := referenceBinary(t)
	for _, c := range interruptCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			checkInterrupt(t, ref, c, c)
		})
	}
}

// checkInterrupt runs bin as c says, interrupting it at each mark, and compares what it
// did with want.
func checkInterrupt(t *testing.T, bin string, c, want interruptCase) {
	t.Helper()
	cmd := exec.Command(bin, c.args...)
	cmd.Args[0] = "lua"
	cmd.Dir = filepath.Join("testdata", "cli")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	cmd.Stdin = strings.NewReader(c.stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	chunks := make(chan string)
	go func() {
		defer close(chunks)
		buf := make([]byte, 4096)
		for {
			n, err := out.Read(buf)
			if n > 0 {
				chunks <- string(buf[:n])
			}
			if err != nil {
				return
			}
		}
	}()

	var stdout strings.Builder
	seen := 0 // the length of the output matched by the marks so far
	for _, mark := range c.marks {
		deadline := time.After(10 * time.Second)
		for !strings.Contains(stdout.String()[seen:], mark) {
			select {
			case chunk, ok := <-chunks:
				if !ok {
					t.Fatalf("%s %q: output ended before %q: %q", bin, c.args, mark, stdout.String())
				}
				stdout.WriteString(chunk)
			case <-deadline:
				t.Fatalf("%s %q: no %q in %q", bin, c.args, mark, stdout.String())
			}
		}
		seen += strings.Index(stdout.String()[seen:], mark) + len(mark)
		// Let the code that printed the mark go on into its loop.
		time.Sleep(50 * time.Millisecond)
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Fatal(err)
		}
	}
	for chunk := range chunks {
		stdout.WriteString(chunk)
	}

	exit, signal := 0, syscall.Signal(0)
	if err := cmd.Wait(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s %q: %v", bin, c.args, err)
		}
		if ws := ee.Sys().(syscall.WaitStatus); ws.Signaled() {
			signal = ws.Signal()
		} else {
			exit = ws.ExitStatus()
		}
	}
	if stdout.String() != want.stdout || stderr.String() != want.stderr || exit != want.exit ||
		signal != want.signal {
		t.Errorf("%s %q printed\n%q\n%q\nexit %d, signal %d\nwant\n%q\n%q\nexit %d, signal %d",
			bin, c.args, stdout.String(), stderr.String(), exit, signal,
			want.stdout, want.stderr, want.exit, want.signal)
	}
}

// TestSecondInterruptWhenIgnored starts the command with SIGINT ignored, as a shell
// starts a background job: the first signal still interrupts the Lua code, and the
// second still ends the process, with the status a shell gives a process SIGINT
// killed, since the ignored disposition cannot be turned back into the default one.
func TestSecondInterruptWhenIgnored(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	c := interruptCase{args: []string{"-c", `trap '' INT; exec "$0" -e "$1"`, bin,
		"print('ready') while true do print(pcall(function() while true do end end)) end"},
		marks: []string{"ready\n", "interrupted!\n"}, stdout: "ready\nfalse\tinterrupted!\n",
		exit: 130}
	checkInterrupt(t, "/bin/sh", c, c)
}
