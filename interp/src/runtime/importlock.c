/*
** importlock.c — per-module import locks, CPython's _ModuleLock: a thread
** that imports a module another thread is still loading waits for it to
** finish instead of getting a module whose code has not run yet.
**
** Invariants (all state under imp_mu; nothing waits for the GIL holding it):
** - An entry (vm, name) exists from the moment a thread claims the name to
**   load it until that thread releases it, after the module's code finished
**   or failed; that thread is the owner. Entries are few: only imports in
**   flight, so a list is enough. `inflight` counts them, so an import of a
**   cached module with none in flight costs one atomic load.
** - A thread waits (GIL released, like CPython's lock acquire) only for an
**   entry another thread owns, and records what it waits for in a Waiter on
**   the `waiting` list. Before waiting it follows owner -> what that owner
**   waits for -> ...; reaching itself means the wait would never end (two
**   threads importing each other's modules): it does not wait, and gets the
**   partly initialised module as CPython's _lock_unlock_module gives it,
**   or, with no module yet, CPython's "deadlock detected" error.
** - The owner importing its own name again (a circular import) never waits.
** - A waiter wakes when the entry is gone and looks at vm->modules again:
**   the finished module, or none if that load failed (then it loads the
**   module itself, as a CPython thread whose lock wait ended would).
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "module.h"
#include "vm.h"

typedef struct Entry {
  GpVM *vm;
  char *name;
  GpThread *owner;
  struct Entry *next;
} Entry;

typedef struct Waiter {
  GpThread *t;
  Entry *on;
  struct Waiter *next;
} Waiter;

static pthread_mutex_t imp_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t imp_cond = PTHREAD_COND_INITIALIZER;
static Entry *entries;
static Waiter *waiting;
static _Atomic size_t inflight;

static Entry *find_entry(GpVM *vm, const char *name) {
  for (Entry *e = entries; e; e = e->next)
    if (e->vm == vm && !strcmp(e->name, name)) return e;
  return NULL;
}

/* Whether t waiting on e closes a cycle of waits. */
static bool would_deadlock(GpThread *t, const Entry *e) {
  for (size_t hops = 0; e && hops < 1000; hops++) {
    if (e->owner == t) return true;
    const Waiter *w = waiting;
    while (w && w->t != e->owner)
      w = w->next;
    e = w ? w->on : NULL;
  }
  return false;
}

/* Waits (imp_mu held, GIL released) until e is gone; -1 on an interrupt. */
static int wait_gone(GpThread *t, Entry *e, const char *name) {
  Waiter me = {t, e, waiting};
  waiting = &me;
  int r = 0;
  while (find_entry(t->vm, name) == e) {
    if (gp_gil_take_interrupt(&t->vm->gil, t)) {
      r = -1;
      break;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 50000000; /* polls for interrupts as threadmod.c's waits */
    if (ts.tv_nsec >= 1000000000) {
      ts.tv_sec++;
      ts.tv_nsec -= 1000000000;
    }
    pthread_cond_timedwait(&imp_cond, &imp_mu, &ts);
  }
  Waiter **p = &waiting;
  while (*p != &me)
    p = &(*p)->next;
  *p = me.next;
  return r;
}

/* Waits while another thread owns name. 1: waited or nothing to wait for;
** 0: waiting would deadlock (returns at once); -1: interrupted. With claim
** set and 1 returned, t owns name afterwards; *claimed says whether this
** call made the entry (false: t owned it already, a circular import). */
static int await_name(GpThread *t, const char *name, bool claim, bool *claimed) {
  int r = 1;
  *claimed = false;
  pthread_mutex_lock(&imp_mu);
  Entry *e;
  while (r == 1 && (e = find_entry(t->vm, name)) && e->owner != t) {
    if (would_deadlock(t, e)) {
      r = 0;
      break;
    }
    pthread_mutex_unlock(&imp_mu);
    GP_BEGIN_ALLOW_THREADS(t);
    pthread_mutex_lock(&imp_mu);
    e = find_entry(t->vm, name); /* it may have gone while the lock was free */
    if (e && e->owner != t && wait_gone(t, e, name) < 0) r = -1;
    pthread_mutex_unlock(&imp_mu);
    GP_END_ALLOW_THREADS(t);
    pthread_mutex_lock(&imp_mu);
  }
  if (r == 1 && claim && !find_entry(t->vm, name)) {
    Entry *n = malloc(sizeof *n);
    char *copy = n ? strdup(name) : NULL;
    if (copy) {
      *n = (Entry){t->vm, copy, t, entries};
      entries = n;
      *claimed = true;
      atomic_fetch_add(&inflight, 1);
    } else {
      free(n);
      r = -2;
    }
  }
  pthread_mutex_unlock(&imp_mu);
  if (r == -1) gp_raise_keyboard_interrupt(t);
  if (r == -2) gp_raise_nomem(t);
  return r < 0 ? -1 : r;
}

GpValue gp_import_ready(GpThread *t, const char *name, GpValue mod) {
  bool claimed;
  if (!atomic_load_explicit(&inflight, memory_order_acquire)) return mod;
  if (await_name(t, name, false, &claimed) >= 0) return mod;
  GP_DECREF(mod);
  return GP_ERRV;
}

int gp_import_claim(GpThread *t, const char *name) {
  bool claimed;
  int r = await_name(t, name, true, &claimed);
  if (r == 0) /* CPython's _DeadlockError is a RuntimeError */
    gp_raise(t, &gp_exc_RuntimeError, "deadlock detected by _ModuleLock('%s')", name);
  return r > 0 ? claimed : -1;
}

void gp_import_release(GpThread *t, const char *name) {
  pthread_mutex_lock(&imp_mu);
  for (Entry **p = &entries; *p; p = &(*p)->next)
    if ((*p)->vm == t->vm && (*p)->owner == t && !strcmp((*p)->name, name)) {
      Entry *e = *p;
      *p = e->next;
      free(e->name);
      free(e);
      atomic_fetch_sub(&inflight, 1);
      pthread_cond_broadcast(&imp_cond);
      break;
    }
  pthread_mutex_unlock(&imp_mu);
}
