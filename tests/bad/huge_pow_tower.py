# expect: type=MemoryError|OverflowError line=2 py=skip
x = 10 ** 10 ** 10
print("never")
