-- an error several calls deep shows a traceback of every level
local M = {}
function M.leaf(x) return x.missing.field end
local function middle(x) local r = M.leaf(x) return r end
function outer(x) return (middle(x)) end
local obj = {}
function obj:method() return outer({}) end
obj:method()
