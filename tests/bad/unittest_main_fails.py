# expect: type=FAILED line=none exit=1
# unittest.main() exits with status 1 when a test fails; its report (on
# stderr) ends with the summary line.
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        pass

    def test_bad(self):
        self.assertEqual([1, 2], [1, 3])


unittest.main()
