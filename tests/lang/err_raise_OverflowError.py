# An uncaught OverflowError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise OverflowError')
    raise OverflowError(msg)


print('start')
fail('custom OverflowError message')
print('never printed')
