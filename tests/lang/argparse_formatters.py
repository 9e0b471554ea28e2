# argparse: formatter_class RawDescriptionHelpFormatter,
# RawTextHelpFormatter, ArgumentDefaultsHelpFormatter and
# MetavarTypeHelpFormatter.
import argparse

desc = '''first line
    indented second line

third paragraph'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='  end\n  here',
                                formatter_class=cls)
    p.add_argument('--n', type=int, default=3, help='a number\n  kept as written')
    p.add_argument('--s', help='no default shown')
    p.add_argument('pos', nargs='?', default='p', help='positional')
    p.add_argument('req', help='required')
    print('=====', cls.__name__)
    p.print_help()
m = argparse.ArgumentParser(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--x', type=int)
m.add_argument('y', type=float)
m.print_help()
