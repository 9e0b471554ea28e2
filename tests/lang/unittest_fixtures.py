# unittest: subTest reports, class and module fixtures, cleanups, the
# order fixtures run in, failfast
import io
import re
import sys
import unittest

events = []


def report(suite, verbosity=2, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue()), end='')
    return result


class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertTrue(False)
            with self.subTest():
                raise ValueError('plain')

    def test_after(self):
        with self.subTest(msg='m'):
            pass
        self.assertEqual(1, 1)


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')
        cls.addClassCleanup(events.append, 'class cleanup')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup 1')
        self.addCleanup(events.append, 'cleanup 2')

    def tearDown(self):
        events.append('tearDown')

    def test_one(self):
        events.append('one')

    def test_two(self):
        events.append('two')
        self.fail('two fails')


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('no class today')

    def test_never(self):
        events.append('never')


class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, 'cleanup despite setUp')
        raise KeyError('setup')

    def test_x(self):
        events.append('not run')


class BadCleanup(unittest.TestCase):
    def test_x(self):
        def boom():
            raise OSError('cleanup broke')
        self.addCleanup(boom)


class Chained(unittest.TestCase):
    def test_context(self):
        try:
            {}['k']
        except KeyError:
            raise ValueError('while handling')

    def test_cause(self):
        try:
            int('x')
        except ValueError as e:
            raise RuntimeError('wrapped') from e


loader = unittest.TestLoader()
for cls in (Sub, Fixtures, BadSetUpClass, BadSetUp, BadCleanup, Chained):
    print('---', cls.__name__)
    events.clear()
    r = report(loader.loadTestsFromTestCase(cls))
    print(events, r.testsRun, len(r.failures), len(r.errors))

print('--- module')
events.clear()
report(loader.loadTestsFromTestCase(Fixtures), 0)
print(events)
print('--- failfast')
report(loader.loadTestsFromTestCase(Sub), 1, failfast=True)
