# expect: type=TypeError line=3
ba = bytearray(b"abc")
print({ba: 1})
