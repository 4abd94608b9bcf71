// This file is the Lua 5.4 grammar as participle structs: one struct per
// production, its EBNF in the comment above it, one alternative per field.
//
// The tags are the declarative grammar, and they are executable:
// grammar_test.go runs them with participle's generic engine and checks that
// it builds the same trees as the hand-written hooks in parse.go and
// parse_expr.go, which are what Parse runs (chunk.Parse is the root hook).
// The generic engine was slow (0.36 s per MiB even with expressions hooked)
// and cannot give Lua's exact error messages, which depend on the order in
// which Lua's own parser checks tokens. Expressions (exp and below) have no
// tags: precedence climbing lives in the exp.Parse hook for both engines.
//
// Every struct's Pos is the position of its first token (participle fills it
// the same way); Line fields hold the line of some later token as Lua
// attributes it, and only the hooks fill them.

package parser

import "github.com/alecthomas/participle/v2/lexer"

// chunk ::= block <eof>
type chunk struct {
	Body *block `parser:"@@"`

	err *SyntaxError // the error the hook raised, if any
}

// block ::= {stat} [retStat]
type block struct {
	Pos     lexer.Position
	Stats   []*stat  `parser:"@@*"`
	Return  *retStat `parser:"@@?"`
	EndLine int      // line of the token that ends the block
}

// stat ::= ';' | label | 'break' | gotoStat | doStat | whileStat | repeatStat
//
//	| ifStat | numForStat | genForStat | funcStat | localFuncStat | localStat
//	| assignStat | callStat
type stat struct {
	Pos       lexer.Position
	Empty     bool           `parser:"  @';'"`
	Label     *labelStat     `parser:"| @@"`
	Break     bool           `parser:"| @'break'"`
	Goto      *gotoStat      `parser:"| @@"`
	Do        *doStat        `parser:"| @@"`
	While     *whileStat     `parser:"| @@"`
	Repeat    *repeatStat    `parser:"| @@"`
	If        *ifStat        `parser:"| @@"`
	NumFor    *numForStat    `parser:"| @@"`
	GenFor    *genForStat    `parser:"| @@"`
	Func      *funcStat      `parser:"| @@"`
	LocalFunc *localFuncStat `parser:"| @@"`
	Local     *localStat     `parser:"| @@"`
	Assign    *assignStat    `parser:"| @@"`
	Call      *callStat      `parser:"| @@"`
}

// retStat ::= 'return' [exp {',' exp}] [';']
type retStat struct {
	Pos   lexer.Position
	Exprs []*exp `parser:"'return' ( @@ ( ',' @@ )* )? ';'?"`
}

// labelStat ::= '::' Name '::'
type labelStat struct {
	Pos  lexer.Position
	Name string `parser:"'::' @Name '::'"`
}

// gotoStat ::= 'goto' Name
type gotoStat struct {
	Pos   lexer.Position
	Label string `parser:"'goto' @Name"`
}

// doStat ::= 'do' block 'end'
type doStat struct {
	Pos  lexer.Position
	Body *block `parser:"'do' @@ 'end'"`
}

// whileStat ::= 'while' exp 'do' block 'end'
type whileStat struct {
	Pos    lexer.Position
	Cond   *exp   `parser:"'while' @@"`
	Body   *block `parser:"'do' @@ 'end'"`
	DoLine int    // line of 'do'
}

// repeatStat ::= 'repeat' block 'until' exp
type repeatStat struct {
	Pos  lexer.Position
	Body *block `parser:"'repeat' @@"`
	Cond *exp   `parser:"'until' @@"`
}

// ifStat ::= 'if' exp 'then' block {elseIf} ['else' block] 'end'
type ifStat struct {
	Pos      lexer.Position
	Cond     *exp      `parser:"'if' @@"`
	Then     *block    `parser:"'then' @@"`
	ElseIfs  []*elseIf `parser:"@@*"`
	Else     *block    `parser:"( 'else' @@ )? 'end'"`
	ThenLine int       // line of 'then'
}

// elseIf ::= 'elseif' exp 'then' block
type elseIf struct {
	Pos      lexer.Position
	Cond     *exp   `parser:"'elseif' @@"`
	Then     *block `parser:"'then' @@"`
	ThenLine int    // line of 'then'
}

// numForStat ::= 'for' Name '=' exp ',' exp [',' exp] 'do' block 'end'
type numForStat struct {
	Pos    lexer.Position
	Name   string `parser:"'for' @Name '='"`
	Start  *exp   `parser:"@@ ','"`
	Limit  *exp   `parser:"@@"`
	Step   *exp   `parser:"( ',' @@ )?"`
	Body   *block `parser:"'do' @@ 'end'"`
	DoLine int    // line of 'do'
}

// genForStat ::= 'for' Name {',' Name} 'in' exp {',' exp} 'do' block 'end'
type genForStat struct {
	Pos    lexer.Position
	Names  []string `parser:"'for' @Name ( ',' @Name )* 'in'"`
	Exprs  []*exp   `parser:"@@ ( ',' @@ )*"`
	Body   *block   `parser:"'do' @@ 'end'"`
	DoLine int      // line of 'do'
}

// funcStat ::= 'function' funcName funcBody
type funcStat struct {
	Pos  lexer.Position
	Name *funcName `parser:"'function' @@"`
	Func *funcBody `parser:"@@"`
}

// funcName ::= Name {'.' Name} [':' Name]
type funcName struct {
	Pos    lexer.Position
	Path   []string `parser:"@Name ( '.' @Name )*"`
	Method string   `parser:"( ':' @Name )?"`
}

// localFuncStat ::= 'local' 'function' Name funcBody
type localFuncStat struct {
	Pos  lexer.Position
	Name string    `parser:"'local' 'function' @Name"`
	Func *funcBody `parser:"@@"`
}

// localStat ::= 'local' attName {',' attName} ['=' exp {',' exp}]
type localStat struct {
	Pos   lexer.Position
	Names []*attName `parser:"'local' @@ ( ',' @@ )*"`
	Exprs []*exp     `parser:"( '=' @@ ( ',' @@ )* )?"`
}

// attName ::= Name ['<' Name '>']
type attName struct {
	Pos    lexer.Position
	Name   string `parser:"@Name"`
	Attrib string `parser:"( '<' @Name '>' )?"`
}

// assignStat ::= suffixedExp {',' suffixedExp} '=' exp {',' exp}
type assignStat struct {
	Pos     lexer.Position
	Targets []*suffixedExp `parser:"@@ ( ',' @@ )* '='"`
	Exprs   []*exp         `parser:"@@ ( ',' @@ )*"`
}

// callStat ::= suffixedExp   (one that ends in a call)
type callStat struct {
	Pos  lexer.Position
	Call *suffixedExp `parser:"@@"`
}

// funcBody ::= '(' [parList] ')' block 'end'
type funcBody struct {
	Pos     lexer.Position
	Params  *parList `parser:"'(' @@? ')'"`
	Body    *block   `parser:"@@ 'end'"`
	Line    int      // the line Lua records as the function's first line
	EndLine int      // line of the closing 'end'
}

// parList ::= Name {',' Name} [',' '...'] | '...'
type parList struct {
	Pos        lexer.Position
	Names      []string `parser:"  @Name ( ',' @Name )*"`
	Vararg     bool     `parser:"  ( ',' @'...' )? | @'...'"`
	VarargLine int      // line of '...'
}

// suffixedExp ::= primaryExp {suffix}
type suffixedExp struct {
	Pos      lexer.Position
	Primary  primaryExp `parser:"@@"`
	Suffixes []suffix   `parser:"@@*"`
}

// primaryExp ::= Name | '(' exp ')'
type primaryExp struct {
	Pos     lexer.Position
	Name    string `parser:"  @Name"`
	Paren   *exp   `parser:"| '(' @@ ')'"`
	EndLine int    // line of the ')' closing Paren
}

// suffix ::= '.' Name | '[' exp ']' | ':' Name args | args
//
// Args holds the arguments of both call forms.
type suffix struct {
	Pos      lexer.Position
	Field    string `parser:"  '.' @Name"`
	Index    *exp   `parser:"| '[' @@ ']'"`
	Method   string `parser:"| ':' @Name"`
	Args     *args  `parser:"  @@ | @@"`
	NameLine int    // line of Field or Method
	EndLine  int    // line of the ']' closing Index
}

// args ::= '(' [exp {',' exp}] ')' | tableCons | String
type args struct {
	Pos     lexer.Position
	List    []*exp     `parser:"  '(' ( @@ ( ',' @@ )* )? ')'"`
	Table   *tableCons `parser:"| @@"`
	Str     string     `parser:"| @String"`
	EndLine int        // line of the arguments' last token
}

// tableCons ::= '{' [field {sep field} [sep]] '}'
// sep ::= ',' | ';'
type tableCons struct {
	Pos     lexer.Position
	Fields  []*field `parser:"'{' ( @@ ( ( ',' | ';' ) @@ )* ( ',' | ';' )? )? '}'"`
	EndLine int      // line of the closing '}'
}

// field ::= '[' exp ']' '=' exp | Name '=' exp | exp
type field struct {
	Pos    lexer.Position
	Key    *exp   `parser:"(   '[' @@ ']' '='"`
	Name   string `parser:" | @Name '=' )?"`
	Value  *exp   `parser:"@@"`
	EqLine int    // line of the '=' after Key or Name
}

// exp ::= simpleExp | unop exp | exp binop exp
//
// The hook exp.Parse resolves precedence by climbing. Op is the operator
// token; L is nil for a unary operator, whose operand is R.
//
// TODO(opt): every exp embeds a simpleExp and a full lexer.Position, about 140 bytes a
// node, and a binary chain makes two nodes a term: an 800 KB chain of additions peaks
// at 385 MB, where lua5.4, which keeps no tree, needs 2 MB.
type exp struct {
	Pos    lexer.Position // the operator's position, or the simple expression's
	Op     tokenType
	L, R   *exp
	Simple simpleExp
}

// simpleExp ::= 'nil' | 'false' | 'true' | Number | String | '...'
//
//	| 'function' funcBody | tableCons | suffixedExp
type simpleExp struct {
	Nil      bool
	False    bool
	True     bool
	Number   string
	Str      string
	Vararg   bool
	Func     *funcBody
	Table    *tableCons
	Suffixed *suffixedExp
}
