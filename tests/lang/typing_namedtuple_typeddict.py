# typing.NamedTuple (class syntax with defaults and methods, and the
# functional forms) builds on collections.namedtuple; TypedDict classes
# make plain dicts.
from typing import NamedTuple, TypedDict, List, Optional


class Employee(NamedTuple):
    """An employee record."""
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self) -> str:
        return f'{self.name}#{self.id}'

    @property
    def upper(self):
        return self.name.upper()


e = Employee('Guido')
print(e, e.describe(), e.upper, Employee._fields, Employee._field_defaults)
print(e._asdict(), e._replace(id=7), Employee.__annotations__, Employee.__doc__)
print(isinstance(e, tuple), Employee.__mro__, Employee.__name__, Employee.__module__)
name, ident, tags = Employee('Ada', 1)
print(name, ident, tags, e == ('Guido', 3, []), len(e), e[0], Employee._make(['Bob', 2, ['x']]))
Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, y=2)
print(p, Point.__annotations__, p.x + p.y, Point._fields)
Color = NamedTuple('Color', r=int, g=int)
print(Color(1, 2), Color._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError:', e)


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: Optional[float]


m = Movie(title='Blade Runner', year=1982)
print(type(m), m, Movie, Movie.__total__, sorted(Movie.__required_keys__), Movie.__annotations__)
x = MovieExtra(title='Alien', year=1979, rating=8.5)
print(x, MovieExtra.__total__, sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__))
print(MovieExtra.__annotations__, m == {'title': 'Blade Runner', 'year': 1982})
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)
Film = TypedDict('Film', {'name': str, 'minutes': int}, total=False)
print(Film(name='x'), Film.__annotations__, Film.__total__, sorted(Film.__optional_keys__))
