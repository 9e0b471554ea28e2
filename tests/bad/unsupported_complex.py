# expect: type=SyntaxError|NotImplementedError line=2 py=ok
z = 1j
print(z)
