# expect: ok
print(pow(3, 10 ** 18, 10 ** 9 + 7))
