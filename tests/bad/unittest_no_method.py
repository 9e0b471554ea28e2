# expect: type=ValueError line=11
# A TestCase made for a method it does not have.
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


T('test_b')
