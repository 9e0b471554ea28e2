# unittest: reprs, runTest, skips from fixtures, expectedFailure on a
# class, errors in fixtures and cleanups of every level, module fixtures
import io
import re
import unittest


def report(suite, verbosity=2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue()), end='')
    return result


class Single(unittest.TestCase):
    def runTest(self):
        self.assertNotEqual(1, 2)


class SkipInClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no database')

    def test_a(self):
        pass


@unittest.expectedFailure
class AllExpected(unittest.TestCase):
    def test_fails(self):
        raise ValueError


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def bad():
            raise KeyError('class cleanup')
        cls.addClassCleanup(bad)

    @classmethod
    def tearDownClass(cls):
        raise OSError('tearDownClass')

    def test_a(self):
        pass


class Empty(unittest.TestCase):
    pass


loader = unittest.TestLoader()
print(unittest.TestResult())
r = unittest.TestResult()
print(r.wasSuccessful(), r.shouldStop, r.failfast)
suite = loader.loadTestsFromTestCase(Single)
print(suite, suite.countTestCases())
print(unittest.TestSuite([Single()]) == unittest.TestSuite([Single()]))
print(Single() == Single(), hash(Single()) == hash(Single()))
print(repr(Single()), str(Single()), Single().id())
print(loader.loadTestsFromTestCase(Empty).countTestCases())
for cls in (Single, SkipInClass, AllExpected, BadTearDownClass):
    print('---', cls.__name__)
    r = report(loader.loadTestsFromTestCase(cls))
    print(r.testsRun, len(r.errors), len(r.skipped), len(r.expectedFailures))
    print([str(t) for t, _ in r.errors + r.skipped])
f = unittest.FunctionTestCase(lambda: None)
print(f.id(), f.shortDescription())
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage,
      unittest.TestCase.failureException)
print(unittest.SkipTest.__mro__[1], issubclass(unittest.TextTestResult, unittest.TestResult))
print(type(unittest.defaultTestLoader).__name__, unittest.main is unittest.TestProgram)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print('TypeError:', e)
