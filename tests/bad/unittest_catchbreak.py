# expect: type=NotImplementedError line=11 py=ok
# main(catchbreak=True) (-c) needs a SIGINT handler gilpy cannot install.
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


unittest.main(argv=['prog'], exit=False,
              catchbreak=True)
