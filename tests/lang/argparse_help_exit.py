# args: --help
# argparse: -h / --help prints the help to stdout and raises SystemExit(0).
import argparse

p = argparse.ArgumentParser(description='help then exit')
p.add_argument('--flag', action='store_true', help='a flag')
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit code', e.code)
p.parse_args()
print('not reached')
