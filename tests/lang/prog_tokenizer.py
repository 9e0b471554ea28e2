# A tokenizer for a small expression language written with str methods
# (isdigit, isalpha, isspace, startswith, find, partition, split), then a
# precedence-climbing parser and an evaluator over the tokens.
KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "<", ">", "(", ")", "=", ","]


class Token:
    __slots__ = ("kind", "text", "line", "col")

    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}:{self.col}"


def tokenize(src):
    tokens = []
    for lineno, line in enumerate(src.splitlines(), 1):
        code, _, _comment = line.partition("#")
        i = 0
        while i < len(code):
            ch = code[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(code) and (code[j].isdigit() or code[j] == "."):
                    j += 1
                tokens.append(Token("num", code[i:j], lineno, i + 1))
                i = j
            elif ch.isalpha() or ch == "_":
                j = i
                while j < len(code) and (code[j].isalnum() or code[j] == "_"):
                    j += 1
                word = code[i:j]
                tokens.append(Token("kw" if word in KEYWORDS else "name", word, lineno, i + 1))
                i = j
            elif ch == '"':
                j = code.find('"', i + 1)
                if j < 0:
                    raise SyntaxError(f"unterminated string at {lineno}:{i + 1}")
                tokens.append(Token("str", code[i + 1 : j], lineno, i + 1))
                i = j + 1
            else:
                op = next((o for o in OPERATORS if code.startswith(o, i)), None)
                if op is None:
                    raise SyntaxError(f"bad character {ch!r} at {lineno}:{i + 1}")
                tokens.append(Token("op", op, lineno, i + 1))
                i += len(op)
    tokens.append(Token("eof", "", len(src.splitlines()) + 1, 1))
    return tokens


PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, text=None):
        t = self.toks[self.pos]
        if text is not None and t.text != text:
            raise SyntaxError(f"expected {text!r}, got {t!r}")
        self.pos += 1
        return t

    def expr(self):
        t = self.peek()
        if t.text == "let":
            self.take()
            name = self.take().text
            self.take("=")
            val = self.expr()
            self.take("in")
            return ("let", name, val, self.expr())
        if t.text == "if":
            self.take()
            c = self.expr()
            self.take("then")
            a = self.expr()
            self.take("else")
            return ("if", c, a, self.expr())
        if t.text == "fn":
            self.take()
            params = []
            while self.peek().text != "->":
                params.append(self.take().text)
                if self.peek().text == ",":
                    self.take()
            self.take("->")
            return ("fn", tuple(params), self.expr())
        return self.binary(0)

    def binary(self, min_prec):
        left = self.call()
        while self.peek().text in PREC and PREC[self.peek().text] > min_prec:
            op = self.take().text
            left = ("bin", op, left, self.binary(PREC[op]))
        return left

    def call(self):
        node = self.atom()
        while self.peek().text == "(":
            self.take()
            args = []
            while self.peek().text != ")":
                args.append(self.expr())
                if self.peek().text == ",":
                    self.take()
            self.take(")")
            node = ("call", node, args)
        return node

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return ("lit", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "str":
            return ("lit", t.text)
        if t.kind == "name":
            return ("var", t.text)
        if t.text == "(":
            e = self.expr()
            self.take(")")
            return e
        raise SyntaxError(f"unexpected {t!r}")


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b, "<": lambda a, b: a < b, ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
}


def evaluate(node, env):
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "bin":
        return OPS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "let":
        inner = dict(env)
        inner[node[1]] = None
        inner[node[1]] = evaluate(node[2], inner)
        return evaluate(node[3], inner)
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "fn":
        params, body = node[1], node[2]
        return lambda *args: evaluate(body, {**closure_env(env), **dict(zip(params, args))})
    if kind == "call":
        return evaluate(node[1], env)(*[evaluate(a, env) for a in node[2]])
    raise ValueError(kind)


def closure_env(env):
    return env


PROGRAM = """
# recursive functions through let
let fib = fn n -> if n < 2 then n else fib(n - 1) + fib(n - 2) in
let gcd = fn a, b -> if b == 0 then a else gcd(b, a % b) in
let greet = fn who -> "hello, " + who in
fib(15) + gcd(1071, 462) * 1000 + 0.5
"""
toks = tokenize(PROGRAM)
print(len(toks), toks[:6], toks[-2:])
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
tree = Parser(toks).expr()
print(evaluate(tree, {}))
print(evaluate(Parser(tokenize('let g = fn w -> "hi " + w in g("there")')).expr(), {}))
words = " ".join(t.text for t in toks if t.kind == "name").split()
print(len(words), sorted(set(words)), "fib".join(["<", ">"]), PROGRAM.count("fn"))
for bad in ('let x = "open', "1 + $"):
    try:
        tokenize(bad)
    except SyntaxError as e:
        print("SyntaxError:", e)
