-- unusual sets: ranges with classes, escaped dashes, caret positions
print(("a-z"):gsub("[%a-]", "."))
print(("abc-123"):gsub("[a%-c]", "."))
print(("^ab"):gsub("[b^]", "."))
print(("]x]"):gsub("[]x]", "."))
print(("a]"):gsub("[^]]", "."))
print(("az09"):gsub("[%w-]", "."), ("-"):gsub("[a-]", "."))
print(("ABC"):gsub("[A-B-C]", "."))
