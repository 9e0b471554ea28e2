/*
** errnomod.c — the errno module: the platform's error numbers by name and
** errorcode, the names by number, for code that tests OSError.errno.
*/
#include <errno.h>

#include "obj.h"

#define E(name)                                                                                    \
  { #name, name }

int gp_open_errno(GpThread *t, GpObj *d) {
  static const struct {
    const char *name;
    int value;
  } codes[] = {
      E(EPERM),       E(ENOENT),      E(ESRCH),        E(EINTR),        E(EIO),
      E(ENXIO),       E(E2BIG),       E(ENOEXEC),      E(EBADF),        E(ECHILD),
      E(EAGAIN),      E(ENOMEM),      E(EACCES),       E(EFAULT),       E(EBUSY),
      E(EEXIST),      E(EXDEV),       E(ENODEV),       E(ENOTDIR),      E(EISDIR),
      E(EINVAL),      E(ENFILE),      E(EMFILE),       E(ENOTTY),       E(EFBIG),
      E(ENOSPC),      E(ESPIPE),      E(EROFS),        E(EMLINK),       E(EPIPE),
      E(EDOM),        E(ERANGE),      E(EDEADLK),      E(ENAMETOOLONG), E(ENOSYS),
      E(ENOTEMPTY),   E(ELOOP),       E(ENOTSOCK),     E(EADDRINUSE),   E(EADDRNOTAVAIL),
      E(ENETDOWN),    E(ENETUNREACH), E(ECONNABORTED), E(ECONNRESET),   E(ENOTCONN),
      E(ESHUTDOWN),   E(ETIMEDOUT),   E(ECONNREFUSED), E(EHOSTUNREACH), E(EALREADY),
      E(EINPROGRESS),
  };
  GpValue map = gp_dict_new(t);
  if (GP_IS_ERR(map)) return -1;
  for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) {
    GpValue name = gp_str_cstr(t, codes[i].name);
    int r = GP_IS_ERR(name) ? -1 : gp_dict_set(t, map.as.o, gp_intv(codes[i].value), name);
    GP_DECREF(name);
    if (r < 0 || gp_module_set(t, d, codes[i].name, gp_intv(codes[i].value)) < 0) {
      GP_DECREF(map);
      return -1;
    }
  }
  /* EWOULDBLOCK is EAGAIN's other name: errorcode keeps the first */
  if (gp_module_set(t, d, "EWOULDBLOCK", gp_intv(EWOULDBLOCK)) < 0) {
    GP_DECREF(map);
    return -1;
  }
  return gp_module_set(t, d, "errorcode", map);
}
