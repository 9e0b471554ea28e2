/*
** caller.c — (pathname, lineno, funcName) of the code that called into a
** module written in Python, for logging's findCaller and warnings.warn's
** stacklevel: gilpy has no frame objects, so the VM walks its own frames,
** skipping the calling module's (known by its file name).
*/
#include "code.h"
#include "vm.h"

GpValue gp_caller_info(GpThread *t, const char *skip, GpValue up) {
  int n_up = GP_IS_INT(up) && up.as.i > 0 ? (int)(up.as.i > 1000000 ? 1000000 : up.as.i) : 0;
  const GpCode *c;
  uint32_t pc;
  if (!gp_vm_frame_at(t, skip, n_up, &c, &pc)) return GP_NONEV;
  GpFrameInfo fi[16];
  int n = gp_code_frames(c, pc, fi, 16);
  GpValue name = gp_str_cstr(t, fi[n - 1].name);
  if (GP_IS_ERR(name)) return name;
  GpValue items[3] = {gp_objv(c->filename), gp_intv(fi[n - 1].pos.line), name};
  GpValue r = gp_tuple_pack(t, 3, items);
  GP_DECREF(name);
  return r;
}
