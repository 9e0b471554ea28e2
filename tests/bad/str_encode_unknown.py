# expect: type=LookupError line=2
print('abc'.encode('utf-9'))
