/*
** struct_py.c — the struct module, in Python as CPython 3.11 documents it
** (pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, Struct,
** error; byte orders, native alignment, every format code), run in the
** module's own dict. Two natives convert a float to and from the IEEE
** bits of half, single or double precision, as Python has no way to.
*/
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "module.h"

/* The binary16 bits of x, rounded half to even; false when x is finite
** but too large for the format. */
static bool half_bits(double x, uint16_t *out) {
  uint16_t sign = signbit(x) ? 0x8000 : 0;
  double a = fabs(x);
  if (isnan(x)) {
    *out = sign | 0x7e00;
    return true;
  }
  if (isinf(x) || a == 0) {
    *out = sign | (isinf(x) ? 0x7c00 : 0);
    return true;
  }
  int e;
  double f = frexp(a, &e); /* a = f * 2^e, f in [0.5, 1) */
  if (e < -13) {           /* subnormal: units of 2^-24, exact before rounding */
    *out = sign | (uint16_t)rint(ldexp(a, 24));
    return true;
  }
  double m = rint(ldexp(f, 11)); /* 1024..2048 */
  int biased = e + 14;
  if (m == 2048) {
    m = 1024;
    biased++;
  }
  if (biased >= 31) return false;
  *out = sign | (uint16_t)(biased << 10) | (uint16_t)((int)m - 1024);
  return true;
}

static double half_value(uint16_t b) {
  int biased = (b >> 10) & 0x1f, m = b & 0x3ff;
  double v = biased == 0    ? ldexp(m, -24)
             : biased == 31 ? (m ? NAN : INFINITY)
                            : ldexp(m + 1024, biased - 25);
  return b & 0x8000 ? -v : v;
}

static GpValue overflow(GpThread *t, char code) {
  return gp_raise(t, &gp_exc_OverflowError, "float too large to pack with %c format", code);
}

/* _fpack(x, size, strict): x's IEEE bytes (size 2, 4 or 8) in the
** machine's order; strict: a finite x too large for single precision is
** an error (the standard 'f' format), as it always is for half precision. */
static GpValue st_fpack(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_fpack", nargs, kw, 3, 3) < 0) return GP_ERRV;
  double x;
  if (gp_to_double(t, args[0], &x) < 0) return GP_ERRV;
  int64_t size = GP_IS_INT(args[1]) ? args[1].as.i : 8;
  if (size == 2) {
    uint16_t h;
    if (!half_bits(x, &h)) return overflow(t, 'e');
    return gp_bytes_new(t, (const char *)&h, sizeof h);
  }
  if (size == 4) {
    float y = (float)x;
    int strict = gp_truthy(t, args[2]);
    if (strict < 0) return GP_ERRV;
    if (isinf(y) && !isinf(x) && strict) return overflow(t, 'f');
    return gp_bytes_new(t, (const char *)&y, sizeof y);
  }
  return gp_bytes_new(t, (const char *)&x, sizeof x);
}

/* _funpack(data): the float whose IEEE bytes (2, 4 or 8, the machine's
** order) are data. */
static GpValue st_funpack(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_funpack", nargs, kw, 1, 1) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_bytes)) return gp_raise(t, &gp_exc_TypeError, "bytes expected");
  const GpBytes *b = (const GpBytes *)args[0].as.o;
  if (b->len == 2) {
    uint16_t h;
    memcpy(&h, b->data, sizeof h);
    return gp_floatv(half_value(h));
  }
  if (b->len == 4) {
    float y;
    memcpy(&y, b->data, sizeof y);
    return gp_floatv(y);
  }
  if (b->len != 8) return gp_raise(t, &gp_exc_ValueError, "2, 4 or 8 bytes expected");
  double d;
  memcpy(&d, b->data, sizeof d);
  return gp_floatv(d);
}

static const GpMethodDef natives[] = {{"_fpack", st_fpack}, {"_funpack", st_funpack}, {NULL, NULL}};

static const char struct_src[] =
    "# struct as CPython 3.11 documents it: a format is parsed once into items\n"
    "# (code, count, offset), cached by format; integers go through\n"
    "# int.to_bytes, floats through the natives _fpack/_funpack (IEEE bytes of\n"
    "# half, single and double precision). Messages are those of CPython's\n"
    "# _struct.\n"
    "import sys as _sys\n"
    "\n"
    "__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',\n"
    "           'iter_unpack', 'Struct', 'error']\n"
    "\n"
    "\n"
    "class error(Exception):\n"
    "    pass\n"
    "\n"
    "\n"
    "# code: (native size, native alignment, standard size); standard size 0:\n"
    "# the code exists only in native mode.\n"
    "_CODES = {'x': (1, 0, 1), 'c': (1, 1, 1), 'b': (1, 1, 1), 'B': (1, 1, 1),\n"
    "          '?': (1, 1, 1), 'h': (2, 2, 2), 'H': (2, 2, 2), 'i': (4, 4, 4),\n"
    "          'I': (4, 4, 4), 'l': (8, 8, 4), 'L': (8, 8, 4), 'q': (8, 8, 8),\n"
    "          'Q': (8, 8, 8), 'n': (8, 8, 0), 'N': (8, 8, 0), 'P': (8, 8, 0),\n"
    "          'e': (2, 2, 2), 'f': (4, 4, 4), 'd': (8, 8, 8), 's': (1, 1, 1),\n"
    "          'p': (1, 1, 1)}\n"
    "_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}\n"
    "_ORDERS = {'@': _sys.byteorder, '=': _sys.byteorder, '<': 'little',\n"
    "           '>': 'big', '!': 'big'}\n"
    "_MAXSIZE = (1 << 63) - 1\n"
    "\n"
    "\n"
    "def _parse(fmt):\n"
    "    # Returns (byte order, native?, items, size, number of values).\n"
    "    order, native, pos = _sys.byteorder, True, 0\n"
    "    if fmt and fmt[0] in _ORDERS:\n"
    "        order, native, pos = _ORDERS[fmt[0]], fmt[0] == '@', 1\n"
    "    items, size, nvalues, n = [], 0, 0, len(fmt)\n"
    "    while pos < n:\n"
    "        c = fmt[pos]\n"
    "        pos += 1\n"
    "        if c in ' \\t\\n\\r\\x0b\\x0c':  # C's isspace, not str's\n"
    "            continue\n"
    "        if '0' <= c <= '9':\n"
    "            num = ord(c) - 48\n"
    "            while pos < n and '0' <= fmt[pos] <= '9':\n"
    "                num = num * 10 + ord(fmt[pos]) - 48\n"
    "                if num > _MAXSIZE:\n"
    "                    raise error(\"total struct size too long\")\n"
    "                pos += 1\n"
    "            if pos >= n:\n"
    "                raise error(\"repeat count given without format specifier\")\n"
    "            c = fmt[pos]\n"
    "            pos += 1\n"
    "        else:\n"
    "            num = 1\n"
    "        entry = _CODES.get(c)\n"
    "        if entry is None or (not native and entry[2] == 0):\n"
    "            raise error(\"bad char in struct format\")\n"
    "        itemsize = entry[0] if native else entry[2]\n"
    "        if native and entry[1] and size:\n"
    "            size = (size + entry[1] - 1) // entry[1] * entry[1]\n"
    "        items.append((c, num, size, itemsize))\n"
    "        if c in 'sp':\n"
    "            nvalues += 1\n"
    "            size += num\n"
    "        else:\n"
    "            if c != 'x':\n"
    "                nvalues += num\n"
    "            size += num * itemsize\n"
    "        if size > _MAXSIZE:\n"
    "            raise error(\"total struct size too long\")\n"
    "    return order, native, items, size, nvalues\n"
    "\n"
    "\n"
    "def _integer(v):\n"
    "    if isinstance(v, int):\n"
    "        return int(v)\n"
    "    index = getattr(type(v), '__index__', None)\n"
    "    if index is None:\n"
    "        raise error(\"required argument is not an integer\")\n"
    "    return index(v)\n"
    "\n"
    "\n"
    "def _int_bytes(c, v, size, order, native):\n"
    "    v = _integer(v)\n"
    "    if c == 'P':\n"
    "        if not -(1 << 63) <= v < (1 << 64):\n"
    "            raise error(\"int too large to convert\")\n"
    "        return (v & ((1 << 64) - 1)).to_bytes(8, order)\n"
    "    if c in 'ILQN':\n"
    "        if not 0 <= v < (1 << 64):\n"
    "            raise error(\"argument out of range\")\n"
    "        lo, hi = 0, (1 << (8 * size)) - 1\n"
    "    else:\n"
    "        if not -(1 << 63) <= v < (1 << 63):\n"
    "            raise error(\"argument out of range\")\n"
    "        if c in 'BH':\n"
    "            lo, hi = 0, (1 << (8 * size)) - 1\n"
    "        else:\n"
    "            lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1\n"
    "    if size < 8 and not lo <= v <= hi:\n"
    "        if c in _NAMED:\n"
    "            raise error(f\"{_NAMED[c]} format requires {lo} <= number <= {hi}\")\n"
    "        raise error(f\"'{c}' format requires {lo} <= number <= {hi}\")\n"
    "    return v.to_bytes(size, order, signed=lo < 0)\n"
    "\n"
    "\n"
    "def _float_bytes(c, v, size, order, native):\n"
    "    was_int = isinstance(v, int)\n"
    "    if not isinstance(v, (int, float)):\n"
    "        tp = type(v)\n"
    "        if getattr(tp, '__float__', None) is None and \\\n"
    "                getattr(tp, '__index__', None) is None:\n"
    "            raise error(\"required argument is not a float\")\n"
    "    try:\n"
    "        v = float(v)\n"
    "    except OverflowError:\n"
    "        raise error(\"required argument is not a float\") from None\n"
    "    try:\n"
    "        data = _fpack(v, size, c != 'f' or not native)\n"
    "    except OverflowError:\n"
    "        if was_int:\n"
    "            raise error(\"int too large to convert\") from None\n"
    "        raise\n"
    "    return data if order == _sys.byteorder else data[::-1]\n"
    "\n"
    "\n"
    "def _bytes_arg(c, v):\n"
    "    if not isinstance(v, (bytes, bytearray)):\n"
    "        raise error(f\"argument for '{c}' must be a bytes object\")\n"
    "    return bytes(v)\n"
    "\n"
    "\n"
    "def _pack_item(c, num, size, order, native, v):\n"
    "    if c == 's':\n"
    "        v = _bytes_arg(c, v)[:num]\n"
    "        return v + bytes(num - len(v))\n"
    "    if c == 'p':\n"
    "        v = _bytes_arg(c, v)\n"
    "        if num == 0:\n"
    "            return b''\n"
    "        v = v[:num - 1]\n"
    "        return bytes([min(len(v), 255)]) + v + bytes(num - 1 - len(v))\n"
    "    if c == 'c':\n"
    "        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:\n"
    "            raise error(\"char format requires a bytes object of length 1\")\n"
    "        return bytes(v)\n"
    "    if c == '?':\n"
    "        return b'\\x01' if v else b'\\x00'\n"
    "    if c in 'efd':\n"
    "        return _float_bytes(c, v, size, order, native)\n"
    "    return _int_bytes(c, v, size, order, native)\n"
    "\n"
    "\n"
    "def _unpack_item(c, num, data, order):\n"
    "    if c == 's':\n"
    "        return data\n"
    "    if c == 'p':\n"
    "        return data[1:1 + min(data[0], num - 1)] if data else b''\n"
    "    if c == 'c':\n"
    "        return data\n"
    "    if c == '?':\n"
    "        return data != bytes(len(data))\n"
    "    if c in 'efd':\n"
    "        return _funpack(data if order == _sys.byteorder else data[::-1])\n"
    "    return int.from_bytes(data, order, signed=c in 'bhilqn')\n"
    "\n"
    "\n"
    "def _readable(buffer):\n"
    "    if isinstance(buffer, bytes):\n"
    "        return buffer\n"
    "    if isinstance(buffer, bytearray):\n"
    "        return bytes(buffer)\n"
    "    try:\n"
    "        return memoryview(buffer).tobytes()\n"
    "    except TypeError:\n"
    "        raise TypeError(\"a bytes-like object is required, not '%s'\"\n"
    "                        % type(buffer).__name__) from None\n"
    "\n"
    "\n"
    "class Struct:\n"
    "    def __init__(self, format):\n"
    "        # CPython reads a str format as ASCII and a bytes one byte by byte\n"
    "        if isinstance(format, bytes):\n"
    "            format = format.decode('latin-1')\n"
    "        elif isinstance(format, str):\n"
    "            format.encode('ascii')\n"
    "        else:\n"
    "            raise TypeError(\"Struct() argument 1 must be a str or bytes \"\n"
    "                            \"object, not %s\" % type(format).__name__)\n"
    "        if '\\0' in format:\n"
    "            raise error('embedded null character')\n"
    "        self._order, self._native, self._items, self.size, self._n = \\\n"
    "            _parse(format)\n"
    "        self.format = format\n"
    "\n"
    "    def _pack(self, name, args):\n"
    "        if len(args) != self._n:\n"
    "            raise error(\"%s expected %d items for packing (got %d)\"\n"
    "                        % (name, self._n, len(args)))\n"
    "        out = bytearray(self.size)\n"
    "        i = 0\n"
    "        for c, num, offset, size in self._items:\n"
    "            if c == 'x':\n"
    "                continue\n"
    "            if c in 'sp':\n"
    "                out[offset:offset + num] = _pack_item(\n"
    "                    c, num, size, self._order, self._native, args[i])\n"
    "                i += 1\n"
    "                continue\n"
    "            for k in range(num):\n"
    "                at = offset + k * size\n"
    "                out[at:at + size] = _pack_item(c, 1, size, self._order,\n"
    "                                               self._native, args[i])\n"
    "                i += 1\n"
    "        return bytes(out)\n"
    "\n"
    "    def pack(self, *args):\n"
    "        return self._pack('pack', args)\n"
    "\n"
    "    def pack_into(self, buffer, offset, *args):\n"
    "        data = self._pack('pack_into', args)\n"
    "        if isinstance(buffer, bytes) or not hasattr(buffer, '__setitem__'):\n"
    "            raise TypeError(\"argument must be read-write bytes-like object, \"\n"
    "                            \"not %s\" % type(buffer).__name__)\n"
    "        offset = _integer(offset)\n"
    "        length = len(buffer)\n"
    "        if offset < 0:\n"
    "            if offset + self.size > 0:\n"
    "                raise error(\"no space to pack %d bytes at offset %d\"\n"
    "                            % (self.size, offset))\n"
    "            if offset + length < 0:\n"
    "                raise error(\"offset %d out of range for %d-byte buffer\"\n"
    "                            % (offset, length))\n"
    "            offset += length\n"
    "        if length - offset < self.size:\n"
    "            raise error(\"pack_into requires a buffer of at least %d bytes for\"\n"
    "                        \" packing %d bytes at offset %d (actual buffer size \"\n"
    "                        \"is %d)\" % (self.size + offset, self.size, offset,\n"
    "                                    length))\n"
    "        buffer[offset:offset + self.size] = data\n"
    "\n"
    "    def _unpack(self, data, base):\n"
    "        out = []\n"
    "        for c, num, offset, size in self._items:\n"
    "            at = base + offset\n"
    "            if c == 'x':\n"
    "                continue\n"
    "            if c in 'sp':\n"
    "                out.append(_unpack_item(c, num, data[at:at + num], self._order))\n"
    "                continue\n"
    "            for k in range(num):\n"
    "                p = at + k * size\n"
    "                out.append(_unpack_item(c, 1, data[p:p + size], self._order))\n"
    "        return tuple(out)\n"
    "\n"
    "    def unpack(self, buffer):\n"
    "        data = _readable(buffer)\n"
    "        if len(data) != self.size:\n"
    "            raise error(\"unpack requires a buffer of %d bytes\" % self.size)\n"
    "        return self._unpack(data, 0)\n"
    "\n"
    "    def unpack_from(self, buffer, offset=0):\n"
    "        data = _readable(buffer)\n"
    "        offset = _integer(offset)\n"
    "        if offset < 0:\n"
    "            if offset + self.size > 0:\n"
    "                raise error(\"not enough data to unpack %d bytes at offset %d\"\n"
    "                            % (self.size, offset))\n"
    "            if offset + len(data) < 0:\n"
    "                raise error(\"offset %d out of range for %d-byte buffer\"\n"
    "                            % (offset, len(data)))\n"
    "            offset += len(data)\n"
    "        if len(data) - offset < self.size:\n"
    "            raise error(\"unpack_from requires a buffer of at least %d bytes \"\n"
    "                        \"for unpacking %d bytes at offset %d (actual buffer \"\n"
    "                        \"size is %d)\" % (self.size + offset, self.size, offset,\n"
    "                                         len(data)))\n"
    "        return self._unpack(data, offset)\n"
    "\n"
    "    def iter_unpack(self, buffer):\n"
    "        data = _readable(buffer)\n"
    "        if self.size == 0:\n"
    "            raise error(\"cannot iteratively unpack with a struct of length 0\")\n"
    "        if len(data) % self.size:\n"
    "            raise error(\"iterative unpacking requires a buffer of a multiple \"\n"
    "                        \"of %d bytes\" % self.size)\n"
    "        return _UnpackIterator(self, data)\n"
    "\n"
    "\n"
    "class _UnpackIterator:\n"
    "    def __init__(self, st, data):\n"
    "        self._st, self._data, self._pos = st, data, 0\n"
    "\n"
    "    def __iter__(self):\n"
    "        return self\n"
    "\n"
    "    def __next__(self):\n"
    "        if self._pos >= len(self._data):\n"
    "            raise StopIteration\n"
    "        self._pos += self._st.size\n"
    "        return self._st._unpack(self._data, self._pos - self._st.size)\n"
    "\n"
    "    def __length_hint__(self):\n"
    "        return (len(self._data) - self._pos) // self._st.size\n"
    "\n"
    "\n"
    "_cache = {}\n"
    "\n"
    "\n"
    "def _struct(fmt):\n"
    "    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None\n"
    "    if s is None:\n"
    "        s = Struct(fmt)\n"
    "        if len(_cache) >= 100:\n"
    "            _cache.clear()\n"
    "        _cache[fmt] = s\n"
    "    return s\n"
    "\n"
    "\n"
    "def calcsize(format):\n"
    "    return _struct(format).size\n"
    "\n"
    "\n"
    "def pack(format, *args):\n"
    "    return _struct(format).pack(*args)\n"
    "\n"
    "\n"
    "def pack_into(format, buffer, offset, *args):\n"
    "    return _struct(format).pack_into(buffer, offset, *args)\n"
    "\n"
    "\n"
    "def unpack(format, buffer):\n"
    "    return _struct(format).unpack(buffer)\n"
    "\n"
    "\n"
    "def unpack_from(format, buffer, offset=0):\n"
    "    return _struct(format).unpack_from(buffer, offset)\n"
    "\n"
    "\n"
    "def iter_unpack(format, buffer):\n"
    "    return _struct(format).iter_unpack(buffer)\n";

int gp_open_struct(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, natives) < 0) return -1;
  return gp_module_run_source(t, d, struct_src, "<struct>");
}
