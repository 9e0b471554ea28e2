# An uncaught ValueError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise ValueError')
    raise ValueError(msg)


print('start')
fail('custom ValueError message')
print('never printed')
