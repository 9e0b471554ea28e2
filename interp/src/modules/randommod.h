/*
** randommod.h — the random module's generator object, shared by its parts:
** randommod.c (the twister, seeding, the methods of random.py), randomstate.c
** (getstate, setstate, randbytes) and randomdist.c (gamma, beta, von Mises).
*/
#ifndef GP_RANDOMMOD_H
#define GP_RANDOMMOD_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

enum { GP_MT_N = 624 };

typedef struct GpRandObj {
  GpObj ob;
  uint32_t mt[GP_MT_N];
  int mti;
  bool has_gauss; /* gauss()'s spare value */
  bool system;    /* SystemRandom: words from the OS, no state */
  double gauss_next;
} GpRandObj;

#define GP_RAND(v) ((GpRandObj *)(v).as.o)

/* One 32-bit word; the caller holds the instance's lock. */
uint32_t gp_rand_word(GpRandObj *r);
/* random(): a double in [0, 1) from two words. */
double gp_rand_double(GpRandObj *r);

GpValue gp_random_getstate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_random_setstate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_random_randbytes(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_random_gammavariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_random_betavariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);
GpValue gp_random_vonmisesvariate(GpThread *t, const GpValue *args, int nargs, GpObj *kw);

#endif
