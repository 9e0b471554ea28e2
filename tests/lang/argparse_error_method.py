# stderr: full
# argparse: parser.error() and parser.exit() print to stderr and exit.
import argparse

p = argparse.ArgumentParser(prog='me', usage='%(prog)s [options] thing')
p.add_argument('thing')
try:
    p.exit(3, 'bye\n')
except SystemExit as e:
    print('exit', e.code)
ns = p.parse_args(['t'])
if ns.thing != 'ok':
    p.error('thing must be ok, not %r' % ns.thing)
