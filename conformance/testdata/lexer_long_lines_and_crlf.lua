-- line counting with \r\n, \n\r and \r line endings
print(pcall(load("\r\n\r\nerror('line 3')", "=crlf")))
print(pcall(load("\n\r\n\rerror('line 3')", "=lfcr")))
print(pcall(load("\r\r\rerror('line 4')", "=cr")))
print(pcall(load(string.rep(" ", 10000) .. "error('long line')", "=long")))
