# stderr: full
# argparse: how words are shared out between positionals of every nargs
# kind, around options and '--', for many small combinations.
import argparse
import itertools

KINDS = [None, '?', '*', '+', 2, argparse.REMAINDER]
WORDS = [[], ['a'], ['a', 'b'], ['a', '-o', 'x', 'b'], ['a', '--', 'b', 'c'],
         ['-o', 'x', 'a', 'b', 'c'], ['--', '-o', 'a'], ['a', 'b', 'c', 'd', '-o', 'y']]
for first, second in itertools.product(KINDS, KINDS):
    p = argparse.ArgumentParser(prog='mix', exit_on_error=False)
    p.add_argument('-o')
    p.add_argument('p1', nargs=first)
    p.add_argument('p2', nargs=second)
    for words in WORDS:
        try:
            print(first, second, words, p.parse_args(words))
        except argparse.ArgumentError as e:
            print(first, second, words, 'ArgumentError:', e)
        except SystemExit as e:
            print(first, second, words, 'exit', e.code)
