# expect: type=ValueError line=3
ok = bytes([1, 2, 255])
bad = bytes([1, 256])
print(ok, bad)
