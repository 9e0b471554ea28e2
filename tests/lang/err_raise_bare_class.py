# Raising an exception class without arguments: the last line is just the type name.
print('raising ValueError without a message')
raise ValueError
