# A base class method raising NotImplementedError, overridden in subclasses.
class Base:
    def run(self):
        return self.step() * 2
    def step(self):
        raise NotImplementedError("subclass must implement step")
class Impl(Base):
    def step(self):
        return 21
print(Impl().run())
try:
    Base().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
