# expect: type=TypeError line=3
view = memoryview(b"read only")
view[0] = 65
