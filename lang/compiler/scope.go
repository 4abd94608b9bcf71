// This file resolves names and manages scopes: local variables and their registers,
// upvalues, blocks, and the labels and pending gotos (break is a goto to the implicit
// label "break" at the end of the loop). It follows lparser.c's bookkeeping so that
// registers, debug ranges, CLOSE instructions and error texts come out as there.

package compiler

import (
	"fmt"

	"github.com/pluto-go/pluto-go/heap"
)

// varDesc describes an active local variable.
type varDesc struct {
	name string
	kind heap.VarKind
	ridx int        // register holding the variable
	pidx int        // index of its entry in Proto.LocVars
	k    heap.Value // value of a compile-time constant
}

// labelDesc describes a label or a pending goto.
type labelDesc struct {
	name    string
	pc      int  // label position, or the goto's JMP
	line    int  // line where it appeared
	nActVar int  // active variables at that position
	close   bool // the goto leaves the scope of a captured variable
}

// blockCnt describes an open block.
type blockCnt struct {
	previous   *blockCnt
	firstLabel int  // index of the block's first label
	firstGoto  int  // index of the block's first pending goto
	nActVar    int  // active locals outside the block
	upval      bool // some variable of the block is captured or to be closed
	isLoop     bool
	insideTBC  bool // inside the scope of a to-be-closed variable
}

const breakLabel = "break"

// newLocalVar declares a local variable that is not active yet and returns its index
// among the function's variables. The parser has checked Lua's limit on them.
func (c *compiler) newLocalVar(name string) int {
	fs := c.fs
	if c.nVars == len(c.actVars) {
		c.actVars = append(c.actVars, varDesc{})
	}
	vd := &c.actVars[c.nVars]
	vd.name, vd.kind = name, heap.VarRegular
	c.nVars++
	return c.nVars - 1 - fs.firstLocal
}

// localVar returns the descriptor of the function's variable vidx.
func (fs *funcState) localVar(vidx int) *varDesc {
	return &fs.c.actVars[fs.firstLocal+vidx]
}

// regLevel returns the number of registers used by the first nvar variables (compile
// time constants take none).
func (fs *funcState) regLevel(nvar int) int {
	for nvar > 0 {
		nvar--
		if vd := fs.localVar(nvar); vd.kind != heap.VarCompileTimeConst {
			return vd.ridx + 1
		}
	}
	return 0
}

// nvarStack returns the number of registers held by active variables.
func (fs *funcState) nvarStack() int { return fs.regLevel(fs.nActVar) }

// localDebugInfo returns the LocVars entry of variable vidx, or nil for a constant.
func (fs *funcState) localDebugInfo(vidx int) *heap.LocVar {
	vd := fs.localVar(vidx)
	if vd.kind == heap.VarCompileTimeConst {
		return nil
	}
	return &fs.f.LocVars[vd.pidx]
}

// adjustLocalVars activates the last nvars declared variables, giving them registers
// and debug entries starting at the current pc.
func (c *compiler) adjustLocalVars(nvars int) {
	fs := c.fs
	level := fs.nvarStack()
	for i := 0; i < nvars; i++ {
		vd := fs.localVar(fs.nActVar)
		fs.nActVar++
		vd.ridx = level
		level++
		vd.pidx = len(fs.f.LocVars)
		fs.f.LocVars = append(fs.f.LocVars, heap.LocVar{Name: vd.name, StartPC: fs.pc()})
	}
}

// removeVars ends the scope of the variables above level tolevel.
func (fs *funcState) removeVars(tolevel int) {
	c := fs.c
	c.nVars -= fs.nActVar - tolevel
	for fs.nActVar > tolevel {
		fs.nActVar--
		if lv := fs.localDebugInfo(fs.nActVar); lv != nil {
			lv.EndPC = fs.pc()
		}
	}
}

// searchUpvalue returns the index of the function's upvalue called name, or -1.
func (fs *funcState) searchUpvalue(name string) int {
	for i, up := range fs.f.Upvalues {
		if up.Name == name {
			return i
		}
	}
	return -1
}

// newUpvalue adds an upvalue for variable v of the enclosing function.
func (fs *funcState) newUpvalue(name string, v *expdesc) int {
	if len(fs.f.Upvalues)+1 > maxUpvals {
		fs.errorLimit(maxUpvals, "upvalues", fs.c.line, "")
	}
	up := heap.UpvalueDesc{Name: name}
	prev := fs.prev
	if v.k == vLocal {
		up.InStack = true
		up.Index = v.ridx
		up.Kind = prev.localVar(v.vidx).kind
	} else {
		up.Index = v.info
		up.Kind = prev.f.Upvalues[v.info].Kind
	}
	fs.f.Upvalues = append(fs.f.Upvalues, up)
	return len(fs.f.Upvalues) - 1
}

// searchVar looks for an active local called name; if found it sets var and returns
// its kind (vLocal or vConst).
func (fs *funcState) searchVar(name string, v *expdesc) (expKind, bool) {
	for i := fs.nActVar - 1; i >= 0; i-- {
		vd := fs.localVar(i)
		if vd.name != name {
			continue
		}
		if vd.kind == heap.VarCompileTimeConst {
			v.init(vConst, fs.firstLocal+i)
		} else {
			v.initVar(fs, i)
		}
		return v.k, true
	}
	return 0, false
}

// markUpval notes that the block declaring variable level holds a captured variable.
func (fs *funcState) markUpval(level int) {
	bl := fs.bl
	for bl.nActVar > level {
		bl = bl.previous
	}
	bl.upval = true
	fs.needClose = true
}

// markToBeClosed notes that the current block has a to-be-closed variable.
func (fs *funcState) markToBeClosed() {
	fs.bl.upval = true
	fs.bl.insideTBC = true
	fs.needClose = true
}

// singleVarAux resolves name in fs and the functions enclosing it, creating upvalues on
// the way; it leaves v as vVoid for a global.
func singleVarAux(fs *funcState, name string, v *expdesc, base bool) {
	if fs == nil {
		v.init(vVoid, 0)
		return
	}
	if k, ok := fs.searchVar(name, v); ok {
		if k == vLocal && !base {
			fs.markUpval(v.vidx)
		}
		return
	}
	idx := fs.searchUpvalue(name)
	if idx < 0 {
		singleVarAux(fs.prev, name, v, false)
		if v.k != vLocal && v.k != vUpval {
			return // a global or a compile-time constant
		}
		idx = fs.newUpvalue(name, v)
	}
	v.init(vUpval, idx)
}

// singleVar resolves a name used as a variable; a global becomes _ENV[name].
//
//	var ::= Name
func (c *compiler) singleVar(name string, v *expdesc) {
	fs := c.fs
	singleVarAux(fs, name, v, true)
	if v.k != vVoid {
		return
	}
	singleVarAux(fs, envName, v, true)
	if v.k == vVoid {
		panic("internal error: no _ENV in scope")
	}
	var key expdesc
	key.initString(name)
	fs.indexed(v, &key)
}

// checkReadonly rejects an assignment to a const or to-be-closed variable.
func (c *compiler) checkReadonly(v *expdesc, line int) {
	fs := c.fs
	name := ""
	switch v.k {
	case vConst:
		name = c.actVars[v.info].name
	case vLocal:
		if vd := fs.localVar(v.vidx); vd.kind != heap.VarRegular {
			name = vd.name
		}
	case vUpval:
		if up := fs.f.Upvalues[v.info]; up.Kind != heap.VarRegular {
			name = up.Name
		}
	}
	if name != "" {
		c.semError(line, fmt.Sprintf("attempt to assign to const variable '%s'", name))
	}
}

// enterBlock opens block bl.
func (fs *funcState) enterBlock(bl *blockCnt, isLoop bool) {
	*bl = blockCnt{
		previous:   fs.bl,
		firstLabel: len(fs.c.labels),
		firstGoto:  len(fs.c.gotos),
		nActVar:    fs.nActVar,
		isLoop:     isLoop,
		insideTBC:  fs.bl != nil && fs.bl.insideTBC,
	}
	fs.bl = bl
	if fs.freeReg != fs.nvarStack() {
		panic("internal error: temporaries live across a block boundary")
	}
}

// leaveBlock closes the innermost block: it resolves pending breaks of a loop, closes
// captured variables, ends the scope of its locals and hands its pending gotos to the
// enclosing block (or reports them undefined at the end of a function).
func (fs *funcState) leaveBlock() {
	bl := fs.bl
	c := fs.c
	hasClose := false
	stkLevel := fs.regLevel(bl.nActVar)
	if bl.isLoop {
		hasClose = c.createLabel(breakLabel, 0, false)
	}
	if !hasClose && bl.previous != nil && bl.upval {
		fs.codeABC(heap.OpClose, stkLevel, 0, 0)
	}
	fs.bl = bl.previous
	fs.removeVars(bl.nActVar)
	fs.freeReg = stkLevel
	c.labels = c.labels[:bl.firstLabel]
	if bl.previous != nil {
		fs.moveGotosOut(bl)
	} else if bl.firstGoto < len(c.gotos) {
		c.undefGoto(&c.gotos[bl.firstGoto])
	}
}

// moveGotosOut moves the pending gotos of block bl to the enclosing block.
func (fs *funcState) moveGotosOut(bl *blockCnt) {
	gotos := fs.c.gotos
	for i := bl.firstGoto; i < len(gotos); i++ {
		gt := &gotos[i]
		if fs.regLevel(gt.nActVar) > fs.regLevel(bl.nActVar) {
			gt.close = gt.close || bl.upval
		}
		gt.nActVar = bl.nActVar
	}
}

// undefGoto reports a goto (or break) with no visible label.
func (c *compiler) undefGoto(gt *labelDesc) {
	msg := fmt.Sprintf("no visible label '%s' for <goto> at line %d", gt.name, gt.line)
	if gt.name == breakLabel {
		msg = fmt.Sprintf("break outside loop at line %d", gt.line)
	}
	c.semError(c.nextLine, msg)
}

// newGotoEntry records a pending goto whose JMP is at pc.
func (c *compiler) newGotoEntry(name string, line, pc int) {
	c.gotos = append(c.gotos, labelDesc{name: name, line: line, pc: pc, nActVar: c.fs.nActVar})
}

// findLabel returns the visible label called name in the current function, or nil.
func (c *compiler) findLabel(name string) *labelDesc {
	for i := c.fs.firstLabel; i < len(c.labels); i++ {
		if c.labels[i].name == name {
			return &c.labels[i]
		}
	}
	return nil
}

// createLabel declares label name at the current pc and resolves the pending gotos to
// it; last says that the label ends its block, so that the block's locals are already
// out of scope there. It returns whether it emitted a CLOSE.
func (c *compiler) createLabel(name string, line int, last bool) bool {
	fs := c.fs
	lb := labelDesc{name: name, line: line, pc: fs.getLabel(), nActVar: fs.nActVar}
	if last {
		lb.nActVar = fs.bl.nActVar
	}
	c.labels = append(c.labels, lb)
	if c.solveGotos(&lb) {
		fs.codeABC(heap.OpClose, fs.nvarStack(), 0, 0)
		return true
	}
	return false
}

// solveGotos resolves the pending gotos of the current block that jump to lb and
// reports whether any of them needs to close variables.
func (c *compiler) solveGotos(lb *labelDesc) bool {
	needsClose := false
	for i := c.fs.bl.firstGoto; i < len(c.gotos); {
		if c.gotos[i].name != lb.name {
			i++
			continue
		}
		needsClose = needsClose || c.gotos[i].close
		c.solveGoto(i, lb)
	}
	return needsClose
}

// solveGoto patches pending goto g to label lb and removes it from the pending list.
func (c *compiler) solveGoto(g int, lb *labelDesc) {
	gt := c.gotos[g]
	if gt.nActVar < lb.nActVar {
		name := c.fs.localVar(gt.nActVar).name
		c.semError(c.nextLine, fmt.Sprintf(
			"<goto %s> at line %d jumps into the scope of local '%s'", gt.name, gt.line, name))
	}
	c.fs.patchList(gt.pc, lb.pc)
	c.gotos = append(c.gotos[:g], c.gotos[g+1:]...)
}
