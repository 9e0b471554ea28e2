# An uncaught TypeError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise TypeError')
    raise TypeError(msg)


print('start')
fail('custom TypeError message')
print('never printed')
