// This file holds the interpreter's command line handling, shaped after lua.c: options
// are handled in order, the script gets the remaining arguments in the global `arg`,
// and errors are reported on stderr as "progname: message" with a traceback.

package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/compiler"
	"github.com/pluto-go/pluto-go/serialize"
	"github.com/pluto-go/pluto-go/stdlib"
	"github.com/pluto-go/pluto-go/vm"
)

const (
	versionText = "Lua 5.4 (pluto-go)  Copyright (C) 1994-2022 Lua.org, PUC-Rio; pluto-go authors"
	usageText   = `usage: %s [options] [script [args]]
Available options are:
  -e stat   execute string 'stat'
  -i        enter interactive mode after executing 'script'
  -l mod    require library 'mod' into global 'mod'
  -l g=mod  require library 'mod' into global 'g'
  -v        show version information
  -E        ignore environment variables
  -W        turn warnings on
  --        stop handling options
  -         stop handling options and execute stdin
  --list    list the bytecode of each file after the options ('-' for stdin)
            in the shape of luac -l, running nothing
  --dump file
            print the snapshot in file (pluto.persist, eris.persist, or a
            binary chunk of string.dump) as readable text
  --log-level level
            log the interpreter's events of level and above on stderr: debug,
            info (snapshots saved and loaded), warn or error; none without it
`
)

// cli is one run of the interpreter.
type cli struct {
	args           []string
	progname       string
	stdin          io.Reader
	stdout, stderr io.Writer
	m              *vm.VM
	main           *heap.Builtin
	prompt         *heap.Builtin // gives the REPL's prompts (promptText)
}

func newCLI(args []string, stdin io.Reader, stdout, stderr io.Writer) *cli {
	progname := "lua"
	if len(args) > 0 && args[0] != "" {
		progname = args[0]
	}
	return &cli{args: args, progname: progname, stdin: stdin, stdout: stdout, stderr: stderr}
}

// options is the parsed command line.
type options struct {
	interactive, version, noEnv, warnings, list bool
	script                                      int    // index of the script argument, 0 if none
	runs                                        string // the first -e or -l option, "" if none
	stdinScript                                 bool
	logLevel                                    slog.Leveler // nil: no logging
	dump                                        string       // snapshot file to print, "" if none
}

// logLevels are the levels --log-level takes: each shows the events of its level and
// of the levels after it (the VM logs snapshots saved and loaded at info, the step
// limit at warn).
var logLevels = map[string]slog.Level{
	"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn,
	"error": slog.LevelError,
}

// parseOptions scans the options as lua.c's collectargs does, returning the index of
// the first non-option argument or an error message.
func (c *cli) parseOptions() (options, string) {
	var o options
	args := c.args
	i := 1
	for ; i < len(args); i++ {
		a := args[i]
		if a == "" || a[0] != '-' {
			break
		}
		switch {
		case a == "--":
			i++
			o.script = scriptIndex(args, i)
			return o, o.checkList()
		case a == "-":
			o.stdinScript = true
			o.script = i
			return o, o.checkList()
		case a == "--list":
			o.list = true
		case a == "--dump":
			if i++; i >= len(args) {
				return o, fmt.Sprintf("'%s' needs argument", a)
			}
			o.dump = args[i]
		case a == "--log-level":
			if i++; i >= len(args) {
				return o, fmt.Sprintf("'%s' needs argument", a)
			}
			level, ok := logLevels[args[i]]
			if !ok {
				return o, fmt.Sprintf("unknown log level '%s' (debug, info, warn or error)", args[i])
			}
			o.logLevel = level
		case a == "-E":
			o.noEnv = true
		case a == "-W":
			o.warnings = true
		case a == "-i":
			o.interactive, o.version = true, true
		case a == "-v":
			o.version = true
		case a[:2] == "-e" || a[:2] == "-l":
			if o.runs == "" {
				o.runs = a[:2]
			}
			if len(a) == 2 {
				i++
				if i >= len(args) || (args[i] != "" && args[i][0] == '-') {
					return o, fmt.Sprintf("'%s' needs argument", a)
				}
			}
		default:
			return o, fmt.Sprintf("unrecognized option '%s'", a)
		}
	}
	o.script = scriptIndex(args, i)
	return o, o.checkList()
}

// checkList returns the error message for options that --list or --dump cannot go
// with, which would run code or print something else, or for a --list without files.
func (o options) checkList() string {
	if o.dump != "" && !o.list {
		switch {
		case o.runs != "":
			return fmt.Sprintf("'--dump' cannot go with '%s'", o.runs)
		case o.interactive:
			return "'--dump' cannot go with '-i'"
		case o.script != 0:
			return "'--dump' takes one file and cannot go with a script"
		}
		return ""
	}
	switch {
	case !o.list:
		return ""
	case o.runs != "":
		return fmt.Sprintf("'--list' cannot go with '%s'", o.runs)
	case o.interactive:
		return "'--list' cannot go with '-i'"
	case o.dump != "":
		return "'--list' cannot go with '--dump'"
	case o.script == 0:
		return "'--list' needs files to list ('-' for stdin)"
	}
	return ""
}

func scriptIndex(args []string, i int) int {
	if i < len(args) {
		return i
	}
	return 0
}

// run executes the command line and returns the exit status.
func (c *cli) run() int {
	o, bad := c.parseOptions()
	if bad != "" {
		fmt.Fprintf(c.stderr, "%s: %s\n", c.progname, bad)
		fmt.Fprintf(c.stderr, usageText, c.progname)
		return 1
	}
	if o.version {
		fmt.Fprintln(c.stdout, versionText)
	}
	if o.dump != "" {
		return c.dumpSnapshot(o.dump)
	}
	if o.list {
		return c.listFiles(c.args[o.script:])
	}
	c.m = vm.New(&vm.Options{Stdout: c.stdout, Stderr: c.stderr, Stdin: c.stdin,
		Logger: c.logger(o.logLevel)})
	if o.noEnv {
		// As lua.c does, so that package ignores LUA_PATH and LUA_CPATH.
		c.m.Registry().SetStr("LUA_NOENV", heap.True)
	}
	stdlib.Open(c.m, stdlib.All)
	defer stdlib.Close(c.m) // as lua.c's lua_close: pending finalizers, then buffers
	c.main = c.m.Register("pluto-go.main", runMain)
	c.m.Register("pluto-go.msghandler", msgHandler)
	c.prompt = c.m.Register("pluto-go.prompt", promptText)
	c.m.RegisterContinuation("pluto-go.main.k", runMainK)
	if o.warnings {
		c.m.Warn("@on")
	}
	// Like lua.c, run the collector in generational mode (as collectgarbage reports).
	if _, err := c.m.PCall(c.m.GetGlobal("collectgarbage"), heap.String("generational")); err != nil {
		return c.reportStatus(err)
	}
	c.createArgTable(o.script)
	if !o.noEnv && !c.handleEnv() {
		return 1
	}
	if !c.runOptions(o) {
		return 1
	}
	if o.script > 0 && !c.runScript(o) {
		return 1
	}
	if o.interactive {
		if !c.repl() {
			return 1
		}
	} else if o.script == 0 && !o.version && !c.ranCode() {
		if isTerminal(c.stdin) {
			fmt.Fprintln(c.stdout, versionText)
			if !c.repl() {
				return 1
			}
		} else if !c.runFile("", true) {
			return 1
		}
	}
	return 0
}

// logger returns the logger of the VM's diagnostics, writing text records on stderr at
// level and above, or nil for none.
func (c *cli) logger(level slog.Leveler) *slog.Logger {
	if level == nil {
		return nil
	}
	return slog.New(slog.NewTextHandler(c.stderr, &slog.HandlerOptions{Level: level}))
}

// ranCode reports whether an -e or -l option ran code.
func (c *cli) ranCode() bool {
	for _, a := range c.args[1:] {
		if a == "--" || a == "-" || a == "" || a[0] != '-' {
			return false
		}
		if strings.HasPrefix(a, "-e") || strings.HasPrefix(a, "-l") {
			return true
		}
	}
	return false
}

// createArgTable sets the global `arg`: the script at 0, its arguments from 1, the
// interpreter and its options at negative indexes. Without a script, the interpreter
// is at 0 and its options follow, as in lua.c.
func (c *cli) createArgTable(script int) {
	t := heap.NewTable(len(c.args)-script, script+1)
	for i, a := range c.args {
		t.SetInt(int64(i-script), heap.String(a))
	}
	c.m.SetGlobal("arg", heap.TableValue(t))
}

// handleEnv runs LUA_INIT_5_4 or LUA_INIT, as lua.c does.
func (c *cli) handleEnv() bool {
	name := "LUA_INIT_5_4"
	init, ok := os.LookupEnv(name)
	if !ok {
		name = "LUA_INIT"
		init, ok = os.LookupEnv(name)
	}
	if !ok {
		return true
	}
	if strings.HasPrefix(init, "@") {
		return c.runFile(init[1:], false)
	}
	return c.runString(init, "="+name)
}

// runOptions runs the -e and -l options in order.
func (c *cli) runOptions(o options) bool {
	end := len(c.args)
	if o.script > 0 {
		end = o.script
	}
	for i := 1; i < end; i++ {
		a := c.args[i]
		if len(a) < 2 || (a[:2] != "-e" && a[:2] != "-l") {
			continue
		}
		val := a[2:]
		if val == "" {
			i++
			val = c.args[i]
		}
		ok := true
		if a[:2] == "-e" {
			ok = c.runString(val, "=(command line)")
		} else {
			ok = c.requireGlobal(val)
		}
		if !ok {
			return false
		}
	}
	return true
}

// requireGlobal runs `g = require(mod)` for an -l option (`g=mod` or `mod`).
func (c *cli) requireGlobal(spec string) bool {
	global, mod := spec, spec
	if i := strings.IndexByte(spec, '='); i >= 0 {
		global, mod = spec[:i], spec[i+1:]
	}
	require := c.m.GetGlobal("require")
	res, err := c.call(require, heap.String(mod))
	if err != nil {
		return c.report(err)
	}
	c.m.SetGlobal(global, first(res))
	return true
}

// runScript runs the script with its arguments.
func (c *cli) runScript(o options) bool {
	cl, err := c.load(c.args[o.script], o.stdinScript)
	if err != nil {
		return c.report(err)
	}
	var args []heap.Value
	for _, a := range c.args[o.script+1:] {
		args = append(args, heap.String(a))
	}
	_, err = c.call(heap.ClosureValue(cl), args...)
	return c.report(err)
}

// load compiles the named file, or standard input with stdin.
func (c *cli) load(name string, stdin bool) (*heap.Closure, error) {
	if stdin {
		return stdlib.LoadStdin(c.m, "bt")
	}
	return stdlib.LoadFile(c.m, name, "bt")
}

// runFile runs the named file, or standard input with stdin, without arguments.
func (c *cli) runFile(name string, stdin bool) bool {
	cl, err := c.load(name, stdin)
	if err != nil {
		return c.report(err)
	}
	_, err = c.call(heap.ClosureValue(cl))
	return c.report(err)
}

// runString runs a chunk of source text.
func (c *cli) runString(src, chunkname string) bool {
	cl, err := c.m.Load([]byte(src), chunkname, "t")
	if err != nil {
		return c.report(err)
	}
	_, err = c.call(heap.ClosureValue(cl))
	return c.report(err)
}

// call calls fn under the interpreter's main builtin, so that tracebacks end in a
// "[C]: in ?" line as the reference's do, with SIGINT interrupting it as in lua.c's
// docall.
func (c *cli) call(fn heap.Value, args ...heap.Value) ([]heap.Value, error) {
	defer c.catchInterrupt()()
	pad := make([]heap.Value, mainPad, mainPad+1+len(args))
	return c.m.PCall(heap.BuiltinValue(c.main), append(append(pad, fn), args...)...)
}

// catchInterrupt turns SIGINT into an interrupt of the VM (the running Lua code raises
// "interrupted!") until the function it returns is called. As lua.c's signal handler,
// it takes one signal and ends the process on the next, for code that goes on after
// the interrupt, even if the process started with the signal ignored; outside these
// calls the signal keeps its action, or reaches the line editor at the prompt.
func (c *cli) catchInterrupt() (release func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			c.m.Interrupt()
		case <-done:
			return
		}
		select {
		case <-sig:
			dieOfInterrupt()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}

// mainPad is the number of values the main builtin gets before the function to call.
// They stand for what lua.c keeps on the stack between its main function and a chunk it
// runs (that function's two arguments and the message handler), so that chunks start
// at the stack height they start at in lua5.4 and a runaway recursion overflows the
// stack at the same depth.
const mainPad = 3

// runMain calls its argument after the mainPad values with the rest in protected mode with msgHandler
// as the message handler, standing for the C function and the lua_pcall the reference
// interpreter runs scripts with: errors get their traceback where they happen, before
// to-be-closed variables are closed.
func runMain(m *vm.VM, args []heap.Value) []heap.Value {
	k, _ := m.Continuation("pluto-go.main.k")
	h, _ := m.Builtin("pluto-go.msghandler")
	m.Protect()
	return m.CallK(args[mainPad], args[mainPad+1:], heap.MultRet, k, heap.BuiltinValue(h))
}

// runMainK passes the results on, or raises the error the message handler produced.
func runMainK(m *vm.VM, _ heap.Value, ok bool, res []heap.Value) []heap.Value {
	if !ok {
		m.Throw(res[0])
	}
	return res
}

// msgHandler turns an error value into the message lua.c prints: the text of the
// value (through __tostring when it has one) followed by a traceback from where the
// error happened.
func msgHandler(m *vm.VM, args []heap.Value) []heap.Value {
	v := first(args)
	msg := ""
	if v.IsString() || v.IsNumber() {
		msg = vm.ErrorText(v)
	} else {
		// A __tostring giving a string makes the whole message, without a traceback.
		if tm := m.MetaField(v, "__tostring"); !tm.IsNil() {
			if s := first(m.Call(tm, v)); s.IsString() {
				return m.Return(s)
			}
		}
		msg = fmt.Sprintf("(error object is a %s value)", v.TypeName())
	}
	return m.Return(heap.String(vm.WithTraceback(msg, m.Traceback(m.CurrentThread(), 1))))
}

// dumpSnapshot prints a snapshot file as readable text.
func (c *cli) dumpSnapshot(name string) int {
	data, err := stdlib.ReadFile(name)
	if err != nil {
		c.message(err.Error())
		return 1
	}
	if snap, ok := vm.ChunkSnapshot(data); ok {
		data = snap
	}
	if err := serialize.Dump(c.stdout, data); err != nil {
		c.message(fmt.Sprintf("%s: %v", name, err))
		return 1
	}
	return 0
}

// listFiles prints the bytecode listing of each file ("-" for standard input), running
// nothing, and returns the exit status: 1 after the first file that cannot be loaded.
func (c *cli) listFiles(names []string) int {
	c.m = vm.New(&vm.Options{Stdin: c.stdin})
	for _, name := range names {
		cl, err := c.load(name, name == "-")
		if err == nil {
			err = compiler.List(c.stdout, cl.Proto, true)
		}
		if !c.report(err) {
			return 1
		}
	}
	return 0
}

// reportStatus reports an error and returns the exit status for it.
func (c *cli) reportStatus(err error) int {
	if c.report(err) {
		return 0
	}
	return 1
}

// report prints an error as lua.c does and reports whether there was none.
func (c *cli) report(err error) bool {
	if err == nil {
		return true
	}
	msg := err.Error()
	if re, ok := err.(*vm.RuntimeError); ok {
		msg = c.errorMessage(re)
	}
	c.message(msg)
	return false
}

// message prints msg on stderr as lua.c's l_message does: after the program name, when
// there is one, and up to a zero byte, as C's printf stops there.
func (c *cli) message(msg string) {
	if i := strings.IndexByte(msg, 0); i >= 0 {
		msg = msg[:i]
	}
	if c.progname != "" {
		fmt.Fprintf(c.stderr, "%s: ", c.progname)
	}
	fmt.Fprintln(c.stderr, msg)
}

// errorMessage is the text of a runtime error, which the message handler has already
// shaped (with its traceback) when the error comes from a script.
func (c *cli) errorMessage(re *vm.RuntimeError) string {
	return vm.ErrorText(re.Value)
}

func first(vals []heap.Value) heap.Value {
	if len(vals) == 0 {
		return heap.Nil
	}
	return vals[0]
}
