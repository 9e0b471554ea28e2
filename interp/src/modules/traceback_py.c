/*
** traceback_py.c — the traceback module, written in Python over two
** natives: _format (the text gilpy prints for an uncaught exception,
** runtime/traceback.c), _line (a source line), _markers (the ^^^ line
** under it) and _frames (an exception's (code, instruction) entries as
** file, line, function and position); gp_traceback_object makes the
** entries the traceback objects of __traceback__ and sys.exc_info()[2].
*/
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "module.h"
#include "obj.h"
#include "traceback.h"
#include "vm.h"

static const char traceback_src[] =
    "# traceback as CPython 3.11's, over gilpy's tracebacks: _frames gives an\n"
    "# exception's frames as (file, line, function, position), which\n"
    "# __traceback__ and sys.exc_info() turn into traceback objects made here;\n"
    "# the text is the one gilpy prints for an uncaught exception (_format).\n"
    "__name__ = 'traceback'\n"
    "import sys\n"
    "\n"
    "__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',\n"
    "           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_tb',\n"
    "           'walk_tb', 'FrameSummary', 'StackSummary']\n"
    "\n"
    "\n"
    "class code:\n"
    "    __module__ = 'builtins'\n"
    "    def __init__(self, filename, name):\n"
    "        self.co_filename = filename\n"
    "        self.co_name = name\n"
    "\n"
    "\n"
    "class frame:\n"
    "    __module__ = 'builtins'\n"
    "    def __init__(self, filename, lineno, name):\n"
    "        self.f_code = _Code(filename, name)\n"
    "        self.f_lineno = lineno\n"
    "    def __repr__(self):\n"
    "        return (f'<frame at {hex(id(self))}, file {self.f_code.co_filename!r}, '\n"
    "                f'line {self.f_lineno}, code {self.f_code.co_name}>')\n"
    "\n"
    "\n"
    "class traceback:\n"
    "    __module__ = 'builtins'\n"
    "    def __init__(self, tb_frame, tb_lineno, tb_next, pos):\n"
    "        self.tb_frame = tb_frame\n"
    "        self.tb_lineno = tb_lineno\n"
    "        self.tb_next = tb_next\n"
    "        self._pos = pos\n"
    "\n"
    "\n"
    "_Code, _Frame, _Traceback = code, frame, traceback\n"
    "del code, frame, traceback\n"
    "\n"
    "\n"
    "def _from_entries(entries):\n"
    "    # the innermost frame is the last\n"
    "    tb = None\n"
    "    for filename, lineno, name, pos in reversed(_frames(entries)):\n"
    "        tb = _Traceback(_Frame(filename, lineno, name), lineno, tb, pos)\n"
    "    return tb\n"
    "\n"
    "\n"
    "class FrameSummary:\n"
    "    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,\n"
    "                 end_lineno=None, colno=None, end_colno=None):\n"
    "        self.filename = filename\n"
    "        self.lineno = lineno\n"
    "        self.name = name\n"
    "        self.end_lineno = end_lineno\n"
    "        self.colno = colno\n"
    "        self.end_colno = end_colno\n"
    "        self._line = line\n"
    "        if lookup_line:\n"
    "            self.line\n"
    "        self.locals = None\n"
    "    @property\n"
    "    def line(self):\n"
    "        if self._line is None:\n"
    "            self._line = _line(self.filename, self.lineno)\n"
    "        return self._line\n"
    "    def __eq__(self, other):\n"
    "        if isinstance(other, FrameSummary):\n"
    "            return (self.filename == other.filename and self.lineno == other.lineno and\n"
    "                    self.name == other.name and self.locals == other.locals)\n"
    "        if isinstance(other, tuple):\n"
    "            return (self.filename, self.lineno, self.name, self.line) == other\n"
    "        return NotImplemented\n"
    "    def __getitem__(self, pos):\n"
    "        return (self.filename, self.lineno, self.name, self.line)[pos]\n"
    "    def __iter__(self):\n"
    "        return iter([self.filename, self.lineno, self.name, self.line])\n"
    "    def __len__(self):\n"
    "        return 4\n"
    "    def __repr__(self):\n"
    "        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'\n"
    "\n"
    "\n"
    "class StackSummary(list):\n"
    "    def format(self):\n"
    "        return format_list(self)\n"
    "\n"
    "\n"
    "def _no_limit(limit):\n"
    "    if limit is not None:\n"
    "        raise NotImplementedError('the limit argument of traceback functions is not '\n"
    "                                  'supported by gilpy')\n"
    "\n"
    "\n"
    "def walk_tb(tb):\n"
    "    while tb is not None:\n"
    "        yield tb.tb_frame, tb.tb_lineno\n"
    "        tb = tb.tb_next\n"
    "\n"
    "\n"
    "def extract_tb(tb, limit=None):\n"
    "    _no_limit(limit)\n"
    "    out = StackSummary()\n"
    "    while tb is not None:\n"
    "        f, (end_lineno, colno, end_colno) = tb.tb_frame, tb._pos\n"
    "        out.append(FrameSummary(f.f_code.co_filename, tb.tb_lineno, f.f_code.co_name,\n"
    "                                end_lineno=end_lineno, colno=colno, end_colno=end_colno))\n"
    "        tb = tb.tb_next\n"
    "    return out\n"
    "\n"
    "\n"
    "def format_list(extracted_list):\n"
    "    result = []\n"
    "    for fs in extracted_list:\n"
    "        if not isinstance(fs, FrameSummary):\n"
    "            fs = FrameSummary(fs[0], fs[1], fs[2], line=fs[3])\n"
    "        row = f'  File \"{fs.filename}\", line {fs.lineno}, in {fs.name}\\n'\n"
    "        if fs.line:\n"
    "            row += f'    {fs.line.strip()}\\n'\n"
    "            if fs.colno is not None and fs.end_colno is not None:\n"
    "                row += _markers(fs.filename, fs.lineno, fs.end_lineno, fs.colno, "
    "fs.end_colno)\n"
    "        result.append(row)\n"
    "    return result\n"
    "\n"
    "\n"
    "def format_tb(tb, limit=None):\n"
    "    return format_list(extract_tb(tb, limit))\n"
    "\n"
    "\n"
    "def print_tb(tb, limit=None, file=None):\n"
    "    if file is None:\n"
    "        file = sys.stderr\n"
    "    for item in format_tb(tb, limit):\n"
    "        print(item, file=file, end='')\n"
    "\n"
    "\n"
    "def _chunks(text):\n"
    "    # the pieces CPython's format_exception returns: a frame with its line,\n"
    "    # a chaining message with its blank lines, the other lines one by one\n"
    "    out = []\n"
    "    for line in text.splitlines(True):\n"
    "        if line.startswith('    ') and out and out[-1].startswith('  File '):\n"
    "            out[-1] += line\n"
    "        elif line == '\\n' and out and out[-1].startswith('\\n') and not "
    "out[-1].endswith('\\n\\n'):\n"
    "            out[-1] += line\n"
    "        elif not line.startswith('\\n') and out and out[-1] == '\\n':\n"
    "            out[-1] += line\n"
    "        else:\n"
    "            out.append(line)\n"
    "    return out\n"
    "\n"
    "\n"
    "def _value(exc, value):\n"
    "    if value is not _sentinel:\n"
    "        return value\n"
    "    return exc\n"
    "\n"
    "\n"
    "_sentinel = object()\n"
    "\n"
    "\n"
    "def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):\n"
    "    _no_limit(limit)\n"
    "    exc = _value(exc, value)\n"
    "    if exc is None:\n"
    "        return ['NoneType: None\\n']\n"
    "    return _chunks(_format(exc, chain))\n"
    "\n"
    "\n"
    "def format_exception_only(exc, /, value=_sentinel):\n"
    "    exc = _value(exc, value)\n"
    "    if exc is None:\n"
    "        return ['NoneType: None\\n']\n"
    "    return _chunks(_format(exc, None))\n"
    "\n"
    "\n"
    "def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, "
    "chain=True):\n"
    "    if file is None:\n"
    "        file = sys.stderr\n"
    "    for line in format_exception(exc, value, tb, limit=limit, chain=chain):\n"
    "        print(line, file=file, end='')\n"
    "\n"
    "\n"
    "def format_exc(limit=None, chain=True):\n"
    "    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))\n"
    "\n"
    "\n"
    "def print_exc(limit=None, file=None, chain=True):\n"
    "    print_exception(sys.exception(), limit=limit, file=file, chain=chain)\n"
    "\n"
    "\n"
    "def print_last(limit=None, file=None, chain=True):\n"
    "    raise ValueError('no last exception')\n";

/* _format(exc, chain): the report of exc, with its causes and contexts if
** chain; chain None: format_exception_only's lines. */
static GpValue tb_format(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_format", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (!gp_exc_matches(args[0], &gp_exc_BaseException))
    return gp_raise(t, &gp_exc_TypeError, "exceptions must derive from BaseException");
  int chain = GP_IS_NONE(args[1]) ? -1 : gp_truthy(t, args[1]);
  if (chain < 0 && !GP_IS_NONE(args[1])) return GP_ERRV;
  char *s = chain < 0 ? gp_traceback_format_only(t, args[0])
            : chain   ? gp_traceback_format(t, args[0])
                      : gp_traceback_format_unchained(t, args[0]);
  if (!s) return gp_raise_nomem(t);
  GpValue r = gp_str_cstr(t, s);
  free(s);
  return r;
}

/* _line(filename, lineno): the stripped source line, or '' */
static GpValue tb_line(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_line", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str) || !GP_IS_INT(args[1])) return gp_str_cstr(t, "");
  char *s = gp_traceback_line(GP_STR(args[0])->data, (long)args[1].as.i);
  GpValue r = gp_str_cstr(t, s ? s : "");
  free(s);
  return r;
}

/* _markers(filename, lineno, end_lineno, colno, end_colno): the marker line, or '' */
static GpValue tb_markers(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_markers", nargs, kw, 5, 5) < 0) return GP_ERRV;
  for (int i = 1; i < 5; i++)
    if (!GP_IS_INT(args[i])) return gp_str_cstr(t, "");
  if (!GP_IS_TYPE(args[0], gp_type_str)) return gp_str_cstr(t, "");
  size_t len;
  char *text = gp_read_file(GP_STR(args[0])->data, &len);
  const char *p = text;
  for (int64_t i = 1; p && i < args[1].as.i; i++)
    p = (p = strchr(p, '\n')) ? p + 1 : NULL;
  GpBuf b;
  gp_buf_init(&b);
  if (p && args[1].as.i > 0)
    gp_traceback_markers(&b, p, strcspn(p, "\r\n"), args[2].as.i > args[1].as.i, (int)args[3].as.i,
                         (int)args[4].as.i);
  free(text);
  return gp_buf_finish(t, &b);
}

/* (filename, line, name, (end_line, col, end_col)) of frame fi of code c;
** None for a column that is unknown. */
static GpValue frame_of(GpThread *t, const GpCode *c, const GpFrameInfo *fi) {
  GpPos pos = fi->pos;
  bool known = pos.col >= 0 && pos.end_col >= 0;
  GpValue p[3] = {gp_intv(pos.end_line), known ? gp_intv(pos.col) : GP_NONEV,
                  known ? gp_intv(pos.end_col) : GP_NONEV};
  GpValue pt = gp_tuple_pack(t, 3, p);
  GpValue name = gp_str_cstr(t, fi->name);
  GpValue r = GP_ERRV;
  if (!GP_IS_ERR(pt) && !GP_IS_ERR(name)) {
    GpValue items[4] = {gp_objv(c->filename), gp_intv(pos.line), name, pt};
    r = gp_tuple_pack(t, 4, items);
  }
  if (!GP_IS_ERR(pt)) GP_DECREF(pt);
  if (!GP_IS_ERR(name)) GP_DECREF(name);
  return r;
}

/* Appends the frames (code, instruction) entry e stands for to list r. */
static int entry_frames(GpThread *t, GpValue e, GpObj *r) {
  const GpTuple *tu = GP_TUPLE(e);
  const GpCode *c = (const GpCode *)tu->items[0].as.o;
  GpFrameInfo fi[16];
  int n = gp_code_frames(c, (uint32_t)tu->items[1].as.i, fi, 16);
  for (int k = 0; k < n; k++) {
    GpValue f = frame_of(t, c, &fi[k]);
    int rc = GP_IS_ERR(f) ? -1 : gp_list_append(t, r, f);
    if (!GP_IS_ERR(f)) GP_DECREF(f);
    if (rc < 0) return -1;
  }
  return 0;
}

/* _frames(entries): the frames of the entries (innermost first), outermost first */
static GpValue tb_frames(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_frames", nargs, kw, 1, 1) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_list)) return gp_raise(t, &gp_exc_TypeError, "_frames: a list");
  GpList *l = (GpList *)args[0].as.o;
  GpValue r = gp_list_new(t, 0);
  for (size_t i = l->len; !GP_IS_ERR(r) && i-- > 0;)
    if (entry_frames(t, l->items[i], r.as.o) < 0) {
      GP_DECREF(r);
      r = GP_ERRV;
    }
  return r;
}

static const GpMethodDef natives[] = {{"_format", tb_format},
                                      {"_line", tb_line},
                                      {"_markers", tb_markers},
                                      {"_frames", tb_frames},
                                      {NULL, NULL}};

int gp_open_traceback(GpThread *t, GpObj *d) {
  return gp_module_fill_from_source(t, d, traceback_src, sizeof traceback_src - 1, "<traceback>",
                                    "_traceback_py", natives);
}

GpValue gp_traceback_object(GpThread *t, GpObj *entries) {
  if (!entries) return GP_NONEV;
  GpValue mod = gp_import(t, gp_intern_cstr("traceback"), NULL);
  if (GP_IS_ERR(mod)) return mod;
  GpValue make = gp_getattr(t, mod, gp_intern_cstr("_from_entries"));
  GP_DECREF(mod);
  if (GP_IS_ERR(make)) return make;
  GpValue arg = gp_objv(entries);
  GpValue r = gp_vm_call(t, make, &arg, 1, NULL);
  GP_DECREF(make);
  return r;
}
