# argparse: --opt=value, -xVALUE, combined short flags, '--' ending the
# options, negative numbers as values and abbreviated long options.
import argparse

p = argparse.ArgumentParser(prog='syn')
p.add_argument('-x', type=int)
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', action='count')
p.add_argument('--output', default='-')
p.add_argument('--outside', action='store_true')
p.add_argument('--verbose', action='store_true')
p.add_argument('files', nargs='*')
print(p.parse_args(['-x5', '-ab', '-ccc']))
print(p.parse_args(['-abx', '9']))
print(p.parse_args(['-abx9']))
print(p.parse_args(['--output=o.txt', 'f1']))
print(p.parse_args(['--outp', 'o', '--verb']))
print(p.parse_args(['--outs']))
print(p.parse_args(['-x', '-3', '-5', '-2.5']))
print(p.parse_args(['--', '-a', '--output']))
print(p.parse_args(['f1', '--', '-x']))
print(p.parse_args(['-x=4']))
print(p.parse_args(['--output=']))
