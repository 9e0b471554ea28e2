# args: first 2 third
# sys.argv: the script name (as given on the command line) and its arguments.
import sys
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith('mod_sys_argv.py'))
for i, a in enumerate(sys.argv[1:]):
    print(i, a, isinstance(a, str))
print(int(sys.argv[2]) * 10)
