-- A tokenizer, recursive-descent parser and tree-walking evaluator for a small
-- language with closures, written with a class system using inheritance and
-- metamethods; runtime errors carry the script's own line numbers
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, {__index = parent}) end
  c.new = function(...)
    local o = setmetatable({}, c)
    if o.init then o:init(...) end
    return o
  end
  c.super = parent
  return c
end

local Node = class()
function Node:init(kind, line, ...) self.kind, self.line, self.args = kind, line, {...} end
function Node:__tostring()
  local parts = {}
  for i, a in ipairs(self.args) do parts[i] = tostring(a) end
  return "(" .. self.kind .. (#parts > 0 and " " .. table.concat(parts, " ") or "") .. ")"
end

local Lexer = class()
local keywords = {let = true, fn = true, ["if"] = true, ["then"] = true, ["else"] = true,
  ["end"] = true, ["while"] = true, ["do"] = true, print = true}
function Lexer:init(src)
  self.toks, self.i = {}, 1
  local line, pos = 1, 1
  while pos <= #src do
    local c = src:sub(pos, pos)
    if c == "\n" then line = line + 1 pos = pos + 1
    elseif c:match("%s") then pos = pos + 1
    elseif src:match("^%-%-", pos) then pos = (src:find("\n", pos) or #src + 1)
    else
      local num = src:match("^%d+%.?%d*", pos)
      local id = src:match("^[%a_][%w_]*", pos)
      local op = src:match("^[=<>~]=", pos) or src:match("^[%+%-%*/%%%(%),<>=]", pos)
      local tok
      if num then tok = {t = "num", v = tonumber(num)} pos = pos + #num
      elseif id then tok = {t = keywords[id] and id or "id", v = id} pos = pos + #id
      elseif op then tok = {t = op, v = op} pos = pos + #op
      else error(string.format("line %d: unexpected character '%s'", line, c), 0) end
      tok.line = line
      self.toks[#self.toks + 1] = tok
    end
  end
  self.toks[#self.toks + 1] = {t = "eof", v = "<eof>", line = line}
end
function Lexer:peek() return self.toks[self.i] end
function Lexer:next() local t = self.toks[self.i] self.i = self.i + 1 return t end
function Lexer:expect(t)
  local tok = self:next()
  if tok.t ~= t then error(string.format("line %d: '%s' expected near '%s'", tok.line, t, tok.v), 0) end
  return tok
end

local Parser = class(Lexer)
local prec = {["=="] = 1, ["~="] = 1, ["<"] = 2, [">"] = 2, ["<="] = 2, [">="] = 2,
  ["+"] = 3, ["-"] = 3, ["*"] = 4, ["/"] = 4, ["%"] = 4}
function Parser:primary()
  local tok = self:next()
  local node
  if tok.t == "num" then node = Node.new("num", tok.line, tok.v)
  elseif tok.t == "id" then node = Node.new("var", tok.line, tok.v)
  elseif tok.t == "(" then node = self:expr(0) self:expect(")")
  elseif tok.t == "-" then node = Node.new("neg", tok.line, self:primary())
  elseif tok.t == "fn" then
    self:expect("(")
    local params = {}
    if self:peek().t ~= ")" then
      repeat params[#params + 1] = self:expect("id").v until self:peek().t ~= "," or not self:next()
    end
    self:expect(")")
    node = Node.new("fn", tok.line, params, self:block())
    self:expect("end")
  else error(string.format("line %d: unexpected '%s'", tok.line, tok.v), 0) end
  while self:peek().t == "(" do
    local line = self:next().line
    local args = {}
    if self:peek().t ~= ")" then
      repeat args[#args + 1] = self:expr(0) until self:peek().t ~= "," or not self:next()
    end
    self:expect(")")
    node = Node.new("call", line, node, args)
  end
  return node
end
function Parser:expr(min)
  local left = self:primary()
  while prec[self:peek().t] and prec[self:peek().t] > min do
    local op = self:next()
    left = Node.new("bin", op.line, op.t, left, self:expr(prec[op.t]))
  end
  return left
end
function Parser:statement()
  local tok = self:peek()
  if tok.t == "let" then
    self:next()
    local name = self:expect("id").v
    self:expect("=")
    return Node.new("let", tok.line, name, self:expr(0))
  elseif tok.t == "print" then
    self:next()
    return Node.new("print", tok.line, self:expr(0))
  elseif tok.t == "if" then
    self:next()
    local cond = self:expr(0)
    self:expect("then")
    local yes, no = self:block(), nil
    if self:peek().t == "else" then self:next() no = self:block() end
    self:expect("end")
    return Node.new("if", tok.line, cond, yes, no)
  elseif tok.t == "while" then
    self:next()
    local cond = self:expr(0)
    self:expect("do")
    local body = self:block()
    self:expect("end")
    return Node.new("while", tok.line, cond, body)
  elseif tok.t == "id" and self.toks[self.i + 1].t == "=" then
    self:next() self:next()
    return Node.new("set", tok.line, tok.v, self:expr(0))
  end
  return Node.new("expr", tok.line, self:expr(0))
end
function Parser:block()
  local stmts = {}
  while not ({["end"] = true, ["else"] = true, eof = true})[self:peek().t] do
    stmts[#stmts + 1] = self:statement()
  end
  return stmts
end

local Env = class()
function Env:init(parent) self.vars, self.parent = {}, parent end
function Env:lookup(name, line)
  local e = self
  while e do
    if e.vars[name] ~= nil then return e end
    e = e.parent
  end
  error(string.format("line %d: undefined variable '%s'", line, name), 0)
end

local ops = {
  ["+"] = function(a, b) return a + b end, ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end, ["/"] = function(a, b) return a // b end,
  ["%"] = function(a, b) return a % b end, ["<"] = function(a, b) return a < b end,
  [">"] = function(a, b) return a > b end, ["<="] = function(a, b) return a <= b end,
  [">="] = function(a, b) return a >= b end, ["=="] = function(a, b) return a == b end,
  ["~="] = function(a, b) return a ~= b end,
}
local eval, exec
function eval(n, env, out)
  local k, a = n.kind, n.args
  if k == "num" then return a[1]
  elseif k == "var" then return env:lookup(a[1], n.line).vars[a[1]]
  elseif k == "neg" then return -eval(a[1], env, out)
  elseif k == "bin" then
    local ok, v = pcall(ops[a[1]], eval(a[2], env, out), eval(a[3], env, out))
    if not ok then error(string.format("line %d: %s", n.line, v:gsub("^.-:%d+: ", "")), 0) end
    return v
  elseif k == "fn" then return {params = a[1], body = a[2], env = env}
  elseif k == "call" then
    local f = eval(a[1], env, out)
    if type(f) ~= "table" then error(string.format("line %d: calling a %s", n.line, type(f)), 0) end
    local callEnv = Env.new(f.env)
    for i, p in ipairs(f.params) do callEnv.vars[p] = eval(a[2][i], env, out) or false end
    return exec(f.body, callEnv, out)
  end
end
function exec(stmts, env, out)
  local last
  for _, s in ipairs(stmts) do
    local k, a = s.kind, s.args
    if k == "let" then env.vars[a[1]] = eval(a[2], env, out)
    elseif k == "set" then env:lookup(a[1], s.line).vars[a[1]] = eval(a[2], env, out)
    elseif k == "print" then local v = eval(a[1], env, out) out[#out + 1] = type(v) == "table" and "<fn>" or tostring(v)
    elseif k == "if" then
      if eval(a[1], env, out) then last = exec(a[2], Env.new(env), out)
      elseif a[3] then last = exec(a[3], Env.new(env), out) end
    elseif k == "while" then
      while eval(a[1], env, out) do exec(a[2], Env.new(env), out) end
    else last = eval(a[1], env, out) end
  end
  return last
end

local function run(src)
  local out = {}
  local ok, err = pcall(function()
    local p = Parser.new(src)
    local prog = p:block()
    p:expect("eof")
    exec(prog, Env.new(), out)
  end)
  print(table.concat(out, " ") .. (ok and "" or " !! " .. err))
end

run[[
let fib = fn(n) if n < 2 then n else fib(n - 1) + fib(n - 2) end end
print fib(20)
let make = fn(start) let c = start fn() c = c + 1 c end end
let counter = make(10)
counter() counter()
print counter()
let i = 0 let acc = 0
while i < 100 do i = i + 1 if i % 3 == 0 then acc = acc + i end end
print acc
print 7 / 2 print -7 % 3 print 2 * (3 + 4) == 14
]]
run("let x = 1\nprint x\nprint y")
run("let f = 5\nf(1)")
run("let a = 1 +\n\n")
run("print 1 / 0")
run("let s = 3 $ 4")
run("if 1 then print 1")
print(tostring(Node.new("bin", 1, "+", Node.new("num", 1, 1), Node.new("var", 1, "x"))))
print(getmetatable(Parser.new("x")).__index == Parser, Parser.super == Lexer, rawget(Parser, "peek"))
