# expect: type=MemoryError|OverflowError line=2 py=MemoryError
x = 1 << 10 ** 12
print("never")
