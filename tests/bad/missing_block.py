# expect: type=IndentationError line=4
x = 1
if x:
print("not indented")
