# expect: type=UnicodeEncodeError line=3
print('abc'.encode('ascii'))
print('café'.encode('ascii'))
