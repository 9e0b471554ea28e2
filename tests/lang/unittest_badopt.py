# args: -v --bogus
# unittest.main() with an option it does not know: the usage and the
# error on stderr, exit status 2
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


unittest.main()
