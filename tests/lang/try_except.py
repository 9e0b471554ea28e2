# try/except: matching by type, by base class, order of handlers, bare except.
def risky(kind):
    if kind == 'zero':
        return 1 // 0
    if kind == 'index':
        return [][1]
    if kind == 'key':
        return {}['k']
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('x')
    if kind == 'name':
        return undefined_thing
    if kind == 'attr':
        return (1).nope
    return 'fine'


for kind in ['zero', 'index', 'key', 'type', 'value', 'name', 'attr', 'none']:
    try:
        r = risky(kind)
        print(kind, 'returned', r)
    except ZeroDivisionError as e:
        print(kind, 'ZeroDivisionError', e)
    except IndexError as e:
        print(kind, 'IndexError', e)
    except KeyError as e:
        print(kind, 'KeyError', e)
    except Exception as e:
        print(kind, 'Exception', type(e).__name__, e)
try:
    raise ValueError('first handler wins')
except Exception as e:
    print('Exception', e)
except ValueError as e:
    print('never')
try:
    [1][5]
except:
    print('bare except caught it')
try:
    try:
        {}['missing']
    except IndexError:
        print('wrong handler')
except KeyError as e:
    print('outer caught', repr(e))
x = 0
try:
    x = 1
except Exception:
    x = 2
print(x)
