# An interpreter for arithmetic expressions: a tokenizer, a precedence-climbing
# parser building one class per AST node, and visitors dispatched by getattr.
import math


class Node:
    fields = ()

    def __init__(self, *values):
        for name, value in zip(self.fields, values):
            setattr(self, name, value)

    def __repr__(self):
        args = ', '.join(repr(getattr(self, f)) for f in self.fields)
        return f'{type(self).__name__}({args})'


class Num(Node):
    fields = ('value',)


class Var(Node):
    fields = ('name',)


class BinOp(Node):
    fields = ('op', 'left', 'right')


class Unary(Node):
    fields = ('op', 'operand')


class Call(Node):
    fields = ('func', 'args')


class Let(Node):
    fields = ('name', 'value', 'body')


class Visitor:
    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise NotImplementedError(f'{type(self).__name__} cannot visit {type(node).__name__}')


class EvalError(Exception):
    pass


class Evaluator(Visitor):
    OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a / b, '%': lambda a, b: a % b, '^': lambda a, b: a ** b}
    FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'gcd': math.gcd}

    def __init__(self, env=None):
        self.env = dict(env or {})

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        try:
            return self.env[node.name]
        except KeyError:
            raise EvalError(f'undefined variable {node.name!r}') from None

    def visit_BinOp(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        try:
            return self.OPS[node.op](left, right)
        except ZeroDivisionError as e:
            raise EvalError(f'{e} in {Printer().visit(node)}') from e

    def visit_Unary(self, node):
        value = self.visit(node.operand)
        return -value if node.op == '-' else value

    def visit_Call(self, node):
        if node.func not in self.FUNCS:
            raise EvalError(f'unknown function {node.func}()')
        return self.FUNCS[node.func](*[self.visit(a) for a in node.args])

    def visit_Let(self, node):
        inner = Evaluator(self.env)
        inner.env[node.name] = self.visit(node.value)
        return inner.visit(node.body)


class Printer(Visitor):
    PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}

    def visit_Num(self, node):
        return str(node.value)

    def visit_Var(self, node):
        return node.name

    def visit_BinOp(self, node):
        def side(child, tighter):
            text = self.visit(child)
            if isinstance(child, BinOp) and (self.PREC[child.op] < self.PREC[node.op]
                                             or tighter and self.PREC[child.op] == self.PREC[node.op]):
                return f'({text})'
            return text
        right_assoc = node.op == '^'
        return f'{side(node.left, right_assoc)} {node.op} {side(node.right, not right_assoc)}'

    def visit_Unary(self, node):
        return node.op + self.visit(node.operand)

    def visit_Call(self, node):
        return f'{node.func}({", ".join(map(self.visit, node.args))})'

    def visit_Let(self, node):
        return f'let {node.name} = {self.visit(node.value)} in {self.visit(node.body)}'


class Folder(Visitor):
    """Constant folding: evaluate every subtree that has no variables."""

    def generic_visit(self, node):
        return node

    def visit_BinOp(self, node):
        left, right = self.visit(node.left), self.visit(node.right)
        folded = BinOp(node.op, left, right)
        if isinstance(left, Num) and isinstance(right, Num) and not (node.op in '/%' and right.value == 0):
            return Num(Evaluator().visit(folded))
        return folded

    def visit_Unary(self, node):
        operand = self.visit(node.operand)
        if isinstance(operand, Num):
            return Num(-operand.value if node.op == '-' else operand.value)
        return Unary(node.op, operand)


class Counter(Visitor):
    def __init__(self):
        self.counts = {}

    def visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        for f in node.fields:
            child = getattr(node, f)
            for c in child if isinstance(child, list) else [child]:
                if isinstance(c, Node):
                    self.visit(c)
        return self.counts


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == '.'):
                j += 1
            literal = text[i:j]
            yield 'num', float(literal) if '.' in literal else int(literal)
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            yield 'name', text[i:j]
            i = j
        elif ch in '+-*/%^(),=':
            yield 'op', ch
            i += 1
        else:
            raise SyntaxError(f'bad character {ch!r} at {i}')
    yield 'end', None


class Parser:
    BINARY = {'+': (1, 'left'), '-': (1, 'left'), '*': (2, 'left'), '/': (2, 'left'),
              '%': (2, 'left'), '^': (4, 'right')}

    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f'expected {value or kind}, got {tok[1]!r}')
        self.pos += 1
        return tok[1]

    def parse(self):
        node = self.expr(0)
        self.take('end')
        return node

    def expr(self, min_prec):
        left = self.atom()
        while True:
            kind, op = self.peek()
            if kind != 'op' or op not in self.BINARY or self.BINARY[op][0] < min_prec:
                return left
            prec, assoc = self.BINARY[op]
            self.take()
            right = self.expr(prec + 1 if assoc == 'left' else prec)
            left = BinOp(op, left, right)

    def atom(self):
        kind, value = self.peek()
        if kind == 'num':
            self.take()
            return Num(value)
        if kind == 'op' and value in '+-':
            self.take()
            return Unary(value, self.expr(3))
        if kind == 'op' and value == '(':
            self.take()
            node = self.expr(0)
            self.take('op', ')')
            return node
        if kind == 'name' and value == 'let':
            self.take()
            name = self.take('name')
            self.take('op', '=')
            bound = self.expr(0)
            self.take('name', 'in')
            return Let(name, bound, self.expr(0))
        if kind == 'name':
            self.take()
            if self.peek() == ('op', '('):
                self.take()
                args = [self.expr(0)]
                while self.peek() == ('op', ','):
                    self.take()
                    args.append(self.expr(0))
                self.take('op', ')')
                return Call(value, args)
            return Var(value)
        raise SyntaxError(f'unexpected {value!r}')


PROGRAMS = [
    '1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '(2 ^ 3) ^ 2', '-x ^ 2 + 10 % 4',
    '7 / 2 - 7 % 3', 'sqrt(x * x + y * y)', 'max(1, x, y * 2) - min(3, 4.5)',
    'let z = x + 1 in z * z - (1 + 1)', 'gcd(84, 36) + abs(-2.5)', 'a - (b - c) - d',
    '1 / (x - 3)', 'q + 1', 'foo(1)', '2 * (3', '1 + $',
]
ENV = {'x': 3, 'y': 4, 'a': 10, 'b': 5, 'c': 2, 'd': 1}

for src in PROGRAMS:
    try:
        tree = Parser(src).parse()
        text = Printer().visit(tree)
        folded = Printer().visit(Folder().visit(tree))
        value = Evaluator(ENV).visit(tree)
        print(f'{src:34} => {value!r:<20} printed: {text}  folded: {folded}')
        assert Evaluator(ENV).visit(Parser(text).parse()) == value
    except (EvalError, SyntaxError) as e:
        print(f'{src:34} => {type(e).__name__}: {e}', '(caused by ZeroDivisionError)' if e.__cause__ else '')
print(Parser('let a = 1 in f(a, -b ^ 2)').parse())
print(sorted(Counter().visit(Parser(PROGRAMS[8]).parse()).items()))
try:
    Printer().visit('not a node')
except NotImplementedError as e:
    print('NotImplementedError:', e)
big = ' + '.join(f'{i} * x' for i in range(300))
print(Evaluator(ENV).visit(Parser(big).parse()), Printer().visit(Folder().visit(Parser('2 * 3 + x * (4 - 4)').parse())))
