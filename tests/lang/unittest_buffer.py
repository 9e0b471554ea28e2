# unittest's buffer=True: a test's output is captured and shown only in the
# report of a failing or erroring test (Stdout:/Stderr: blocks), and
# class fixtures' output too; passing tests stay quiet.
import io
import re
import sys
import unittest


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("class setup says hi")

    def test_pass(self):
        print("quiet pass")
        self.assertTrue(True)

    def test_fail(self):
        print("about to fail")
        print("on stderr", file=sys.stderr)
        self.assertEqual(1, 2)

    def test_error(self):
        print("no newline", end="")
        raise ValueError("boom")

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                print("sub", i)
                self.assertLess(i, 2)


out = io.StringIO()
r = unittest.TextTestRunner(stream=out, buffer=True, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", out.getvalue()))
print(r.testsRun, len(r.failures), len(r.errors), sys.stdout is sys.__stdout__ if hasattr(sys, '__stdout__') else True)
print("after: stdout is back")
r2 = unittest.TextTestRunner(stream=io.StringIO(), buffer=False).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r2.testsRun)
