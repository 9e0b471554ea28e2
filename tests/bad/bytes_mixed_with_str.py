# expect: type=SyntaxError line=2
y = b'a' 'b'
print(y)
