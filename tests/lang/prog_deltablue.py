# A DeltaBlue-style incremental constraint solver: a class hierarchy of
# constraints, strengths as objects with properties, and an ordered collection.


class OrderedCollection:
    """A list with the few operations the solver needs."""

    def __init__(self):
        self._items = []

    def append(self, item):
        self._items.append(item)

    def remove(self, item):
        self._items = [x for x in self._items if x is not item]

    def pop(self):
        return self._items.pop()

    def pop_first(self):
        return self._items.pop(0)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __getitem__(self, i):
        return self._items[i]


class Strength:
    def __init__(self, level, name):
        self._level = level
        self._name = name

    @property
    def level(self):
        return self._level

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return f'Strength({self._name})'

    @staticmethod
    def stronger(a, b):
        return a.level < b.level

    @staticmethod
    def weaker(a, b):
        return a.level > b.level

    @classmethod
    def weakest_of(cls, a, b):
        return a if cls.weaker(a, b) else b

    def next_weaker(self):
        return LEVELS[self._level + 1]


LEVELS = [Strength(i, name) for i, name in enumerate(
    ['required', 'strongPreferred', 'preferred', 'strongDefault', 'normal',
     'weakDefault', 'weakest'])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = LEVELS

NONE, FORWARD, BACKWARD = 0, 1, 2


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = OrderedCollection()
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None

    def __repr__(self):
        return f'{self.name}={self.value}'


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_constraint(self):
        self.add_to_graph()
        planner.incremental_add(self)

    def destroy_constraint(self):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError('could not satisfy a required constraint')
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError('cycle encountered')
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and Strength.stronger(self.strength, out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1, self.v2 = v1, v2
        self.direction = NONE
        self.add_constraint()

    def choose_method(self, mark):
        v1, v2, s = self.v1, self.v2, self.strength
        if v1.mark == mark:
            ok = v2.mark != mark and Strength.stronger(s, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and Strength.stronger(s, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif Strength.weaker(v1.walk_strength, v2.walk_strength):
            self.direction = BACKWARD if Strength.stronger(s, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if Strength.stronger(s, v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset, solved in either direction."""

    def __init__(self, src, scale, offset, dest, strength):
        self.scale, self.offset = scale, offset
        super().__init__(src, dest, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan(OrderedCollection):
    def execute(self):
        for c in self:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def add_propagate(self, c, mark):
        todo = OrderedCollection()
        todo.append(c)
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        for c in v.constraints:
            if c is not v.determined_by and c.is_satisfied():
                coll.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            c = todo.pop_first()
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan

    def extract_plan(self, constraints):
        sources = OrderedCollection()
        for c in constraints:
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)


planner = None


def release(variables):
    """Forget the constraint graph: variables and constraints refer to each
    other, and gilpy's cycle collector does not free instances yet."""
    for v in variables:
        v.constraints = OrderedCollection()
        v.determined_by = None


def chain_test(n):
    """A chain of n equalities; editing the first variable moves the last."""
    global planner
    planner = Planner()
    prev = first = last = None
    variables = []
    for i in range(n + 1):
        v = Variable(f'v{i}')
        variables.append(v)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED)
        if i == 0:
            first = v
        last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT)
    edit = EditConstraint(first, PREFERRED)
    plan = planner.extract_plan([edit])
    errors = 0
    for i in range(100):
        first.value = i
        plan.execute()
        errors += last.value != i
    edit.destroy_constraint()
    print(f'chain {n}: plan of {len(plan)} steps, last={last!r}, errors={errors}')
    release(variables)


def change(v, new_value):
    edit = EditConstraint(v, PREFERRED)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()


def projection_test(n):
    """n scale constraints dst = src * scale + offset sharing scale and offset."""
    global planner
    planner = Planner()
    scale, offset = Variable('scale', 10), Variable('offset', 1000)
    dests = []
    variables = [scale, offset]
    src = dst = None
    for i in range(n):
        src, dst = Variable(f'src{i}', i), Variable(f'dst{i}', i)
        dests.append(dst)
        variables += [src, dst]
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    change(src, 17)
    print('projection', n, 'dst after src=17:', dst.value)
    change(dst, 1050)
    print('projection', n, 'src after dst=1050:', src.value)
    change(scale, 5)
    print('scale 5:', [d.value for d in dests[:5]], all(d.value == i * 5 + 1000 for i, d in enumerate(dests[:-1])))
    change(offset, 2000)
    print('offset 2000:', [d.value for d in dests[:5]], all(d.value == i * 5 + 2000 for i, d in enumerate(dests[:-1])))
    print('strengths:', sorted({d.walk_strength.name for d in dests}), REQUIRED, WEAKEST.level)
    release(variables)


for size in (10, 50, 200):
    chain_test(size)
    projection_test(size)
