# An uncaught NameError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise NameError')
    raise NameError(msg)


print('start')
fail('custom NameError message')
print('never printed')
