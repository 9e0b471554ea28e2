# except clauses with a hierarchy of user exceptions, most specific first.
class E(Exception): pass
class E1(E): pass
class E2(E): pass
class E21(E2): pass
def check(exc):
    try:
        raise exc
    except E21:
        return "E21"
    except E1:
        return "E1"
    except E:
        return "E"
print([check(x) for x in (E(), E1(), E2(), E21())])
try:
    raise E21("deep")
except (E1, E2) as e:
    print("tuple caught", e, isinstance(e, E))
