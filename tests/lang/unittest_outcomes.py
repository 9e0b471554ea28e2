# unittest: outcomes at the edges — expectedFailure with failing subTests,
# sys.exit in a test, a bare @skip, assertLogs on a logger object with
# an int level, assertNoLogs as None, skipTest inside a subTest
import logging, unittest, io, re, sys


class X(unittest.TestCase):
    @unittest.expectedFailure
    def test_xf_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_exit(self):
        sys.exit(3)

    @unittest.skip
    def test_bare_skip(self):
        pass

    def test_logs(self):
        lg = logging.getLogger('x.y')
        with self.assertLogs(lg, logging.WARNING) as cm:
            lg.warning('w1')
            lg.info('ignored')
        print(cm.output, cm.records[0].levelname, cm.records[0].name)
        with self.assertNoLogs('x') as cm2:
            pass
        print(cm2)

    def test_subtest_skip(self):
        with self.subTest(k='v'):
            self.skipTest('sub skip')
        print('after sub skip')


stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(X))
print(re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue()), end='')
print(r.skipped)
