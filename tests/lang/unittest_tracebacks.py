# unittest: the tracebacks in failure reports — frames of helpers the test
# calls, ^^^ markers, a test method that cannot be called (no frames),
# failures raised in a helper that asserts
import io
import re
import unittest


def helper(x):
    return 10 // x


def check_sorted(case, items):
    case.assertEqual(items, sorted(items))


class S(unittest.TestCase):
    def test_sig(self, arg):
        pass

    def test_deep(self):
        self.assertEqual(helper(0), 1)

    def test_markers(self):
        data = {'a': [1, 2]}
        total = data['a'][0] + data['b'][1]
        self.assertEqual(total, 3)

    def test_helper_asserts(self):
        check_sorted(self, [1, 3, 2])

    def test_raises_other(self):
        self.assertRaises(KeyError, helper, 0)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(S))
text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue())
# an error through assertRaises: CPython's report shows its own case.py
# frames as well, so only its first and last lines are compared
head, _, rest = text.partition('ERROR: test_raises_other')
print(head, end='')
lines = rest.splitlines()
print(lines[0], lines[-9:], sep='\n')
