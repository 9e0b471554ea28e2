# Single, double and triple quotes; quotes inside quotes; adjacent literals.
print('single', "double", '''triple single''', """triple double""")
print('it"s', "it's", 'a\'b', "a\"b")
print('' == "", len(''), len(""), len(''''''), len(""""""))
print('con' 'cat' "en" """ation""")
print("""multi
line
string""")
print('''has 'single' and "double" quotes''')
print("""ends with quote\"""")
print('''a ''b'' c''')
x = """
leading and trailing newline
"""
print(repr(x), len(x))
print(repr('a' "b"))
print("x" * 3, 'ab' + "cd")
