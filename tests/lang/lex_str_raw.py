# Raw string literals keep backslashes.
print(r'\n', r"\t", len(r'\n'), len(r'\\'), r'\x41')
print(r'C:\path\to\file', R'upper\R')
print(repr(r'\n'), repr(r'a\b'))
print(r'''raw \n triple''', r"""raw "quoted" \t""")
print(r'\'', len(r'\''), r"\"")
print(r'\u00e9', len(r'\u00e9'))
print('a' r'\b' 'c')
