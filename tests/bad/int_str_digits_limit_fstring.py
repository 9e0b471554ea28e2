# expect: type=ValueError line=3
x = 7 ** 10000
print(f"{x}")
