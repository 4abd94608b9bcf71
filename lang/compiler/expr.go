// This file compiles expressions of the syntax tree into expression descriptors, in the
// order lparser.c reads their tokens: simple expressions, suffixed expressions (names,
// indexing, calls, method calls), operators, table constructors and function bodies.
//
// Before anything is emitted, compiler.line is moved to the line of the last token the
// reference parser would have consumed by then: each leaf sets it to its own line, and
// operators, '{', '}' and 'end' set it when they are passed.

package compiler

import (
	"math/bits"

	"github.com/pluto-go/pluto-go/heap"
	"github.com/pluto-go/pluto-go/lang/parser"
)

// expr compiles expression e into v.
//
//	exp ::= nil | false | true | Numeral | LiteralString | '...' | functiondef |
//	        prefixexp | tableconstructor | exp binop exp | unop exp
func (c *compiler) expr(e parser.Expr, v *expdesc) {
	switch e := e.(type) {
	case *parser.NilExpr:
		c.line = e.L
		v.init(vNil, 0)
	case *parser.TrueExpr:
		c.line = e.L
		v.init(vTrue, 0)
	case *parser.FalseExpr:
		c.line = e.L
		v.init(vFalse, 0)
	case *parser.IntExpr:
		c.line = e.L
		v.init(vKInt, 0)
		v.ival = e.Value
	case *parser.FloatExpr:
		c.line = e.L
		v.init(vKFlt, 0)
		v.nval = e.Value
	case *parser.StringExpr:
		c.line = e.L
		v.initString(e.Value)
	case *parser.VarargExpr:
		c.vararg(e, v)
	case *parser.TableExpr:
		c.constructor(e, v)
	case *parser.FunctionExpr:
		c.body(e, v, e.L)
	case *parser.BinaryExpr:
		c.binary(e, v)
	case *parser.UnaryExpr:
		c.unary(e, v)
	default:
		c.suffixedExp(e, v)
	}
}

// vararg compiles '...', which only a vararg function may use.
func (c *compiler) vararg(e *parser.VarargExpr, v *expdesc) {
	fs := c.fs
	if !fs.f.IsVararg {
		c.line = e.L
		c.syntaxError("cannot use '...' outside a vararg function", "'...'")
	}
	v.init(vVararg, fs.codeABC(heap.OpVararg, 0, 0, 1))
	c.line = e.L
}

// binary compiles a binary operator: the first operand is prepared once the operator
// is read, the operation emitted after the second operand.
//
//	exp ::= exp binop exp
func (c *compiler) binary(e *parser.BinaryExpr, v *expdesc) {
	c.expr(e.L, v)
	line := e.Line()
	c.line = line
	c.fs.infix(e.Op, v)
	var v2 expdesc
	c.expr(e.R, &v2)
	c.fs.posfix(e.Op, v, &v2, line)
}

// unary compiles a unary operator.
//
//	exp ::= unop exp
func (c *compiler) unary(e *parser.UnaryExpr, v *expdesc) {
	line := e.Line()
	c.line = line
	c.expr(e.X, v)
	c.fs.prefix(e.Op, v, line)
}

// suffixedExp compiles a prefix expression.
//
//	prefixexp ::= Name | '(' exp ')' | prefixexp '[' exp ']' | prefixexp '.' Name |
//	              prefixexp args | prefixexp ':' Name args
func (c *compiler) suffixedExp(e parser.Expr, v *expdesc) {
	fs := c.fs
	switch e := e.(type) {
	case *parser.NameExpr:
		c.line = e.L
		c.singleVar(e.Name, v)
	case *parser.ParenExpr:
		c.line = e.L
		c.expr(e.X, v)
		c.line = e.EndLine
		fs.dischargeVars(v)
	case *parser.IndexExpr:
		c.expr(e.Obj, v)
		fs.exp2AnyRegUp(v)
		var key expdesc
		c.expr(e.Key, &key)
		fs.exp2Val(&key)
		c.line = e.EndLine
		fs.indexed(v, &key)
	case *parser.CallExpr:
		c.expr(e.Fn, v)
		fs.exp2NextReg(v)
		c.funcArgs(v, e.Args, e.L, e.EndLine)
	case *parser.MethodCallExpr:
		c.expr(e.Obj, v)
		var key expdesc
		key.initString(e.Name)
		c.line = e.NameLine
		fs.self(v, &key)
		c.funcArgs(v, e.Args, e.L, e.EndLine)
	default:
		panic("internal error: unknown expression node")
	}
}

// fieldSel compiles the selection v.name in a function name.
//
//	funcname ::= Name {'.' Name} [':' Name]
func (c *compiler) fieldSel(v *expdesc, name string) {
	c.fs.exp2AnyRegUp(v)
	var key expdesc
	key.initString(name)
	c.fs.indexed(v, &key)
}

// funcArgs compiles the arguments of a call to the function in register f.info and
// emits the CALL, stamped with line, the line where the call expression starts; the
// last argument is closed on endLine, the line of the arguments' last token.
//
//	args ::= '(' [explist] ')' | tableconstructor | LiteralString
func (c *compiler) funcArgs(f *expdesc, args []parser.Expr, line, endLine int) {
	fs := c.fs
	var a expdesc
	a.init(vVoid, 0)
	if len(args) > 0 {
		c.explist(args, &a)
		if a.k.hasMultRet() {
			fs.setMultRet(&a)
		}
	}
	c.line = endLine
	base := f.info
	nparams := multRet
	if !a.k.hasMultRet() {
		if a.k != vVoid {
			fs.exp2NextReg(&a)
		}
		nparams = fs.freeReg - (base + 1)
	}
	f.init(vCall, fs.codeABC(heap.OpCall, base, nparams+1, 2))
	fs.fixLine(line)
	fs.freeReg = base + 1
}

// explist compiles a list of expressions, all but the last into consecutive
// registers; the last is left in v. It returns the number of expressions.
//
//	explist ::= exp {',' exp}
func (c *compiler) explist(exprs []parser.Expr, v *expdesc) int {
	c.expr(exprs[0], v)
	for _, e := range exprs[1:] {
		c.fs.exp2NextReg(v)
		c.expr(e, v)
	}
	return len(exprs)
}

// consControl is the state of a table constructor being compiled.
type consControl struct {
	v       expdesc // last list item read
	table   int     // register of the table
	nh      int     // number of record fields
	na      int     // number of list items already stored
	toStore int     // number of list items pending
}

// constructor compiles a table constructor: NEWTABLE with the sizes found, the record
// fields stored one by one, the list items stored by SETLIST in batches.
//
//	tableconstructor ::= '{' [fieldlist] '}'
//	fieldlist ::= field {fieldsep field} [fieldsep]
func (c *compiler) constructor(t *parser.TableExpr, v *expdesc) {
	fs := c.fs
	pc := fs.codeABC(heap.OpNewTable, 0, 0, 0)
	fs.code(0) // room for the EXTRAARG
	cc := consControl{table: fs.freeReg}
	v.init(vNonReloc, fs.freeReg)
	fs.reserveRegs(1)
	cc.v.init(vVoid, 0)
	c.line = t.L
	for _, fld := range t.Fields {
		c.closeListField(&cc)
		if fld.Key == nil {
			c.expr(fld.Value, &cc.v)
			cc.toStore++
		} else {
			c.recField(&cc, fld)
		}
	}
	c.line = t.EndLine
	c.lastListField(&cc)
	fs.setTableSize(pc, v.info, cc.na, cc.nh)
}

// recField compiles a record field.
//
//	field ::= '[' exp ']' '=' exp | Name '=' exp
func (c *compiler) recField(cc *consControl, fld parser.Field) {
	fs := c.fs
	reg := fs.freeReg
	var key, val expdesc
	c.line = firstLine(fld.Key) // the name, or '[' (taken to be on the key's line)
	c.expr(fld.Key, &key)
	fs.exp2Val(&key)
	cc.nh++
	var tab expdesc
	tab.init(vNonReloc, cc.table)
	c.line = fld.EqLine
	fs.indexed(&tab, &key)
	c.expr(fld.Value, &val)
	fs.storeVar(&tab, &val)
	fs.freeReg = reg
}

// closeListField puts the pending list item in its register, flushing a full batch.
func (c *compiler) closeListField(cc *consControl) {
	if cc.v.k == vVoid {
		return
	}
	c.fs.exp2NextReg(&cc.v)
	cc.v.k = vVoid
	if cc.toStore == fieldsPerFlush {
		c.fs.setList(cc.table, cc.na, cc.toStore)
		cc.na += cc.toStore
		cc.toStore = 0
	}
}

// lastListField stores the remaining list items; a last item that is a call or '...'
// contributes all its values.
func (c *compiler) lastListField(cc *consControl) {
	fs := c.fs
	if cc.toStore == 0 {
		return
	}
	if cc.v.k.hasMultRet() {
		fs.setMultRet(&cc.v)
		fs.setList(cc.table, cc.na, multRet)
		cc.na--
	} else {
		if cc.v.k != vVoid {
			fs.exp2NextReg(&cc.v)
		}
		fs.setList(cc.table, cc.na, cc.toStore)
	}
	cc.na += cc.toStore
}

// setList emits a SETLIST storing toStore values above base at index nelems + 1 on.
func (fs *funcState) setList(base, nelems, toStore int) {
	if toStore == multRet {
		toStore = 0
	}
	if nelems <= heap.MaxArgC {
		fs.codeABC(heap.OpSetList, base, toStore, nelems)
	} else {
		extra := nelems / (heap.MaxArgC + 1)
		fs.codeABCk(heap.OpSetList, base, toStore, nelems%(heap.MaxArgC+1), true)
		fs.codeExtraArg(extra)
	}
	fs.freeReg = base + 1
}

// setTableSize fills in the NEWTABLE at pc and its EXTRAARG with the sizes found.
func (fs *funcState) setTableSize(pc, ra, asize, hsize int) {
	rb := 0
	if hsize != 0 {
		rb = bits.Len(uint(hsize-1)) + 1 // ceil(log2(hsize)) + 1
	}
	extra := asize / (heap.MaxArgC + 1)
	rc := asize % (heap.MaxArgC + 1)
	fs.f.Code[pc] = heap.ABC(heap.OpNewTable, ra, rb, rc, extra > 0)
	fs.f.Code[pc+1] = heap.Ax(heap.OpExtraArg, extra)
}

// body compiles a function body into a new prototype and emits its CLOSURE in the
// enclosing function; line is the line where the function is defined.
//
//	funcbody ::= '(' [parlist] ')' block end
func (c *compiler) body(fe *parser.FunctionExpr, v *expdesc, line int) {
	parent := c.fs
	afterEnd := c.nextLine
	f := &heap.Proto{Source: c.source, LineDefined: line, LastLineDefined: fe.EndLine}
	if len(parent.f.Protos) >= heap.MaxArgBx {
		c.syntaxError("too many functions", "")
	}
	parent.f.Protos = append(parent.f.Protos, f)
	fs := c.openFunc(f)

	c.line = fe.L
	for _, name := range fe.Params {
		c.newLocalVar(name)
	}
	c.adjustLocalVars(len(fe.Params))
	f.NumParams = fs.nActVar
	if fe.IsVararg {
		c.line = fe.VarargLine
		fs.setVararg(f.NumParams)
	}
	fs.reserveRegs(fs.nActVar)

	c.statList(fe.Body.Stmts, blockEnd{line: fe.Body.EndLine})
	c.line = fe.EndLine
	v.init(vReloc, parent.codeABx(heap.OpClosure, 0, len(parent.f.Protos)-1))
	parent.exp2NextReg(v)
	c.nextLine = afterEnd
	c.closeFunc()
}

// firstLine returns the line of the first token of e.
func firstLine(e parser.Expr) int {
	switch e := e.(type) {
	case *parser.BinaryExpr:
		return firstLine(e.L)
	case *parser.IndexExpr:
		return firstLine(e.Obj)
	case *parser.CallExpr:
		return firstLine(e.Fn)
	case *parser.MethodCallExpr:
		return firstLine(e.Obj)
	}
	return e.Line()
}
