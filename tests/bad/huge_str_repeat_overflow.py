# expect: type=OverflowError|MemoryError line=2 py=OverflowError
x = "ab" * 2 ** 62
print("never")
