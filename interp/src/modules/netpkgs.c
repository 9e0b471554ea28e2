/*
** netpkgs.c — the packages urllib and http: empty, with a __path__, so
** that their submodules (urlparse_py.c, urlrequest_py.c, httpclient_py.c)
** import as CPython's do.
*/
#include "module.h"

static int package(GpThread *t, GpObj *d, const char *path) {
  GpValue p = gp_str_cstr(t, path);
  if (GP_IS_ERR(p)) return -1;
  int r = gp_dict_set_str(t, d, "__path__", p);
  GP_DECREF(p);
  return r;
}

int gp_open_urllib(GpThread *t, GpObj *d) {
  return package(t, d, "<built-in package urllib>");
}

int gp_open_http(GpThread *t, GpObj *d) {
  return package(t, d, "<built-in package http>");
}
