# IndexError messages.
# Each case prints the exception type and message CPython gives.
lst = [1, 2, 3]
empty = []
try:
    print('lst[3]', repr(lst[3]))
except Exception as e:
    print('lst[3]', type(e).__name__, e)
try:
    print('lst[-4]', repr(lst[-4]))
except Exception as e:
    print('lst[-4]', type(e).__name__, e)
try:
    print("'abc'[5]", repr('abc'[5]))
except Exception as e:
    print("'abc'[5]", type(e).__name__, e)
try:
    print("''[0]", repr(''[0]))
except Exception as e:
    print("''[0]", type(e).__name__, e)
try:
    print('(1,)[1]', repr((1,)[1]))
except Exception as e:
    print('(1,)[1]', type(e).__name__, e)
try:
    print('()[0]', repr(()[0]))
except Exception as e:
    print('()[0]', type(e).__name__, e)
try:
    print('range(3)[3]', repr(range(3)[3]))
except Exception as e:
    print('range(3)[3]', type(e).__name__, e)
try:
    print('range(0)[-1]', repr(range(0)[-1]))
except Exception as e:
    print('range(0)[-1]', type(e).__name__, e)
try:
    print('empty.pop()', repr(empty.pop()))
except Exception as e:
    print('empty.pop()', type(e).__name__, e)
try:
    print('lst.pop(10)', repr(lst.pop(10)))
except Exception as e:
    print('lst.pop(10)', type(e).__name__, e)
try:
    print('lst.pop(-10)', repr(lst.pop(-10)))
except Exception as e:
    print('lst.pop(-10)', type(e).__name__, e)
try:
    lst[5] = 0
    print('lst[5] = 0', 'no error')
except Exception as e:
    print('lst[5] = 0', type(e).__name__, e)
try:
    del lst[7]
    print('del lst[7]', 'no error')
except Exception as e:
    print('del lst[7]', type(e).__name__, e)
try:
    empty[0] = 1
    print('empty[0] = 1', 'no error')
except Exception as e:
    print('empty[0] = 1', type(e).__name__, e)
try:
    print('lst.insert(100, 4) or lst', repr(lst.insert(100, 4) or lst))
except Exception as e:
    print('lst.insert(100, 4) or lst', type(e).__name__, e)
try:
    print('[[1]][0][1]', repr([[1]][0][1]))
except Exception as e:
    print('[[1]][0][1]', type(e).__name__, e)
