# expect: type=TypeError line=3
b = b'abc'
b[0] = 1
