// This file converts the participle grammar structs into the AST of ast.go,
// the only shape the compiler sees.
//
// Chains Lua parses in a loop rather than by recursion (a.b.c..., f()()...,
// a+b+c...) have no depth limit, so they are converted by walking them
// iteratively: a megabyte of "a+a+..." must not need a Go stack that deep.

package parser

import (
	"github.com/pluto-go/pluto-go/heap"
)

// converter holds slabs for the most numerous AST nodes (see slab.go), and the
// strings of the chunk, so that equal string constants share one Go string as they
// share one string object in Lua (string.format's %p shows it).
type converter struct {
	interned map[string]string
	names    slab[NameExpr]
	strs     slab[StringExpr]
	ints     slab[IntExpr]
	indexes  slab[IndexExpr]
	calls    slab[CallExpr]
	methods  slab[MethodCallExpr]
	binary   slab[BinaryExpr]
}

// convertChunk converts a parsed chunk.
func convertChunk(name string, c *chunk) *Chunk {
	var cv converter
	return &Chunk{Name: name, Body: cv.convertBlock(c.Body)}
}

// convertBlock converts a block, dropping empty statements.
func (cv *converter) convertBlock(b *block) *Block {
	out := &Block{Stmts: make([]Stmt, 0, len(b.Stats)+1), EndLine: b.EndLine}
	for _, st := range b.Stats {
		if s := cv.convertStat(st); s != nil {
			out.Stmts = append(out.Stmts, s)
		}
	}
	if r := b.Return; r != nil {
		out.Stmts = append(out.Stmts, &ReturnStmt{Pos: pos(r.Pos.Line), Exprs: cv.convertExps(r.Exprs)})
	}
	return out
}

// pos makes an AST position.
func pos(line int) Pos { return Pos{L: line} }

// convertStat converts one statement; it returns nil for ';'.
func (cv *converter) convertStat(st *stat) Stmt {
	at := pos(st.Pos.Line)
	switch {
	case st.Label != nil:
		return &LabelStmt{Pos: at, Name: st.Label.Name}
	case st.Break:
		return &BreakStmt{Pos: at}
	case st.Goto != nil:
		return &GotoStmt{Pos: at, Label: st.Goto.Label}
	case st.Do != nil:
		return &DoStmt{Pos: at, Body: cv.convertBlock(st.Do.Body)}
	case st.While != nil:
		return &WhileStmt{Pos: at, Cond: cv.convertExp(st.While.Cond),
			Body: cv.convertBlock(st.While.Body), DoLine: st.While.DoLine}
	case st.Repeat != nil:
		return &RepeatStmt{Pos: at, Body: cv.convertBlock(st.Repeat.Body),
			Cond: cv.convertExp(st.Repeat.Cond)}
	case st.If != nil:
		return cv.convertIf(at, st.If)
	case st.NumFor != nil:
		return cv.convertNumFor(at, st.NumFor)
	case st.GenFor != nil:
		f := st.GenFor
		return &GenericForStmt{Pos: at, Names: f.Names, Exprs: cv.convertExps(f.Exprs),
			Body: cv.convertBlock(f.Body), DoLine: f.DoLine}
	case st.Func != nil:
		return cv.convertFuncStat(at, st.Func)
	case st.LocalFunc != nil:
		return &LocalFunctionStmt{Pos: at, Name: st.LocalFunc.Name,
			Func: cv.convertFunc(st.LocalFunc.Func, "")}
	case st.Local != nil:
		return cv.convertLocal(at, st.Local)
	case st.Assign != nil:
		return cv.convertAssign(at, st.Assign)
	case st.Call != nil:
		return &CallStmt{Pos: at, Call: cv.convertSuffixed(st.Call.Call)}
	}
	return nil
}

// convertIf converts an if statement with its elseif parts.
func (cv *converter) convertIf(at Pos, s *ifStat) *IfStmt {
	out := &IfStmt{Pos: at,
		Conds:     []Expr{cv.convertExp(s.Cond)},
		Blocks:    []*Block{cv.convertBlock(s.Then)},
		ThenLines: []int{s.ThenLine}}
	for _, e := range s.ElseIfs {
		out.Conds = append(out.Conds, cv.convertExp(e.Cond))
		out.Blocks = append(out.Blocks, cv.convertBlock(e.Then))
		out.ThenLines = append(out.ThenLines, e.ThenLine)
	}
	if s.Else != nil {
		out.Else = cv.convertBlock(s.Else)
	}
	return out
}

// convertNumFor converts a numeric for.
func (cv *converter) convertNumFor(at Pos, f *numForStat) *NumericForStmt {
	out := &NumericForStmt{Pos: at, Name: f.Name, Start: cv.convertExp(f.Start),
		Limit: cv.convertExp(f.Limit), Body: cv.convertBlock(f.Body), DoLine: f.DoLine}
	if f.Step != nil {
		out.Step = cv.convertExp(f.Step)
	}
	return out
}

// convertFuncStat converts `function a.b:c() ... end`.
func (cv *converter) convertFuncStat(at Pos, f *funcStat) *FunctionStmt {
	return &FunctionStmt{Pos: at, Path: f.Name.Path, Method: f.Name.Method,
		Func: cv.convertFunc(f.Func, f.Name.Method)}
}

// convertFunc converts a function body; a method gets "self" first.
func (cv *converter) convertFunc(f *funcBody, method string) *FunctionExpr {
	out := &FunctionExpr{Pos: pos(f.Line), Body: cv.convertBlock(f.Body), EndLine: f.EndLine}
	if method != "" {
		out.Params = append(out.Params, "self")
	}
	if f.Params != nil {
		out.Params = append(out.Params, f.Params.Names...)
		out.IsVararg = f.Params.Vararg
		out.VarargLine = f.Params.VarargLine
	}
	return out
}

// convertLocal converts a local declaration.
func (cv *converter) convertLocal(at Pos, l *localStat) *LocalStmt {
	out := &LocalStmt{Pos: at, Names: make([]LocalName, len(l.Names)), Exprs: cv.convertExps(l.Exprs)}
	for i, n := range l.Names {
		out.Names[i] = LocalName{Pos: pos(n.Pos.Line), Name: n.Name, Attrib: n.Attrib}
	}
	return out
}

// convertAssign converts an assignment.
func (cv *converter) convertAssign(at Pos, a *assignStat) *AssignStmt {
	out := &AssignStmt{Pos: at, Targets: make([]Expr, len(a.Targets)), Exprs: cv.convertExps(a.Exprs)}
	for i, t := range a.Targets {
		out.Targets[i] = cv.convertSuffixed(t)
	}
	return out
}

// convertExps converts an expression list; nil stays nil.
func (cv *converter) convertExps(list []*exp) []Expr {
	if list == nil {
		return nil
	}
	out := make([]Expr, len(list))
	for i, e := range list {
		out[i] = cv.convertExp(e)
	}
	return out
}

// binaryOps maps operator tokens to AST binary operators.
var binaryOps = [numTokens]BinaryOp{
	tkPlus: OpAdd, tkMinus: OpSub, tkStar: OpMul, tkPercent: OpMod, tkCaret: OpPow,
	tkSlash: OpDiv, tkIDiv: OpIDiv, tkAmp: OpBand, tkPipe: OpBor, tkTilde: OpBxor,
	tkShl: OpShl, tkShr: OpShr, tkConcat: OpConcat, tkEq: OpEq, tkLt: OpLt,
	tkLe: OpLe, tkNe: OpNe, tkGt: OpGt, tkGe: OpGe, tkAnd: OpAnd, tkOr: OpOr,
}

// unaryOps maps operator tokens to AST unary operators.
var unaryOps = [numTokens]UnaryOp{tkMinus: OpNeg, tkTilde: OpBnot, tkNot: OpNot, tkHash: OpLen}

// convertExp converts an expression. The left operands of a chain of binary
// operators are walked in a loop; right operands nest at most as deep as the
// parser's level limit.
func (cv *converter) convertExp(e *exp) Expr {
	if e.Op == 0 {
		return cv.convertSimple(e)
	}
	if e.L == nil {
		return &UnaryExpr{Pos: pos(e.Pos.Line), Op: unaryOps[e.Op], X: cv.convertExp(e.R)}
	}
	var spine []*exp
	for ; e.Op != 0 && e.L != nil; e = e.L {
		spine = append(spine, e)
	}
	x := cv.convertExp(e)
	for i := len(spine) - 1; i >= 0; i-- {
		b := spine[i]
		be := cv.binary.new()
		*be = BinaryExpr{Pos: pos(b.Pos.Line), Op: binaryOps[b.Op], L: x, R: cv.convertExp(b.R)}
		x = be
	}
	return x
}

// convertSimple converts a simple expression.
func (cv *converter) convertSimple(e *exp) Expr {
	at := pos(e.Pos.Line)
	s := &e.Simple
	switch {
	case s.Nil:
		return &NilExpr{Pos: at}
	case s.True:
		return &TrueExpr{Pos: at}
	case s.False:
		return &FalseExpr{Pos: at}
	case s.Vararg:
		return &VarargExpr{Pos: at}
	case s.Number != "":
		return cv.convertNumber(at, s.Number)
	case s.Str != "":
		return cv.str(at, stringValue(s.Str))
	case s.Func != nil:
		return cv.convertFunc(s.Func, "")
	case s.Table != nil:
		return cv.convertTable(s.Table)
	}
	return cv.convertSuffixed(s.Suffixed)
}

// convertNumber converts a numeral the lexer has already validated.
func (cv *converter) convertNumber(at Pos, text string) Expr {
	i, f, isFloat, _ := heap.StringToNumber(text)
	if isFloat {
		return &FloatExpr{Pos: at, Value: f}
	}
	ie := cv.ints.new()
	*ie = IntExpr{Pos: at, Value: i}
	return ie
}

// str makes a string constant.
func (cv *converter) str(at Pos, v string) *StringExpr {
	if s, ok := cv.interned[v]; ok {
		v = s
	} else {
		if cv.interned == nil {
			cv.interned = map[string]string{}
		}
		cv.interned[v] = v
	}
	se := cv.strs.new()
	*se = StringExpr{Pos: at, Value: v}
	return se
}

// stringValue strips the delimiters from a string token's text: quotes, or
// the long brackets of a long string.
func stringValue(text string) string {
	if text[0] != '[' {
		return text[1 : len(text)-1]
	}
	level := 0
	for text[1+level] == '=' {
		level++
	}
	return text[level+2 : len(text)-level-2]
}

// convertTable converts a table constructor.
func (cv *converter) convertTable(t *tableCons) *TableExpr {
	out := &TableExpr{Pos: pos(t.Pos.Line), Fields: make([]Field, len(t.Fields)), EndLine: t.EndLine}
	for i, f := range t.Fields {
		switch {
		case f.Key != nil:
			out.Fields[i].Key = cv.convertExp(f.Key)
		case f.Name != "":
			out.Fields[i].Key = cv.str(pos(f.Pos.Line), f.Name)
		}
		out.Fields[i].Value = cv.convertExp(f.Value)
		out.Fields[i].EqLine = f.EqLine
	}
	return out
}

// convertSuffixed converts a primary expression and its suffixes, left to
// right in a loop.
func (cv *converter) convertSuffixed(s *suffixedExp) Expr {
	at := pos(s.Pos.Line)
	var x Expr
	if p := &s.Primary; p.Paren != nil {
		x = &ParenExpr{Pos: pos(p.Pos.Line), X: cv.convertExp(p.Paren), EndLine: p.EndLine}
	} else {
		ne := cv.names.new()
		*ne = NameExpr{Pos: pos(p.Pos.Line), Name: p.Name}
		x = ne
	}
	for i := range s.Suffixes {
		sf := &s.Suffixes[i]
		switch {
		case sf.Index != nil:
			ie := cv.indexes.new()
			*ie = IndexExpr{Pos: at, Obj: x, Key: cv.convertExp(sf.Index), EndLine: sf.EndLine}
			x = ie
		case sf.Args == nil:
			ie := cv.indexes.new()
			*ie = IndexExpr{Pos: at, Obj: x, Key: cv.str(pos(sf.NameLine), sf.Field),
				EndLine: sf.NameLine}
			x = ie
		case sf.Method != "":
			me := cv.methods.new()
			*me = MethodCallExpr{Pos: at, Obj: x, Name: sf.Method, Args: cv.convertArgs(sf.Args),
				NameLine: sf.NameLine, EndLine: sf.Args.EndLine}
			x = me
		default:
			ce := cv.calls.new()
			*ce = CallExpr{Pos: at, Fn: x, Args: cv.convertArgs(sf.Args), EndLine: sf.Args.EndLine}
			x = ce
		}
	}
	return x
}

// convertArgs converts call arguments.
func (cv *converter) convertArgs(a *args) []Expr {
	switch {
	case a.Table != nil:
		return []Expr{cv.convertTable(a.Table)}
	case a.Str != "":
		return []Expr{cv.str(pos(a.Pos.Line), stringValue(a.Str))}
	}
	return cv.convertExps(a.List)
}
