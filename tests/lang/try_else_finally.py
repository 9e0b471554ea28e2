# else runs when nothing was raised; finally always runs.
def attempt(v):
    log = []
    try:
        log.append('try')
        if v:
            raise ValueError(v)
    except ValueError as e:
        log.append('except ' + str(e))
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log


print(attempt(''))
print(attempt('boom'))


def finally_on_break():
    out = []
    for i in range(3):
        try:
            if i == 1:
                break
            out.append(i)
        finally:
            out.append('f' + str(i))
    return out


def finally_on_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f' + str(i))
    return out


print(finally_on_break(), finally_on_continue())


def finally_propagates():
    try:
        raise KeyError('k')
    finally:
        print('cleanup before propagating')


try:
    finally_propagates()
except KeyError as e:
    print('caught after finally', e)


def nested_finally():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')


print(nested_finally())
try:
    pass
finally:
    print('try/finally without except')


def finally_swallows():
    for i in range(1):
        try:
            raise ValueError('lost')
        finally:
            break
    return 'swallowed'


print(finally_swallows())
