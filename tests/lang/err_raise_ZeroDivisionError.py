# An uncaught ZeroDivisionError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise ZeroDivisionError')
    raise ZeroDivisionError(msg)


print('start')
fail('custom ZeroDivisionError message')
print('never printed')
