# expect: type=TypeError line=11
# assertRaises wants an exception type, not an instance.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


T().assertRaises(ValueError('x'), int, 'y')
