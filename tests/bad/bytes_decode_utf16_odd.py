# expect: type=UnicodeDecodeError line=2
print(b'\xff\xfeA\x00B'.decode('utf-16'))
