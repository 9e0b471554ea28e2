# An uncaught KeyError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise KeyError')
    raise KeyError(msg)


print('start')
fail('custom KeyError message')
print('never printed')
