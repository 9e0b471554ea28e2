# get_type_hints of a class merges the annotations along the MRO, base
# first, evaluating strings in each class's module and namespace.
from typing import ClassVar, List, get_type_hints


class Base:
    id: int
    tags: 'List[str]'
    kind: ClassVar[str] = 'base'


class Child(Base):
    parent: 'Child'
    id: 'float'
    Alias = int
    size: 'Alias'


class Empty:
    pass


print(get_type_hints(Base))
print(get_type_hints(Child))
print(get_type_hints(Empty), get_type_hints(object))
print(list(get_type_hints(Child)))
