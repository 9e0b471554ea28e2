# An uncaught KeyboardInterrupt: CPython prints the traceback and dies of SIGINT.
print('start')
raise KeyboardInterrupt
