# expect: type=NotImplementedError line=8|9 py=ok
# types.DynamicClassAttribute (a descriptor routing class access to
# __getattr__) is named unsupported rather than half-working.
import types


class C:
    @types.DynamicClassAttribute
    def name(self):
        return "n"


print(C().name)
