# expect: type=MemoryError|OverflowError line=2 py=skip
x = 2 ** (2 ** 40)
print("never")
