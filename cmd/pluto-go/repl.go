// This file is the interactive mode: a read-eval-print loop with line editing and
// history, as lua.c's, reading a line, trying it first as an expression to print, and
// asking for more lines while the chunk is incomplete.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/compiler"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// repl runs the interactive loop until end of input.
func (c *cli) repl() {
	rl, err := readline.NewEx(&readline.Config{
		Prompt:      "> ",
		HistoryFile: historyFile(),
		Stdin:       io.NopCloser(c.stdin),
		Stdout:      c.stdout,
		Stderr:      c.stderr,
	})
	if err != nil {
		fmt.Fprintf(c.stderr, "%s: %v\n", c.progname, err)
		return
	}
	defer rl.Close()
	for {
		src, ok := c.readChunk(rl)
		if !ok {
			fmt.Fprintln(c.stdout)
			return
		}
		c.evalLine(src)
	}
}

// historyFile returns where the REPL keeps its history, or "" for none.
func historyFile() string {
	dir, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, ".pluto-go_history")
}

// readChunk reads lines until they form a complete chunk (or an expression).
func (c *cli) readChunk(rl *readline.Instance) (string, bool) {
	rl.SetPrompt("> ")
	line, err := rl.Readline()
	if err != nil {
		return "", false
	}
	if _, err := parser.Parse("=stdin", []byte("return "+line)); err == nil {
		return "return " + line, true
	}
	src := line
	for {
		_, err := parser.Parse("=stdin", []byte(src))
		if !isIncomplete(err) {
			return src, true
		}
		rl.SetPrompt(">> ")
		more, rerr := rl.Readline()
		if rerr != nil {
			return src, true
		}
		src += "\n" + more
	}
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
	if _, err := c.call(c.m.GetGlobal("print"), res...); err != nil {
		fmt.Fprintf(c.stderr, "%s: error calling 'print' (%s)\n", c.progname, err)
	}
}

// listFile prints the bytecode listing of a script.
func (c *cli) listFile(name string) bool {
	cl, err := c.loadFile(name)
	if err != nil {
		return c.report(err)
	}
	return c.report(compiler.List(c.stdout, cl.Proto, true))
}
