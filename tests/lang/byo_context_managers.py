# Context managers: a class-based timer-free resource, one that swallows a
# chosen exception, @contextmanager with setup/teardown and an exception
# thrown into it, nesting, suppress, ExitStack unwinding in reverse order,
# closing, nullcontext, a contextmanager used as a decorator.
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress

log = []


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        log.append(f"close {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return False


class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)


with Resource("db") as db, Resource("cache"):
    log.append(f"using {db.name} open={db.open}")
print(db.open)
try:
    with Resource("file"):
        raise OSError("disk gone")
except OSError as e:
    log.append(f"caught {e}")
with Ignore(KeyError):
    {}["missing"]
log.append("after ignore")


@contextmanager
def transaction(name):
    log.append(f"begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"rollback {name}: {e}")
    else:
        log.append(f"commit {name}")
    finally:
        log.append(f"end {name}")


with transaction("t1") as tx:
    log.append(f"in {tx}")
with transaction("t2"):
    raise ValueError("bad row")
with suppress(ZeroDivisionError):
    1 / 0
    log.append("not reached")


@transaction("decorated")
def job():
    log.append("job body")


job()
with ExitStack() as stack:
    files = [stack.enter_context(Resource(f"f{i}")) for i in range(3)]
    stack.callback(log.append, "callback ran")
    log.append(f"opened {len(files)}")


class Conn:
    def close(self):
        log.append("conn closed")


with closing(Conn()):
    log.append("using conn")
with nullcontext(42) as v:
    log.append(f"nullcontext gave {v}")
for line in log:
    print(line)
