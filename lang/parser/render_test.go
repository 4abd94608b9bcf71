// This file renders an AST back to Lua source with every operator
// parenthesised, so tests can state the tree's shape as text.

package parser

import (
	"strconv"
	"strings"
)

// render writes a chunk as one statement per line, nested blocks indented.
func render(c *Chunk) string {
	r := renderer{indent: -1}
	r.block(c.Body)
	return strings.TrimSuffix(r.b.String(), "\n")
}

type renderer struct {
	b      strings.Builder
	indent int
}

func (r *renderer) line(parts ...string) {
	r.b.WriteString(strings.Repeat("  ", r.indent))
	for _, p := range parts {
		r.b.WriteString(p)
	}
	r.b.WriteByte('\n')
}

func (r *renderer) block(b *Block) {
	r.indent++
	for _, s := range b.Stmts {
		r.stmt(s)
	}
	r.indent--
}

func (r *renderer) stmt(s Stmt) {
	switch s := s.(type) {
	case *LocalStmt:
		names := make([]string, len(s.Names))
		for i, n := range s.Names {
			names[i] = n.Name
			if n.Attrib != "" {
				names[i] += "<" + n.Attrib + ">"
			}
		}
		eq := ""
		if s.Exprs != nil {
			eq = " = " + exprList(s.Exprs)
		}
		r.line("local ", strings.Join(names, ", "), eq)
	case *AssignStmt:
		r.line(exprList(s.Targets), " = ", exprList(s.Exprs))
	case *CallStmt:
		r.line(expr(s.Call))
	case *DoStmt:
		r.line("do")
		r.block(s.Body)
		r.line("end")
	case *WhileStmt:
		r.line("while ", expr(s.Cond), " do")
		r.block(s.Body)
		r.line("end")
	case *RepeatStmt:
		r.line("repeat")
		r.block(s.Body)
		r.line("until ", expr(s.Cond))
	case *IfStmt:
		r.ifStmt(s)
	case *NumericForStmt:
		step := ""
		if s.Step != nil {
			step = ", " + expr(s.Step)
		}
		r.line("for ", s.Name, " = ", expr(s.Start), ", ", expr(s.Limit), step, " do")
		r.block(s.Body)
		r.line("end")
	case *GenericForStmt:
		r.line("for ", strings.Join(s.Names, ", "), " in ", exprList(s.Exprs), " do")
		r.block(s.Body)
		r.line("end")
	case *FunctionStmt:
		name := strings.Join(s.Path, ".")
		if s.Method != "" {
			name += ":" + s.Method
		}
		r.function("function "+name, s.Func)
	case *LocalFunctionStmt:
		r.function("local function "+s.Name, s.Func)
	case *ReturnStmt:
		r.line("return ", exprList(s.Exprs))
	case *BreakStmt:
		r.line("break")
	case *GotoStmt:
		r.line("goto ", s.Label)
	case *LabelStmt:
		r.line("::", s.Name, "::")
	}
}

func (r *renderer) ifStmt(s *IfStmt) {
	for i, c := range s.Conds {
		kw := "if "
		if i > 0 {
			kw = "elseif "
		}
		r.line(kw, expr(c), " then")
		r.block(s.Blocks[i])
	}
	if s.Else != nil {
		r.line("else")
		r.block(s.Else)
	}
	r.line("end")
}

func (r *renderer) function(head string, f *FunctionExpr) {
	r.line(head, params(f))
	r.block(f.Body)
	r.line("end")
}

func params(f *FunctionExpr) string {
	ps := append([]string(nil), f.Params...)
	if f.IsVararg {
		ps = append(ps, "...")
	}
	return "(" + strings.Join(ps, ", ") + ")"
}

func exprList(list []Expr) string {
	parts := make([]string, len(list))
	for i, e := range list {
		parts[i] = expr(e)
	}
	return strings.Join(parts, ", ")
}

// expr renders an expression; operators get parentheses, ParenExpr shows
// as [x] to tell it apart.
func expr(e Expr) string {
	switch e := e.(type) {
	case *NilExpr:
		return "nil"
	case *TrueExpr:
		return "true"
	case *FalseExpr:
		return "false"
	case *VarargExpr:
		return "..."
	case *IntExpr:
		return strconv.FormatInt(e.Value, 10)
	case *FloatExpr:
		return strconv.FormatFloat(e.Value, 'g', -1, 64) + "f"
	case *StringExpr:
		return strconv.Quote(e.Value)
	case *NameExpr:
		return e.Name
	case *IndexExpr:
		return expr(e.Obj) + "[" + expr(e.Key) + "]"
	case *CallExpr:
		return expr(e.Fn) + "(" + exprList(e.Args) + ")"
	case *MethodCallExpr:
		return expr(e.Obj) + ":" + e.Name + "(" + exprList(e.Args) + ")"
	case *FunctionExpr:
		var r renderer
		r.function("function", e)
		return strings.Join(strings.Fields(r.b.String()), " ")
	case *BinaryExpr:
		return "(" + expr(e.L) + " " + e.Op.String() + " " + expr(e.R) + ")"
	case *UnaryExpr:
		sep := ""
		if e.Op == OpNot {
			sep = " "
		}
		return "(" + e.Op.String() + sep + expr(e.X) + ")"
	case *ParenExpr:
		return "[" + expr(e.X) + "]"
	case *TableExpr:
		return table(e)
	}
	return "?"
}

func table(t *TableExpr) string {
	parts := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		parts[i] = expr(f.Value)
		if f.Key != nil {
			parts[i] = "[" + expr(f.Key) + "]=" + parts[i]
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}
