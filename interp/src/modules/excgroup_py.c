/*
** excgroup_py.c — BaseExceptionGroup and ExceptionGroup (builtins), written
** in Python over three natives, and the steps of `except*` that the
** EXC_STAR instruction (runtime/excstar.c) calls.
*/
#include "module.h"
#include "obj.h"
#include "vm.h"

static const char excgroup_src[] =
    "# BaseExceptionGroup and ExceptionGroup as CPython 3.11's, and the steps of\n"
    "# `except*` (the EXC_STAR instruction calls the _star_* functions). The\n"
    "# natives keep a group's sub-exceptions in the exception itself (so\n"
    "# __dict__ stays empty, as CPython's) and copy the traceback and chaining.\n"
    "__name__ = '_gpexcgroup'\n"
    "\n"
    "\n"
    "def _is_sequence(x):\n"
    "    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)\n"
    "\n"
    "\n"
    "def _is_exc_class(c):\n"
    "    return isinstance(c, type) and issubclass(c, BaseException)\n"
    "\n"
    "\n"
    "def _matcher(cond):\n"
    "    if callable(cond) and not isinstance(cond, type):\n"
    "        return cond\n"
    "    if _is_exc_class(cond) or (isinstance(cond, tuple) and all(_is_exc_class(c) for c in "
    "cond)):\n"
    "        return lambda e: isinstance(e, cond)\n"
    "    raise TypeError('expected a function, exception type or tuple of exception types')\n"
    "\n"
    "\n"
    "class BaseExceptionGroup(BaseException):\n"
    "    __module__ = 'builtins'\n"
    "\n"
    "    def __new__(cls, *args, **kwargs):\n"
    "        if kwargs or len(args) != 2:\n"
    "            raise TypeError('BaseExceptionGroup.__new__() takes exactly 2 arguments '\n"
    "                            f'({0 if kwargs else len(args)} given)')\n"
    "        message, excs = args\n"
    "        if not isinstance(message, str):\n"
    "            raise TypeError('BaseExceptionGroup.__new__() argument 1 must be str, '\n"
    "                            f'not {type(message).__name__}')\n"
    "        if not _is_sequence(excs):\n"
    "            raise TypeError('second argument (exceptions) must be a sequence')\n"
    "        excs = tuple(excs)\n"
    "        if not excs:\n"
    "            raise ValueError('second argument (exceptions) must be a non-empty sequence')\n"
    "        only_exceptions = True\n"
    "        for i, e in enumerate(excs):\n"
    "            if not isinstance(e, BaseException):\n"
    "                raise ValueError(f'Item {i} of second argument (exceptions) is not an "
    "exception')\n"
    "            only_exceptions = only_exceptions and isinstance(e, Exception)\n"
    "        if cls is BaseExceptionGroup:\n"
    "            if only_exceptions:\n"
    "                cls = ExceptionGroup\n"
    "        elif issubclass(cls, Exception) and not only_exceptions:\n"
    "            if cls is ExceptionGroup:\n"
    "                raise TypeError('Cannot nest BaseExceptions in an ExceptionGroup')\n"
    "            raise TypeError(f'Cannot nest BaseExceptions in {cls.__name__!r}')\n"
    "        self = super().__new__(cls, *args)\n"
    "        _set_exceptions(self, excs)\n"
    "        return self\n"
    "\n"
    "    @property\n"
    "    def message(self):\n"
    "        return self.args[0] if self.args else ''\n"
    "\n"
    "    @property\n"
    "    def exceptions(self):\n"
    "        return _exceptions(self)\n"
    "\n"
    "    def __str__(self):\n"
    "        n = len(_exceptions(self))\n"
    "        return f\"{self.message} ({n} sub-exception{'s' if n > 1 else ''})\"\n"
    "\n"
    "    def derive(self, excs):\n"
    "        return BaseExceptionGroup(self.message, excs)\n"
    "\n"
    "    def subgroup(self, condition):\n"
    "        return _split(self, _matcher(condition), False)[0]\n"
    "\n"
    "    def split(self, condition):\n"
    "        return _split(self, _matcher(condition), True)\n"
    "\n"
    "\n"
    "class ExceptionGroup(BaseExceptionGroup, Exception):\n"
    "    __module__ = 'builtins'\n"
    "\n"
    "\n"
    "def _derived(eg, excs):\n"
    "    if not excs:\n"
    "        return None\n"
    "    g = eg.derive(excs)\n"
    "    if not isinstance(g, BaseExceptionGroup):\n"
    "        raise TypeError('derive must return an instance of BaseExceptionGroup')\n"
    "    _copy_links(g, eg)\n"
    "    try:\n"
    "        notes = eg.__notes__\n"
    "    except AttributeError:\n"
    "        return g\n"
    "    if _is_sequence(notes):\n"
    "        g.__notes__ = list(notes)\n"
    "    return g\n"
    "\n"
    "\n"
    "def _split(e, match, want_rest):\n"
    "    if match(e):\n"
    "        return e, None\n"
    "    if not isinstance(e, BaseExceptionGroup):\n"
    "        return None, e\n"
    "    matched, rest = [], []\n"
    "    for sub in _exceptions(e):\n"
    "        m, r = _split(sub, match, want_rest)\n"
    "        if m is not None:\n"
    "            matched.append(m)\n"
    "        if r is not None and want_rest:\n"
    "            rest.append(r)\n"
    "    return _derived(e, matched), _derived(e, rest) if want_rest else None\n"
    "\n"
    "\n"
    "def _leaves(e, into):\n"
    "    if isinstance(e, BaseExceptionGroup):\n"
    "        for sub in _exceptions(e):\n"
    "            _leaves(sub, into)\n"
    "    else:\n"
    "        into.add(id(e))\n"
    "\n"
    "\n"
    "# The state of one except* statement: [the exception caught, the groups its\n"
    "# clauses were given, what they raised].\n"
    "def _star_begin(exc):\n"
    "    return [exc, [], []], exc\n"
    "\n"
    "\n"
    "def _star_check(tp):\n"
    "    for c in tp if isinstance(tp, tuple) else (tp,):\n"
    "        if not _is_exc_class(c):\n"
    "            raise TypeError('catching classes that do not inherit from BaseException is not "
    "allowed')\n"
    "        if issubclass(c, BaseExceptionGroup):\n"
    "            raise TypeError('catching ExceptionGroup with except* is not allowed. '\n"
    "                            'Use except instead.')\n"
    "\n"
    "\n"
    "# What is left of exc and the part of it clause type tp catches: a naked\n"
    "# exception is wrapped in a group of its own, as 3.11 does.\n"
    "def _star_match(st, exc, tp):\n"
    "    _star_check(tp)\n"
    "    if exc is None:\n"
    "        return st, None, None, False\n"
    "    if isinstance(exc, BaseExceptionGroup):\n"
    "        match, rest = exc.split(tp)\n"
    "    elif isinstance(exc, tp):\n"
    "        match, rest = BaseExceptionGroup('', (exc,)), None\n"
    "        _copy_links(match, exc)\n"
    "    else:\n"
    "        match, rest = None, exc\n"
    "    if match is not None:\n"
    "        st[1].append(match)\n"
    "    return st, rest, match, match is not None\n"
    "\n"
    "\n"
    "def _star_raised(st, rest, raised):\n"
    "    st[2].append(raised)\n"
    "    return st, rest\n"
    "\n"
    "\n"
    "# What the statement raises (CPython's _PyExc_PrepReraiseStar): the parts of\n"
    "# the original re-raised or left unmatched, kept in their original nesting,\n"
    "# beside the exceptions the clauses raised; None if nothing is left.\n"
    "def _star_end(st, rest):\n"
    "    orig, given, raised = st\n"
    "    excs = raised + ([rest] if rest is not None else [])\n"
    "    if not excs:\n"
    "        return None, False\n"
    "    if not isinstance(orig, BaseExceptionGroup):\n"
    "        return excs[0], True\n"
    "    kept, new = set(), []\n"
    "    for e in excs:\n"
    "        if e is orig or e is rest or any(e is g for g in given):\n"
    "            _leaves(e, kept)\n"
    "        else:\n"
    "            new.append(e)\n"
    "    again = _split(orig, lambda e: id(e) in kept, False)[0] if kept else None\n"
    "    if not new:\n"
    "        return again, again is not None\n"
    "    if again is not None:\n"
    "        new.append(again)\n"
    "    return (new[0] if len(new) == 1 else BaseExceptionGroup('', new)), True\n";

static bool is_exc(GpValue v) {
  return gp_exc_matches(v, &gp_exc_BaseException);
}

/* _set_exceptions(group, excs): the tuple of sub-exceptions, kept in the
** instance rather than its dict. */
static GpValue set_exceptions(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (n != 2 || kw || !is_exc(a[0]) || !GP_IS_TYPE(a[1], gp_type_tuple))
    return gp_raise(t, &gp_exc_TypeError, "_set_exceptions(group, tuple)");
  GpExc *e = (GpExc *)a[0].as.o;
  GP_INCREF(a[1]);
  if (e->group) gp_decref_o(e->group);
  e->group = a[1].as.o;
  return GP_NONEV;
}

static GpValue exceptions(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (n != 1 || kw || !is_exc(a[0])) return gp_raise(t, &gp_exc_TypeError, "_exceptions(group)");
  GpExc *e = (GpExc *)a[0].as.o;
  if (!e->group) return gp_tuple_new(t, 0);
  gp_incref_o(e->group);
  return gp_objv(e->group);
}

static void set_link(GpValue *slot, GpValue v) {
  GP_INCREF(v);
  GpValue old = *slot;
  *slot = v;
  GP_DECREF(old);
}

/* _copy_links(dst, src): src's traceback (a copy: tracebacks grow while
** unwinding), cause and context, as CPython's split gives each part. */
static GpValue copy_links(GpThread *t, const GpValue *a, int n, GpObj *kw) {
  if (n != 2 || kw || !is_exc(a[0]) || !is_exc(a[1]))
    return gp_raise(t, &gp_exc_TypeError, "_copy_links(dst, src)");
  GpExc *d = (GpExc *)a[0].as.o, *s = (GpExc *)a[1].as.o;
  GpValue tb = s->tb ? gp_list_new(t, ((GpList *)s->tb)->len) : GP_NONEV;
  if (GP_IS_ERR(tb)) return tb;
  for (size_t i = 0; s->tb && i < ((GpList *)s->tb)->len; i++)
    if (gp_list_append(t, tb.as.o, ((GpList *)s->tb)->items[i]) < 0) {
      GP_DECREF(tb);
      return GP_ERRV;
    }
  if (d->tb) gp_decref_o(d->tb);
  d->tb = GP_IS_NONE(tb) ? NULL : tb.as.o;
  set_link(&d->cause, s->cause);
  set_link(&d->context, s->context);
  d->suppress_context = s->suppress_context;
  return GP_NONEV;
}

static const GpMethodDef natives[] = {{"_set_exceptions", set_exceptions},
                                      {"_exceptions", exceptions},
                                      {"_copy_links", copy_links},
                                      {NULL, NULL}};

/* Runs the source as the hidden module _gpexcgroup (where EXC_STAR finds
** its steps) and puts the two group types into the builtins, once per VM:
** at the first load, as the thread that makes the builtins runs no code. */
int gp_excgroup_install(GpThread *t) {
  GpValue have;
  if (gp_dict_get_str(t->vm->modules, gp_intern_cstr("_gpexcgroup"), &have)) {
    GP_DECREF(have);
    return 0;
  }
  GpObj *d = t->vm->builtins;
  GpValue mod =
      gp_module_exec(t, excgroup_src, sizeof excgroup_src - 1, "<excgroup>", "_gpexcgroup");
  if (GP_IS_ERR(mod)) return -1;
  GpObj *md = ((GpModule *)mod.as.o)->dict;
  int r = gp_module_add_functions(t, md, natives);
  static const char *const public[] = {"BaseExceptionGroup", "ExceptionGroup"};
  for (size_t i = 0; r == 0 && i < sizeof public / sizeof *public; i++) {
    GpValue v; /* a new reference, which the builtins' entry does not take over */
    r = gp_dict_get_str(md, gp_intern_cstr(public[i]), &v) ? gp_module_set(t, d, public[i], v)
                                                           : -1;
  }
  GP_DECREF(mod);
  return r;
}

GpValue gp_excgroup_attr(GpThread *t, const char *name) {
  GpValue mod;
  if (!gp_dict_get_str(t->vm->modules, gp_intern_cstr("_gpexcgroup"), &mod))
    return gp_raise(t, &gp_exc_RuntimeError, "exception groups are not set up");
  GpValue v;
  bool found = gp_dict_get_str(((GpModule *)mod.as.o)->dict, gp_intern_cstr(name), &v);
  GP_DECREF(mod);
  if (!found) return gp_raise(t, &gp_exc_RuntimeError, "_gpexcgroup.%s is missing", name);
  return v; /* gp_dict_get_str's new reference */
}
