# expect: type=NotImplementedError line=12 py=ok
# unittest's buffer=True (-b) is refused: print() would not be captured.
import io
import unittest


class T(unittest.TestCase):
    def test_a(self):
        print('captured by CPython')


unittest.TextTestRunner(stream=io.StringIO(), buffer=True).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
