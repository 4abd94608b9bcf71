-- a chunk that writes to its environment
result = "set in env"
return tostring(result)
