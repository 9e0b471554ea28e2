# expect: type=UnicodeDecodeError line=3
data = b'caf\xc3\xa9'.decode()
print(b'\xff\xfe'.decode('utf-8'))
