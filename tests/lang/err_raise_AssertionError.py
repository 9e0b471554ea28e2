# An uncaught AssertionError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise AssertionError')
    raise AssertionError(msg)


print('start')
fail('custom AssertionError message')
print('never printed')
