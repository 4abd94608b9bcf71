// This file is the interactive mode: a read-eval-print loop with line editing and
// history, as lua.c's, reading a line, trying it first as an expression to print, and
// asking for more lines while the chunk is incomplete. Its error messages have no
// program name in front, as lua.c's do in this mode.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chzyer/readline"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
	"github.com/pluto-go/pluto-go/vm"
)

// isTerminal reports whether r is an interactive terminal, as isatty does: a character
// device such as /dev/null is not one.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// lineReader reads the lines of the interactive mode, showing a prompt, and keeps the
// chunks they made in its history, if it has one.
type lineReader interface {
	SetPrompt(prompt string)
	Readline() (string, error)
	Remember(chunk string)
	Close() error
}

// errPromptInterrupt reports a Ctrl-C typed at the prompt.
var errPromptInterrupt = errors.New("interrupted at the prompt")

// repl runs the interactive loop until end of input and reports whether it ended
// there, rather than on an error outside the chunks it runs (a prompt that cannot be
// converted to a string), which it prints.
func (c *cli) repl() bool {
	rl, err := c.newLineReader()
	if err != nil {
		c.message(err.Error())
		return false
	}
	defer rl.Close()
	saved := c.progname
	c.progname = ""
	defer func() { c.progname = saved }()
	for {
		src, typed, ok, err := c.readChunk(rl)
		if errors.Is(err, errPromptInterrupt) {
			rl.Close()
			dieOfInterrupt()
		}
		if err != nil {
			return c.report(err)
		}
		if !ok {
			fmt.Fprintln(c.stdout)
			return true
		}
		rl.Remember(typed)
		c.evalLine(src)
	}
}

// dieOfInterrupt ends the process as SIGINT does by default, which is how lua5.4 ends
// on a Ctrl-C at its prompt, so that the shell sees the signal; where the signal is
// ignored or cannot be sent, it exits with the status a shell gives a process it
// killed.
func dieOfInterrupt() {
	signal.Reset(os.Interrupt)
	if p, err := os.FindProcess(os.Getpid()); err == nil && p.Signal(os.Interrupt) == nil {
		time.Sleep(time.Second)
	}
	os.Exit(130)
}

// newLineReader returns a line editor with history for a terminal, and for other
// input a reader that writes the prompt and echoes the line, as GNU readline (which
// lua5.4 uses) does when its input is not a terminal.
func (c *cli) newLineReader() (lineReader, error) {
	if !isTerminal(c.stdin) {
		return &echoReader{in: bufio.NewReader(c.stdin), out: c.stdout}, nil
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:                 "> ",
		DisableAutoSaveHistory: true,
		Stdin:                  io.NopCloser(c.stdin),
		Stdout:                 c.stdout,
		Stderr:                 c.stderr,
	})
	if err != nil {
		return nil, err
	}
	e := &editor{Instance: rl, file: historyFile()}
	e.load()
	return e, nil
}

// historyLimit is the number of chunks the history keeps.
const historyLimit = 500

// editor is the lineReader for a terminal: a line editor whose history holds whole
// chunks, as lua.c's does, a chunk of several lines recalled as one entry. Its file
// keeps each entry on a line of its own as a quoted Go string, newlines escaped.
type editor struct {
	*readline.Instance
	file string // "" for a history that is not saved
}

// load reads the history file, dropping the entries past historyLimit from it.
func (e *editor) load() {
	data, err := os.ReadFile(e.file)
	if err != nil {
		return
	}
	var entries []string
	for _, line := range strings.Split(string(data), "\n") {
		if entry, err := strconv.Unquote(line); err == nil {
			entries = append(entries, entry)
		}
	}
	if len(entries) > historyLimit {
		entries = entries[len(entries)-historyLimit:]
		var b strings.Builder
		for _, entry := range entries {
			b.WriteString(strconv.Quote(entry) + "\n")
		}
		os.WriteFile(e.file, []byte(b.String()), 0o600)
	}
	for _, entry := range entries {
		e.SaveHistory(entry)
	}
}

func (e *editor) Readline() (string, error) {
	line, err := e.Instance.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", errPromptInterrupt
	}
	return line, err
}

// Remember adds a chunk to the history and to its file. As with the editor's own
// history, a file that cannot be written is no reason to stop.
func (e *editor) Remember(chunk string) {
	if strings.TrimSpace(chunk) == "" {
		return
	}
	e.SaveHistory(chunk)
	if e.file == "" {
		return
	}
	f, err := os.OpenFile(e.file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return
	}
	f.WriteString(strconv.Quote(chunk) + "\n")
	f.Close()
}

// echoReader is the lineReader for input that is not a terminal.
type echoReader struct {
	in     *bufio.Reader
	out    io.Writer
	prompt string
}

func (r *echoReader) SetPrompt(prompt string) { r.prompt = prompt }
func (r *echoReader) Remember(string)         {}
func (r *echoReader) Close() error            { return nil }

func (r *echoReader) Readline() (string, error) {
	io.WriteString(r.out, r.prompt)
	line, err := r.in.ReadString('\n')
	if err != nil && line == "" {
		return "", err
	}
	line = strings.TrimSuffix(line, "\n")
	io.WriteString(r.out, line+"\n")
	return line, nil
}

// historyFile returns where the REPL keeps its history, or "" for none.
func historyFile() string {
	dir, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, ".pluto-go_history")
}

// readChunk reads lines until they form a complete chunk (or an expression), reporting
// false at the end of input. It returns the chunk to run and the lines as typed. A
// first line starting with '=' stands for "return" and the rest, as in Lua 5.2.
func (c *cli) readChunk(rl lineReader) (src, typed string, ok bool, err error) {
	typed, ok, err = c.readLine(rl, true)
	if !ok || err != nil {
		return "", "", false, err
	}
	line := typed
	if strings.HasPrefix(line, "=") {
		line = "return " + line[1:]
	}
	if _, err := parser.Parse("=stdin", []byte("return "+line)); err == nil {
		return "return " + line, typed, true, nil
	}
	src = line
	for {
		_, err := parser.Parse("=stdin", []byte(src))
		if !isIncomplete(err) {
			return src, typed, true, nil
		}
		more, ok, err := c.readLine(rl, false)
		if err != nil {
			return "", "", false, err
		}
		if !ok {
			return src, typed, true, nil
		}
		src += "\n" + more
		typed += "\n" + more
	}
}

// readLine reads a first or a continuation line under its prompt, reporting false at
// the end of input.
func (c *cli) readLine(rl lineReader, first bool) (string, bool, error) {
	name, def := "_PROMPT2", ">> "
	if first {
		name, def = "_PROMPT", "> "
	}
	prompt, err := c.m.PCall(heap.BuiltinValue(c.prompt), heap.String(name), heap.String(def))
	if err != nil {
		return "", false, err
	}
	rl.SetPrompt(prompt[0].AsString())
	line, err := rl.Readline()
	if errors.Is(err, errPromptInterrupt) {
		return "", false, err
	}
	return line, err == nil, nil
}

// promptText returns the prompt lua.c's get_prompt gives: the global variable named by
// its first argument converted as tostring does, or its second argument when the
// variable is nil.
func promptText(m *vm.VM, args []heap.Value) []heap.Value {
	v := m.Index(heap.TableValue(m.Globals()), args[0])
	if v.IsNil() {
		return args[1:2]
	}
	return m.Return(heap.String(m.ToString(v)))
}

// isIncomplete reports whether a syntax error is only the end of input arriving too
// early.
func isIncomplete(err error) bool {
	var se *parser.SyntaxError
	return errors.As(err, &se) && strings.HasSuffix(se.Msg, "<eof>")
}

// evalLine runs one chunk of the REPL and prints its results.
func (c *cli) evalLine(src string) {
	cl, err := c.m.Load([]byte(src), "=stdin", "t")
	if err != nil {
		c.report(err)
		return
	}
	res, err := c.call(heap.ClosureValue(cl))
	if !c.report(err) || len(res) == 0 {
		return
	}
	// As lua.c's l_print: a plain protected call, whose error has no traceback.
	if _, err := c.m.PCall(c.m.GetGlobal("print"), res...); err != nil {
		c.message(fmt.Sprintf("error calling 'print' (%s)", err))
	}
}
