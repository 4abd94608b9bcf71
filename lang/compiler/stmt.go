// This file compiles statements (lparser.c's statement rules): blocks, local
// declarations with their attributes, assignments, calls, control structures, loops,
// function definitions, returns, gotos, labels and breaks.

package compiler

import (
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// blockEnd is the token that ends a list of statements: its line, and whether it is
// the 'until' of a repeat, whose condition still sees the block's labels.
type blockEnd struct {
	line  int
	until bool
}

// block compiles a block in a scope of its own.
//
//	block ::= {stat} [retstat]
func (c *compiler) block(b *parser.Block) {
	var bl blockCnt
	c.fs.enterBlock(&bl, false)
	c.statList(b.Stmts, blockEnd{line: b.EndLine})
	c.fs.leaveBlock()
}

// statList compiles a list of statements ended by the token end.
func (c *compiler) statList(stmts []parser.Stmt, end blockEnd) {
	for i := 0; i < len(stmts); i++ {
		c.setNext(stmts, i+1, end)
		if _, ok := stmts[i].(*parser.LabelStmt); ok {
			i = c.labelRun(stmts, i, end)
			continue
		}
		c.statement(stmts[i])
	}
}

// setNext records the line of the token following the statements before stmts[i]:
// the first token of stmts[i], or end.
func (c *compiler) setNext(stmts []parser.Stmt, i int, end blockEnd) {
	if i >= len(stmts) {
		c.nextLine = end.line
		return
	}
	c.nextLine = stmts[i].Line()
}

// labelRun compiles the run of consecutive labels starting at stmts[i] and returns the
// index of the last one. The reference reads the labels that follow a label before
// declaring it, so the run is declared from its end.
//
//	label ::= '::' Name '::'
func (c *compiler) labelRun(stmts []parser.Stmt, i int, end blockEnd) int {
	j := i
	for j+1 < len(stmts) {
		if _, ok := stmts[j+1].(*parser.LabelStmt); !ok {
			break
		}
		j++
	}
	last := j == len(stmts)-1 && !end.until
	c.setNext(stmts, j+1, end)
	for k := j; k >= i; k-- {
		lb := stmts[k].(*parser.LabelStmt)
		c.line = stmts[j].Line()
		if old := c.findLabel(lb.Name); old != nil {
			c.semError(c.nextLine, fmt.Sprintf("label '%s' already defined on line %d",
				lb.Name, old.line))
		}
		c.createLabel(lb.Name, lb.Line(), last)
		c.fs.freeReg = c.fs.nvarStack()
	}
	return j
}

// statement compiles one statement.
//
//	stat ::= ';' | varlist '=' explist | functioncall | label | break | goto Name |
//	         do block end | while exp do block end | repeat block until exp |
//	         if exp then block {elseif exp then block} [else block] end |
//	         for Name '=' exp ',' exp [',' exp] do block end |
//	         for namelist in explist do block end | function funcname funcbody |
//	         local function Name funcbody | local attnamelist ['=' explist]
func (c *compiler) statement(s parser.Stmt) {
	c.line = s.Line()
	switch s := s.(type) {
	case *parser.LocalStmt:
		c.localStat(s)
	case *parser.AssignStmt:
		c.assignStat(s)
	case *parser.CallStmt:
		c.callStat(s)
	case *parser.DoStmt:
		c.block(s.Body)
		c.line = s.Body.EndLine
	case *parser.WhileStmt:
		c.whileStat(s)
	case *parser.RepeatStmt:
		c.repeatStat(s)
	case *parser.IfStmt:
		c.ifStat(s)
	case *parser.NumericForStmt:
		c.forNum(s)
	case *parser.GenericForStmt:
		c.forList(s)
	case *parser.FunctionStmt:
		c.funcStat(s)
	case *parser.LocalFunctionStmt:
		c.localFunc(s)
	case *parser.ReturnStmt:
		c.retStat(s)
	case *parser.BreakStmt:
		c.newGotoEntry(breakLabel, s.Line(), c.fs.jump())
	case *parser.GotoStmt:
		c.gotoStat(s)
	default:
		panic(fmt.Sprintf("internal error: unknown statement node %T", s))
	}
	c.fs.freeReg = c.fs.nvarStack()
}

// localStat compiles a local declaration. A <const> whose value is a compile-time
// constant takes no register: uses of it are replaced by the value.
//
//	stat ::= local attnamelist ['=' explist]
//	attnamelist ::= Name attrib {',' Name attrib}
func (c *compiler) localStat(s *parser.LocalStmt) {
	fs := c.fs
	toClose := -1
	vidx := 0
	for i, n := range s.Names {
		c.line = n.L
		vidx = c.newLocalVar(n.Name)
		kind := c.attribute(n)
		fs.localVar(vidx).kind = kind
		if kind == heap.VarClose {
			if toClose != -1 {
				c.semError(n.L, "multiple to-be-closed variables in local list")
			}
			toClose = fs.nActVar + i
		}
	}
	nvars := len(s.Names)
	var e expdesc
	e.init(vVoid, 0)
	nexps := 0
	if len(s.Exprs) > 0 {
		nexps = c.explist(s.Exprs, &e)
	}
	vd := fs.localVar(vidx)
	if val, ok := fs.exp2Const(&e); nvars == nexps && vd.kind == heap.VarConst && ok {
		vd.kind = heap.VarCompileTimeConst
		vd.k = val
		c.adjustLocalVars(nvars - 1)
		fs.nActVar++
	} else {
		c.adjustAssign(nvars, nexps, &e)
		c.adjustLocalVars(nvars)
	}
	if toClose != -1 {
		fs.markToBeClosed()
		fs.codeABC(heap.OpTBC, fs.regLevel(toClose), 0, 0)
	}
}

// attribute returns the kind a local declaration's attribute gives its variable.
//
//	attrib ::= ['<' Name '>']
func (c *compiler) attribute(n parser.LocalName) heap.VarKind {
	switch n.Attrib {
	case "":
		return heap.VarRegular
	case "const":
		return heap.VarConst
	case "close":
		return heap.VarClose
	}
	c.semError(n.L, fmt.Sprintf("unknown attribute '%s'", n.Attrib))
	return heap.VarRegular
}

// adjustAssign makes the nexps values of an expression list, the last of which is in
// e, fill exactly nvars registers: a last call or '...' gives the difference, missing
// values are nil, extra ones are dropped.
func (c *compiler) adjustAssign(nvars, nexps int, e *expdesc) {
	fs := c.fs
	needed := nvars - nexps
	if e.k.hasMultRet() {
		fs.setReturns(e, max(needed+1, 0))
	} else {
		if e.k != vVoid {
			fs.exp2NextReg(e)
		}
		if needed > 0 {
			fs.loadNil(fs.freeReg, needed)
		}
	}
	if needed > 0 {
		fs.reserveRegs(needed)
	} else {
		fs.freeReg += needed
	}
}

// assignStat compiles an assignment. Targets are evaluated left to right, values are
// computed, then stored from the last target to the first.
//
//	stat ::= varlist '=' explist
func (c *compiler) assignStat(s *parser.AssignStmt) {
	fs := c.fs
	var buf [4]expdesc // most assignments have few targets
	lhs := buf[:0]
	if len(s.Targets) > len(buf) {
		lhs = make([]expdesc, 0, len(s.Targets))
	}
	lhs = lhs[:len(s.Targets)]
	for i, t := range s.Targets {
		c.expr(t, &lhs[i])
		if !lhs[i].k.isVar() {
			c.semError(c.line, "syntax error")
		}
		if i > 0 && !lhs[i].k.isIndexed() {
			fs.checkConflict(lhs[:i], &lhs[i])
		}
		c.checkReadonly(&lhs[i], c.line)
	}
	nvars := len(lhs)
	var e expdesc
	last := nvars - 1
	if nexps := c.explist(s.Exprs, &e); nexps != nvars {
		c.adjustAssign(nvars, nexps, &e)
	} else {
		fs.setOneRet(&e)
		fs.storeVar(&lhs[last], &e)
		last--
	}
	for i := last; i >= 0; i-- {
		e.init(vNonReloc, fs.freeReg-1)
		fs.storeVar(&lhs[i], &e)
	}
}

// checkConflict protects the earlier targets of a multiple assignment that index a
// table with the local or upvalue v, which a later store would change: the old value
// is copied to a temporary and the earlier targets use the copy.
func (fs *funcState) checkConflict(prev []expdesc, v *expdesc) {
	extra := fs.freeReg
	conflict := false
	for i := len(prev) - 1; i >= 0; i-- {
		lh := &prev[i]
		switch {
		case !lh.k.isIndexed():
		case lh.k == vIndexUp:
			if v.k == vUpval && lh.indT == v.info {
				conflict = true
				lh.k = vIndexStr
				lh.indT = extra
			}
		default:
			if v.k == vLocal && lh.indT == v.ridx {
				conflict = true
				lh.indT = extra
			}
			if lh.k == vIndexed && v.k == vLocal && lh.indIdx == v.ridx {
				conflict = true
				lh.indIdx = extra
			}
		}
	}
	if !conflict {
		return
	}
	if v.k == vLocal {
		fs.codeABC(heap.OpMove, extra, v.ridx, 0)
	} else {
		fs.codeABC(heap.OpGetUpval, extra, v.info, 0)
	}
	fs.reserveRegs(1)
}

// callStat compiles a call used as a statement: it keeps no results.
//
//	stat ::= functioncall
func (c *compiler) callStat(s *parser.CallStmt) {
	var v expdesc
	c.expr(s.Call, &v)
	if v.k != vCall {
		c.semError(c.line, "syntax error")
	}
	c.fs.f.Code[v.info] = c.fs.f.Code[v.info].WithC(1)
}

// cond compiles a condition and returns the jumps taken when it is false; nil is
// treated as false.
//
//	cond ::= exp
func (c *compiler) cond(e parser.Expr) int {
	var v expdesc
	c.expr(e, &v)
	if v.k == vNil {
		v.k = vFalse
	}
	c.fs.goIfTrue(&v)
	return v.f
}

// whileStat compiles a while loop.
//
//	stat ::= while exp do block end
func (c *compiler) whileStat(s *parser.WhileStmt) {
	fs := c.fs
	whileInit := fs.getLabel()
	condExit := c.cond(s.Cond)
	var bl blockCnt
	fs.enterBlock(&bl, true)
	c.line = s.DoLine
	c.block(s.Body)
	fs.jumpTo(whileInit)
	c.line = s.Body.EndLine
	fs.leaveBlock()
	fs.patchToHere(condExit)
}

// repeatStat compiles a repeat loop. The condition sees the body's locals; when some
// of them are captured, the jump back goes through a CLOSE.
//
//	stat ::= repeat block until exp
func (c *compiler) repeatStat(s *parser.RepeatStmt) {
	fs := c.fs
	repeatInit := fs.getLabel()
	var loop, scope blockCnt
	fs.enterBlock(&loop, true)
	fs.enterBlock(&scope, false)
	c.statList(s.Body.Stmts, blockEnd{s.Body.EndLine, true})
	c.line = s.Body.EndLine
	condExit := c.cond(s.Cond)
	fs.leaveBlock()
	if scope.upval {
		exit := fs.jump()
		fs.patchToHere(condExit)
		fs.codeABC(heap.OpClose, fs.regLevel(scope.nActVar), 0, 0)
		condExit = fs.jump()
		fs.patchToHere(exit)
	}
	fs.patchList(condExit, repeatInit)
	fs.leaveBlock()
}

// exp1 compiles an expression into the next register.
func (c *compiler) exp1(e parser.Expr) {
	var v expdesc
	c.expr(e, &v)
	c.fs.exp2NextReg(&v)
}

// fixForJump sets the Bx offset of the loop instruction at pc to reach dest.
func (fs *funcState) fixForJump(pc, dest int, back bool) {
	offset := dest - (pc + 1)
	if back {
		offset = -offset
	}
	if offset > heap.MaxArgBx {
		fs.c.syntaxError("control structure too long", "")
	}
	fs.f.Code[pc] = fs.f.Code[pc].WithBx(offset)
}

// forBody compiles the body of a for loop whose control registers start at base; the
// loop instructions are stamped with line.
//
//	forbody ::= do block end
func (c *compiler) forBody(base, line, nvars int, isGen bool, body *parser.Block) {
	fs := c.fs
	prepOp, loopOp := heap.OpForPrep, heap.OpForLoop
	if isGen {
		prepOp, loopOp = heap.OpTForPrep, heap.OpTForLoop
	}
	prep := fs.codeABx(prepOp, base, 0)
	var bl blockCnt
	fs.enterBlock(&bl, false)
	c.adjustLocalVars(nvars)
	fs.reserveRegs(nvars)
	c.block(body)
	fs.leaveBlock()
	fs.fixForJump(prep, fs.getLabel(), false)
	if isGen {
		fs.codeABC(heap.OpTForCall, base, 0, nvars)
		fs.fixLine(line)
	}
	endFor := fs.codeABx(loopOp, base, 0)
	fs.fixForJump(endFor, prep+1, true)
	fs.fixLine(line)
}

// forNum compiles a numeric for loop: three hidden control variables, then the
// declared one.
//
//	stat ::= for Name '=' exp ',' exp [',' exp] do block end
func (c *compiler) forNum(s *parser.NumericForStmt) {
	fs := c.fs
	var bl blockCnt
	fs.enterBlock(&bl, true)
	base := fs.freeReg
	for range 3 {
		c.newLocalVar("(for state)")
	}
	c.line = s.L
	c.newLocalVar(s.Name)
	c.exp1(s.Start)
	c.exp1(s.Limit)
	if s.Step != nil {
		c.exp1(s.Step)
	} else {
		fs.loadInt(fs.freeReg, 1)
		fs.reserveRegs(1)
	}
	c.adjustLocalVars(3)
	c.line = s.DoLine
	c.forBody(base, s.Line(), 1, false, s.Body)
	c.line = s.Body.EndLine
	fs.leaveBlock()
}

// forList compiles a generic for loop: four hidden variables (iterator, state,
// control, closing value), then the declared ones.
//
//	stat ::= for namelist in explist do block end
func (c *compiler) forList(s *parser.GenericForStmt) {
	fs := c.fs
	var bl blockCnt
	fs.enterBlock(&bl, true)
	base := fs.freeReg
	for range 4 {
		c.newLocalVar("(for state)")
	}
	for _, name := range s.Names {
		c.newLocalVar(name)
	}
	line := firstLine(s.Exprs[0])
	var e expdesc
	nexps := c.explist(s.Exprs, &e)
	c.adjustAssign(4, nexps, &e)
	c.adjustLocalVars(4)
	fs.markToBeClosed()
	fs.checkStack(3)
	c.line = s.DoLine
	c.forBody(base, line, len(s.Names), true, s.Body)
	c.line = s.Body.EndLine
	fs.leaveBlock()
}

// ifStat compiles an if statement.
//
//	stat ::= if exp then block {elseif exp then block} [else block] end
func (c *compiler) ifStat(s *parser.IfStmt) {
	escapeList := noJump
	for i, cond := range s.Conds {
		if i > 0 {
			c.line = s.Blocks[i-1].EndLine
		}
		escape := i+1 < len(s.Conds) || s.Else != nil
		c.testThenBlock(cond, s.ThenLines[i], s.Blocks[i], escape, &escapeList)
	}
	end := s.Blocks[len(s.Blocks)-1].EndLine
	if s.Else != nil {
		c.line = end
		c.block(s.Else)
		end = s.Else.EndLine
	}
	c.line = end
	c.fs.patchToHere(escapeList)
}

// testThenBlock compiles one condition of an if, with then the line of its 'then',
// and its block; when an elseif or else follows (escape), the block must jump over
// what follows. A block that starts with break jumps straight to the loop's exit when
// the condition holds.
//
//	testthenblock ::= (if | elseif) exp then block
func (c *compiler) testThenBlock(cond parser.Expr, then int, b *parser.Block, escape bool,
	escapeList *int) {
	fs := c.fs
	var v expdesc
	c.expr(cond, &v)
	c.line = then
	var bl blockCnt
	var jf int
	stmts := b.Stmts
	if len(stmts) > 0 {
		if br, ok := stmts[0].(*parser.BreakStmt); ok {
			fs.goIfFalse(&v)
			c.line = br.Line()
			fs.enterBlock(&bl, false)
			c.newGotoEntry(breakLabel, br.Line(), v.t)
			if len(stmts) == 1 {
				fs.leaveBlock()
				return
			}
			jf = fs.jump()
			stmts = stmts[1:]
		}
	}
	if len(stmts) == len(b.Stmts) {
		fs.goIfTrue(&v)
		fs.enterBlock(&bl, false)
		jf = v.f
	}
	c.statList(stmts, blockEnd{line: b.EndLine})
	fs.leaveBlock()
	if escape {
		fs.concat(escapeList, fs.jump())
	}
	fs.patchToHere(jf)
}

// funcStat compiles a function statement: the closure is stored into the variable or
// field named, and the store is stamped with the line of 'function'.
//
//	stat ::= function funcname funcbody
func (c *compiler) funcStat(s *parser.FunctionStmt) {
	fs := c.fs
	var v, b expdesc
	c.singleVar(s.Path[0], &v)
	for _, name := range s.Path[1:] {
		c.fieldSel(&v, name)
	}
	if s.Method != "" {
		c.fieldSel(&v, s.Method)
	}
	c.body(s.Func, &b, s.Func.L)
	c.checkReadonly(&v, c.nextLine)
	fs.storeVar(&v, &b)
	fs.fixLine(s.Line())
}

// localFunc compiles a local function, whose variable is in scope in its own body.
//
//	stat ::= local function Name funcbody
func (c *compiler) localFunc(s *parser.LocalFunctionStmt) {
	fs := c.fs
	fvar := fs.nActVar
	c.newLocalVar(s.Name)
	c.adjustLocalVars(1)
	var b expdesc
	c.body(s.Func, &b, s.Func.L)
	fs.localDebugInfo(fvar).StartPC = fs.pc()
}

// retStat compiles a return statement; 'return f(x)' outside the scope of a
// to-be-closed variable is a tail call.
//
//	retstat ::= return [explist] [';']
func (c *compiler) retStat(s *parser.ReturnStmt) {
	fs := c.fs
	first := fs.nvarStack()
	nret := 0
	if len(s.Exprs) > 0 {
		var e expdesc
		nret = c.explist(s.Exprs, &e)
		switch {
		case e.k.hasMultRet():
			fs.setMultRet(&e)
			if e.k == vCall && nret == 1 && !fs.bl.insideTBC {
				ins := fs.f.Code[e.info]
				fs.f.Code[e.info] = heap.ABC(heap.OpTailCall, ins.A(), ins.B(), ins.C(), ins.K())
			}
			nret = multRet
		case nret == 1:
			first = fs.exp2AnyReg(&e)
		default:
			fs.exp2NextReg(&e)
		}
	}
	fs.ret(first, nret)
}

// gotoStat compiles a goto: a backward jump to a visible label is resolved at once
// (closing the variables it leaves), a forward one waits for its label.
//
//	stat ::= goto Name
func (c *compiler) gotoStat(s *parser.GotoStmt) {
	fs := c.fs
	lb := c.findLabel(s.Label)
	if lb == nil {
		c.newGotoEntry(s.Label, s.Line(), fs.jump())
		return
	}
	lbLevel := fs.regLevel(lb.nActVar)
	if fs.nvarStack() > lbLevel {
		fs.codeABC(heap.OpClose, lbLevel, 0, 0)
	}
	fs.patchList(fs.jump(), lb.pc)
}
