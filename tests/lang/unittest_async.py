# unittest: IsolatedAsyncioTestCase — the order of its sync and async
# fixtures and cleanups, tasks shared between setUp and the test, a task
# left running cancelled at the end, failures and errors in async tests
import asyncio
import io
import re
import unittest

events = []


class Ordered(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.queue = asyncio.Queue()
        self.worker = asyncio.create_task(self.work())
        self.addAsyncCleanup(self.async_cleanup)
        self.addCleanup(events.append, 'sync cleanup')

    async def work(self):
        try:
            while True:
                item = await self.queue.get()
                events.append('worked ' + item)
        except asyncio.CancelledError:
            events.append('worker cancelled')
            raise

    async def async_cleanup(self):
        await asyncio.sleep(0)
        events.append('async cleanup')

    async def test_queue(self):
        await self.queue.put('x')
        await asyncio.sleep(0.01)
        events.append('test')

    def test_sync(self):
        events.append('sync test')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')


class Failing(unittest.IsolatedAsyncioTestCase):
    async def test_fail(self):
        await asyncio.sleep(0)
        self.assertEqual([1, 2], [1, 3])

    async def test_error(self):
        raise KeyError('async')

    async def test_ok(self):
        self.assertIsNotNone(asyncio.get_running_loop())


loader = unittest.TestLoader()
r = unittest.TestResult()
loader.loadTestsFromTestCase(Ordered).run(r)
print(r.testsRun, r.wasSuccessful())
for e in events:
    print(e)
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    loader.loadTestsFromTestCase(Failing))
text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue())
print(text.split('=' * 70)[0], end='')
print(text.split('-' * 70)[-1], end='')
for test, err in r.errors + r.failures:
    print(test, err.splitlines()[-1])
