# assert: passing, failing with and without a message.
assert True
assert 1 == 1, 'not shown'
assert [1]
print('passing asserts are silent')
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(str(e)))
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('AssertionError', e)
try:
    x = 5
    assert x < 0, 'x must be negative, got ' + str(x)
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('AssertionError', e)
calls = []


def msg():
    calls.append(1)
    return 'msg'


assert True, msg()
print('message not evaluated when passing:', calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
