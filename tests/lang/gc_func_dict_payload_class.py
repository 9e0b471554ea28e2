# Cycles through a function's attribute dict, its keyword-only defaults,
# a str subclass's class, and a contextmanager object are collected.
import contextlib
import gc

gc.disable()


def make_func_dict_cycle():
    def f():
        pass
    f.me = f  # f -> f.__dict__ -> f


def make_kwdefault_cycle():
    box = []

    def g(*, d=box):
        return d
    box.append(g)  # g -> its kw-only default -> g


class Name(str):
    def shout(self):
        return self.upper()


def make_class_cycle():
    class Local(str):
        pass
    Local.keep = Local("x")  # Local -> its dict -> an instance -> Local


@contextlib.contextmanager
def cm():
    yield


def make_cm_cycle():
    holder = {}
    holder["cm"] = cm()
    holder["self"] = holder


gc.collect()
for make in (make_func_dict_cycle, make_kwdefault_cycle, make_class_cycle, make_cm_cycle):
    make()
    print(make.__name__, gc.collect() > 0)
n = Name("ada")
print(n.shout(), gc.collect())
gc.enable()
