# expect: type=BufferError line=5
ba = bytearray(b"abc")
view = memoryview(ba)
view[0] = 65
ba.append(100)
