# types: the types of functions, methods, builtins, generators, coroutines,
# async generators and modules agree with isinstance on gilpy's objects.
import types
import sys


def f():
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class A:
    def m(self):
        return self

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm():
        pass


checks = [
    ("FunctionType", f), ("FunctionType", lambda: 0), ("LambdaType", f),
    ("FunctionType", A.m), ("MethodType", A().m), ("MethodType", A.cm),
    ("FunctionType", A.sm), ("BuiltinFunctionType", len),
    ("BuiltinMethodType", [].append), ("BuiltinFunctionType", print),
    ("GeneratorType", gen()), ("GeneratorType", (x for x in [])),
    ("AsyncGeneratorType", agen()), ("ModuleType", sys), ("ModuleType", types),
    ("NoneType", None), ("EllipsisType", ...), ("NotImplementedType", NotImplemented),
    ("GenericAlias", list[int]), ("UnionType", int | str), ("FunctionType", len),
    ("MethodType", f), ("GeneratorType", [1]), ("ModuleType", "sys"),
]
for name, obj in checks:
    print(name, isinstance(obj, getattr(types, name)))
c = coro()
print(isinstance(c, types.CoroutineType), isinstance(c, types.GeneratorType))
c.close()
print(types.FunctionType is types.LambdaType, types.NoneType is type(None))
for name in ["FunctionType", "MethodType", "BuiltinFunctionType", "GeneratorType",
             "CoroutineType", "AsyncGeneratorType", "ModuleType", "NoneType",
             "SimpleNamespace", "EllipsisType"]:
    print(getattr(types, name))
