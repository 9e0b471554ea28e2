# Triple-quoted strings: newlines, indentation and quotes are kept.
def doc():
    """A docstring is just an expression statement."""
    s = """first
    second (indented)
third"""
    return s


print(doc())
print(len(doc()), doc().split('\n'))
t = '''it's "fine"'''
print(t)
u = """a ""quoted"" word"""
print(u)
v = """
"""
print(repr(v))
w = """\
no leading newline"""
print(repr(w))
print("""tab	inside""")
print("""x""" + '''y''')
