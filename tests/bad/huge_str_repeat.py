# expect: type=MemoryError|OverflowError line=2 py=MemoryError
x = "ab" * 10 ** 12
print("never")
