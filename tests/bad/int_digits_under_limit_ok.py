# expect: ok
x = 10 ** 4299
print(len(str(x)), str(x)[:5], str(-x)[:5])
print(len(str(int("9" * 4300))))
