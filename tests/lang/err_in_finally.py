# finally runs and prints before the exception propagates out of the program.
def work():
    try:
        print('working')
        raise ValueError('during work')
    finally:
        print('cleanup in finally')


work()
