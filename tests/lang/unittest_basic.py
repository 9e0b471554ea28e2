# unittest: passing, failing, erroring, skipped tests; the text runner's
# report at verbosity 1 and 2 (the run time masked)
import io
import re
import unittest


def report(suite, verbosity=1, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue()), end='')
    print('result:', result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), result.wasSuccessful())
    return result


class Basics(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        """Adds badly.

        More text."""
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        x = {}
        return x['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        raise RuntimeError

    def test_skip_inside(self):
        self.skipTest('inside')

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.skipIf(True, 'if true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'unless true')
    def test_skip_unless(self):
        pass

    def test_msg(self):
        self.assertEqual('a', 'b', 'custom message')

    def test_fail_plain(self):
        self.fail('plain failure')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


loader = unittest.TestLoader()
for v in (0, 1, 2):
    print('--- verbosity', v)
    report(loader.loadTestsFromTestCase(Basics), v)
report(loader.loadTestsFromTestCase(Skipped), 2)
print(loader.getTestCaseNames(Basics))
t = Basics('test_fail')
print(t.id(), str(t), repr(t), t.shortDescription(), t.countTestCases())
print(Basics('test_pass').shortDescription())
r = unittest.TestResult()
Basics('test_pass').run(r)
print(r.testsRun, r.wasSuccessful())
r = Basics('test_fail').run()
print(type(r).__name__, r.testsRun, len(r.failures))
print(r.failures[0][1])
