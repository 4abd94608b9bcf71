-- escape sequences in short strings
print("tab:\t|", "nl:\\n", "quote:\"", 'single:\'', "bs:\\")
print(#"\a\b\f\n\r\t\v", string.byte("\a\b\f\n\r\t\v", 1, -1))
print("\65\066\0677", "\x41\x62", "\u{48}\u{49}", #"\0", #"\x00\z
       abc")
print(string.byte("\u{7FF}", 1, -1))
print(string.byte("\u{FFFF}", 1, -1))
print(string.byte("\u{10FFFF}", 1, -1))
print(string.byte("\u{7FFFFFFF}", 1, -1))
print("line1\
line2")
print("a\z
      b")
print("\255" == "\xff", "\u{0}" == "\0")
