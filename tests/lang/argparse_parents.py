# argparse: parents= shares arguments; conflict_handler='resolve';
# add_help=False; prefix_chars.
import argparse

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--verbose', action='store_true', help='be loud')
base.set_defaults(mode='base')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('x')
print(child.parse_args(['--verbose', '1']))
child.print_help()
r = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old foo')
r.add_argument('--foo', help='new foo')
r.print_help()
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
plus.add_argument('+f', action='store_true')
plus.add_argument('//bar')
print(plus.parse_args(['+f', '//bar', 'B']))
plus.print_help()
try:
    argparse.ArgumentParser().add_argument('--x').container.add_argument('--x')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
