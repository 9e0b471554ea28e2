# expect: type=ValueError line=3
x = 10 ** 100000
print(str(x))
