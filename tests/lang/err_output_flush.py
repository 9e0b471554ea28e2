# Lots of output before a failure: all of it must reach stdout before the traceback.
for i in range(2000):
    print('line', i, 'x' * (i % 50))
print('last line without newline', end='')
x = 1 / 0
