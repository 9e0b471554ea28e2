# An uncaught RuntimeError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise RuntimeError')
    raise RuntimeError(msg)


print('start')
fail('custom RuntimeError message')
print('never printed')
