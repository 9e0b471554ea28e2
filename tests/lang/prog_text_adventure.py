# A text adventure as a state machine: rooms, items and the player are
# dataclass-like classes written by hand (__init__, __repr__, __eq__,
# ordering), commands are parsed and dispatched to cmd_* methods by name.


class Item:
    __slots__ = ('name', 'weight', 'value')

    def __init__(self, name, weight=1, value=0):
        self.name = name
        self.weight = weight
        self.value = value

    def __repr__(self):
        return f'Item(name={self.name!r}, weight={self.weight!r}, value={self.value!r})'

    def _key(self):
        return (self.name, self.weight, self.value)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())


class Room:
    def __init__(self, name, description, exits=None, items=None, locked=None):
        self.name = name
        self.description = description
        self.exits = exits if exits is not None else {}
        self.items = items if items is not None else []
        self.locked = locked if locked is not None else {}

    def __repr__(self):
        return (f'Room(name={self.name!r}, exits={sorted(self.exits)!r}, '
                f'items={[i.name for i in self.items]!r})')


class Player:
    def __init__(self, location, capacity=5):
        self.location = location
        self.capacity = capacity
        self.inventory = []
        self.moves = 0

    @property
    def load(self):
        return sum(i.weight for i in self.inventory)

    @property
    def score(self):
        return sum(i.value for i in self.inventory)

    def __repr__(self):
        return f'Player(location={self.location!r}, load={self.load}, score={self.score}, moves={self.moves})'


class GameOver(Exception):
    pass


class Game:
    def __init__(self, rooms, start):
        self.rooms = {r.name: r for r in rooms}
        self.player = Player(start)
        self.state = 'exploring'

    @property
    def room(self):
        return self.rooms[self.player.location]

    def do(self, line):
        verb, _, rest = line.strip().partition(' ')
        handler = getattr(self, 'cmd_' + verb.lower(), None)
        if self.state != 'exploring':
            return f'The game is {self.state}.'
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.player.moves += 1
        return handler(rest.strip())

    def cmd_go(self, direction):
        if direction in self.room.locked:
            return f'The way {direction} is locked.'
        target = self.room.exits.get(direction)
        if target is None:
            return f"You can't go {direction or 'nowhere'}."
        self.player.location = target
        if target == 'vault':
            self.state = 'won'
        return self.cmd_look('')

    def find(self, items, name):
        for item in items:
            if item.name == name:
                return item
        return None

    def cmd_take(self, name):
        item = self.find(self.room.items, name)
        if item is None:
            return f'There is no {name} here.'
        if self.player.load + item.weight > self.player.capacity:
            return f'The {name} is too heavy ({self.player.load}+{item.weight} > {self.player.capacity}).'
        self.room.items.remove(item)
        self.player.inventory.append(item)
        return f'Taken: {name}.'

    def cmd_drop(self, name):
        item = self.find(self.player.inventory, name)
        if item is None:
            return f'You have no {name}.'
        self.player.inventory.remove(item)
        self.room.items.append(item)
        return f'Dropped: {name}.'

    def cmd_unlock(self, direction):
        key = self.room.locked.get(direction)
        if key is None:
            return 'Nothing to unlock there.'
        if self.find(self.player.inventory, key) is None:
            return f'You need the {key}.'
        del self.room.locked[direction]
        return f'Unlocked the way {direction}.'

    def cmd_look(self, _):
        r = self.room
        things = ', '.join(i.name for i in sorted(r.items)) or 'nothing'
        return f'[{r.name}] {r.description} Exits: {", ".join(sorted(r.exits))}. You see: {things}.'

    def cmd_inventory(self, _):
        return ', '.join(repr(i) for i in sorted(self.player.inventory)) or 'You carry nothing.'

    def cmd_quit(self, _):
        self.state = 'over'
        raise GameOver(f'quit after {self.player.moves} moves')


def build_world():
    return [
        Room('hall', 'A dusty hall.', {'north': 'library', 'east': 'kitchen'},
             [Item('lamp', 2, 5)]),
        Room('library', 'Shelves of old books.', {'south': 'hall', 'down': 'vault'},
             [Item('book', 1, 3), Item('anvil', 9, 1)], {'down': 'brass key'}),
        Room('kitchen', 'It smells of soup.', {'west': 'hall'},
             [Item('brass key', 1, 0), Item('pot', 3, 2)]),
        Room('vault', 'Gold glitters everywhere!', {'up': 'library'}, [Item('gold', 4, 100)]),
    ]


SCRIPT = ['look', 'take lamp', 'go west', 'go east', 'take pot', 'take brass key',
          'drop pot', 'take brass key', 'inventory', 'go west', 'go north', 'take anvil',
          'go down', 'unlock down', 'unlock up', 'dance', 'take book', 'drop sword',
          'go down', 'take gold', 'quit']

game = Game(build_world(), 'hall')
for command in SCRIPT:
    try:
        print(f'> {command}\n{game.do(command)}')
    except GameOver as e:
        print(f'> {command}\nGame over: {e}')
print(game.player)
print(sorted(game.rooms.values(), key=lambda r: r.name)[0])
a, b = Item('gem', 1, 10), Item('gem', 1, 10)
print(a == b, a is b, a != Item('gem', 2, 10), len({a, b}), a < Item('gem', 1, 11))
print(sorted([Item('z'), Item('a', 3), Item('a', 2)]))
print(a == 'gem', Item.__eq__(a, 'gem'))
game2 = Game(build_world(), 'hall')
print(game2.do('go up'), game2.do('go'), game2.player.moves, game2.state)
try:
    game2.do('QUIT')
except GameOver as e:
    print('GameOver:', e, game2.state, game2.do('look'))
