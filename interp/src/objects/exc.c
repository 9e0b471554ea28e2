/*
** exc.c — the built-in exception types (CPython's hierarchy) and raising.
**
** An exception instance is a GpExc whose ob.type is its exception type. The
** types are static and immortal; each has its own constructor because a
** type's `call` hook is not told which type was called.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "obj.h"
#include "vm.h"

/* ------------------------------------------------------------ instances */

static void exc_dealloc(GpObj *o) {
  GpExc *e = (GpExc *)o;
  if (e->args) gp_decref_o(e->args);
  if (e->tb) gp_decref_o(e->tb);
  if (e->os_args) gp_decref_o(e->os_args);
  if (e->dict) gp_decref_o(e->dict);
  if (e->group) gp_decref_o(e->group);
  GP_DECREF(e->context);
  GP_DECREF(e->cause);
}

static int exc_traverse(GpObj *o, GpVisitFn visit, void *arg) {
  GpExc *e = (GpExc *)o;
  if (e->args) visit(e->args, arg);
  if (e->tb) visit(e->tb, arg);
  if (e->os_args) visit(e->os_args, arg);
  if (e->dict) visit(e->dict, arg);
  if (e->group) visit(e->group, arg);
  GP_VISIT(e->context, visit, arg);
  GP_VISIT(e->cause, visit, arg);
  return 0;
}

/* Keeps args (readers expect a tuple): cycles pass through context/cause
** and the attributes. */
static void exc_clear(GpObj *o) {
  GpExc *e = (GpExc *)o;
  if (e->dict) {
    GpObj *d = e->dict;
    e->dict = NULL;
    gp_decref_o(d);
  }
  if (e->group) {
    GpObj *g = e->group;
    e->group = NULL;
    gp_decref_o(g);
  }
  GP_CLEAR(e->context);
  GP_CLEAR(e->cause);
}

GpValue gp_exc_new(GpThread *t, const GpType *tp, GpObj *args_tuple) {
  GpValue args;
  if (args_tuple) {
    gp_incref_o(args_tuple);
    args = gp_objv(args_tuple);
  } else {
    args = gp_tuple_new(t, 0);
    if (GP_IS_ERR(args)) return args;
  }
  GpExc *e = (GpExc *)gp_alloc(t, tp, sizeof(GpExc));
  if (!e) {
    GP_DECREF(args);
    return gp_raise_nomem(t);
  }
  e->args = args.as.o;
  e->context = GP_NONEV;
  e->cause = GP_NONEV;
  return gp_objv(&e->ob);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): CPython's
** subclass for the errno, and args cut to (errno, strerror) when a filename
** is given, which os_args keeps. */
static GpValue oserror_construct(GpThread *t, const GpType *tp, const GpValue *args, int nargs) {
  bool errno_form = nargs >= 2 && nargs <= 5;
  if (tp == &gp_exc_OSError && errno_form && GP_IS_INT(args[0]))
    tp = gp_oserror_subclass(args[0].as.i);
  bool named = errno_form && nargs >= 3 && !GP_IS_NONE(args[2]);
  GpValue tu = gp_tuple_pack(t, named ? 2 : (size_t)nargs, args);
  if (GP_IS_ERR(tu)) return tu;
  GpValue e = gp_exc_new(t, tp, tu.as.o);
  GP_DECREF(tu);
  if (GP_IS_ERR(e) || !named) return e;
  GpValue all = gp_tuple_pack(t, (size_t)nargs, args);
  if (GP_IS_ERR(all)) {
    GP_DECREF(e);
    return all;
  }
  ((GpExc *)e.as.o)->os_args = all.as.o;
  return e;
}

GpValue gp_raise_errno(GpThread *t, int err, const char *filename) {
  return gp_raise_oserror(t, err, strerror(err), filename);
}

GpValue gp_raise_oserror(GpThread *t, int err, const char *msg, const char *filename) {
  GpValue args[3] = {gp_intv(err), gp_str_cstr(t, msg), GP_NONEV};
  if (GP_IS_ERR(args[1])) return GP_ERRV;
  if (filename) args[2] = gp_str_cstr(t, filename);
  GpValue e =
      GP_IS_ERR(args[2]) ? GP_ERRV : oserror_construct(t, &gp_exc_OSError, args, filename ? 3 : 2);
  GP_DECREF(args[1]);
  GP_DECREF(args[2]);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

static GpValue exc_construct(GpThread *t, const GpType *tp, const GpValue *args, int nargs,
                             GpObj *kwnames) {
  if (kwnames) return gp_raise(t, &gp_exc_TypeError, "%s() takes no keyword arguments", tp->name);
  if (gp_type_is_subtype(tp, &gp_exc_OSError)) return oserror_construct(t, tp, args, nargs);
  int want = tp == &gp_exc_UnicodeEncodeError || tp == &gp_exc_UnicodeDecodeError ? 5
             : tp == &gp_exc_UnicodeTranslateError                                ? 4
                                                                                  : -1;
  if (want >= 0 && nargs != want)
    return gp_raise(t, &gp_exc_TypeError, "function takes exactly %d arguments (%d given)", want,
                    nargs);
  GpValue tu = gp_tuple_pack(t, (size_t)nargs, args);
  if (GP_IS_ERR(tu)) return tu;
  GpValue e = gp_exc_new(t, tp, tu.as.o);
  GP_DECREF(tu);
  return e;
}

static GpTuple *exc_args(GpValue v) {
  return (GpTuple *)((GpExc *)v.as.o)->args;
}

/* str(e): '' for no args, str(arg) for one, repr(args) otherwise. */
static GpValue exc_str(GpThread *t, GpValue self) {
  GpTuple *a = exc_args(self);
  if (a->len == 0) return gp_str_cstr(t, "");
  if (a->len == 1) return gp_str(t, a->items[0]);
  return gp_repr(t, gp_objv(&a->ob));
}

/* KeyError('k') prints as 'k': the repr of its single argument. */
static GpValue keyerror_str(GpThread *t, GpValue self) {
  GpTuple *a = exc_args(self);
  if (a->len == 1) return gp_repr(t, a->items[0]);
  return exc_str(t, self);
}

/* SyntaxError: "msg (file, line N)" when it carries a location. */
static GpValue syntaxerror_str(GpThread *t, GpValue self) {
  GpTuple *a = exc_args(self);
  if (a->len == 2 && GP_IS_TYPE(a->items[0], gp_type_str) &&
      GP_IS_TYPE(a->items[1], gp_type_tuple) && GP_TUPLE(a->items[1])->len == 4) {
    GpTuple *loc = GP_TUPLE(a->items[1]);
    if (GP_IS_TYPE(loc->items[0], gp_type_str) && GP_IS_INT(loc->items[1])) {
      const char *f = GP_STR(loc->items[0])->data, *base = strrchr(f, '/');
      return gp_str_printf(t, "%s (%s, line %lld)", GP_STR(a->items[0])->data, base ? base + 1 : f,
                           (long long)loc->items[1].as.i);
    }
  }
  return exc_str(t, self);
}

/* ValueError('m'), ValueError(1, 2), ValueError() */
static GpValue exc_repr(GpThread *t, GpValue self) {
  GpTuple *a = exc_args(self);
  GpBuf b;
  gp_buf_init(&b);
  gp_buf_puts(&b, self.as.o->type->name);
  if (a->len == 1) {
    gp_buf_putc(&b, '(');
    if (gp_buf_repr(t, &b, a->items[0]) < 0) {
      gp_buf_free(&b);
      return GP_ERRV;
    }
    gp_buf_putc(&b, ')');
  } else if (a->len == 0) {
    gp_buf_puts(&b, "()");
  } else if (gp_buf_repr(t, &b, gp_objv(&a->ob)) < 0) {
    gp_buf_free(&b);
    return GP_ERRV;
  }
  return gp_buf_finish(t, &b);
}

static int exc_hash(GpThread *t, GpValue self, int64_t *h) {
  (void)t;
  *h = (int64_t)((uintptr_t)self.as.o >> 4);
  return 0;
}

/* A SyntaxError's msg, filename, lineno, offset and text: its args are
** (msg, (filename, lineno, offset, text)) as CPython's; None if absent. */
static GpValue syntax_attr(GpValue self, const char *s) {
  static const char *const loc_names[] = {"filename", "lineno", "offset", "text"};
  GpTuple *a = exc_args(self);
  if (strcmp(s, "msg") == 0) return a->len ? a->items[0] : GP_NONEV;
  for (size_t i = 0; i < sizeof loc_names / sizeof *loc_names; i++) {
    if (strcmp(s, loc_names[i]) != 0) continue;
    if (a->len != 2 || !GP_IS_TYPE(a->items[1], gp_type_tuple) || GP_TUPLE(a->items[1])->len != 4)
      return GP_NONEV;
    return GP_TUPLE(a->items[1])->items[i];
  }
  return strcmp(s, "end_lineno") == 0 || strcmp(s, "end_offset") == 0 ? GP_NONEV : GP_ERRV;
}

static GpValue exc_getattr(GpThread *t, GpValue self, GpObj *name) {
  GpExc *e = (GpExc *)self.as.o;
  const char *s = ((GpStr *)name)->data;
  GpValue v = GP_ERRV;
  if (e->dict && gp_dict_getref(t, e->dict, gp_objv(name), &v) == 1) return v;
  if (gp_exc_field(t, self, s, &v)) return v;
  if (strcmp(s, "__dict__") == 0) return gp_exc_dict(t, self);
  if (strcmp(s, "args") == 0)
    v = gp_objv(e->args);
  else if (strcmp(s, "__context__") == 0)
    v = e->context;
  else if (strcmp(s, "__cause__") == 0)
    v = e->cause;
  else if (strcmp(s, "__suppress_context__") == 0)
    v = gp_boolv(e->suppress_context);
  else if (strcmp(s, "__traceback__") == 0)
    return gp_traceback_object(t, e->tb);
  else if (strcmp(s, "value") == 0 && self.as.o->type == &gp_exc_StopIteration)
    v = exc_args(self)->len ? exc_args(self)->items[0] : GP_NONEV;
  else if (strcmp(s, "code") == 0 && self.as.o->type == &gp_exc_SystemExit)
    v = exc_args(self)->len ? exc_args(self)->items[0] : GP_NONEV;
  else if (gp_exc_matches(self, &gp_exc_SyntaxError))
    v = syntax_attr(self, s);
  if (GP_IS_ERR(v))
    return gp_raise(t, &gp_exc_AttributeError, "'%s' object has no attribute '%s'",
                    self.as.o->type->name, s);
  GP_INCREF(v);
  return v;
}

/* A new reference to the instance's attribute dict, made empty the first
** time, as CPython gives every BaseException a __dict__. */
GpValue gp_exc_dict(GpThread *t, GpValue self) {
  GpExc *e = (GpExc *)self.as.o;
  if (!e->dict) {
    GpValue d = gp_dict_new(t);
    if (GP_IS_ERR(d)) return d;
    e->dict = d.as.o;
  }
  gp_incref_o(e->dict);
  return gp_objv(e->dict);
}

/* e.__cause__ / e.__context__ = an exception or None (CPython's checks). */
static int exc_set_link(GpThread *t, GpValue *slot, GpValue v, const char *what) {
  if (!GP_IS_NONE(v) && !gp_exc_matches(v, &gp_exc_BaseException))
    return gp_raise(t, &gp_exc_TypeError, "exception %s must be None or derive from BaseException",
                    what),
           -1;
  GP_INCREF(v);
  GpValue old = *slot;
  *slot = v;
  GP_DECREF(old);
  return 0;
}

/* e.__cause__, e.__context__, e.__suppress_context__ = v: the fields, for
** built-in exceptions and class instances alike; 1 if name is none of them. */
int gp_exc_set_link(GpThread *t, GpValue self, const char *s, GpValue v) {
  GpExc *e = (GpExc *)self.as.o;
  if (strcmp(s, "__cause__") == 0) {
    if (exc_set_link(t, &e->cause, v, "cause") < 0) return -1;
    e->suppress_context = true;
    return 0;
  }
  if (strcmp(s, "__context__") == 0) return exc_set_link(t, &e->context, v, "context");
  if (strcmp(s, "__suppress_context__") != 0) return 1;
  int b = gp_truthy(t, v);
  if (b < 0) return -1;
  e->suppress_context = b;
  return 0;
}

/* e.x = v on a built-in exception: its dict, but the links CPython lets
** code set; other fields fail loudly rather than be shadowed silently. */
static int exc_setattr(GpThread *t, GpValue self, GpObj *name, GpValue v) {
  const char *s = ((GpStr *)name)->data;
  int r = gp_exc_set_link(t, self, s, v);
  if (r <= 0) return r;
  GpValue f = GP_ERRV;
  bool is_field = gp_exc_field(t, self, s, &f) || strcmp(s, "args") == 0 ||
                  strcmp(s, "__traceback__") == 0 || strcmp(s, "__dict__") == 0 ||
                  (gp_exc_matches(self, &gp_exc_SyntaxError) && !GP_IS_ERR(syntax_attr(self, s)));
  if (!GP_IS_ERR(f)) GP_DECREF(f);
  if (is_field)
    return gp_raise(t, &gp_exc_NotImplementedError,
                    "setting '%s' of a built-in exception is not supported by gilpy", s),
           -1;
  GpValue d = gp_exc_dict(t, self);
  if (GP_IS_ERR(d)) return -1;
  r = gp_dict_set(t, d.as.o, gp_objv(name), v);
  GP_DECREF(d);
  return r;
}

/* e.add_note(note): appended to e.__notes__, a list made on the first note;
** through the generic attribute calls, as a class's instances keep theirs
** in their own dict. */
static GpValue exc_add_note(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (nargs != 2 || kwnames)
    return gp_raise(t, &gp_exc_TypeError,
                    "BaseException.add_note() takes exactly one argument (%d given)", nargs - 1);
  if (!GP_IS_TYPE(args[1], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "note must be a str, not '%s'", gp_typeof(args[1])->name);
  GpValue notes = gp_getattr(t, args[0], gp_intern_cstr("__notes__"));
  if (GP_IS_ERR(notes)) {
    if (!gp_exc_matches(t->exc, &gp_exc_AttributeError)) return notes;
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    notes = gp_list_new(t, 0);
    if (GP_IS_ERR(notes) || gp_setattr(t, args[0], gp_intern_cstr("__notes__"), notes) < 0) {
      GP_DECREF(notes);
      return GP_ERRV;
    }
  }
  int r = GP_IS_TYPE(notes, gp_type_list)
              ? gp_list_append(t, notes.as.o, args[1])
              : (gp_raise(t, &gp_exc_TypeError, "Cannot add note: __notes__ is not a list"), -1);
  GP_DECREF(notes);
  return r < 0 ? GP_ERRV : GP_NONEV;
}

static const GpMethodDef base_exception_methods[] = {{"add_note", exc_add_note}, {NULL, NULL}};

/* --------------------------------------------------------------- types */

#define EXC_HEAD                                                                                   \
  { .rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_type }

#define EXC_TYPE(NAME, BASE, STR) EXC_TYPE_M(NAME, BASE, STR, NULL)
#define EXC_TYPE_M(NAME, BASE, STR, METHODS)                                                       \
  static GpValue call_##NAME(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {        \
    return exc_construct(t, &gp_exc_##NAME, args, nargs, kwnames);                                 \
  }                                                                                                \
  GpType gp_exc_##NAME = {.ob = EXC_HEAD,                                                          \
                          .name = #NAME,                                                           \
                          .base = BASE,                                                            \
                          .dealloc = exc_dealloc,                                                  \
                          .traverse = exc_traverse,                                                \
                          .clear = exc_clear,                                                      \
                          .repr = exc_repr,                                                        \
                          .str = STR,                                                              \
                          .hash = exc_hash,                                                        \
                          .call = call_##NAME,                                                     \
                          .getattr = exc_getattr,                                                  \
                          .setattr = exc_setattr,                                                  \
                          .methods = METHODS};

EXC_TYPE_M(BaseException, NULL, exc_str, base_exception_methods)
EXC_TYPE(Exception, &gp_exc_BaseException, exc_str)
EXC_TYPE(KeyboardInterrupt, &gp_exc_BaseException, exc_str)
EXC_TYPE(SystemExit, &gp_exc_BaseException, exc_str)
EXC_TYPE(ArithmeticError, &gp_exc_Exception, exc_str)
EXC_TYPE(ZeroDivisionError, &gp_exc_ArithmeticError, exc_str)
EXC_TYPE(OverflowError, &gp_exc_ArithmeticError, exc_str)
EXC_TYPE(LookupError, &gp_exc_Exception, exc_str)
EXC_TYPE(IndexError, &gp_exc_LookupError, exc_str)
EXC_TYPE(KeyError, &gp_exc_LookupError, keyerror_str)
EXC_TYPE(NameError, &gp_exc_Exception, exc_str)
EXC_TYPE(UnboundLocalError, &gp_exc_NameError, exc_str)
EXC_TYPE(RuntimeError, &gp_exc_Exception, exc_str)
EXC_TYPE(RecursionError, &gp_exc_RuntimeError, exc_str)
EXC_TYPE(ReferenceError, &gp_exc_Exception, exc_str)
EXC_TYPE(NotImplementedError, &gp_exc_RuntimeError, exc_str)
EXC_TYPE(ImportError, &gp_exc_Exception, exc_str)
EXC_TYPE(ModuleNotFoundError, &gp_exc_ImportError, exc_str)
EXC_TYPE(SyntaxError, &gp_exc_Exception, syntaxerror_str)
EXC_TYPE(IndentationError, &gp_exc_SyntaxError, syntaxerror_str)
EXC_TYPE(TabError, &gp_exc_IndentationError, syntaxerror_str)
EXC_TYPE(OSError, &gp_exc_Exception, gp_oserror_str)
EXC_TYPE(TimeoutError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(BlockingIOError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(ChildProcessError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(ConnectionError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(BrokenPipeError, &gp_exc_ConnectionError, gp_oserror_str)
EXC_TYPE(ConnectionAbortedError, &gp_exc_ConnectionError, gp_oserror_str)
EXC_TYPE(ConnectionRefusedError, &gp_exc_ConnectionError, gp_oserror_str)
EXC_TYPE(ConnectionResetError, &gp_exc_ConnectionError, gp_oserror_str)
EXC_TYPE(FileExistsError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(FileNotFoundError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(InterruptedError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(IsADirectoryError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(NotADirectoryError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(PermissionError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(ProcessLookupError, &gp_exc_OSError, gp_oserror_str)
EXC_TYPE(EOFError, &gp_exc_Exception, exc_str)
EXC_TYPE(BufferError, &gp_exc_Exception, exc_str)
EXC_TYPE(ValueError, &gp_exc_Exception, exc_str)
EXC_TYPE(UnicodeError, &gp_exc_ValueError, exc_str)
EXC_TYPE(UnicodeDecodeError, &gp_exc_UnicodeError, gp_unicode_error_str)
EXC_TYPE(UnicodeEncodeError, &gp_exc_UnicodeError, gp_unicode_error_str)
EXC_TYPE(UnicodeTranslateError, &gp_exc_UnicodeError, gp_unicode_error_str)
EXC_TYPE(TypeError, &gp_exc_Exception, exc_str)
EXC_TYPE(AttributeError, &gp_exc_Exception, exc_str)
EXC_TYPE(AssertionError, &gp_exc_Exception, exc_str)
EXC_TYPE(MemoryError, &gp_exc_Exception, exc_str)
EXC_TYPE(StopIteration, &gp_exc_Exception, exc_str)
EXC_TYPE(GeneratorExit, &gp_exc_BaseException, exc_str)
EXC_TYPE(StopAsyncIteration, &gp_exc_Exception, exc_str)
EXC_TYPE(Warning, &gp_exc_Exception, exc_str)
EXC_TYPE(UserWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(DeprecationWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(PendingDeprecationWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(SyntaxWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(RuntimeWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(FutureWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(ImportWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(UnicodeWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(BytesWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(ResourceWarning, &gp_exc_Warning, exc_str)
EXC_TYPE(EncodingWarning, &gp_exc_Warning, exc_str)

const GpType *const gp_builtin_exceptions[] = {&gp_exc_BaseException,
                                               &gp_exc_Exception,
                                               &gp_exc_KeyboardInterrupt,
                                               &gp_exc_SystemExit,
                                               &gp_exc_ArithmeticError,
                                               &gp_exc_ZeroDivisionError,
                                               &gp_exc_OverflowError,
                                               &gp_exc_LookupError,
                                               &gp_exc_IndexError,
                                               &gp_exc_KeyError,
                                               &gp_exc_NameError,
                                               &gp_exc_UnboundLocalError,
                                               &gp_exc_RuntimeError,
                                               &gp_exc_RecursionError,
                                               &gp_exc_ReferenceError,
                                               &gp_exc_NotImplementedError,
                                               &gp_exc_ImportError,
                                               &gp_exc_ModuleNotFoundError,
                                               &gp_exc_SyntaxError,
                                               &gp_exc_IndentationError,
                                               &gp_exc_TabError,
                                               &gp_exc_OSError,
                                               &gp_exc_TimeoutError,
                                               &gp_exc_BlockingIOError,
                                               &gp_exc_ChildProcessError,
                                               &gp_exc_ConnectionError,
                                               &gp_exc_BrokenPipeError,
                                               &gp_exc_ConnectionAbortedError,
                                               &gp_exc_ConnectionRefusedError,
                                               &gp_exc_ConnectionResetError,
                                               &gp_exc_FileExistsError,
                                               &gp_exc_FileNotFoundError,
                                               &gp_exc_InterruptedError,
                                               &gp_exc_IsADirectoryError,
                                               &gp_exc_NotADirectoryError,
                                               &gp_exc_PermissionError,
                                               &gp_exc_ProcessLookupError,
                                               &gp_exc_EOFError,
                                               &gp_exc_BufferError,
                                               &gp_exc_ValueError,
                                               &gp_exc_UnicodeError,
                                               &gp_exc_UnicodeDecodeError,
                                               &gp_exc_UnicodeEncodeError,
                                               &gp_exc_UnicodeTranslateError,
                                               &gp_exc_TypeError,
                                               &gp_exc_AttributeError,
                                               &gp_exc_AssertionError,
                                               &gp_exc_MemoryError,
                                               &gp_exc_StopIteration,
                                               &gp_exc_GeneratorExit,
                                               &gp_exc_StopAsyncIteration,
                                               &gp_exc_Warning,
                                               &gp_exc_UserWarning,
                                               &gp_exc_DeprecationWarning,
                                               &gp_exc_PendingDeprecationWarning,
                                               &gp_exc_SyntaxWarning,
                                               &gp_exc_RuntimeWarning,
                                               &gp_exc_FutureWarning,
                                               &gp_exc_ImportWarning,
                                               &gp_exc_UnicodeWarning,
                                               &gp_exc_BytesWarning,
                                               &gp_exc_ResourceWarning,
                                               &gp_exc_EncodingWarning,
                                               NULL};

/* -------------------------------------------------------------- raising */

bool gp_exc_matches(GpValue exc, const GpType *tp) {
  return GP_IS_OBJ(exc) && gp_type_is_subtype(exc.as.o->type, tp);
}

/* Sets t->exc, chaining the exception being handled as its context (CPython's
** _PyErr_SetObject), cutting any cycle that would close through exc. */
static void exc_set(GpThread *t, GpValue exc) {
  GpExc *e = (GpExc *)exc.as.o;
  GpValue h = t->handling;
  if (GP_IS_OBJ(h) && h.as.o != exc.as.o && GP_IS_NONE(e->context)) {
    for (GpExc *o = (GpExc *)h.as.o; o && GP_IS_OBJ(o->context); o = (GpExc *)o->context.as.o) {
      if (o->context.as.o == exc.as.o) {
        GP_DECREF(o->context);
        o->context = GP_NONEV;
        break;
      }
    }
    GP_INCREF(h);
    e->context = h;
  }
  GpValue old = t->exc;
  t->exc = exc;
  GP_DECREF(old);
}

GpValue gp_raise_value(GpThread *t, GpValue exc) {
  GP_INCREF(exc);
  exc_set(t, exc);
  return GP_ERRV;
}

/* The last resort when even a MemoryError cannot be allocated: a static
** one (immortal, so the VM never appends a traceback to it). */
static GpTuple nomem_args = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_type_tuple}};
static GpExc nomem_exc = {.ob = {.rc = 1, .flags = GP_F_IMMORTAL, .type = &gp_exc_MemoryError},
                          .args = &nomem_args.ob,
                          .context = {.tag = GP_T_NONE},
                          .cause = {.tag = GP_T_NONE}};

GpValue gp_raise_nomem(GpThread *t) {
  GpValue e = gp_exc_new(t, &gp_exc_MemoryError, &nomem_args.ob);
  if (GP_IS_ERR(e)) e = gp_objv(&nomem_exc.ob);
  exc_set(t, e);
  return GP_ERRV;
}

GpValue gp_raise_keyboard_interrupt(GpThread *t) {
  GpValue e = gp_exc_new(t, &gp_exc_KeyboardInterrupt, NULL);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

GpValue gp_raise(GpThread *t, const GpType *tp, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  char *text = small;
  if (n >= (int)sizeof small) {
    text = malloc((size_t)n + 1);
    if (!text) return gp_raise_nomem(t);
    va_start(ap, fmt);
    vsnprintf(text, (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  GpValue msg = n < 0 ? GP_ERRV : gp_str_new(t, text, (size_t)n);
  if (text != small) free(text);
  if (GP_IS_ERR(msg)) return gp_raise_nomem(t);
  GpValue tu = gp_tuple_pack(t, 1, &msg);
  GP_DECREF(msg);
  if (GP_IS_ERR(tu)) return gp_raise_nomem(t);
  GpValue e = gp_exc_new(t, tp, tu.as.o);
  GP_DECREF(tu);
  if (GP_IS_ERR(e)) return GP_ERRV;
  exc_set(t, e);
  return GP_ERRV;
}

GpValue gp_raise_keyerror(GpThread *t, GpValue key) {
  GpValue tu = gp_tuple_pack(t, 1, &key);
  if (GP_IS_ERR(tu)) return gp_raise_nomem(t);
  GpValue e = gp_exc_new(t, &gp_exc_KeyError, tu.as.o);
  GP_DECREF(tu);
  if (GP_IS_ERR(e)) return GP_ERRV;
  exc_set(t, e);
  return GP_ERRV;
}

/* The exception's type as a traceback names it: a class's qualified name,
** prefixed by its module unless that is __main__ (CPython's
** dataclasses.FrozenInstanceError); into buf. */
static const char *exc_type_name(GpValue exc, char *buf, size_t n) {
  const GpType *tp = gp_typeof(exc);
  if (!GP_IS_CLASS(tp)) return tp->name;
  const GpClass *c = (const GpClass *)tp;
  bool named = c->module && c->qualname && c->module->type == &gp_type_str &&
               c->qualname->type == &gp_type_str;
  if (!named) return tp->name;
  const char *mod = GP_STR(gp_objv(c->module))->data, *qual = GP_STR(gp_objv(c->qualname))->data;
  if (strcmp(mod, "__main__") == 0 || strcmp(mod, "builtins") == 0) return qual;
  snprintf(buf, n, "%s.%s", mod, qual);
  return buf;
}

/* "ValueError: msg", or "ValueError" when str(exc) is empty. */
GpValue gp_exc_format_line(GpThread *t, GpValue exc) {
  char buf[256];
  const char *name = exc_type_name(exc, buf, sizeof buf);
  GpValue s = gp_str(t, exc);
  if (GP_IS_ERR(s)) {
    GP_DECREF(t->exc);
    t->exc = GP_NONEV;
    return gp_str_printf(t, "%s: <exception str() failed>", name);
  }
  if (exc.as.o->type == &gp_exc_SyntaxError || gp_exc_matches(exc, &gp_exc_SyntaxError)) {
    GpTuple *a = exc_args(exc);
    if (a->len >= 1 && GP_IS_TYPE(a->items[0], gp_type_str)) {
      GP_DECREF(s);
      return gp_str_printf(t, "%s: %s", name, GP_STR(a->items[0])->data);
    }
  }
  GpValue r =
      GP_STR(s)->len ? gp_str_printf(t, "%s: %s", name, GP_STR(s)->data) : gp_str_cstr(t, name);
  GP_DECREF(s);
  return r;
}
