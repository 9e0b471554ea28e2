# A JSON encoder and decoder written in Python: recursive encoding of
# dicts, lists, strings (escapes, non-ASCII as \u), numbers, booleans and
# None, with indentation and sorted keys; a recursive-descent decoder
# reads the text back.
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Encoder:
    def __init__(self, indent=None, sort_keys=False):
        self.indent = indent
        self.sort_keys = sort_keys

    def encode(self, obj):
        return "".join(self.chunks(obj, 0))

    def chunks(self, obj, level):
        if obj is None:
            yield "null"
        elif obj is True:
            yield "true"
        elif obj is False:
            yield "false"
        elif isinstance(obj, int):
            yield str(obj)
        elif isinstance(obj, float):
            yield repr(obj) if obj == obj and obj not in (float("inf"), float("-inf")) else "NaN"
        elif isinstance(obj, str):
            yield encode_str(obj)
        elif isinstance(obj, dict):
            yield from self.container("{", "}", self.pairs(obj, level + 1), level)
        elif isinstance(obj, (list, tuple)):
            yield from self.container("[", "]", (self.chunks(v, level + 1) for v in obj), level)
        else:
            raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

    def pairs(self, d, level):
        keys = sorted(d) if self.sort_keys else list(d)
        for k in keys:
            yield self.pair(k, d[k], level)

    def pair(self, k, v, level):
        yield encode_str(str(k))
        yield ": "
        yield from self.chunks(v, level)

    def container(self, open_, close, items, level):
        first = True
        yield open_
        for item in items:
            if not first:
                yield ","
            if self.indent is not None:
                yield "\n" + " " * (self.indent * (level + 1))
            elif not first:
                yield " "
            first = False
            yield from item
        if not first and self.indent is not None:
            yield "\n" + " " * (self.indent * level)
        yield close


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        d = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return d
        while True:
            self.ws()
            k = self.string()
            self.ws()
            assert self.s[self.i] == ":"
            self.i += 1
            d[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return d

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out

    def string(self):
        self.i += 1
        out = []
        while True:
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return "".join(out)
            if c != "\\":
                out.append(c)
                continue
            e = self.s[self.i]
            self.i += 1
            if e == "u":
                n = int(self.s[self.i : self.i + 4], 16)
                self.i += 4
                if 0xD800 <= n < 0xDC00:
                    lo = int(self.s[self.i + 2 : self.i + 6], 16)
                    self.i += 6
                    n = 0x10000 + ((n - 0xD800) << 10) + (lo - 0xDC00)
                out.append(chr(n))
            else:
                out.append({"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(e, e))

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start : self.i]
        return float(text) if any(c in text for c in ".eE") else int(text)


def make_doc(n):
    return {
        "id": n,
        "name": f"item-{n}",
        "price": n * 1.25,
        "tags": ["x" * (n % 4), "caf\u00e9", "\U0001f600" if n % 7 == 0 else "plain"],
        "dims": (n, n + 1, -n),
        "active": n % 2 == 0,
        "parent": None if n % 3 else {"id": n // 3, "note": 'quote " and \\ and \n'},
    }


docs = [make_doc(n) for n in range(120)]
enc = Encoder(indent=2, sort_keys=True)
text = enc.encode(docs)
print(len(text), text.count("\n"), hash(text) == hash(enc.encode(docs)))
print(Encoder().encode(docs[21])[:160])
back = Decoder(text).value()
norm = [{k: (list(v) if isinstance(v, tuple) else v) for k, v in d.items()} for d in docs]
print(back == norm, back[7]["tags"], back[3]["parent"])
print(Encoder(sort_keys=True).encode({"b": [1, 2.5, {"c": []}], "a": {}, "é": "\x01"}))
try:
    Encoder().encode({"s": {1, 2}})
except TypeError as e:
    print(e)
