# An uncaught MemoryError raised by the program, with output printed before it.
def fail(msg):
    print('about to raise MemoryError')
    raise MemoryError(msg)


print('start')
fail('custom MemoryError message')
print('never printed')
