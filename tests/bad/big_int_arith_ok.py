# expect: ok
x = 3 ** 200000
y = x * x + x // 7
print(y % 1000000007, x % 998244353)
