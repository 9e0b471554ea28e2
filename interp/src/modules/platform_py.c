/*
** platform_py.c — platform: the system's names from uname(2) (the native
** _uname), the interpreter's (python_implementation() is 'gilpy',
** python_version() the version gilpy implements), in Python run in the
** module's dict.
*/
#include <errno.h>
#include <gnu/libc-version.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/utsname.h>

#include "module.h"
#include "obj.h"

/* _uname() -> (sysname, nodename, release, version, machine) */
static GpValue plat_uname(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "_uname", nargs, kw) < 0) return GP_ERRV;
  struct utsname u;
  if (uname(&u) < 0) return gp_raise_errno(t, errno, NULL);
  const char *parts[] = {u.sysname, u.nodename, u.release, u.version, u.machine};
  GpValue v[5];
  int n = 0;
  for (; n < 5; n++) {
    v[n] = gp_str_cstr(t, parts[n]);
    if (GP_IS_ERR(v[n])) break;
  }
  GpValue r = n == 5 ? gp_tuple_pack(t, 5, v) : GP_ERRV;
  for (int i = 0; i < n; i++)
    GP_DECREF(v[i]);
  return r;
}

static const GpMethodDef natives[] = {{"_uname", plat_uname}, {NULL, NULL}};

static const char platform_src[] =
    "# platform: what the machine and the interpreter are. The system names\n"
    "# come from uname(2) (_uname), as CPython's os.uname; the interpreter is\n"
    "# gilpy: python_implementation() is 'gilpy' and python_version() the\n"
    "# Python version gilpy implements (sys.version_info).\n"
    "import collections\n"
    "import sys\n"
    "\n"
    "__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_compiler',\n"
    "           'python_implementation', 'python_version', 'python_version_tuple', 'release',\n"
    "           'system', 'uname', 'version']\n"
    "\n"
    "_uname_fields = ('system', 'node', 'release', 'version', 'machine')\n"
    "\n"
    "\n"
    "class uname_result(collections.namedtuple('uname_result_base', _uname_fields,\n"
    "                                          module='platform')):\n"
    "    \"\"\"uname()'s five fields and, computed as CPython does on Linux, the\n"
    "    processor (here the machine name). _fields lists the five only\n"
    "    (CPython's adds 'processor').\"\"\"\n"
    "\n"
    "    @property\n"
    "    def processor(self):\n"
    "        return self.machine\n"
    "\n"
    "    def __iter__(self):\n"
    "        yield from super().__iter__()\n"
    "        yield self.processor\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        return tuple(self)[key]\n"
    "\n"
    "    def __len__(self):\n"
    "        return len(tuple(iter(self)))\n"
    "\n"
    "    def __repr__(self):\n"
    "        fields = ', '.join(f'{name}={value!r}' for name, value in\n"
    "                           zip(_uname_fields, self))\n"
    "        return f'uname_result({fields})'\n"
    "\n"
    "\n"
    "_uname_cache = None\n"
    "\n"
    "\n"
    "def uname():\n"
    "    global _uname_cache\n"
    "    if _uname_cache is None:\n"
    "        _uname_cache = uname_result(*_uname())\n"
    "    return _uname_cache\n"
    "\n"
    "\n"
    "def system():\n"
    "    return uname().system\n"
    "\n"
    "\n"
    "def node():\n"
    "    return uname().node\n"
    "\n"
    "\n"
    "def release():\n"
    "    return uname().release\n"
    "\n"
    "\n"
    "def version():\n"
    "    return uname().version\n"
    "\n"
    "\n"
    "def machine():\n"
    "    return uname().machine\n"
    "\n"
    "\n"
    "def processor():\n"
    "    return uname().processor\n"
    "\n"
    "\n"
    "def architecture(executable=sys.executable if hasattr(sys, 'executable') else '',\n"
    "                 bits='', linkage=''):\n"
    "    return (f'{_pointer_bits}bit', 'ELF')\n"
    "\n"
    "\n"
    "def python_implementation():\n"
    "    return 'gilpy'\n"
    "\n"
    "\n"
    "def python_version():\n"
    "    return '%d.%d.%d' % sys.version_info[:3]\n"
    "\n"
    "\n"
    "def python_version_tuple():\n"
    "    return tuple(str(n) for n in sys.version_info[:3])\n"
    "\n"
    "\n"
    "def python_compiler():\n"
    "    return _compiler\n"
    "\n"
    "\n"
    "def platform(aliased=False, terse=False):\n"
    "    u = uname()\n"
    "    if terse:\n"
    "        return f'{u.system}-{u.release}'\n"
    "    return f'{u.system}-{u.release}-{u.machine}-with-{_libc}'\n";

/* The facts only the C side knows: the word size, the C library and the
** compiler gilpy was built with. */
static int set_facts(GpThread *t, GpObj *d) {
  char libc[64];
  snprintf(libc, sizeof libc, "glibc%s", gnu_get_libc_version());
#ifdef __VERSION__
  const char *compiler = "GCC " __VERSION__;
#else
  const char *compiler = "";
#endif
  GpValue l = gp_str_cstr(t, libc), c = gp_str_cstr(t, compiler);
  int r =
      GP_IS_ERR(l) || GP_IS_ERR(c) ||
              gp_dict_set_str(t, d, "_pointer_bits", gp_intv((int64_t)sizeof(void *) * 8)) < 0 ||
              gp_dict_set_str(t, d, "_libc", l) < 0 || gp_dict_set_str(t, d, "_compiler", c) < 0
          ? -1
          : 0;
  if (!GP_IS_ERR(l)) GP_DECREF(l);
  if (!GP_IS_ERR(c)) GP_DECREF(c);
  return r;
}

int gp_open_platform(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, natives) < 0 || set_facts(t, d) < 0) return -1;
  return gp_module_run_source(t, d, platform_src, "<platform>");
}
