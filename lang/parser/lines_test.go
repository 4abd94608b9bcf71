// This file checks the lines recorded in the tree, which the compiler turns
// into line info and error positions.

package parser

import "testing"

func TestLines(t *testing.T) {
	t.Parallel()
	src := "local x = 1 +\n" + // 1
		"  2\n" + // 2
		"f(\n" + // 3
		"1)\n" + // 4
		"local g = function\n" + // 5
		"(a)\n" + // 6
		"end\n" + // 7
		"function h\n" + // 8
		"() end\n" + // 9
		"t = {\n" + // 10
		"}\n" + // 11
		"s = [[a\n" + // 12
		"b]]\n" + // 13
		"if x then\n" + // 14
		"end" // 15
	c, err := Parse("=test", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	st := c.Body.Stmts
	loc := st[0].(*LocalStmt)
	call := st[1].(*CallStmt).Call.(*CallExpr)
	fexp := st[2].(*LocalStmt).Exprs[0].(*FunctionExpr)
	fstat := st[3].(*FunctionStmt)
	tab := st[4].(*AssignStmt).Exprs[0].(*TableExpr)
	str := st[5].(*AssignStmt).Exprs[0].(*StringExpr)
	ifs := st[6].(*IfStmt)
	tests := []struct {
		what      string
		got, want int
	}{
		{"local statement", loc.Line(), 1},
		{"'+' operator", loc.Exprs[0].Line(), 1},
		{"right operand", loc.Exprs[0].(*BinaryExpr).R.Line(), 2},
		{"call", call.Line(), 3},
		{"call argument", call.Args[0].Line(), 4},
		{"function expression first line", fexp.Line(), 6},
		{"function expression end", fexp.EndLine, 7},
		{"function statement first line", fstat.Func.Line(), 8},
		{"function statement", fstat.Line(), 8},
		{"function statement end", fstat.Func.EndLine, 9},
		{"table", tab.Line(), 10},
		{"table end", tab.EndLine, 11},
		{"long string", str.Line(), 13},
		{"if", ifs.Line(), 14},
		{"if block end", ifs.Blocks[0].EndLine, 15},
		{"chunk end", c.Body.EndLine, 15},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: line %d, want %d", tc.what, tc.got, tc.want)
		}
	}
}
