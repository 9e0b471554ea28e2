/*
** mroentries.c — PEP 560's __mro_entries__: a class statement's base that
** is not a class (typing's Generic[T], List[int]) names the classes it
** stands for, as CPython's types.resolve_bases does.
*/
#include "class.h"
#include "obj.h"
#include "vm.h"

/* The entries of base b appended to l: b itself if it is a type or has no
** __mro_entries__, else the tuple that returns. */
static int add_entries(GpThread *t, GpValue l, GpValue b, GpValue bases, bool *changed) {
  GpValue fn = GP_ERRV;
  GpObj *name = gp_intern_cstr("__mro_entries__");
  if (gp_is_inst(b)) {
    GpValue found;
    if (gp_class_lookup(b.as.o->type, name, &found)) {
      GP_DECREF(found);
      fn = gp_getattr(t, b, name);
      if (GP_IS_ERR(fn)) return -1;
    }
  }
  if (GP_IS_ERR(fn)) return gp_list_append(t, l.as.o, b);
  GpValue r = gp_vm_call(t, fn, &bases, 1, NULL);
  GP_DECREF(fn);
  if (GP_IS_ERR(r)) return -1;
  int rc = 0;
  if (!GP_IS_TYPE(r, gp_type_tuple)) {
    gp_raise(t, &gp_exc_TypeError, "__mro_entries__ must return a tuple");
    rc = -1;
  }
  for (size_t i = 0; rc == 0 && i < GP_TUPLE(r)->len; i++)
    rc = gp_list_append(t, l.as.o, GP_TUPLE(r)->items[i]);
  GP_DECREF(r);
  *changed = true;
  return rc;
}

GpValue gp_mro_entries(GpThread *t, GpObj *bases, bool *changed) {
  GpTuple *b = (GpTuple *)bases;
  GpValue l = gp_list_new(t, b->len);
  *changed = false;
  for (size_t i = 0; !GP_IS_ERR(l) && i < b->len; i++)
    if (add_entries(t, l, b->items[i], gp_objv(bases), changed) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
  if (GP_IS_ERR(l)) return l;
  GpValue r = gp_tuple_pack(t, GP_LIST(l)->len, GP_LIST(l)->items);
  GP_DECREF(l);
  return r;
}
