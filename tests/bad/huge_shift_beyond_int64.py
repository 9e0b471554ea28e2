# expect: type=MemoryError|OverflowError line=2 py=MemoryError|OverflowError
x = 1 << 2 ** 63
print("never")
