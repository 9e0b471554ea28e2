/*
** osmod.c — a minimal os: getpid, getppid, kill, cpu_count, environ (a dict
** copied at import), getenv, getcwd, sep, linesep, name and os.path. Any
** other name is the module's AttributeError ("module 'os' has no
** attribute 'fork'"). os.path is CPython's posixpath for the functions it
** has, kept in Python as CPython keeps it, over two natives (getcwd, stat);
** it is the module posixpath, registered as os.path too, as CPython does.
*/
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

extern char **environ;

int gp_os_add_files(GpThread *t, GpObj *d);                                     /* osfiles.c */
int gp_os_add_dirs(GpThread *t, GpObj *d);                                      /* osdir_py.c */
GpValue gp_os_realpath(GpThread *t, const GpValue *args, int nargs, GpObj *kw); /* osfiles.c */

static const char posixpath_src[] =
    "sep = '/'\n"
    "curdir = '.'\n"
    "pardir = '..'\n"
    "def _str(fn, *args):\n"
    "    args = [s.__fspath__() if hasattr(type(s), '__fspath__') else s for s in args]\n"
    "    for s in args:\n"
    "        if not isinstance(s, str):\n"
    "            raise TypeError(f'{fn}() argument must be str, bytes, or os.PathLike '\n"
    "                            f\"object, not '{type(s).__name__}'\") from None\n"
    "    return args\n"
    "def _fspath(p):\n"
    "    if not isinstance(p, str) and hasattr(type(p), '__fspath__'):\n"
    "        p = p.__fspath__()\n"
    "    if not isinstance(p, str):\n"
    "        raise TypeError('expected str, bytes or os.PathLike object, not '\n"
    "                        + type(p).__name__)\n"
    "    return p\n"
    "def join(a, *p):\n"
    "    a, *p = _str('join', a, *p)\n"
    "    path = a\n"
    "    for b in p:\n"
    "        if b.startswith('/'):\n"
    "            path = b\n"
    "        elif not path or path.endswith('/'):\n"
    "            path += b\n"
    "        else:\n"
    "            path += '/' + b\n"
    "    return path\n"
    "def split(p):\n"
    "    p = _fspath(p)\n"
    "    i = p.rfind('/') + 1\n"
    "    head, tail = p[:i], p[i:]\n"
    "    if head and head != '/' * len(head):\n"
    "        head = head.rstrip('/')\n"
    "    return head, tail\n"
    "def basename(p):\n"
    "    return split(p)[1]\n"
    "def dirname(p):\n"
    "    return split(p)[0]\n"
    "def splitext(p):\n"
    "    p = _fspath(p)\n"
    "    sep_index = p.rfind('/')\n"
    "    dot_index = p.rfind('.')\n"
    "    if dot_index > sep_index:\n"
    "        i = sep_index + 1\n"
    "        while i < dot_index:\n"
    "            if p[i] != '.':\n"
    "                return p[:dot_index], p[dot_index:]\n"
    "            i += 1\n"
    "    return p, ''\n"
    "def isabs(s):\n"
    "    return _fspath(s).startswith('/')\n"
    "def normpath(path):\n"
    "    path = _fspath(path)\n"
    "    if not path:\n"
    "        return '.'\n"
    "    initial = 1 if path.startswith('/') else 0\n"
    "    if initial and path.startswith('//') and not path.startswith('///'):\n"
    "        initial = 2\n"
    "    comps = []\n"
    "    for comp in path.split('/'):\n"
    "        if comp in ('', '.'):\n"
    "            continue\n"
    "        if comp != '..' or (not initial and not comps) or (comps and comps[-1] == '..'):\n"
    "            comps.append(comp)\n"
    "        elif comps:\n"
    "            comps.pop()\n"
    "    path = '/' * initial + '/'.join(comps)\n"
    "    return path or '.'\n"
    "def abspath(path):\n"
    "    if not isabs(path):\n"
    "        path = join(_getcwd(), path)\n"
    "    return normpath(path)\n"
    "def _kind(path):\n"
    "    if hasattr(type(path), '__fspath__'):\n"
    "        path = path.__fspath__()\n"
    "    return _stat_kind(path) if isinstance(path, str) else 0\n"
    "def exists(path):\n"
    "    return _kind(path) != 0\n"
    "def isfile(path):\n"
    "    return _kind(path) == 1\n"
    "def isdir(path):\n"
    "    return _kind(path) == 2\n"
    "def commonprefix(m):\n"
    "    if not m:\n"
    "        return ''\n"
    "    s1, s2 = min(m), max(m)\n"
    "    for i, c in enumerate(s1):\n"
    "        if c != s2[i]:\n"
    "            return s1[:i]\n"
    "    return s1\n"
    "def relpath(path, start=None):\n"
    "    path = _fspath(path)\n"
    "    if not path:\n"
    "        raise ValueError('no path specified')\n"
    "    start = '.' if start is None else _fspath(start)\n"
    "    start_list = [x for x in abspath(start).split('/') if x]\n"
    "    path_list = [x for x in abspath(path).split('/') if x]\n"
    "    i = len(commonprefix([start_list, path_list]))\n"
    "    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]\n"
    "    if not rel_list:\n"
    "        return '.'\n"
    "    return join(*rel_list)\n"
    "def islink(path):\n"
    "    import os\n"
    "    try:\n"
    "        return os.lstat(path).st_mode & 0o170000 == 0o120000\n"
    "    except (OSError, ValueError):\n"
    "        return False\n"
    "def lexists(path):\n"
    "    import os\n"
    "    try:\n"
    "        os.lstat(path)\n"
    "    except (OSError, ValueError):\n"
    "        return False\n"
    "    return True\n"
    "def normcase(s):\n"
    "    return s if isinstance(s, (str, bytes)) else _fspath(s)\n"
    "def splitdrive(p):\n"
    "    p = normcase(p)\n"
    "    return p[:0], p\n"
    "def getsize(path):\n"
    "    import os\n"
    "    return os.stat(path).st_size\n"
    "def expanduser(path):\n"
    "    path = _fspath(path)\n"
    "    if not path.startswith('~'):\n"
    "        return path\n"
    "    i = path.find('/', 1)\n"
    "    if i < 0:\n"
    "        i = len(path)\n"
    "    if i != 1:\n"
    "        return path\n"
    "    import os\n"
    "    home = os.environ.get('HOME', '/')\n"
    "    return (home.rstrip('/') + path[i:]) or '/'\n"
    "def realpath(path, *, strict=False):\n"
    "    path = abspath(path)\n"
    "    r = _realpath(path)\n"
    "    if r is not None:\n"
    "        return r\n"
    "    head, tail = split(path)\n"
    "    if not tail or head == path:\n"
    "        return path\n"
    "    return join(realpath(head), tail)\n";

/* What os adds in Python over osfiles.c's natives: stat_result, stat,
** terminal_size, get_terminal_size, fspath, makedirs, as CPython's os.py
** and posixmodule.c have them (scandir and walk: osdir_py.c). */
static const char os_src[] =
    "class stat_result:\n"
    "    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',\n"
    "              'st_size', 'st_atime', 'st_mtime', 'st_ctime')\n"
    "    def __init__(self, f):\n"
    "        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,\n"
    "         self.st_gid, self.st_size, self.st_atime, self.st_mtime, self.st_ctime,\n"
    "         self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns) = f\n"
    "        self._t = tuple(f[:7]) + (int(f[7]), int(f[8]), int(f[9]))\n"
    "    def __getitem__(self, i):\n"
    "        return self._t[i]\n"
    "    def __len__(self):\n"
    "        return 10\n"
    "    def __iter__(self):\n"
    "        return iter(self._t)\n"
    "    def __eq__(self, other):\n"
    "        return isinstance(other, stat_result) and self._t == other._t\n"
    "    def __repr__(self):\n"
    "        return 'os.stat_result(' + ', '.join(\n"
    "            f'{n}={v}' for n, v in zip(self._names, self._t)) + ')'\n"
    "stat_result.__module__ = 'os'\n"
    "class terminal_size(tuple):\n"
    "    def __new__(cls, seq):\n"
    "        return tuple.__new__(cls, seq)\n"
    "    columns = property(lambda self: self[0])\n"
    "    lines = property(lambda self: self[1])\n"
    "    def __repr__(self):\n"
    "        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)\n"
    "terminal_size.__module__ = 'os'\n"
    "def get_terminal_size(fd=1):\n"
    "    return terminal_size(_terminal_size(fd))\n"
    "def stat(path, *, dir_fd=None, follow_symlinks=True):\n"
    "    return stat_result(_stat(path, follow_symlinks))\n"
    "def lstat(path, *, dir_fd=None):\n"
    "    return stat_result(_stat(path, False))\n"
    "def fstat(fd):\n"
    "    if not isinstance(fd, int):\n"
    "        raise TypeError(f\"'{type(fd).__name__}' object cannot be interpreted as an "
    "integer\")\n"
    "    return stat_result(_stat(fd, True))\n"
    "def fspath(path):\n"
    "    if isinstance(path, (str, bytes)):\n"
    "        return path\n"
    "    f = getattr(type(path), '__fspath__', None)\n"
    "    if f is None:\n"
    "        raise TypeError('expected str, bytes or os.PathLike object, not '\n"
    "                        + type(path).__name__)\n"
    "    r = f(path)\n"
    "    if not isinstance(r, (str, bytes)):\n"
    "        raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str '\n"
    "                        f'or bytes, not {type(r).__name__}')\n"
    "    return r\n"
    "def makedirs(name, mode=0o777, exist_ok=False):\n"
    "    head, tail = path.split(fspath(name))\n"
    "    if not tail:\n"
    "        head, tail = path.split(head)\n"
    "    if head and tail and not path.exists(head):\n"
    "        try:\n"
    "            makedirs(head, exist_ok=exist_ok)\n"
    "        except FileExistsError:\n"
    "            pass\n"
    "    try:\n"
    "        mkdir(name, mode)\n"
    "    except OSError:\n"
    "        if not exist_ok or not path.isdir(name):\n"
    "            raise\n";

static GpValue os_getcwd(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "getcwd", nargs, kw) < 0) return GP_ERRV;
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf)) return gp_raise_errno(t, errno, NULL);
  return gp_str_cstr(t, buf);
}

/* _stat_kind(path): 0 missing (or unreadable), 1 file, 2 directory, 3 other. */
static GpValue os_stat_kind(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_one(t, "_stat_kind", nargs, kw) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "_stat_kind: path must be str");
  struct stat st;
  if (strlen(GP_STR(args[0])->data) != GP_STR(args[0])->len || stat(GP_STR(args[0])->data, &st) < 0)
    return gp_intv(0);
  return gp_intv(S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3);
}

static GpValue os_cpu_count(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "cpu_count", nargs, kw) < 0) return GP_ERRV;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? gp_intv(n) : GP_NONEV;
}

static GpValue os_getpid(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "getpid", nargs, kw) < 0) return GP_ERRV;
  return gp_intv(getpid());
}

/* kill(pid, sig): a Python handler of a signal sent to this process runs
** at the next eval-breaker check, as in CPython. */
static GpValue os_kill(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "kill", nargs, kw, 2, 2) < 0) return GP_ERRV;
  int64_t a[2];
  if (gp_as_index(t, args[0], &a[0]) < 0 || gp_as_index(t, args[1], &a[1]) < 0) return GP_ERRV;
  if (kill((pid_t)a[0], (int)a[1]) < 0) return gp_raise_errno(t, errno, NULL);
  return GP_NONEV;
}

static GpValue os_getppid(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "getppid", nargs, kw) < 0) return GP_ERRV;
  return gp_intv(getppid());
}

/* getenv(key, default=None), from the copy in os.environ as CPython's. */
static GpValue os_getenv(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"key", "default"};
  GpValue a[2];
  if (gp_parse_args(t, "getenv", args, nargs, kw, names, 2, 1, a) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(a[0], gp_type_str))
    return gp_raise(t, &gp_exc_TypeError, "str expected, not %s", gp_type_name(a[0]));
  GpValue os, env, v;
  if (!gp_dict_get_str(t->vm->modules, gp_intern_cstr("os"), &os))
    return gp_raise(t, &gp_exc_ImportError, "os is not imported");
  env = gp_getattr(t, os, gp_intern_cstr("environ"));
  GP_DECREF(os);
  if (GP_IS_ERR(env)) return env;
  int r = GP_IS_TYPE(env, gp_type_dict) ? gp_dict_getref(t, env.as.o, a[0], &v) : 0;
  GP_DECREF(env);
  if (r < 0) return GP_ERRV;
  if (r > 0) return v;
  v = GP_IS_ERR(a[1]) ? GP_NONEV : a[1];
  GP_INCREF(v);
  return v;
}

static GpValue environ_copy(GpThread *t) {
  GpValue d = gp_dict_new(t);
  for (char **e = environ; e && *e && !GP_IS_ERR(d); e++) {
    const char *eq = strchr(*e, '=');
    size_t klen = eq ? (size_t)(eq - *e) : 0;
    if (!eq || klen == 0 || !gp_utf8_valid(*e, strlen(*e), NULL)) continue;
    GpValue k = gp_str_new(t, *e, klen), v = gp_str_cstr(t, eq + 1);
    int r = GP_IS_ERR(k) || GP_IS_ERR(v) ? -1 : gp_dict_set(t, d.as.o, k, v);
    GP_DECREF(k);
    GP_DECREF(v);
    if (r < 0) {
      GP_DECREF(d);
      d = GP_ERRV;
    }
  }
  return d;
}

int gp_ospath_py_open(GpThread *t, GpObj *d); /* ospath_py.c */

/* posixpath, also registered as os.path, with its natives and the rest of
** its names (ospath_py.c). */
static GpValue open_path(GpThread *t) {
  GpValue m =
      gp_module_exec(t, posixpath_src, sizeof posixpath_src - 1, "<posixpath>", "posixpath");
  if (GP_IS_ERR(m)) return m;
  GpObj *d = ((GpModule *)m.as.o)->dict;
  static const GpMethodDef natives[] = {{"_getcwd", os_getcwd},
                                        {"_stat_kind", os_stat_kind},
                                        {"_realpath", gp_os_realpath},
                                        {NULL, NULL}};
  if (gp_module_add_functions(t, d, natives) < 0 || gp_ospath_py_open(t, d) < 0 ||
      gp_dict_set(t, t->vm->modules, gp_objv(gp_intern_cstr("os.path")), m) < 0) {
    GP_DECREF(m);
    return GP_ERRV;
  }
  return m;
}

/* urandom(size): bytes from the kernel's generator (getrandom, which
** blocks only until it is seeded, as CPython's os.urandom). */
static GpValue os_urandom(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t n;
  if (gp_arg_count(t, "urandom", nargs, kw, 1, 1) < 0 || gp_as_index(t, args[0], &n) < 0)
    return GP_ERRV;
  if (n < 0) return gp_raise(t, &gp_exc_ValueError, "negative argument not allowed");
  GpValue b = gp_bytes_zero(t, (size_t)n);
  if (GP_IS_ERR(b)) return b;
  char *p = ((GpBytes *)b.as.o)->data;
  for (size_t done = 0; done < (size_t)n;) {
    ssize_t r = getrandom(p + done, (size_t)n - done, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      GP_DECREF(b);
      return gp_raise_errno(t, errno, NULL);
    }
    done += (size_t)r;
  }
  return b;
}

static const GpMethodDef os_functions[] = {
    {"getpid", os_getpid},   {"getppid", os_getppid},
    {"kill", os_kill},       {"cpu_count", os_cpu_count},
    {"getcwd", os_getcwd},   {"getenv", os_getenv},
    {"urandom", os_urandom}, {NULL, NULL},
};

int gp_open_os(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, os_functions) < 0) return -1;
  static const char *const strs[][2] = {{"name", "posix"},
                                        {"sep", "/"},
                                        {"altsep", NULL},
                                        {"linesep", "\n"},
                                        {"curdir", "."},
                                        {"pardir", ".."},
                                        {"pathsep", ":"},
                                        {"devnull", "/dev/null"},
                                        {"defpath", "/bin:/usr/bin"}};
  for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
    if (gp_module_set(t, d, strs[i][0], strs[i][1] ? gp_str_cstr(t, strs[i][1]) : GP_NONEV) < 0)
      return -1;
  if (gp_module_set(t, d, "environ", environ_copy(t)) < 0 || gp_os_add_files(t, d) < 0 ||
      gp_module_set(t, d, "path", open_path(t)) < 0)
    return -1;
  if (gp_module_run_source(t, d, os_src, "<os>") < 0) return -1;
  return gp_os_add_dirs(t, d);
}
