# expect: type=SyntaxError line=3
# eval takes an expression: an assignment is invalid syntax in <string>.
result = eval("x = 1")
print(result)
