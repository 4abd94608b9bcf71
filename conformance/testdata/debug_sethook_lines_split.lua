-- line events of constructs whose tokens are spread over several lines: the
-- line of 'then', 'do', ')' or ']' is where the code after it runs
local function trace(src)
  local f = assert(load(src))
  local lines = {}
  debug.sethook(function(_, l) lines[#lines + 1] = l end, "l")
  f()
  debug.sethook()
  print(table.concat(lines, " "))
end
trace("if\nmath.sin(1)\nthen\n  a=1\nelse\n  a=2\nend\n")
trace("local a\na=1\nwhile a<=3 do\n  a=a+1\nend\n")
trace("while math.sin(1) do\n  if math.sin(1)\n  then break\n  end\nend\na=1")
trace("for i = 1,\n2\ndo\nend")
trace("for k in pairs{1}\ndo\nend")
trace("local t = {m = function() end}\nt\n:m(\n1\n)\nlocal x = t[\n1\n]")
trace("local f = function(\n...\n)\nreturn ...\nend\nf(\n1\n)")
trace("local x\n\nlocal y = (\nx\n)\nx = {\n[1]\n= 2}")
