# expect: type=ValueError line=4
view = memoryview(bytearray(b"x"))
view.release()
print(view[0])
