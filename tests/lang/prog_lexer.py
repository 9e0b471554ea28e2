# A regex-free lexer for a small language: token classes, a generator that
# yields tokens with positions, and a pretty-printer that reads them back.
import string


class Token:
    __slots__ = ('kind', 'text', 'line', 'col')

    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f'{self.kind}({self.text!r})@{self.line}:{self.col}'

    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)


class LexError(Exception):
    pass


KEYWORDS = frozenset({'let', 'fn', 'if', 'else', 'while', 'return', 'true', 'false'})
OPERATORS = sorted(['==', '!=', '<=', '>=', '->', '&&', '||', '+', '-', '*', '/', '%',
                    '<', '>', '=', '!', '(', ')', '{', '}', ',', ';', ':'],
                   key=len, reverse=True)
IDENT_START = set(string.ascii_letters + '_')
IDENT_REST = IDENT_START | set(string.digits)


class Lexer:
    def __init__(self, source):
        self.src = source
        self.i = 0
        self.line = 1
        self.line_start = 0

    def error(self, msg):
        raise LexError(f'{msg} at line {self.line}, column {self.i - self.line_start + 1}')

    def take_while(self, accept):
        start = self.i
        while self.i < len(self.src) and accept(self.src[self.i]):
            self.i += 1
        return self.src[start:self.i]

    def string_literal(self):
        quote = self.src[self.i]
        self.i += 1
        parts = []
        while True:
            if self.i >= len(self.src) or self.src[self.i] == '\n':
                self.error('unterminated string')
            ch = self.src[self.i]
            self.i += 1
            if ch == quote:
                return ''.join(parts)
            if ch == '\\':
                nxt = self.src[self.i]
                self.i += 1
                parts.append({'n': '\n', 't': '\t'}.get(nxt, nxt))
            else:
                parts.append(ch)

    def tokens(self):
        while self.i < len(self.src):
            ch = self.src[self.i]
            col = self.i - self.line_start + 1
            if ch == '\n':
                self.i += 1
                self.line += 1
                self.line_start = self.i
            elif ch.isspace():
                self.take_while(lambda c: c in ' \t\r')
            elif ch == '#':
                self.take_while(lambda c: c != '\n')
            elif ch in IDENT_START:
                word = self.take_while(lambda c: c in IDENT_REST)
                yield Token('KW' if word in KEYWORDS else 'NAME', word, self.line, col)
            elif ch.isdigit():
                text = self.take_while(str.isdigit)
                if self.src.startswith('.', self.i):
                    self.i += 1
                    text += '.' + self.take_while(str.isdigit)
                    yield Token('FLOAT', text, self.line, col)
                else:
                    yield Token('INT', text, self.line, col)
            elif ch in '"\'':
                yield Token('STR', self.string_literal(), self.line, col)
            else:
                for op in OPERATORS:
                    if self.src.startswith(op, self.i):
                        self.i += len(op)
                        yield Token('OP', op, self.line, col)
                        break
                else:
                    self.error(f'unexpected character {ch!r}')
        yield Token('EOF', '', self.line, self.i - self.line_start + 1)


def quote(text):
    escaped = text.replace('\\', '\\\\').replace('"', '\\"')
    return '"' + escaped.replace('\n', '\\n').replace('\t', '\\t') + '"'


def pretty(tokens):
    out, depth, line = [], 0, []
    for tok in tokens:
        if tok.kind == 'EOF':
            break
        if tok.text == '}':
            depth -= 1
        if not line:
            indent = '    ' * depth
        line.append(quote(tok.text) if tok.kind == 'STR' else tok.text)
        if tok.text == '{':
            depth += 1
        if tok.text in ('{', '}', ';'):
            out.append(indent + ' '.join(line))
            line = []
    return '\n'.join(out)


SOURCE = '''
# compute things
fn fib(n: int) -> int {
    if n <= 1 { return n; }
    return fib(n - 1) + fib(n - 2);
}
let greeting = "hello,\\tworld\\n";   # a string with escapes
let ratio = 3.25 * 2;
while ratio >= 0.5 && !false { ratio = ratio / 2; }
let msg = 'it\\'s';
'''

toks = list(Lexer(SOURCE).tokens())
print(len(toks), toks[:6])
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print([t for t in toks if t.kind in ('STR', 'FLOAT')])
print(pretty(toks))
again = list(Lexer(pretty(toks)).tokens())
print('round trip equal:', again[:-1] == toks[:-1], len(again))
names = (t.text for t in toks if t.kind == 'NAME')
print(sorted(set(names)), max(toks, key=lambda t: t.line).line)
for bad in ['let x = 1 @ 2;', 'let s = "open\nnext', 'ok;\n  $']:
    try:
        list(Lexer(bad).tokens())
    except LexError as e:
        print('LexError:', e)
big = SOURCE * 40
print(sum(1 for _ in Lexer(big).tokens()))
