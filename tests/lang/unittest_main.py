# unittest: the loader's ordering and names, suites, FunctionTestCase,
# main() with argv (-v, -q, -f, -k, test names) and exit=False, an
# IsolatedAsyncioTestCase; then a real unittest.main() that fails (exit 1)
import asyncio
import io
import re
import unittest


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        self.buf = io.StringIO()
        super().__init__(stream=self.buf, **kw)

    def run(self, test):
        result = super().run(test)
        print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', self.buf.getvalue()), end='')
        return result


class Beta(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        """Doc of test_a."""

    def test_c_fails(self):
        self.assertIn('a', 'bcd')

    def helper(self):
        pass

    check_x = 1


class Alpha(unittest.TestCase):
    def test_z(self):
        pass

    def test_10(self):
        pass

    def test_9(self):
        pass


class Events(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.log = ['asyncSetUp']

    def setUp(self):
        self.sync = 'setUp'

    async def test_await(self):
        await asyncio.sleep(0)
        self.log.append('test')
        self.assertEqual(self.sync, 'setUp')
        self.addAsyncCleanup(self.cleanup)

    async def cleanup(self):
        await asyncio.sleep(0)
        print('async cleanup after', self.log)

    async def asyncTearDown(self):
        self.log.append('asyncTearDown')


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Beta), loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Alpha))
loader = unittest.TestLoader()
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(Beta))
suite = unittest.defaultTestLoader.loadTestsFromModule(__import__('__main__'))
print(suite.countTestCases(), [t.id() for s in suite for t in s])
s = unittest.defaultTestLoader.loadTestsFromName('Beta.test_a', __import__('__main__'))
print([t.id() for t in s])
s = unittest.defaultTestLoader.loadTestsFromNames(['Alpha', 'Beta.test_b'],
                                                  __import__('__main__'))
print(s.countTestCases())
suite = unittest.TestSuite()
suite.addTest(Beta('test_b'))
suite.addTests([Alpha('test_z'), unittest.FunctionTestCase(lambda: None, description='fn')])
print(suite.countTestCases())
Runner(verbosity=2).run(suite)
try:
    suite.addTest(Beta)
except TypeError as e:
    print('TypeError:', e)
try:
    Beta('test_nothing')
except ValueError as e:
    print('ValueError:', e)

for argv in (['prog'], ['prog', '-v'], ['prog', '-q'], ['prog', '-v', '-k', 'test_a'],
             ['prog', '-k', '*z*', '-k', 'test_9'], ['prog', '-f', 'Beta'],
             ['prog', '-v', 'Alpha.test_10', 'Beta.test_a'], ['prog', 'Events']):
    print('---', argv[1:])
    prog = unittest.main(argv=argv, exit=False, testRunner=Runner,
                         testLoader=unittest.TestLoader())
    print(prog.result.testsRun, prog.result.wasSuccessful())


def async_failure():
    # only the message: CPython's report shows its event loop's frames too
    class AsyncFail(unittest.IsolatedAsyncioTestCase):
        async def test_async_fail(self):
            await asyncio.sleep(0)
            self.assertEqual(await self.value(), 2)

        async def value(self):
            return 1
    result = AsyncFail('test_async_fail').run()
    print(result.failures[0][1].splitlines()[-1])


async_failure()
print('--- main')
unittest.main(verbosity=0, testLoader=unittest.TestLoader())
