# expect: type=SyntaxError line=4
x = 1
print(x)
if x == 1
    print("one")
