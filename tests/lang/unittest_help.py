# args: -h
# unittest.main() -h: the help of CPython 3.11's argparse parser and
# its examples, exit status 0
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


unittest.main()
