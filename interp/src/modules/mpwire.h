/*
** mpwire.h — the wire format multiprocessing sends values in (mpwire.c):
** what CPython's pickle carries, in a compact tagged encoding of its own.
*/
#ifndef GP_MPWIRE_H
#define GP_MPWIRE_H

#include "gp.h"

typedef struct GpWireBuf {
  unsigned char *p;
  size_t len, cap;
} GpWireBuf;

/* Appends p[0..n) to b: 0, or -1 (MemoryError). */
int gp_wire_put(GpThread *t, GpWireBuf *b, const void *p, size_t n);
/* Appends v's encoding to b: 0, or -1 with the exception CPython's pickle
** raises (TypeError "cannot pickle 'T' object", PicklingError or
** AttributeError for a function or class not reachable by its name). */
int gp_wire_dump(GpThread *t, GpValue v, GpWireBuf *b);
/* The value encoded in p[0..n): a new reference, or GP_ERRV with
** ValueError for a malformed or truncated message (never reads outside). */
GpValue gp_wire_load(GpThread *t, const unsigned char *p, size_t n);

#endif
