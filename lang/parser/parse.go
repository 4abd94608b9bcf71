// This file is the entry point (Parse), the parser state shared by the
// hand-written hooks, error raising, and the statement productions.
//
// The hooks follow Lua 5.4's own recursive descent check for check, so that
// every syntax error comes out at the same token with the same words. They
// also count nesting levels the way Lua counts C calls (LUAI_MAXCCALLS), so
// deep nesting ends in Lua's "C stack overflow" instead of a Go stack
// overflow. Errors unwind by panicking with bailout, recovered in chunk.Parse.

package parser

import (
	"strconv"

	"github.com/alecthomas/participle/v2/lexer"
)

// Parse parses Lua 5.4 source. name is the chunk name as Lua gets it
// ("@file.lua", "=stdin", or the source itself for a string); the source is
// read as load reads it (see [FileSource] for files). Errors are always a
// *[SyntaxError].
//
// Parse runs the chunk hook on tokens read straight from the scanner, one
// token ahead as Lua's own parser reads them, rather than through participle's
// PeekingLexer: filling that buffer (lexer.Upgrade) alone took 0.1 s and
// 95 MB of allocation per MiB of source.
func Parse(name string, src []byte) (*Chunk, error) {
	return ParseAt(name, src, baseLevels)
}

// ParseAt is Parse for a chunk loaded while levels of Lua's C-call limit are in use:
// nesting deeper than what is left of the limit is the error Lua gives,
// [ErrCStackOverflow].
func ParseAt(name string, src []byte, levels int) (*Chunk, error) {
	var c chunk
	s := &scanSource{sc: &scanner{src: string(src), name: name, line: 1}}
	p := newParser(s)
	p.level = levels
	if err := c.run(p); err != nil {
		return nil, err
	}
	return convertChunk(name, &c), nil
}

// FileSource returns the text Lua's loadfile parses for a file's contents:
// without a leading UTF-8 byte order mark, and with a first line that starts
// with '#' (such as "#!/usr/bin/lua") emptied but still counted, or removed
// when a binary chunk follows it.
func FileSource(src []byte) []byte {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	}
	if len(src) == 0 || src[0] != '#' {
		return src
	}
	for i, c := range src {
		if c == '\n' {
			if i+1 < len(src) && src[i+1] == 0x1b {
				return src[i+1:] // a binary chunk after the comment line
			}
			return src[i:]
		}
	}
	return []byte{'\n'}
}

// Lua counts C calls from the start of the thread, and the parser's nesting levels
// with them; Parse starts from what a load called by a Lua script already uses.
const (
	maxCCalls  = 200 // LUAI_MAXCCALLS
	baseLevels = 2   // levels in use when load is called from a script
)

// maxVars is Lua's limit on the local variables of a function in scope at once
// (MAXVARS); Lua checks it as it reads each name, so the parser does too.
const maxVars = 200

// parser is the state of one parse.
type parser struct {
	src   tokenSource
	tok   *lexer.Token // the current token
	name  string       // the chunk name
	level int          // nesting levels in use, as Lua's C-call count
	fn    *funcState
	err   *SyntaxError

	exps     slab[exp]
	suffixed slab[suffixedExp]
	stats    slab[stat]
}

// funcState is what the parser tracks per function: whether it is vararg,
// the labels visible in the current block, and how many local variables are
// declared in the open scopes, which Lua limits while it reads them.
type funcState struct {
	vararg bool
	line   int // the line Lua records as the function's first, 0 for the main function
	labels []label
	nvars  int
}

// scopeMark is what a scope restores when it closes.
type scopeMark struct {
	labels, nvars int
}

// label is a label visible in the block being parsed.
type label struct {
	name string
	line int
}

// bailout is the panic value that unwinds a failed parse to chunk.Parse.
type bailout struct{}

// newParser starts a parse at the source's current token.
func newParser(src tokenSource) *parser {
	p := &parser{src: src, tok: src.current(), level: baseLevels}
	p.name = p.tok.Pos.Filename
	return p
}

// Parse is the participle hook for the whole chunk.
func (c *chunk) Parse(lex *lexer.PeekingLexer) error {
	if err := c.run(newParser(peekingSource{lex})); err != nil {
		return err
	}
	return nil
}

// run parses the chunk with p, keeping a syntax error in c.err.
func (c *chunk) run(p *parser) (err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			c.err = p.err
			err = p.err
		}
	}()
	p.checkLexError()
	c.Body = p.mainFunc()
	return nil
}

// mainFunc parses the main function: a vararg function up to <eof>.
func (p *parser) mainFunc() *block {
	p.fn = &funcState{vararg: true}
	b := p.statList()
	p.check(tkEOF)
	return b
}

// next makes the following token current.
func (p *parser) next() {
	p.src.advance()
	p.tok = p.src.current()
	p.checkLexError()
}

// checkLexError raises the current token's lexical error, if it is one.
func (p *parser) checkLexError() {
	if p.tok.Type == tkError {
		p.fail(p.tok.Pos.Line, p.tok.Value, nil)
	}
}

// lookahead returns the type of the token after the current one, raising its
// lexical error as Lua would when it reads it.
func (p *parser) lookahead() tokenType {
	t := p.src.peekNext()
	if t.Type == tkError {
		p.fail(t.Pos.Line, t.Value, nil)
	}
	return t.Type
}

// fail records an error and unwinds.
func (p *parser) fail(line int, msg string, wrapped error) {
	p.err = &SyntaxError{Chunk: ChunkID(p.name), Line: line, Column: p.tok.Pos.Column,
		Msg: msg, err: wrapped}
	panic(bailout{})
}

// syntaxError raises msg "near" the current token, as luaX_syntaxerror; a zero byte is
// token 0 to Lua's lexer, which names no token.
func (p *parser) syntaxError(msg string) {
	if p.tok.Type == tkChar && p.tok.Value == "\x00" {
		p.fail(p.tok.Pos.Line, msg, nil)
	}
	p.fail(p.tok.Pos.Line, msg+" near "+nearText(p.tok), nil)
}

// semError raises msg without a "near" part, as luaK_semerror.
func (p *parser) semError(msg string) {
	p.fail(p.tok.Pos.Line, msg, nil)
}

// nearText is how Lua's messages show a token after "near".
func nearText(t *lexer.Token) string {
	switch t.Type {
	case tkName, tkString, tkNumber:
		return quote(t.Value)
	case tkChar:
		c := t.Value[0]
		if c >= ' ' && c < 0x7f {
			return "'" + t.Value + "'"
		}
		return "'<\\" + strconv.Itoa(int(c)) + ">'"
	}
	return tokenName(t.Type)
}

// tokenName is luaX_token2str for a token type: quoted, except the
// <eof>, <name>, <number> and <string> classes.
func tokenName(tt tokenType) string {
	switch tt {
	case tkEOF:
		return "<eof>"
	case tkName, tkNumber, tkString:
		return tokenTexts[tt]
	}
	return "'" + tokenTexts[tt] + "'"
}

// enterLevel counts one nesting level, as Lua's luaE_incCstack.
func (p *parser) enterLevel() {
	p.level++
	if p.level >= maxCCalls {
		p.fail(0, ErrCStackOverflow.Error(), ErrCStackOverflow)
	}
}

// testNext skips the current token if it has type tt.
func (p *parser) testNext(tt tokenType) bool {
	if p.tok.Type == tt {
		p.next()
		return true
	}
	return false
}

// check requires the current token to have type tt.
func (p *parser) check(tt tokenType) {
	if p.tok.Type != tt {
		p.syntaxError(tokenName(tt) + " expected")
	}
}

// checkNext requires and skips a token of type tt.
func (p *parser) checkNext(tt tokenType) {
	p.check(tt)
	p.next()
}

// checkMatch requires and skips the token what that closes who, opened on
// line where.
func (p *parser) checkMatch(what, who tokenType, where int) {
	if p.testNext(what) {
		return
	}
	if where == p.tok.Pos.Line {
		p.syntaxError(tokenName(what) + " expected")
	}
	p.syntaxError(tokenName(what) + " expected (to close " + tokenName(who) +
		" at line " + strconv.Itoa(where) + ")")
}

// checkName requires and skips a name, returning it.
func (p *parser) checkName() string {
	p.check(tkName)
	name := p.tok.Value
	p.next()
	return name
}

// line is the current token's line, as Lua's linenumber.
func (p *parser) line() int { return p.tok.Pos.Line }

// blockFollow reports whether the current token ends a block.
func (p *parser) blockFollow(withUntil bool) bool {
	switch p.tok.Type {
	case tkElse, tkElseif, tkEnd, tkEOF:
		return true
	case tkUntil:
		return withUntil
	}
	return false
}

// block ::= {stat} [retStat], in a new scope for labels and locals.
func (p *parser) block() *block {
	mark := p.openScope()
	b := p.statList()
	p.closeScope(mark)
	return b
}

// openScope starts a scope for labels and local variables.
func (p *parser) openScope() scopeMark {
	return scopeMark{len(p.fn.labels), p.fn.nvars}
}

// closeScope ends the scope opened at mark.
func (p *parser) closeScope(mark scopeMark) {
	p.fn.labels = p.fn.labels[:mark.labels]
	p.fn.nvars = mark.nvars
}

// declareLocals counts n new local variables of the current function,
// raising Lua's error when more than maxVars would be in scope.
func (p *parser) declareLocals(n int) {
	for range n {
		if p.fn.nvars++; p.fn.nvars > maxVars {
			where := "main function"
			if p.fn.line != 0 {
				where = "function at line " + strconv.Itoa(p.fn.line)
			}
			p.syntaxError("too many local variables (limit is " + strconv.Itoa(maxVars) +
				") in " + where)
		}
	}
}

// statList parses statements up to the end of a block.
func (p *parser) statList() *block {
	b := &block{Pos: p.tok.Pos}
	for !p.blockFollow(true) {
		if p.tok.Type == tkReturn {
			b.Return = p.retStat()
			break
		}
		p.statement(b)
	}
	b.EndLine = p.line()
	return b
}

// statement parses one statement and appends it to b.
func (p *parser) statement(b *block) {
	line := p.line()
	p.enterLevel()
	st := p.stats.new()
	st.Pos = p.tok.Pos
	b.Stats = append(b.Stats, st)
	switch p.tok.Type {
	case tkSemi:
		p.next()
		st.Empty = true
	case tkIf:
		st.If = p.ifStat(line)
	case tkWhile:
		st.While = p.whileStat(line)
	case tkDo:
		st.Do = p.doStat(line)
	case tkFor:
		p.forStat(st, line)
	case tkRepeat:
		st.Repeat = p.repeatStat(line)
	case tkFunction:
		st.Func = p.funcStat(line)
	case tkLocal:
		p.localStat(st)
	case tkDbColon:
		st.Label = p.labelStat(b, line)
	case tkBreak:
		p.next()
		st.Break = true
	case tkGoto:
		p.next()
		st.Goto = &gotoStat{Pos: st.Pos, Label: p.checkName()}
	default:
		p.exprStat(st)
	}
	p.level--
}

// retStat ::= 'return' [exp {',' exp}] [';']
func (p *parser) retStat() *retStat {
	p.enterLevel() // Lua parses it as a statement
	r := &retStat{Pos: p.tok.Pos}
	p.next()
	if !p.blockFollow(true) && p.tok.Type != tkSemi {
		r.Exprs = p.expList()
	}
	p.testNext(tkSemi)
	p.level--
	return r
}

// labelStat ::= '::' Name '::'
//
// Like Lua, it parses the ';' and label statements that follow before it
// declares its own name, so that the later of two equal labels is the one
// reported.
func (p *parser) labelStat(b *block, line int) *labelStat {
	ls := &labelStat{Pos: p.tok.Pos}
	p.next()
	ls.Name = p.checkName()
	p.checkNext(tkDbColon)
	for p.tok.Type == tkSemi || p.tok.Type == tkDbColon {
		p.statement(b)
	}
	for _, l := range p.fn.labels {
		if l.name == ls.Name {
			p.semError("label '" + ls.Name + "' already defined on line " + strconv.Itoa(l.line))
		}
	}
	p.fn.labels = append(p.fn.labels, label{ls.Name, line})
	return ls
}

// doStat ::= 'do' block 'end'
func (p *parser) doStat(line int) *doStat {
	d := &doStat{Pos: p.tok.Pos}
	p.next()
	d.Body = p.block()
	p.checkMatch(tkEnd, tkDo, line)
	return d
}

// whileStat ::= 'while' exp 'do' block 'end'
func (p *parser) whileStat(line int) *whileStat {
	w := &whileStat{Pos: p.tok.Pos}
	p.next()
	w.Cond = p.expr()
	w.DoLine = p.line()
	p.checkNext(tkDo)
	w.Body = p.block()
	p.checkMatch(tkEnd, tkWhile, line)
	return w
}

// repeatStat ::= 'repeat' block 'until' exp
func (p *parser) repeatStat(line int) *repeatStat {
	r := &repeatStat{Pos: p.tok.Pos}
	p.next()
	mark := p.openScope()
	r.Body = p.statList()
	p.checkMatch(tkUntil, tkRepeat, line)
	r.Cond = p.expr()
	p.closeScope(mark)
	return r
}

// ifStat ::= 'if' exp 'then' block {elseIf} ['else' block] 'end'
func (p *parser) ifStat(line int) *ifStat {
	s := &ifStat{Pos: p.tok.Pos}
	s.Cond, s.ThenLine, s.Then = p.testThenBlock()
	for p.tok.Type == tkElseif {
		e := &elseIf{Pos: p.tok.Pos}
		e.Cond, e.ThenLine, e.Then = p.testThenBlock()
		s.ElseIfs = append(s.ElseIfs, e)
	}
	if p.testNext(tkElse) {
		s.Else = p.block()
	}
	p.checkMatch(tkEnd, tkIf, line)
	return s
}

// testThenBlock parses ('if' | 'elseif') exp 'then' block, returning the
// line of 'then' between the condition and the block.
func (p *parser) testThenBlock() (*exp, int, *block) {
	p.next()
	cond := p.expr()
	then := p.line()
	p.checkNext(tkThen)
	return cond, then, p.block()
}

// forStat parses numForStat or genForStat into st.
func (p *parser) forStat(st *stat, line int) {
	pos := p.tok.Pos
	mark := p.openScope()
	p.next()
	name := p.checkName()
	switch p.tok.Type {
	case tkAssign:
		st.NumFor = p.numFor(pos, name)
	case tkComma, tkIn:
		st.GenFor = p.genFor(pos, name)
	default:
		p.syntaxError("'=' or 'in' expected")
	}
	p.checkMatch(tkEnd, tkFor, line)
	p.closeScope(mark)
}

// numFor parses the rest of 'for' Name '=' exp ',' exp [',' exp] 'do' block.
func (p *parser) numFor(pos lexer.Position, name string) *numForStat {
	f := &numForStat{Pos: pos, Name: name}
	p.declareLocals(3 + 1) // the loop's three hidden variables and Name
	p.next()
	f.Start = p.expr()
	p.checkNext(tkComma)
	f.Limit = p.expr()
	if p.testNext(tkComma) {
		f.Step = p.expr()
	}
	f.DoLine = p.line()
	p.checkNext(tkDo)
	f.Body = p.block()
	return f
}

// genFor parses the rest of 'for' Name {',' Name} 'in' explist 'do' block.
func (p *parser) genFor(pos lexer.Position, name string) *genForStat {
	f := &genForStat{Pos: pos, Names: []string{name}}
	p.declareLocals(4 + 1) // the loop's four hidden variables and the first name
	for p.testNext(tkComma) {
		f.Names = append(f.Names, p.checkName())
		p.declareLocals(1)
	}
	p.checkNext(tkIn)
	f.Exprs = p.expList()
	f.DoLine = p.line()
	p.checkNext(tkDo)
	f.Body = p.block()
	return f
}

// funcStat ::= 'function' funcName funcBody
func (p *parser) funcStat(line int) *funcStat {
	f := &funcStat{Pos: p.tok.Pos}
	p.next()
	n := &funcName{Pos: p.tok.Pos}
	n.Path = []string{p.checkName()}
	for p.testNext(tkDot) {
		n.Path = append(n.Path, p.checkName())
	}
	if p.testNext(tkColon) {
		n.Method = p.checkName()
	}
	f.Name = n
	f.Func = p.funcBody(line, n.Method != "")
	return f
}

// localStat parses 'local' followed by localFuncStat or localStat into st.
func (p *parser) localStat(st *stat) {
	pos := p.tok.Pos
	p.next()
	if p.testNext(tkFunction) {
		name := p.checkName()
		p.declareLocals(1)
		st.LocalFunc = &localFuncStat{Pos: pos, Name: name, Func: p.funcBody(p.line(), false)}
		return
	}
	l := &localStat{Pos: pos}
	closes := 0
	for {
		a := &attName{Pos: p.tok.Pos}
		a.Name = p.checkName()
		p.declareLocals(1)
		a.Attrib = p.attrib()
		if a.Attrib == "close" {
			if closes++; closes > 1 {
				p.semError("multiple to-be-closed variables in local list")
			}
		}
		l.Names = append(l.Names, a)
		if !p.testNext(tkComma) {
			break
		}
	}
	if p.testNext(tkAssign) {
		l.Exprs = p.expList()
	}
	st.Local = l
}

// attrib parses ['<' Name '>'] after a local name.
func (p *parser) attrib() string {
	if !p.testNext(tkLt) {
		return ""
	}
	a := p.checkName()
	p.checkNext(tkGt)
	if a != "const" && a != "close" {
		p.semError("unknown attribute '" + a + "'")
	}
	return a
}

// exprStat parses assignStat or callStat into st.
func (p *parser) exprStat(st *stat) {
	e := p.suffixedExp()
	if p.tok.Type == tkAssign || p.tok.Type == tkComma {
		st.Assign = p.restAssign(e)
		return
	}
	if !e.isCall() {
		p.syntaxError("syntax error")
	}
	st.Call = &callStat{Pos: e.Pos, Call: e}
}

// restAssign parses the rest of an assignment whose first target is first.
// Each further target costs a nesting level, as in Lua.
func (p *parser) restAssign(first *suffixedExp) *assignStat {
	a := &assignStat{Pos: first.Pos, Targets: []*suffixedExp{first}}
	levels := 0
	for {
		if !a.Targets[len(a.Targets)-1].isVar() {
			p.syntaxError("syntax error")
		}
		if !p.testNext(tkComma) {
			break
		}
		a.Targets = append(a.Targets, p.suffixedExp())
		p.enterLevel()
		levels++
	}
	p.checkNext(tkAssign)
	a.Exprs = p.expList()
	p.level -= levels
	return a
}

// isVar reports whether s can be assigned to: a name or an indexing.
func (s *suffixedExp) isVar() bool {
	if len(s.Suffixes) == 0 {
		return s.Primary.Paren == nil
	}
	last := s.Suffixes[len(s.Suffixes)-1]
	return last.Args == nil
}

// isCall reports whether s ends in a call.
func (s *suffixedExp) isCall() bool {
	return len(s.Suffixes) > 0 && s.Suffixes[len(s.Suffixes)-1].Args != nil
}

// funcBody ::= '(' [parList] ')' block 'end'; line is the function's first
// line as Lua records it, and a method has the local self before its
// parameters.
func (p *parser) funcBody(line int, method bool) *funcBody {
	f := &funcBody{Pos: p.tok.Pos, Line: line}
	outer := p.fn
	p.fn = &funcState{line: line}
	if method {
		p.declareLocals(1)
	}
	p.checkNext(tkLParen)
	f.Params = p.parList()
	p.checkNext(tkRParen)
	f.Body = p.statList()
	f.EndLine = p.line()
	p.checkMatch(tkEnd, tkFunction, line)
	p.fn = outer
	return f
}

// parList ::= Name {',' Name} [',' '...'] | '...'
func (p *parser) parList() *parList {
	if p.tok.Type == tkRParen {
		return nil
	}
	l := &parList{Pos: p.tok.Pos}
	for {
		switch p.tok.Type {
		case tkName:
			l.Names = append(l.Names, p.tok.Value)
			p.next()
			p.declareLocals(1)
		case tkDots:
			l.VarargLine = p.line()
			p.next()
			l.Vararg = true
			p.fn.vararg = true
		default:
			p.syntaxError("<name> or '...' expected")
		}
		if l.Vararg || !p.testNext(tkComma) {
			return l
		}
	}
}
