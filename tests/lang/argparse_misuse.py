# argparse: programming errors raised by add_argument and friends
# (ValueError / TypeError / ArgumentError with CPython's words).
import argparse

p = argparse.ArgumentParser(prog='mis')
attempts = [
    lambda: p.add_argument('--x', nargs=0),
    lambda: p.add_argument('--x', nargs=0, action='append'),
    lambda: p.add_argument('--x', nargs=1, const=3),
    lambda: p.add_argument('pos', required=True),
    lambda: p.add_argument('pos', dest='other'),
    lambda: p.add_argument('--y', action='nonsense'),
    lambda: p.add_argument('--y', type='int'),
    lambda: p.add_argument('--y', type=argparse.FileType),
    lambda: p.add_argument('--y', nargs=2, metavar=('A', 'B', 'C')),
    lambda: p.add_argument('-'),
    lambda: p.add_argument('x', '-y'),
    lambda: argparse.ArgumentParser(conflict_handler='oops'),
    lambda: p.add_mutually_exclusive_group().add_argument('--z', required=True),
]
for attempt in attempts:
    try:
        attempt()
        print('accepted')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)
p.add_argument('-h2', action='store_true')
try:
    p.add_argument('-h2')
except argparse.ArgumentError as e:
    print(e)
try:
    p.add_argument('-h', '--help')
except argparse.ArgumentError as e:
    print(e)
