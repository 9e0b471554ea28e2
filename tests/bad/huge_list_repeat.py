# expect: type=MemoryError|OverflowError line=2 py=MemoryError
x = [0] * 10 ** 12
print("never")
