-- to-be-closed variables are closed before the error is reported
local function res(name)
  return setmetatable({}, {__close = function(_, e) print("closing", name, e) end})
end
local a <close> = res("a")
do
  local b <close> = res("b")
  error("failure with pending closes")
end
