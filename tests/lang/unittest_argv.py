# args: -v Tests.test_b Other
# unittest.main() reads sys.argv: -v and the names of the tests to run;
# the tests print, so stdout shows which ran; the report goes to stderr
import unittest


class Tests(unittest.TestCase):
    def test_a(self):
        print('a')

    def test_b(self):
        print('b')


class Other(unittest.TestCase):
    def test_c(self):
        print('c')

    def test_d(self):
        print('d')
        self.assertEqual({'x': [1, 2]}, {'x': [1, 3]})


if __name__ == '__main__':
    unittest.main()
