# str.find (start/end), startswith/endswith (tuples, start/end).
s = 'hello world, hello gil'
print(s.find('hello'), s.find('hello', 1), s.find('gil'), s.find('zz'), s.find(''), s.find('', 5), s.find('', 100))
print(s.find('o', 5, 8), s.find('o', 5, 7), s.find('l', -3), s.find('h', -100), s.find('d', 0, -11))
print('é€😀x'.find('x'), 'é€😀x'.find('😀'), 'aaa'.find('aa', 1), ''.find(''), ''.find('a'))
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6), s.startswith(''), s.startswith(('x', 'he')))
print(s.endswith('gil'), s.endswith('hello'), s.endswith('hello', 0, 18), s.endswith(('a', 'il')), s.endswith(''))
print(s.startswith('hello', 13), s.startswith('hello', 14), s.endswith('world', 0, 11), s.startswith(()))
print('abc'.startswith('abcd'), 'abc'.endswith('zabc'), ''.startswith(''), ''.endswith('a'))
