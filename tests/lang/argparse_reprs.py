# argparse: reprs of actions, parsers and FileType; SUPPRESS and nargs
# constants; the exception classes.
import argparse

p = argparse.ArgumentParser(prog='r', description='d')
a = p.add_argument('--x', type=int, default=3, help='h')
print(a)
print(p)
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE,
      argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)
print(argparse.FileType('w'), argparse.FileType('rb', encoding='utf-8'))
print(issubclass(argparse.ArgumentError, Exception),
      issubclass(argparse.ArgumentTypeError, Exception))
print(isinstance(a, argparse.Action))
