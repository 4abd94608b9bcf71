// This file defines the abstract syntax tree the parser produces and the compiler
// consumes. It mirrors the Lua 5.4 grammar closely, keeps a line number on every node
// (the compiler needs it for line info and for error messages), and carries no
// participle types: the grammar's own structs are converted into these nodes in one place.

package parser

// Chunk is a parsed Lua source unit: the body of the main function, which is always a
// vararg function with a single upvalue, _ENV.
type Chunk struct {
	// Name is the chunk name as given to the parser ("@file.lua", "=stdin", or the source
	// text itself for strings); [ChunkID] turns it into the form used in messages.
	Name string
	Body *Block
}

// Block is a sequence of statements. EndLine is the line of the token that ends the
// block ('end', 'until', 'else', 'elseif' or the end of the input).
type Block struct {
	Stmts   []Stmt
	EndLine int
}

// Stmt is a statement node.
type Stmt interface {
	stmtNode()
	// Line returns the line where the statement starts.
	Line() int
}

// Expr is an expression node.
type Expr interface {
	exprNode()
	// Line returns the line the compiler attributes to the expression: for operators the
	// line of the operator token, for calls the line where the called expression starts,
	// otherwise the line of its first token.
	Line() int
}

// Pos is the line of a node, embedded in every node type. A token's line is the
// line where the token ends, as Lua counts (it differs from where it starts only
// for a string literal that spans lines).
type Pos struct {
	L int
}

// Line returns the node's line.
func (p Pos) Line() int { return p.L }

// Statements.
type (
	// LocalStmt is `local name attrib {, name attrib} [= explist]`.
	LocalStmt struct {
		Pos
		Names []LocalName
		Exprs []Expr
	}

	// AssignStmt is `varlist = explist`. Each target is a *NameExpr or an *IndexExpr.
	AssignStmt struct {
		Pos
		Targets []Expr
		Exprs   []Expr
	}

	// CallStmt is a function or method call used as a statement.
	CallStmt struct {
		Pos
		Call Expr // *CallExpr or *MethodCallExpr
	}

	// DoStmt is `do block end`.
	DoStmt struct {
		Pos
		Body *Block
	}

	// WhileStmt is `while exp do block end`. DoLine is the line of 'do'.
	WhileStmt struct {
		Pos
		Cond   Expr
		Body   *Block
		DoLine int
	}

	// RepeatStmt is `repeat block until exp`; Cond sees the block's locals.
	RepeatStmt struct {
		Pos
		Body *Block
		Cond Expr
	}

	// IfStmt is `if exp then block {elseif exp then block} [else block] end`.
	// Conds[i] guards Blocks[i], and ThenLines[i] is the line of the 'then' between
	// them; Else is nil when there is no else part.
	IfStmt struct {
		Pos
		Conds     []Expr
		Blocks    []*Block
		ThenLines []int
		Else      *Block
	}

	// NumericForStmt is `for Name = exp, exp [, exp] do block end`; Step is nil when
	// omitted. DoLine is the line of 'do'.
	NumericForStmt struct {
		Pos
		Name               string
		Start, Limit, Step Expr
		Body               *Block
		DoLine             int
	}

	// GenericForStmt is `for namelist in explist do block end`. DoLine is the line
	// of 'do'.
	GenericForStmt struct {
		Pos
		Names  []string
		Exprs  []Expr
		Body   *Block
		DoLine int
	}

	// FunctionStmt is `function funcname funcbody`. Path holds the dotted names
	// (at least one); Method is the name after ':' or "".
	FunctionStmt struct {
		Pos
		Path   []string
		Method string
		Func   *FunctionExpr
	}

	// LocalFunctionStmt is `local function Name funcbody`.
	LocalFunctionStmt struct {
		Pos
		Name string
		Func *FunctionExpr
	}

	// ReturnStmt is `return [explist] [';']`.
	ReturnStmt struct {
		Pos
		Exprs []Expr
	}

	// BreakStmt is `break`.
	BreakStmt struct {
		Pos
	}

	// GotoStmt is `goto Name`.
	GotoStmt struct {
		Pos
		Label string
	}

	// LabelStmt is `::Name::`.
	LabelStmt struct {
		Pos
		Name string
	}
)

// LocalName is one name of a local declaration with its attribute: "", "const" or
// "close".
type LocalName struct {
	Pos
	Name   string
	Attrib string
}

// Expressions.
type (
	// NilExpr is `nil`.
	NilExpr struct{ Pos }

	// TrueExpr is `true`.
	TrueExpr struct{ Pos }

	// FalseExpr is `false`.
	FalseExpr struct{ Pos }

	// VarargExpr is `...`.
	VarargExpr struct{ Pos }

	// IntExpr is an integer numeral.
	IntExpr struct {
		Pos
		Value int64
	}

	// FloatExpr is a float numeral (including integer numerals too large for int64).
	FloatExpr struct {
		Pos
		Value float64
	}

	// StringExpr is a string literal, escapes already decoded.
	StringExpr struct {
		Pos
		Value string
	}

	// NameExpr is a variable name; the compiler resolves it to a local, an upvalue or a
	// field of _ENV.
	NameExpr struct {
		Pos
		Name string
	}

	// IndexExpr is `Obj[Key]`; `a.b` is parsed as IndexExpr with a *StringExpr key.
	// EndLine is the line of the ']', or of the name after '.'.
	IndexExpr struct {
		Pos
		Obj     Expr
		Key     Expr
		EndLine int
	}

	// CallExpr is `Fn(args)`, `Fn{table}` or `Fn"string"`. EndLine is the line of
	// the arguments' last token: the ')', the '}' or the string.
	CallExpr struct {
		Pos
		Fn      Expr
		Args    []Expr
		EndLine int
	}

	// MethodCallExpr is `Obj:Name(args)`. NameLine is the line of Name, EndLine
	// that of the arguments' last token.
	MethodCallExpr struct {
		Pos
		Obj      Expr
		Name     string
		Args     []Expr
		NameLine int
		EndLine  int
	}

	// FunctionExpr is `function funcbody`. Pos is the line Lua records as the
	// function's first line (linedefined): the line of 'function' in a function
	// statement, but the line of '(' in a function expression or a local function
	// (they differ only when a line break comes between). EndLine is the line of
	// the closing 'end'. For a method (`function a:m()`) the parser adds "self" as
	// the first parameter. VarargLine is the line of '...' when IsVararg.
	FunctionExpr struct {
		Pos
		Params     []string
		IsVararg   bool
		VarargLine int
		Body       *Block
		EndLine    int
	}

	// BinaryExpr is `L Op R`, including `and` and `or`. Pos is the operator's line.
	BinaryExpr struct {
		Pos
		Op   BinaryOp
		L, R Expr
	}

	// UnaryExpr is `Op X`. Pos is the operator's line.
	UnaryExpr struct {
		Pos
		Op UnaryOp
		X  Expr
	}

	// ParenExpr is `(X)`: it truncates X to one value. EndLine is the line of ')'.
	ParenExpr struct {
		Pos
		X       Expr
		EndLine int
	}

	// TableExpr is a table constructor. Pos is the line of '{', EndLine of '}'.
	TableExpr struct {
		Pos
		Fields  []Field
		EndLine int
	}
)

// Field is one entry of a table constructor: Key is nil for a positional entry
// (`{v}`), a *StringExpr for `{name = v}`, anything for `{[k] = v}`. EqLine is the
// line of the '=' of a keyed entry.
type Field struct {
	Key    Expr
	Value  Expr
	EqLine int
}

// BinaryOp is a binary operator.
type BinaryOp uint8

// Binary operators, in the order of Lua's BinOpr enumeration.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMod
	OpPow
	OpDiv
	OpIDiv
	OpBand
	OpBor
	OpBxor
	OpShl
	OpShr
	OpConcat
	OpEq
	OpLt
	OpLe
	OpNe
	OpGt
	OpGe
	OpAnd
	OpOr
)

var binaryOpNames = [...]string{
	OpAdd: "+", OpSub: "-", OpMul: "*", OpMod: "%", OpPow: "^", OpDiv: "/",
	OpIDiv: "//", OpBand: "&", OpBor: "|", OpBxor: "~", OpShl: "<<", OpShr: ">>",
	OpConcat: "..", OpEq: "==", OpLt: "<", OpLe: "<=", OpNe: "~=", OpGt: ">",
	OpGe: ">=", OpAnd: "and", OpOr: "or",
}

// String returns the operator as written in Lua.
func (op BinaryOp) String() string { return binaryOpNames[op] }

// UnaryOp is a unary operator.
type UnaryOp uint8

// Unary operators, in the order of Lua's UnOpr enumeration.
const (
	OpNeg UnaryOp = iota
	OpBnot
	OpNot
	OpLen
)

var unaryOpNames = [...]string{OpNeg: "-", OpBnot: "~", OpNot: "not", OpLen: "#"}

// String returns the operator as written in Lua.
func (op UnaryOp) String() string { return unaryOpNames[op] }

func (*LocalStmt) stmtNode()         {}
func (*AssignStmt) stmtNode()        {}
func (*CallStmt) stmtNode()          {}
func (*DoStmt) stmtNode()            {}
func (*WhileStmt) stmtNode()         {}
func (*RepeatStmt) stmtNode()        {}
func (*IfStmt) stmtNode()            {}
func (*NumericForStmt) stmtNode()    {}
func (*GenericForStmt) stmtNode()    {}
func (*FunctionStmt) stmtNode()      {}
func (*LocalFunctionStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()        {}
func (*BreakStmt) stmtNode()         {}
func (*GotoStmt) stmtNode()          {}
func (*LabelStmt) stmtNode()         {}

func (*NilExpr) exprNode()        {}
func (*TrueExpr) exprNode()       {}
func (*FalseExpr) exprNode()      {}
func (*VarargExpr) exprNode()     {}
func (*IntExpr) exprNode()        {}
func (*FloatExpr) exprNode()      {}
func (*StringExpr) exprNode()     {}
func (*NameExpr) exprNode()       {}
func (*IndexExpr) exprNode()      {}
func (*CallExpr) exprNode()       {}
func (*MethodCallExpr) exprNode() {}
func (*FunctionExpr) exprNode()   {}
func (*BinaryExpr) exprNode()     {}
func (*UnaryExpr) exprNode()      {}
func (*ParenExpr) exprNode()      {}
func (*TableExpr) exprNode()      {}
