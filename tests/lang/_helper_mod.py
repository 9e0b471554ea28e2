# Imported by mod_import_sibling.py (not a test: the runner skips _*.py).
GREETING = 'hello from the helper'
counter = 0
print('helper module body runs once, __name__ =', __name__)


def bump(n=1):
    global counter
    counter += n
    return counter


def square(x):
    return x * x


if __name__ == '__main__':
    print('never printed when imported')
