/*
** contextvars_py.c — contextvars: Context, ContextVar, Token and
** copy_context in Python as CPython documents them, run in the module's
** dict, over two natives that read and replace the running thread's
** context (GpThread.context: a thread starts with none, so an empty one,
** as in CPython 3.11) and enter and leave a context for Context.run.
*/
#include "module.h"
#include "obj.h"
#include "vm.h"

static GpValue ctx_get(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "_get_context", nargs, kw) < 0) return GP_ERRV;
  GP_INCREF(t->context);
  return t->context;
}

static GpValue ctx_set(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_set_context", nargs, kw, 1, 1) < 0) return GP_ERRV;
  GP_INCREF(args[0]);
  GpValue old = t->context;
  t->context = args[0];
  GP_DECREF(old);
  return GP_NONEV;
}

/* ctx._entered, a flag the Python half reads too: 1, 0, or -1 raised. */
static int entered(GpThread *t, GpValue ctx) {
  GpValue e = gp_getattr(t, ctx, gp_intern_cstr("_entered"));
  if (GP_IS_ERR(e)) return -1;
  int r = gp_truthy(t, e);
  GP_DECREF(e);
  return r;
}

/* _enter(ctx) -> the context it replaces: Context.run's entry, which
** asyncio's handles call around each task step and callback (calling the
** callable from C instead would re-enter the VM, a third of a step). */
static GpValue ctx_enter(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_enter", nargs, kw, 1, 1) < 0) return GP_ERRV;
  int e = entered(t, args[0]);
  if (e < 0) return GP_ERRV;
  if (e) {
    GpValue r = gp_repr(t, args[0]);
    if (GP_IS_ERR(r)) return r;
    gp_raise(t, &gp_exc_RuntimeError, "cannot enter context: %s is already entered",
             GP_STR(r)->data);
    GP_DECREF(r);
    return GP_ERRV;
  }
  if (gp_setattr(t, args[0], gp_intern_cstr("_entered"), gp_boolv(true)) < 0) return GP_ERRV;
  GpValue prev = t->context; /* the reference moves to the caller */
  GP_INCREF(args[0]);
  t->context = args[0];
  return prev;
}

/* _exit(ctx, prev): Context.run's exit, prev running again. */
static GpValue ctx_exit(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_exit", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (gp_setattr(t, args[0], gp_intern_cstr("_entered"), gp_boolv(false)) < 0) return GP_ERRV;
  return ctx_set(t, args + 1, 1, NULL);
}

static const GpMethodDef natives[] = {{"_get_context", ctx_get},
                                      {"_set_context", ctx_set},
                                      {"_enter", ctx_enter},
                                      {"_exit", ctx_exit},
                                      {NULL, NULL}};

static const char contextvars_src[] =
    "# contextvars: Context, ContextVar and Token with CPython 3.11's semantics.\n"
    "# A context's data is a dict never changed in place (a set copies it), so a\n"
    "# copy shares it as CPython's copies share their HAMT. The running\n"
    "# context is per thread: _get_context/_set_context/_enter/_exit are this\n"
    "# module's natives over a slot of the thread, which a new thread starts\n"
    "# empty.\n"
    "__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')\n"
    "\n"
    "_MISSING = object()\n"
    "\n"
    "\n"
    "class Context:\n"
    "    __slots__ = ('_data', '_entered', '__weakref__')\n"
    "\n"
    "    def __init__(self, *args, **kwargs):\n"
    "        if args or kwargs:\n"
    "            raise TypeError('Context() does not accept any arguments')\n"
    "        self._data = {}\n"
    "        self._entered = False\n"
    "\n"
    "    def run(self, callable, /, *args, **kwargs):\n"
    "        prev = _enter(self)\n"
    "        try:\n"
    "            return callable(*args, **kwargs)\n"
    "        finally:\n"
    "            _exit(self, prev)\n"
    "\n"
    "    def copy(self):\n"
    "        new = Context()\n"
    "        new._data = self._data\n"
    "        return new\n"
    "\n"
    "    def __repr__(self):\n"
    "        return f'<_contextvars.Context object at {id(self):#x}>'\n"
    "\n"
    "    def __getitem__(self, var):\n"
    "        _check_key(var)\n"
    "        return self._data[var]\n"
    "\n"
    "    def __contains__(self, var):\n"
    "        _check_key(var)\n"
    "        return var in self._data\n"
    "\n"
    "    def __len__(self):\n"
    "        return len(self._data)\n"
    "\n"
    "    def __iter__(self):\n"
    "        return iter(self._data)\n"
    "\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, Context):\n"
    "            return NotImplemented\n"
    "        return self._data == other._data\n"
    "\n"
    "    __hash__ = None\n"
    "\n"
    "    def get(self, var, default=None):\n"
    "        _check_key(var)\n"
    "        return self._data.get(var, default)\n"
    "\n"
    "    def keys(self):\n"
    "        return self._data.keys()\n"
    "\n"
    "    def values(self):\n"
    "        return self._data.values()\n"
    "\n"
    "    def items(self):\n"
    "        return self._data.items()\n"
    "\n"
    "\n"
    "def _check_key(var):\n"
    "    if not isinstance(var, ContextVar):\n"
    "        raise TypeError(f'a ContextVar key was expected, got {var!r}')\n"
    "\n"
    "\n"
    "def _current():\n"
    "    ctx = _get_context()\n"
    "    if ctx is None:\n"
    "        ctx = Context()\n"
    "        _set_context(ctx)\n"
    "    return ctx\n"
    "\n"
    "\n"
    "def copy_context():\n"
    "    return _current().copy()\n"
    "\n"
    "\n"
    "class ContextVar:\n"
    "    __slots__ = ('_name', '_default', '__weakref__')\n"
    "\n"
    "    def __init_subclass__(cls, **kwargs):\n"
    "        raise TypeError(\"type '_contextvars.ContextVar' is not an acceptable base type\")\n"
    "\n"
    "    def __init__(self, name, *, default=_MISSING):\n"
    "        if not isinstance(name, str):\n"
    "            raise TypeError('context variable name must be a str')\n"
    "        object.__setattr__(self, '_name', name)\n"
    "        object.__setattr__(self, '_default', default)\n"
    "\n"
    "    def __setattr__(self, name, value):\n"
    "        raise AttributeError('readonly attribute' if name == 'name' else\n"
    "                             f\"'ContextVar' object has no attribute '{name}'\")\n"
    "\n"
    "    @property\n"
    "    def name(self):\n"
    "        return self._name\n"
    "\n"
    "    def get(self, *args):\n"
    "        if len(args) > 1:\n"
    "            raise TypeError(f'get expected at most 1 argument, got {len(args)}')\n"
    "        ctx = _get_context()\n"
    "        if ctx is not None:\n"
    "            value = ctx._data.get(self, _MISSING)\n"
    "            if value is not _MISSING:\n"
    "                return value\n"
    "        if args:\n"
    "            return args[0]\n"
    "        if self._default is not _MISSING:\n"
    "            return self._default\n"
    "        raise LookupError(self)\n"
    "\n"
    "    def set(self, value):\n"
    "        ctx = _current()\n"
    "        data = ctx._data\n"
    "        token = Token._make(ctx, self, data.get(self, Token.MISSING))\n"
    "        data = dict(data)\n"
    "        data[self] = value\n"
    "        ctx._data = data\n"
    "        return token\n"
    "\n"
    "    def reset(self, token):\n"
    "        if not isinstance(token, Token):\n"
    "            raise TypeError(f'expected an instance of Token, got {token!r}')\n"
    "        if token._used:\n"
    "            raise RuntimeError(f'{token!r} has already been used once')\n"
    "        if token._var is not self:\n"
    "            raise ValueError(f'{token!r} was created by a different ContextVar')\n"
    "        ctx = _current()\n"
    "        if token._ctx is not ctx:\n"
    "            raise ValueError(f'{token!r} was created in a different Context')\n"
    "        data = dict(ctx._data)\n"
    "        if token._old is Token.MISSING:\n"
    "            data.pop(self, None)\n"
    "        else:\n"
    "            data[self] = token._old\n"
    "        ctx._data = data\n"
    "        token._used = True\n"
    "\n"
    "    def __repr__(self):\n"
    "        default = '' if self._default is _MISSING else f' default={self._default!r}'\n"
    "        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'\n"
    "\n"
    "    def __class_getitem__(cls, item):\n"
    "        return cls\n"
    "\n"
    "\n"
    "class _MissingType:\n"
    "    def __repr__(self):\n"
    "        return '<Token.MISSING>'\n"
    "\n"
    "\n"
    "class Token:\n"
    "    __slots__ = ('_ctx', '_var', '_old', '_used')\n"
    "\n"
    "    MISSING = _MissingType()\n"
    "\n"
    "    def __init__(self, *args, **kwargs):\n"
    "        raise RuntimeError('Tokens can only be created by ContextVars')\n"
    "\n"
    "    @classmethod\n"
    "    def _make(cls, ctx, var, old):\n"
    "        token = object.__new__(cls)\n"
    "        token._ctx = ctx\n"
    "        token._var = var\n"
    "        token._old = old\n"
    "        token._used = False\n"
    "        return token\n"
    "\n"
    "    @property\n"
    "    def var(self):\n"
    "        return self._var\n"
    "\n"
    "    @property\n"
    "    def old_value(self):\n"
    "        return self._old\n"
    "\n"
    "    def __repr__(self):\n"
    "        used = ' used' if self._used else ''\n"
    "        return f'<Token{used} var={self._var!r} at {id(self):#x}>'\n"
    "\n"
    "    def __class_getitem__(cls, item):\n"
    "        return cls\n";

int gp_open_contextvars(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, natives) < 0) return -1;
  return gp_module_run_source(t, d, contextvars_src, "<contextvars>");
}
