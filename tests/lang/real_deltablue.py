# An incremental constraint solver in the DeltaBlue style: variables,
# constraints with strengths, a planner that picks for each constraint the
# output that the weakest walkabout strength permits, and plans run to
# propagate an edit through a chain and through scaling projections.

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NAMES = ['required', 'strong-preferred', 'preferred', 'strong-default',
         'normal', 'weak-default', 'weakest']


def stronger(a, b):
    return a < b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay = True
        self.mark = 0

    def __repr__(self):
        return f'{self.name}={self.value}'


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        for v in self.variables():
            v.constraints.append(self)
        self.planner.incremental_add(self)

    def destroy(self):
        for v in self.variables():
            v.constraints.remove(self)
        if self.is_satisfied():
            self.planner.incremental_remove(self)

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError('could not satisfy a required constraint')
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError('cycle encountered')
        out.mark = mark
        return overridden

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, var, planner, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.add()

    def variables(self):
        return [self.var]

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and stronger(self.strength, self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, planner, strength):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()

    def variables(self):
        return [self.v1, self.v2]

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif stronger(v2.walk_strength, v1.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, planner, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, planner, strength)

    def variables(self):
        return [self.v1, self.v2, self.scale, self.offset]

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = weakest_of(self.strength, i.walk_strength)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()


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
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = self.remove_propagate_from(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                return False
            d.recalculate()
            self.add_constraints_consuming(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)

    def extract_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming(c.output(), todo)
        return plan

    def plan_for_edits(self, edits):
        return self.extract_plan([e for e in edits if e.is_input() and e.is_satisfied()])


def run_plan(plan):
    for c in plan:
        c.execute()


def change(planner, var, value):
    edit = EditConstraint(var, planner, PREFERRED)
    plan = planner.plan_for_edits([edit])
    for _ in range(10):
        var.value = value
        run_plan(plan)
    edit.destroy()


def chain_test(n):
    planner = Planner()
    vs = [Variable(f'v{i}') for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        EqualityConstraint(a, b, planner, REQUIRED)
    StayConstraint(vs[-1], planner, STRONG_DEFAULT)
    edit = EditConstraint(vs[0], planner, PREFERRED)
    plan = planner.plan_for_edits([edit])
    bad = 0
    for i in range(100):
        vs[0].value = i
        run_plan(plan)
        bad += vs[-1].value != i
    print(f'chain {n}: plan of {len(plan)}, last {vs[-1]}, mismatches {bad}')


def projection_test(n):
    planner = Planner()
    scale = Variable('scale', 10)
    offset = Variable('offset', 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable(f'src{i}', i)
        dst = Variable(f'dst{i}', i)
        dests.append(dst)
        StayConstraint(src, planner, NORMAL)
        ScaleConstraint(src, scale, offset, dst, planner, REQUIRED)
    change(planner, src, 17)
    print('projection: dst', dst.value)
    change(planner, dst, 1050)
    print('projection: src', src.value)
    change(planner, scale, 5)
    print('scale 5:', [d.value for d in dests[:6]])
    change(planner, offset, 2000)
    print('offset 2000:', [d.value for d in dests[:6]])
    print('strength of dst:', NAMES[dst.walk_strength])


for n in (10, 100, 500):
    chain_test(n)
projection_test(50)
