# unittest: every assert method's failure message, as CPython 3.11 words it
import logging
import unittest
import warnings


class Asserts(unittest.TestCase):
    maxDiff = None

    def check(self, fn, *args, **kw):
        try:
            fn(*args, **kw)
        except self.failureException as e:
            print(fn.__name__, '->', str(e))
        else:
            print(fn.__name__, 'passed')


class Point:
    def __repr__(self):
        return 'Point()'


t = Asserts('check')
c = t.check
c(t.assertEqual, 1, 2)
c(t.assertEqual, 'abc', 'abd')
c(t.assertEqual, 'one\ntwo\nthree\n', 'one\nTwo\nthree\n')
c(t.assertEqual, [1, 2, 3], [1, 5, 3])
c(t.assertEqual, [1, 2, 3], [1, 2])
c(t.assertEqual, (1, 2), (1, 2, 3, 4))
c(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
c(t.assertEqual, {1, 2}, {2, 3})
c(t.assertEqual, frozenset([1]), frozenset())
c(t.assertEqual, list(range(30)), list(range(1, 31)))
c(t.assertEqual, 'x' * 100, 'x' * 99 + 'y')
c(t.assertEqual, {'key%d' % i: i for i in range(10)}, {'key%d' % i: i + (i == 5) for i in range(10)})
c(t.assertNotEqual, 1, 1)
c(t.assertTrue, 0)
c(t.assertFalse, [1])
c(t.assertIs, 1, None)
c(t.assertIsNot, None, None)
c(t.assertIsNone, 5)
c(t.assertIsNotNone, None)
c(t.assertIn, 'a', 'bcd')
c(t.assertNotIn, 2, [1, 2])
c(t.assertIsInstance, 1, str)
c(t.assertNotIsInstance, 1, int)
c(t.assertIsInstance, Point(), (int, str))
c(t.assertAlmostEqual, 1.0, 1.1)
c(t.assertAlmostEqual, 1.0, 1.00000001)
c(t.assertAlmostEqual, 1.0, 1.5, places=1)
c(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
c(t.assertNotAlmostEqual, 1.0, 1.00000001)
c(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
c(t.assertGreater, 1, 2)
c(t.assertGreaterEqual, 1, 2)
c(t.assertLess, 2, 1)
c(t.assertLessEqual, 2, 1)
c(t.assertRegex, 'hello', 'x+')
c(t.assertNotRegex, 'hello', 'l+')
c(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
c(t.assertCountEqual, [[1], [2]], [[2], [2]])
c(t.assertMultiLineEqual, 'a\nb\n', 'a\nc\n')
c(t.assertSequenceEqual, [1, 2], (1, 3))
c(t.assertListEqual, [1], (1,))
c(t.assertTupleEqual, (1,), (2,))
c(t.assertSetEqual, {1}, set())
c(t.assertDictEqual, {}, {'a': 1})
c(t.assertEqual, 1, 2, msg='extra')
t.longMessage = False
c(t.assertEqual, 1, 2, msg='only this')
c(t.assertEqual, 1, 2)
t.longMessage = True
t.maxDiff = 20
c(t.assertEqual, [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 7])
t.maxDiff = None

# assertRaises: the callable form, the context manager and .exception
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
t.assertRaises(KeyError, {}.__getitem__, 'k')
c(t.assertRaises, ValueError, lambda: None)
c(t.assertRaises, ValueError, len, [])


def raises_ctx():
    with t.assertRaises(ValueError):
        pass


c(raises_ctx)


def raises_regex():
    with t.assertRaisesRegex(ValueError, 'bad.*thing'):
        raise ValueError('a good thing')


c(raises_regex)
with t.assertRaisesRegex(ValueError, r'\d+') as cm:
    int('12x')
print(cm.exception)
try:
    with t.assertRaises(KeyError):
        raise IndexError('other')
except IndexError as e:
    print('passes through:', e)
try:
    t.assertRaises(1)
except TypeError as e:
    print('TypeError:', e)
with t.assertRaises((KeyError, IndexError)):
    [][1]


def warns():
    with t.assertWarns(DeprecationWarning):
        warnings.warn('old', UserWarning)


c(warns)
with t.assertWarns(UserWarning) as cm:
    warnings.warn('careful', UserWarning)
print(cm.warning)
with t.assertWarnsRegex(UserWarning, 'care'):
    warnings.warn('careful', UserWarning)


def warns_regex():
    with t.assertWarnsRegex(UserWarning, 'xyz'):
        warnings.warn('careful', UserWarning)


c(warns_regex)

log = logging.getLogger('app')
with t.assertLogs('app', level='INFO') as cm:
    log.info('first')
    log.warning('second %d', 2)
print(cm.output)
print([r.getMessage() for r in cm.records])


def no_logs():
    with t.assertLogs('app', level='ERROR'):
        log.info('quiet')


c(no_logs)


def some_logs():
    with t.assertNoLogs('app'):
        log.warning('loud')


c(some_logs)
with t.assertNoLogs('app', level='ERROR'):
    log.info('fine')

# the default maxDiff, nested containers wrapped as pprint wraps them
t.maxDiff = 80 * 8
text1 = ''.join('line %d of the text\n' % i for i in range(60))
text2 = text1.replace('line 30', 'LINE 30')
c(t.assertEqual, text1, text2)
c(t.assertEqual, {'names': ['ann', 'bob', 'cy'] * 5, 'ages': list(range(12))},
  {'names': ['ann', 'bob', 'cy'] * 5, 'ages': list(range(1, 13))})
c(t.assertEqual, [('a', 1), ('b', 2)] * 8, [('a', 1), ('b', 2)] * 7 + [('a', 1), ('c', 2)])
c(t.assertEqual, b'abc', b'abd')
c(t.assertCountEqual, 'aab', 'abb')
c(t.assertSequenceEqual, 1, [1])
c(t.assertEqual, 'single line', 'single  line')
c(t.assertEqual, 'a\r\nb', 'a\nb')


class MyError(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyError

    def runTest(self):
        pass


try:
    Custom().assertEqual(1, 2)
except MyError as e:
    print('MyError:', e)


def raises_msg():
    with t.assertRaises(ValueError, msg='needs a ValueError'):
        pass


c(raises_msg)
c(t.assertWarns, UserWarning, lambda: None)
t.assertWarns(UserWarning, warnings.warn, 'w', UserWarning)
with t.assertLogs() as cm:
    logging.getLogger().error('to the root')
print(cm.output)
