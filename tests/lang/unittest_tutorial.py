# unittest as tutorials write it: a class under test, a base class with
# shared tests, mixins, the deprecated aliases, errors in tearDown, a
# helper that asserts, unittest.main(exit=False)
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        return self.items.pop()


class StackTests:
    def make(self):
        raise NotImplementedError

    def test_push_pop(self):
        s = self.make()
        s.push(1)
        s.push(2)
        self.assertEqual(s.pop(), 2)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.make().pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')


class TestStack(StackTests, unittest.TestCase):
    def make(self):
        return Stack()

    def check_top(self, s, want):
        self.assertEqual(s.items[-1], want, 'top of stack')

    def test_helper_fails(self):
        s = Stack()
        s.push('a')
        self.check_top(s, 'b')

    def test_aliases(self):
        self.assertEquals(1, 1)
        self.assertTrue(True)
        self.failUnless(True)

    def test_dict_subset(self):
        self.assertDictContainsSubset({'a': 1, 'c': 3}, {'a': 2, 'b': 2})


class Broken(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError('tearDown broke')

    def test_fails_too(self):
        self.assertLess(3, 2)

    def test_ok(self):
        pass


class Derived(TestStack):
    def test_extra(self):
        self.assertIsNotNone(self.make())


prog = unittest.main(exit=False, verbosity=2)
print(prog.result.testsRun, len(prog.result.failures), len(prog.result.errors))
for test, text in prog.result.failures + prog.result.errors:
    print(test)
    print(text)
