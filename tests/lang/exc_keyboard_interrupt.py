# KeyboardInterrupt raised and caught, then the program exits normally.
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')
print('exit normally')
