# expect: type=MemoryError|OverflowError line=2 py=MemoryError
x = list(range(10 ** 12))
print("never")
