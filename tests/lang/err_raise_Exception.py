# An uncaught Exception raised by the program, with output printed before it.
def fail(msg):
    print('about to raise Exception')
    raise Exception(msg)


print('start')
fail('custom Exception message')
print('never printed')
