/*
** mpshared.c — memory that processes share for multiprocessing:
** semaphores (the SemLock under Lock, RLock, Semaphore, Condition, Event,
** Barrier and Queue's size count) and typed storage (Value, Array), each
** an mmap(MAP_SHARED | MAP_ANONYMOUS) region made before a fork, so that
** parent and children see one copy, as CPython's sharedctypes and
** _multiprocessing.SemLock do.
**
** Python holds a region by a small integer handle into this process's
** table (inherited across fork with the mappings); every native checks
** the handle, so a wrong one is a ValueError, never a stray access.
*/
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "num.h"
#include "obj.h"
#include "vm.h"

enum { SLICE_NS = 50000000 }; /* a blocked acquire looks for interrupts this often */

typedef struct Region {
  unsigned char *p; /* NULL: a free slot */
  size_t n;
  int maxvalue; /* a semaphore's bound (0: not a semaphore) */
} Region;

static pthread_mutex_t table_mu = PTHREAD_MUTEX_INITIALIZER;
static Region *table;
static size_t ntable;

static int64_t region_add(unsigned char *p, size_t n, int maxvalue) {
  pthread_mutex_lock(&table_mu);
  size_t i = 0;
  while (i < ntable && table[i].p)
    i++;
  if (i == ntable) {
    Region *nt = realloc(table, (ntable * 2 + 8) * sizeof *nt);
    if (!nt) {
      pthread_mutex_unlock(&table_mu);
      return -1;
    }
    memset(nt + ntable, 0, (ntable + 8) * sizeof *nt);
    table = nt;
    ntable = ntable * 2 + 8;
  }
  table[i] = (Region){p, n, maxvalue};
  pthread_mutex_unlock(&table_mu);
  return (int64_t)i;
}

/* The region of handle v (sem: a semaphore's), or NULL with ValueError. */
static Region region_get(GpThread *t, GpValue v, bool sem) {
  Region r = {0};
  pthread_mutex_lock(&table_mu);
  if (GP_IS_INT(v) && v.as.i >= 0 && (size_t)v.as.i < ntable) r = table[v.as.i];
  pthread_mutex_unlock(&table_mu);
  if (!r.p || sem != (r.maxvalue > 0)) {
    gp_raise(t, &gp_exc_ValueError, "invalid shared memory handle");
    r.p = NULL;
  }
  return r;
}

static GpValue shm_map(GpThread *t, size_t n, int maxvalue) {
  void *p = mmap(NULL, n ? n : 1, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return gp_raise_errno(t, errno, NULL);
  int64_t h = region_add(p, n, maxvalue);
  if (h < 0) {
    munmap(p, n ? n : 1);
    return gp_raise_nomem(t);
  }
  return gp_intv(h);
}

/* _shm_new(nbytes) -> handle of zeroed shared memory */
static GpValue shm_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_shm_new", nargs, kw, 1, 1) < 0) return GP_ERRV;
  if (!GP_IS_INT(args[0]) || args[0].as.i < 0 || args[0].as.i > (int64_t)1 << 40)
    return gp_raise(t, &gp_exc_ValueError, "_shm_new: bad size");
  return shm_map(t, (size_t)args[0].as.i, 0);
}

/* _shm_free(handle): unmaps this process's view. */
static GpValue shm_free(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_shm_free", nargs, kw, 1, 1) < 0) return GP_ERRV;
  pthread_mutex_lock(&table_mu);
  Region r = {0};
  if (GP_IS_INT(args[0]) && args[0].as.i >= 0 && (size_t)args[0].as.i < ntable) {
    r = table[args[0].as.i];
    table[args[0].as.i].p = NULL;
  }
  pthread_mutex_unlock(&table_mu);
  if (!r.p) return gp_raise(t, &gp_exc_ValueError, "invalid shared memory handle");
  /* no sem_destroy: other processes may still use the semaphore; this
  ** process only drops its view */
  munmap(r.p, r.n ? r.n : 1);
  return GP_NONEV;
}

/* ------------------------------------------------------ typed items */

static size_t code_size(char c) {
  switch (c) {
  case 'b':
  case 'B':
    return 1;
  case 'h':
  case 'H':
    return 2;
  case 'i':
  case 'I':
  case 'f':
    return 4;
  case 'l':
  case 'L':
  case 'q':
  case 'Q':
  case 'd':
    return 8;
  default:
    return 0;
  }
}

/* The item's address, checked against the region: NULL with an error. */
static unsigned char *item_at(GpThread *t, const GpValue *args, char *code) {
  Region r = region_get(t, args[0], false);
  if (!r.p) return NULL;
  if (!GP_IS_TYPE(args[1], gp_type_str) || GP_STR(args[1])->len != 1 ||
      !code_size(GP_STR(args[1])->data[0])) {
    gp_raise(t, &gp_exc_ValueError, "bad typecode");
    return NULL;
  }
  *code = GP_STR(args[1])->data[0];
  size_t sz = code_size(*code);
  if (!GP_IS_INT(args[2]) || args[2].as.i < 0 || (uint64_t)args[2].as.i >= r.n / sz) {
    gp_raise(t, &gp_exc_IndexError, "invalid index");
    return NULL;
  }
  return r.p + (size_t)args[2].as.i * sz;
}

static int64_t sign_extend(uint64_t u, size_t sz) {
  unsigned shift = (unsigned)(64 - 8 * sz);
  return sz == 8 ? (int64_t)u : (int64_t)(u << shift) >> shift;
}

/* _shm_read(handle, typecode, index) -> the item (atomic for aligned items) */
static GpValue shm_read(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_shm_read", nargs, kw, 3, 3) < 0) return GP_ERRV;
  char c;
  unsigned char *p = item_at(t, args, &c);
  if (!p) return GP_ERRV;
  size_t sz = code_size(c);
  uint64_t u = 0;
  memcpy(&u, p, sz);
  if (c == 'd') {
    double d;
    memcpy(&d, &u, 8);
    return gp_floatv(d);
  }
  if (c == 'f') {
    float f;
    memcpy(&f, &u, 4);
    return gp_floatv(f);
  }
  bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q';
  if (!is_signed && sz == 8 && u > INT64_MAX) { /* past an inline int */
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    GpValue big = gp_int_from_mpz(t, z);
    mpz_clear(z);
    return big;
  }
  return gp_intv(is_signed ? sign_extend(u, sz) : (int64_t)u);
}

/* A big int's low 64 bits (two's complement), as ctypes keeps them. */
static uint64_t low_bits(GpValue v) {
  GpIntView view;
  mpz_t r;
  mpz_init(r);
  mpz_fdiv_r_2exp(r, gp_int_mpz(v, &view), 64);
  uint64_t u = 0;
  mpz_export(&u, NULL, -1, sizeof u, 0, 0, r);
  mpz_clear(r);
  return u;
}

/* _shm_write(handle, typecode, index, value): ints wrap to the item's
** width, as ctypes' do. */
static GpValue shm_write(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_shm_write", nargs, kw, 4, 4) < 0) return GP_ERRV;
  char c;
  unsigned char *p = item_at(t, args, &c);
  if (!p) return GP_ERRV;
  GpValue v = args[3];
  if (c == 'd' || c == 'f') {
    double d;
    if (GP_IS_TYPE(v, gp_type_str) || gp_to_double(t, v, &d) < 0) {
      if (!GP_IS_NONE(t->exc)) GP_CLEAR(t->exc);
      return gp_raise(t, &gp_exc_TypeError, "must be real number, not %s", gp_type_name(v));
    }
    float f = (float)d;
    memcpy(p, c == 'd' ? (void *)&d : (void *)&f, code_size(c));
    return GP_NONEV;
  }
  if (!gp_is_int(v))
    return gp_raise(t, &gp_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    gp_type_name(v));
  uint64_t u = GP_IS_INT(v) || GP_IS_BOOL(v) ? (uint64_t)v.as.i : low_bits(v);
  memcpy(p, &u, code_size(c)); /* little endian: the low bytes */
  return GP_NONEV;
}

/* --------------------------------------------------------- semaphores */

/* _sem_new(value, maxvalue) -> handle of a process-shared semaphore */
static GpValue sem_new(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_sem_new", nargs, kw, 2, 2) < 0) return GP_ERRV;
  if (!GP_IS_INT(args[0]) || !GP_IS_INT(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "_sem_new: int values required");
  if (args[0].as.i < 0 || args[1].as.i < 1 || args[0].as.i > SEM_VALUE_MAX ||
      args[1].as.i > SEM_VALUE_MAX) /* what sem_init says */
    return gp_raise_errno(t, EINVAL, NULL);
  GpValue h = shm_map(t, sizeof(sem_t), (int)args[1].as.i);
  if (GP_IS_ERR(h)) return h;
  Region r = region_get(t, h, true);
  if (sem_init((sem_t *)r.p, 1, (unsigned)args[0].as.i) < 0) return gp_raise_errno(t, errno, NULL);
  return h;
}

static void deadline_after(struct timespec *ts, uint64_t ns) {
  clock_gettime(CLOCK_REALTIME, ts);
  ns += (uint64_t)ts->tv_nsec;
  ts->tv_sec += (time_t)(ns / 1000000000u);
  ts->tv_nsec = (long)(ns % 1000000000u);
}

/* Waits up to ns (UINT64_MAX: for ever) in slices, the GIL released,
** stopping on gp_interrupt or a signal handler that raised: 1 taken, 0
** not, -1 raised (KeyboardInterrupt or the handler's exception). */
static int sem_wait_for(GpThread *t, sem_t *s, uint64_t ns) {
  int got = 0;
  GP_BEGIN_ALLOW_THREADS(t);
  while (got == 0) {
    if (gp_gil_take_interrupt(&t->vm->gil, t)) {
      got = -1;
      break;
    }
    if (gp_signal_waiting(t) && gp_signal_run_blocked(t) < 0) {
      got = -2;
      break;
    }
    uint64_t step = ns < SLICE_NS ? ns : SLICE_NS;
    struct timespec ts;
    deadline_after(&ts, step);
    if (sem_timedwait(s, &ts) == 0)
      got = 1;
    else if (errno == ETIMEDOUT && ns != UINT64_MAX && (ns -= step) == 0)
      break;
  }
  GP_END_ALLOW_THREADS(t);
  if (got == -1) gp_raise_keyboard_interrupt(t);
  return got < 0 ? -1 : got;
}

/* _sem_acquire(handle, block, timeout) -> True if taken */
static GpValue sem_acquire(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_sem_acquire", nargs, kw, 3, 3) < 0) return GP_ERRV;
  Region r = region_get(t, args[0], true);
  if (!r.p) return GP_ERRV;
  sem_t *s = (sem_t *)r.p;
  if (sem_trywait(s) == 0) return gp_boolv(true);
  if (!gp_truthy(t, args[1])) return gp_boolv(false);
  double secs = -1;
  if (!GP_IS_NONE(args[2]) && gp_to_double(t, args[2], &secs) < 0) return GP_ERRV;
  uint64_t ns = secs < 0 ? UINT64_MAX : secs > 1e9 ? UINT64_MAX - 1 : (uint64_t)(secs * 1e9);
  if (ns == 0) return gp_boolv(false);
  int got = sem_wait_for(t, s, ns);
  return got < 0 ? GP_ERRV : gp_boolv(got);
}

/* _sem_release(handle): ValueError past the semaphore's bound. */
static GpValue sem_release(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_sem_release", nargs, kw, 1, 1) < 0) return GP_ERRV;
  Region r = region_get(t, args[0], true);
  if (!r.p) return GP_ERRV;
  int v = 0;
  sem_getvalue((sem_t *)r.p, &v);
  if (v >= r.maxvalue)
    return gp_raise(t, &gp_exc_ValueError, "semaphore or lock released too many times");
  sem_post((sem_t *)r.p);
  return GP_NONEV;
}

/* _sem_value(handle) -> the count */
static GpValue sem_value(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_sem_value", nargs, kw, 1, 1) < 0) return GP_ERRV;
  Region r = region_get(t, args[0], true);
  if (!r.p) return GP_ERRV;
  int v = 0;
  sem_getvalue((sem_t *)r.p, &v);
  return gp_intv(v < 0 ? 0 : v);
}

static const GpMethodDef shared_natives[] = {
    {"_shm_new", shm_new},         {"_shm_free", shm_free},   {"_shm_read", shm_read},
    {"_shm_write", shm_write},     {"_sem_new", sem_new},     {"_sem_acquire", sem_acquire},
    {"_sem_release", sem_release}, {"_sem_value", sem_value}, {NULL, NULL},
};

int gp_mproc_shared_open(GpThread *t, GpObj *d) {
  return gp_module_add_functions(t, d, shared_natives);
}
