# Uncaught ValueError from int() of a bad literal.
for text in ['12', '0x1f', 'seven']:
    print(int(text))
