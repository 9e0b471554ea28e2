# str.encode: utf-8 by default, ascii and latin-1, their aliases
s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode(encoding='utf_8'))
print('plain'.encode('ascii'), 'plain'.encode('US-ASCII'), 'café'.encode('latin-1'))
print('café'.encode('latin1'), 'café'.encode('iso-8859-1'), 'café'.encode('L1'))
print('😀'.encode(), len('😀'.encode()), ''.encode(), '\x00'.encode())
print(len('€'.encode('utf-8')), 'ÿ'.encode('latin-1'), type(s.encode()).__name__)
print('abc'.encode('ascii', 'strict'), 'x'.encode(errors='ignore'))
