# argparse: action='version' prints the version (with %(prog)s) and exits 0.
import argparse

p = argparse.ArgumentParser(prog='ver')
p.add_argument('-V', '--version', action='version', version='%(prog)s 2.0')
p.print_help()
try:
    p.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)
p.parse_args(['--version'])
