/*
** keyword_py.c — keyword: kwlist, softkwlist, iskeyword and issoftkeyword
** (Python 3.11's lists), in Python run in the module's dict.
*/
#include "module.h"
#include "obj.h"

static const char keyword_src[] =
    "# keyword: Python 3.11's hard and soft keywords, as CPython's generated\n"
    "# Lib/keyword.py lists them.\n"
    "__all__ = [\"iskeyword\", \"issoftkeyword\", \"kwlist\", \"softkwlist\"]\n"
    "\n"
    "kwlist = [\n"
    "    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',\n"
    "    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',\n"
    "    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',\n"
    "    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',\n"
    "    'while', 'with', 'yield',\n"
    "]\n"
    "\n"
    "softkwlist = ['_', 'case', 'match']\n"
    "\n"
    "iskeyword = frozenset(kwlist).__contains__\n"
    "issoftkeyword = frozenset(softkwlist).__contains__\n";

int gp_open_keyword(GpThread *t, GpObj *d) {
  return gp_module_run_source(t, d, keyword_src, "<keyword>");
}
