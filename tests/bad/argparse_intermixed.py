# expect: type=NotImplementedError line=8 py=ok
# argparse: parse_intermixed_args is not supported by gilpy; it fails
# naming itself rather than parsing differently.
import argparse

p = argparse.ArgumentParser(prog='tool')
p.add_argument('x', nargs='*')
print(p.parse_intermixed_args(['a', 'b']))
