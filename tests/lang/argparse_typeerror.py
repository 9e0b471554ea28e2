# stderr: full
# argparse: ArgumentTypeError from a type function becomes the message;
# exit_on_error=False raises ArgumentError instead of exiting.
import argparse


def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n


p = argparse.ArgumentParser(prog='ev', exit_on_error=False)
p.add_argument('--n', type=even)
print(p.parse_args(['--n', '4']))
try:
    p.parse_args(['--n', '3'])
except argparse.ArgumentError as e:
    print('caught:', e, '|', e.argument_name, '|', e.message)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('caught:', e)
q = argparse.ArgumentParser(prog='ev2')
q.add_argument('n', type=even)
q.parse_args(['5'])
