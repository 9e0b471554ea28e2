# unittest's functions deprecated in 3.11 (makeSuite, findTestCases,
# getTestCaseNames), __all__, enterModuleContext, registerResult
import io
import unittest
import warnings


class T(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    suite = unittest.makeSuite(T)
    print([t.id() for t in suite])
    print(unittest.getTestCaseNames(T, 'check'))
    print(unittest.findTestCases(__import__('__main__')).countTestCases())
for w in caught:
    print(w.category.__name__, w.message)
print(sorted(unittest.__all__))


class Ctx:
    def __enter__(self):
        print('enter')
        return 'value'

    def __exit__(self, *exc):
        print('exit')


print(unittest.enterModuleContext(Ctx()))
unittest.doModuleCleanups()
r = unittest.TestResult()
unittest.registerResult(r)
print(unittest.removeResult(r), unittest.removeResult(r))
runner = unittest.TextTestRunner(stream=io.StringIO())
print(runner.run(suite).testsRun)
