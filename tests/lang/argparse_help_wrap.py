# argparse: long usage lines wrap at the terminal width (80 columns with
# no terminal and no COLUMNS), long help text wraps, long invocations
# put their help on the next line.
import argparse

p = argparse.ArgumentParser(prog='wrapper')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']:
    p.add_argument('--' + name, metavar=name.upper() + '_VALUE',
                   help='the %s setting, which is described by a rather long sentence '
                        'that has to wrap over more than one line of the help' % name)
p.add_argument('--a-really-long-option-name-here', action='store_true', help='short')
p.add_argument('inputs', nargs='+', help='input files')
p.add_argument('output', help='where to write')
p.print_help()
q = argparse.ArgumentParser(prog='a_program_with_a_very_long_name_that_takes_up_most_of_the_line_x')
q.add_argument('--one', help='first')
q.add_argument('--two', help='second')
q.add_argument('pos', nargs='*')
q.print_help()
r = argparse.ArgumentParser(prog='onlypos')
for i in range(12):
    r.add_argument('positional_%d' % i)
print(r.format_usage(), end='')
