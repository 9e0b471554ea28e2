# __init_subclass__ runs for every subclass (an implicit classmethod),
# receives the class keywords, and object's version accepts none.
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Pretty(Json, name="pretty"):
    pass
print(registry, Csv.plugin_name, Pretty.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
class Base:
    pass
try:
    class Bad(Base, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Plugin, name="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
T = type("T", (Plugin,), {})
print(T.plugin_name, registry[-1])
