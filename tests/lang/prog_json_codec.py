# A JSON encoder and recursive-descent decoder written in Python: string
# building, escapes, recursion over dicts and lists, errors with positions.


class DecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count('\n', 0, pos) + 1
        col = pos - text.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {line} column {col} (char {pos})')
        self.pos = pos


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
           '\b': '\\b', '\f': '\\f'}
UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
             'r': '\r', 't': '\t'}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u{:04x}\\u{:04x}'.format(0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode(obj, indent=None, level=0):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float('inf'), float('-inf')):
            raise ValueError(f'Out of range float values are not JSON compliant: {obj!r}')
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        items = [encode(x, indent, level + 1) for x in obj]
        return wrap('[', items, ']', indent, level)
    if isinstance(obj, dict):
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f'keys must be str, not {type(k).__name__}')
            sep = ': ' if indent is not None else ':'
            items.append(encode_str(k) + sep + encode(v, indent, level + 1))
        return wrap('{', items, '}', indent, level)
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')


def wrap(open_, items, close, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ','.join(items) + close
    pad = '\n' + ' ' * (indent * (level + 1))
    return open_ + pad + (',' + pad).join(items) + '\n' + ' ' * (indent * level) + close


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, msg):
        raise DecodeError(msg, self.text, self.pos)

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\n\r':
            self.pos += 1

    def peek(self):
        self.skip_ws()
        return self.text[self.pos] if self.pos < len(self.text) else ''

    def expect(self, ch):
        if self.peek() != ch:
            self.fail(f"Expecting '{ch}' delimiter")
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.array()
        if ch == '"':
            return self.string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == '-' or ch.isdigit():
            return self.number()
        self.fail('Expecting value')

    def number(self):
        start = self.pos
        if self.text[self.pos] == '-':
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] in '0123456789.eE+-':
            self.pos += 1
        literal = self.text[start:self.pos]
        if any(c in literal for c in '.eE'):
            return float(literal)
        return int(literal)

    def string(self):
        self.pos += 1
        chunks = []
        while True:
            end = self.pos
            while end < len(self.text) and self.text[end] not in '"\\':
                end += 1
            if end >= len(self.text):
                self.fail('Unterminated string starting at')
            chunks.append(self.text[self.pos:end])
            self.pos = end + 1
            if self.text[end] == '"':
                return ''.join(chunks)
            esc = self.text[self.pos]
            if esc == 'u':
                code = int(self.text[self.pos + 1:self.pos + 5], 16)
                self.pos += 5
                if 0xd800 <= code < 0xdc00 and self.text.startswith('\\u', self.pos):
                    low = int(self.text[self.pos + 2:self.pos + 6], 16)
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    self.pos += 6
                chunks.append(chr(code))
            elif esc in UNESCAPES:
                chunks.append(UNESCAPES[esc])
                self.pos += 1
            else:
                self.fail('Invalid \\escape')

    def array(self):
        self.pos += 1
        items = []
        if self.peek() == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ']':
                self.pos += 1
                return items
            self.expect(',')

    def obj(self):
        self.pos += 1
        result = {}
        if self.peek() == '}':
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                self.fail('Expecting property name enclosed in double quotes')
            key = self.string()
            self.expect(':')
            result[key] = self.value()
            if self.peek() == '}':
                self.pos += 1
                return result
            self.expect(',')


def decode(text):
    d = Decoder(text)
    result = d.value()
    if d.peek():
        d.fail('Extra data')
    return result


doc = {
    'name': 'gilbench', 'version': [1, 2, 3], 'ratio': 0.1 + 0.2, 'big': 2 ** 70,
    'nested': {'empty_list': [], 'empty_dict': {}, 'flags': [True, False, None]},
    'text': 'tab\there "quoted" back\\slash\nnewline caf\u00e9 \U0001f600',
    'neg': -17, 'exp': 1.5e-10, 'tuple': (1, 'two'),
}
compact = encode(doc)
print(compact)
pretty = encode(doc, indent=2)
print(pretty)
back = decode(pretty)
print(back == decode(compact), back['text'] == doc['text'], back['tuple'])
print(sorted(back), back['big'] == 2 ** 70, back['ratio'])

wide = {'rows': [{'id': i, 'sq': i * i, 'name': 'row%d' % i, 'ok': i % 3 == 0} for i in range(200)]}
for _ in range(5):
    wide = decode(encode(wide))
print(len(encode(wide)), sum(r['sq'] for r in wide['rows']), wide['rows'][199])

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '"abc', '[1] x', '{1: 2}', 'nul']:
    try:
        decode(bad)
    except DecodeError as e:
        print(f'{bad!r:12} -> {type(e).__name__}: {e} @{e.pos}')
    except IndexError as e:
        print(f'{bad!r:12} -> IndexError')
for bad in [{1: 2}, float('nan'), {'s': {1, 2}}]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
