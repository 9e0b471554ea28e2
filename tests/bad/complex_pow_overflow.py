# expect: type=OverflowError line=3
# an infinite power
print((1e200 + 1j) ** 2)
