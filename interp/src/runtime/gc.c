/*
** gc.c — the cycle collector: CPython's algorithm (Python/gc.c) on a
** generation of tracked containers, two generations, one collector per VM.
**
** Which objects take part:
** - A type opts in by setting GpType.traverse (subtypes inherit it through
**   base). Every object of such a type is allocated with a GpGcHead prefix
**   (gc.h) and linked into its VM's young list by gp_alloc; gp_dealloc
**   unlinks it before the type's dealloc. Objects made with no thread
**   (t == NULL) and the static immortal ones (the empty tuple) have a head
**   or none but are never linked: "untracked", next == NULL.
** - Classes are objects of gp_type_type, which traverses: heap classes
**   (class statements) get a head and are tracked, the static built-in
**   types are immortal and never are. A class's MRO tuple borrows its first
**   item, so it is untracked and the class reports the other items.
** - traverse(self, visit, arg) calls visit on every GpObj self owns a
**   reference to (GP_VISIT does it for a GpValue). It must report exactly
**   the references counted in the children's rc, no more: an extra visit
**   would make a live child look unreferenced. It may skip some (then those
**   children only look externally referenced: safe, they just are not freed
**   through self). It runs with the world stopped: no locks, no allocation,
**   no Python code.
** - clear(self) drops self's references (GP_CLEAR) and leaves self valid
**   for its dealloc and for readers (a cleared list is empty). Every cycle
**   must pass through at least one type with clear; tuples, frozensets,
**   iterators, views, bound methods, classes, instances and the library's
**   wrappers (partial, property, ...) have none, as in CPython, because any
**   cycle through them also passes through a mutable list, dict, set,
**   deque, function, cell, generator or exception (an instance's attributes
**   and a class's namespace are dicts). A new container type adds
**   traverse, and clear if it is mutable.
**
** A collection of a generation (young, or young spliced into old = full):
**  1. Number the generation's objects: entry i holds the object and
**     refs = rc; the head's prev holds (i << 1) | 1, which no pointer has.
**  2. Subtract internal references: traverse each, and for each child in
**     the generation (prev tagged) decrement its refs. Now refs > 0 exactly
**     for objects referenced from outside the generation (frames, C stacks,
**     other generations, untracked containers, globals of natives).
**  3. Those are reachable, and so is everything they reach: mark them
**     (refs = -1) and propagate through traverse with an explicit stack.
**  4. Relink: reachable ones go to old (survivors age at once; tuples and
**     dicts holding nothing that may be tracked are untracked, as CPython's
**     _PyTuple_MaybeUntrack and _PyDict_MaybeUntrack: tuples for good,
**     dicts until a store gives them a container, gp_gc_note_store), the
**     rest to a local garbage list.
**  5. Take a reference to each garbage object; finalize (below); break the
**     garbage: clear each, drop the references; refcounting frees the lot
**     (unlinking from garbage). Anything left (no clear on its cycle) goes
**     back to old.
** Finalizers (PEP 442, finalize.c): a generator's close and an instance's
** __del__ (no weakrefs). Every finalizer in the garbage runs once before
** anything is cleared, so it sees intact objects (an instance is marked
** GP_F_FINALIZED first, a closed generator is finished); that runs Python
** code, with the world restarted under gil=none (a nested collection sees
** `collecting` and returns). Then steps 1-2 are redone on the garbage: if
** a finalizer made any of it reachable again, none of it is cleared
** (CPython 3.4-3.8's rule) and it all goes back to old. gen_clear finishes
** the generators left, so the deallocation that follows runs no finalizer
** of the garbage. Objects outside it that the breaking frees (their last
** reference was in the garbage) are not finalized inside the collection:
** step 5 runs under gp_finalize_defer, which queues them, and collect()
** runs them once the world runs again. With no thread (gp_gc_fini, the
** VM's end) nothing is finalized.
**
** When:
** - gp_alloc counts tracked allocations; past `threshold` (700, CPython's
**   gen0 threshold) it sets `requested` and GP_BRK_GC in the VM's eval
**   breaker. The thread that next polls the breaker and wins `requested`
**   collects young (gp_gc_poll): at a safe point, never inside an
**   allocation, as CPython 3.12 does. A young collection costs the size of
**   young, not of the heap: churn (objects freed by refcounting) leaves
**   young small.
** - After a young collection a full one follows once 100 young
**   collections' worth of survivors (70,000: CPython's 700 * 10 * 10) moved
**   to old since the last full one, and either they outnumber old's size
**   then while young collections have been finding cycles, or they are four
**   times as many. A program that makes cycles gets old scanned each time
**   it doubles (Lua's default pause, 200%); one that only builds data (a
**   list of a million lists) each time it grows fivefold: 1.25 visits per
**   object. CPython's ratio, a quarter (long_lived_pending >
**   long_lived_total / 4), costs five visits, and built that list of lists
**   six times slower than with no collector. The price: cycles that die
**   after reaching old, in a program that makes no short-lived ones, may
**   wait until old has grown fivefold (or gc.collect(), or the VM's end).
** - gc.collect() runs a full collection; gc.disable() stops only the
**   automatic ones.
**
** Threads and GIL models (collector state is per VM: VMs share only
** immortal objects, so each collects its own lists):
** - gil=new and legacy: link, unlink and collection all run under the GIL
**   (deallocation does, too), so the lists need no lock; the collector
**   holds the GIL throughout and other threads are either waiting for it or
**   inside GP_BEGIN_ALLOW_THREADS regions, which touch no objects.
** - gil=none: objects of a free-threaded VM (GP_F_ATOMIC) live in shards,
**   one pair of young/old lists per thread (shard = thread id mod 16), so
**   that threads making and freeing their own objects share no list and no
**   lock. The protocol, whose point is that unlinking writes the
**   neighbours' links:
**   - An object's shard is fixed when it is tracked, before any other
**     thread can see it, in its flags (GP_GC_SHARD_MASK); under a GIL
**     every object is in shard 0.
**   - Outside a collection, shard k's lists hold only objects whose flags
**     name k, so an object's neighbours are in its own shard, and all
**     links of shard k are written only under shard_locks[k] (one lock per
**     shard index for all VMs: dealloc does not know the object's VM). So
**     a link (gp_gc_track_new) and an unlink (gp_gc_untrack, from any
**     thread) of the same shard are serialized, and of different shards
**     touch disjoint links.
**   - A collection, with the world stopped, gathers the shards into one
**     list and puts every object back into its own shard's old list
**     (distribute) before the world runs again: while the world runs for
**     finalizers, only the garbage is outside the shards, and the
**     collector holds a reference to each of it, so nobody unlinks it.
**   - Each shard counts its allocations net of the frees of its objects
**     (under its lock); one crossing the threshold asks for a collection,
**     so with n threads up to n * 700 objects wait.
**   A collection stops the world first
**   (gp_gil_stop_world, gil.c): every other attached thread parks at its
**   next eval-breaker check or cannot re-attach, so rc and the containers
**   are stable and the collector reads them without their locks (after
**   each stop, gp_rc_merge makes deferred counts exact, rcdefer.c); the
**   collector holds no shard lock while collecting (step 5 takes them to
**   unlink). Parked threads own no container lock (obj.h's rule: none is
**   held across a safe point).
*/
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "finalize.h"
#include "obj.h"
#include "vm.h"

enum { YOUNG_THRESHOLD = 700, FULL_MIN_YOUNG = 100 };

/* Shard k's lists of every VM (gil=none objects only), a line each. */
static GpStripe shard_locks[GP_GC_SHARDS];

static void lock_shard(uint32_t k) {
  uint32_t free_ = 0;
  if (!atomic_compare_exchange_strong_explicit(&shard_locks[k].word, &free_, 1,
                                               memory_order_acquire, memory_order_relaxed))
    gp_stripe_wait(&shard_locks[k].word);
}

static void unlock_shard(uint32_t k) {
  atomic_store_explicit(&shard_locks[k].word, 0, memory_order_release);
}

static uint32_t shard_index(const GpObj *o) {
  return (o->flags & GP_GC_SHARD_MASK) >> GP_GC_SHARD_SHIFT;
}

static void list_init(GpGcHead *h) {
  h->next = h;
  h->prev = (uintptr_t)h;
}

static bool list_empty(const GpGcHead *h) {
  return h->next == h;
}

static void list_append(GpGcHead *list, GpGcHead *h) {
  GpGcHead *last = (GpGcHead *)list->prev;
  h->next = list;
  h->prev = (uintptr_t)last;
  last->next = h;
  list->prev = (uintptr_t)h;
}

/* Moves all of from to the end of to; from becomes empty. */
static void list_splice(GpGcHead *from, GpGcHead *to) {
  if (list_empty(from)) return;
  GpGcHead *first = from->next, *last = (GpGcHead *)from->prev, *tolast = (GpGcHead *)to->prev;
  tolast->next = first;
  first->prev = (uintptr_t)tolast;
  last->next = to;
  to->prev = (uintptr_t)last;
  list_init(from);
}

/* Moves every object of list to its shard's old (else young) list. */
static void distribute(GpGc *gc, GpGcHead *list, bool old) {
  for (GpGcHead *h = list->next, *next; h != list; h = next) {
    next = h->next;
    GpGcShard *s = &gc->shards[shard_index(GP_GC_OBJ(h))];
    list_append(old ? &s->old : &s->young, h);
  }
  list_init(list);
}

/* Splices every shard's old (if full) and young lists into gen, in that
** order: under a GIL, allocation order. The world is stopped. */
static void gather(GpGc *gc, GpGcHead *gen, bool full) {
  list_init(gen);
  for (int k = 0; k < GP_GC_SHARDS; k++) {
    if (full) list_splice(&gc->shards[k].old, gen);
    list_splice(&gc->shards[k].young, gen);
  }
}

static bool all_empty(const GpGc *gc) {
  for (int k = 0; k < GP_GC_SHARDS; k++)
    if (!list_empty(&gc->shards[k].young) || !list_empty(&gc->shards[k].old)) return false;
  return true;
}

void gp_gc_init(GpGc *gc) {
  for (int k = 0; k < GP_GC_SHARDS; k++) {
    list_init(&gc->shards[k].young);
    list_init(&gc->shards[k].old);
  }
  gc->threshold = YOUNG_THRESHOLD;
  atomic_init(&gc->enabled, 1);
  atomic_init(&gc->requested, 0);
}

/* ------------------------------------------------------ allocator hooks */

void gp_gc_track_new(GpThread *t, GpObj *o) {
  GpGcHead *h = GP_GC_HEAD(o);
  if (!t) return; /* calloc left it untracked */
  GpVM *vm = t->vm;
  GpGc *gc = &vm->gc;
  bool shared = o->flags & GP_F_ATOMIC;
  uint32_t k = shared ? t->id % GP_GC_SHARDS : 0;
  GpGcShard *s = &gc->shards[k];
  if (shared) {
    o->flags = (o->flags & ~GP_GC_SHARD_MASK) | k << GP_GC_SHARD_SHIFT; /* before o is shared */
    lock_shard(k);
  }
  list_append(&s->young, h);
  size_t n = ++s->allocs;
  if (shared) unlock_shard(k);
  if (__builtin_expect(n < gc->threshold, 1)) return;
  if (atomic_load_explicit(&gc->enabled, memory_order_relaxed) &&
      !atomic_load_explicit(&gc->requested, memory_order_relaxed)) {
    atomic_store_explicit(&gc->requested, 1, memory_order_relaxed);
    atomic_fetch_or_explicit(&vm->gil.eval_breaker, GP_BRK_GC, memory_order_relaxed);
  }
}

void gp_gc_retrack(GpThread *t, GpObj *o) {
  GpGcHead *h = GP_GC_HEAD(o);
  h->prev = 0;
  if (t) list_append(&t->vm->gc.shards[0].young, h); /* under the GIL: not a gil=none object */
}

/* Under gil=none a freed object takes back its allocation (caller holds
** shard k's lock, which guards every VM's shard-k count): churn alone then
** never asks for a collection, whose stop of the world would serialize
** threads that only make and drop their own objects. CPython counts
** allocations net of deallocations the same way. */
static void uncount(uint32_t k) {
  GpThread *t = gp_vm_current(); /* the freeing thread's VM owns o */
  if (t && t->vm->gc.shards[k].allocs) t->vm->gc.shards[k].allocs--;
}

void gp_gc_untrack(GpObj *o) {
  GpGcHead *h = GP_GC_HEAD(o);
  bool shared = o->flags & GP_F_ATOMIC;
  uint32_t k = shard_index(o);
  if (shared) lock_shard(k);
  if (h->next) {
    GpGcHead *prev = (GpGcHead *)h->prev;
    prev->next = h->next;
    h->next->prev = (uintptr_t)prev;
    h->next = NULL;
    h->prev = 0;
    if (shared) uncount(k);
  }
  if (shared) unlock_shard(k);
}

/* ----------------------------------------------------------- collection */

typedef struct Pass {
  GpGcEntry *e;
  size_t *stack, sp;
} Pass;

/* The entry of o if it belongs to the generation being collected. */
static GpGcEntry *entry_of(Pass *p, GpObj *o) {
  if ((o->flags & GP_F_IMMORTAL) || !gp_type_is_gc(o->type)) return NULL;
  GpGcHead *h = GP_GC_HEAD(o);
  if (!h->next || !(h->prev & 1)) return NULL;
  return &p->e[h->prev >> 1];
}

static const GpType *traverser(const GpType *tp) {
  while (!tp->traverse)
    tp = tp->base;
  return tp;
}

static int visit_decref(GpObj *o, void *arg) {
  GpGcEntry *e = entry_of(arg, o);
  if (e) e->refs--;
  return 0;
}

static int visit_reach(GpObj *o, void *arg) {
  Pass *p = arg;
  GpGcEntry *e = entry_of(p, o);
  if (e && e->refs != -1) {
    e->refs = -1;
    p->stack[p->sp++] = (size_t)(e - p->e);
  }
  return 0;
}

/* A reachable tuple holding nothing that may be tracked can never be part
** of a cycle (it is immutable): it leaves the lists for good. */
static bool untrackable_tuple(GpObj *o) {
  GpTuple *tu = (GpTuple *)o;
  for (size_t i = 0; i < tu->len; i++)
    if (gp_gc_may_be_tracked(tu->items[i])) return false;
  return true;
}

/* A dict of atoms (an instance's {'x': 1, 'y': 2}) leaves the lists until
** a store gives it something that may be tracked (gp_gc_note_store), as
** CPython's _PyDict_MaybeUntrack: a heap of such instances costs young and
** full collections half the objects. Not for a free-threaded VM's dicts:
** their stores would read the head while the collector writes it. */
static bool untrackable_dict(GpObj *o) {
  if (o->flags & GP_F_ATOMIC) return false;
  GpDict *d = (GpDict *)o;
  for (size_t i = 0; i < d->nentries; i++)
    if (gp_gc_may_be_tracked(d->entries[i].key) || gp_gc_may_be_tracked(d->entries[i].value))
      return false;
  return true;
}

/* Unlinked survivors' prev: why they are untracked (0, GP_GC_ATOMS), or
** 1 to keep them tracked. */
static uintptr_t untrack_mark(GpObj *o) {
  if (o->type == &gp_type_tuple) return untrackable_tuple(o) ? 0 : 1;
  if (o->type == &gp_type_dict) return untrackable_dict(o) ? GP_GC_ATOMS : 1;
  return 1;
}

/* One block: bufcap entries, then the mark stack (as many indices). */
static bool reserve(GpGc *gc, size_t n) {
  if (n <= gc->bufcap) return true;
  size_t cap = gc->bufcap ? gc->bufcap : 1024;
  while (cap < n)
    cap *= 2;
  GpGcEntry *b = malloc(cap * (sizeof(GpGcEntry) + sizeof(size_t)));
  if (!b) return false;
  if (gc->bufcap) memcpy(b, gc->buf, gc->bufcap * sizeof *b); /* the stack is empty */
  free(gc->buf);
  gc->buf = b;
  gc->bufcap = cap;
  return true;
}

/* Whether part of the garbage (p's n entries, the garbage list's objects in
** order, each holding the collector's reference) is referenced from outside
** it: steps 1-2 again, on the garbage. Restores the list's prev links. */
static bool resurrected(Pass *p, size_t n, GpGcHead *garbage) {
  size_t i;
  for (i = 0; i < n; i++) {
    GpObj *o = p->e[i].o;
    p->e[i].refs = (int64_t)atomic_load_explicit(&o->rc, memory_order_relaxed) - 1;
    GP_GC_HEAD(o)->prev = (i << 1) | 1;
  }
  for (i = 0; i < n; i++)
    traverser(p->e[i].o->type)->traverse(p->e[i].o, visit_decref, p);
  bool any = false;
  for (i = 0; i < n; i++)
    any |= p->e[i].refs > 0;
  for (GpGcHead *h = garbage->next, *prev = garbage; h != garbage; prev = h, h = h->next)
    h->prev = (uintptr_t)prev;
  return any;
}

/* PEP 442: every finalizer in the garbage (generators' close, __del__)
** runs once before anything is cleared, so they see intact objects. That
** runs Python code, so under gil=none with the world restarted. False if
** the finalizers resurrected part of the garbage: then none of it is
** cleared (as CPython 3.4-3.8 did: check_garbage), it goes back to old. */
static bool finalize(GpThread *t, Pass *p, size_t n, GpGcHead *garbage) {
  size_t i = 0;
  while (i < n && !gp_has_finalizer(p->e[i].o))
    i++;
  if (i == n) return true;
  GpGil *gil = &t->vm->gil;
  bool none = gil->model == GP_GIL_NONE;
  if (none) gp_gil_start_world(gil);
  for (; i < n; i++)
    gp_run_finalizer(t, p->e[i].o);
  while (none && !gp_gil_stop_world(gil, t))
    ;
  if (none) gp_rc_merge(&t->vm->gc.rcd, t); /* the finalizers ran: counts changed */
  return !resurrected(p, n, garbage);
}

/* Collects young (full: young and old); the world is stopped or the GIL
** held; t runs finalizers (NULL: none run, the VM's end). Returns the number
** of unreachable objects found. */
static size_t collect_gen(GpThread *t, GpGc *gc, bool full) {
  GpGcHead genh, *gen = &genh;
  gather(gc, gen, full);
  Pass p = {0};
  size_t n = 0, i;
  /* One walk numbers the objects (a second one to count them first would
  ** cost a cache miss per object on a large heap). */
  for (GpGcHead *h = gen->next; h != gen; h = h->next, n++) {
    if (n == gc->bufcap && !reserve(gc, n + 1)) { /* out of memory: undo, retry later */
      for (GpGcHead *u = gen->next, *prev = gen; u != h; prev = u, u = u->next)
        u->prev = (uintptr_t)prev;
      distribute(gc, gen, full);
      return 0;
    }
    GpObj *o = GP_GC_OBJ(h);
    gc->buf[n] = (GpGcEntry){o, atomic_load_explicit(&o->rc, memory_order_relaxed)};
    h->prev = (n << 1) | 1;
  }
  p.e = gc->buf;
  p.stack = (size_t *)(gc->buf + gc->bufcap);
  for (i = 0; i < n; i++) /* 2 */
    traverser(p.e[i].o->type)->traverse(p.e[i].o, visit_decref, &p);
  for (i = 0; i < n; i++) { /* 3 */
    if (p.e[i].refs <= 0) continue;
    p.e[i].refs = -1;
    p.stack[p.sp++] = i;
    while (p.sp) {
      GpObj *o = p.e[p.stack[--p.sp]].o;
      traverser(o->type)->traverse(o, visit_reach, &p);
    }
  }
  GpGcHead garbage; /* 4 */
  list_init(&garbage);
  list_init(gen);
  size_t survivors = 0, ngarbage = 0;
  uintptr_t mark;
  for (i = 0; i < n; i++) {
    GpObj *o = p.e[i].o;
    GpGcHead *h = GP_GC_HEAD(o);
    if (p.e[i].refs != -1) {
      list_append(&garbage, h);
      p.e[ngarbage++].o = o; /* ngarbage <= i: entries are compacted in place */
    } else if ((mark = untrack_mark(o)) != 1) {
      h->next = NULL;
      h->prev = mark;
    } else {
      list_append(&gc->shards[shard_index(o)].old, h);
      survivors++;
    }
  }
  if (full) {
    gc->old_total = survivors;
    gc->old_pending = 0;
    gc->young_garbage = 0;
  } else {
    gc->old_pending += survivors;
  }
  for (i = 0; i < ngarbage; i++) /* 5 */
    gp_incref_o(p.e[i].o);
  if (t && !finalize(t, &p, ngarbage, &garbage)) {
    for (i = 0; i < ngarbage; i++)
      gp_decref_o(p.e[i].o);
    distribute(gc, &garbage, true);
    return 0;
  }
  gp_finalize_defer(true); /* what the breaking frees outside the garbage waits */
  for (i = 0; i < ngarbage; i++) {
    const GpType *tp = p.e[i].o->type;
    while (tp && !tp->clear)
      tp = tp->base;
    if (tp) tp->clear(p.e[i].o);
  }
  for (i = 0; i < ngarbage; i++)
    gp_decref_o(p.e[i].o);
  gp_finalize_defer(false);
  distribute(gc, &garbage, true);
  gc->collections++;
  gc->collected += ngarbage;
  return ngarbage;
}

/* Runs a collection with the world stopped (gil=none) or the GIL held.
** wait: a gc.collect() that finds another thread collecting waits for it
** and then collects; an automatic one just lets the other one do it. */
static size_t collect(GpThread *t, bool full, bool wait) {
  GpVM *vm = t->vm;
  GpGc *gc = &vm->gc;
  bool none = vm->gil.model == GP_GIL_NONE;
  for (;;) {
    if (!none || gp_gil_stop_world(&vm->gil, t)) break;
    if (!wait) return 0;
  }
  GpRetired retired = {0}; /* the world is stopped: their grace period is over */
  if (none) {
    gp_rc_merge(&gc->rcd, t); /* exact counts; the unreferenced deferred ones retired */
    gp_retire_take(&vm->retired, &retired);
  }
  size_t r = 0;
  if (!gc->collecting) {
    gc->collecting = true;
    for (int k = 0; k < GP_GC_SHARDS; k++)
      gc->shards[k].allocs = 0;
    r = collect_gen(t, gc, full);
    if (!full) gc->young_garbage += r;
    size_t pending = gc->old_pending, total = gc->old_total;
    if (!full && pending >= (size_t)FULL_MIN_YOUNG * gc->threshold &&
        (pending > 4 * total || (gc->young_garbage && pending > total)))
      r += collect_gen(t, gc, true);
    gc->collecting = false;
  }
  if (none) gp_gil_start_world(&vm->gil);
  gp_retire_release(&retired);
  gp_finalize_run_deferred(t);
  return r;
}

/* Releases what was retired (retire.h) with a stop of its own, for when
** automatic collection is off; a thread that finds the world stopped by
** another leaves it to that one. */
static void reclaim(GpThread *t) {
  GpVM *vm = t->vm;
  if (vm->gil.model != GP_GIL_NONE || !gp_gil_stop_world(&vm->gil, t)) return;
  GpRetired retired;
  gp_rc_merge(&vm->gc.rcd, t);
  gp_retire_take(&vm->retired, &retired);
  gp_gil_start_world(&vm->gil);
  gp_retire_release(&retired);
}

void gp_gc_poll(GpThread *t) {
  GpVM *vm = t->vm;
  int one = 1;
  if (!atomic_compare_exchange_strong_explicit(&vm->gc.requested, &one, 0, memory_order_relaxed,
                                               memory_order_relaxed))
    return;
  atomic_fetch_and_explicit(&vm->gil.eval_breaker, ~GP_BRK_GC, memory_order_relaxed);
  if (atomic_load_explicit(&vm->gc.enabled, memory_order_relaxed))
    collect(t, false, false);
  else
    reclaim(t);
}

size_t gp_gc_collect(GpThread *t) {
  return collect(t, true, true);
}

void gp_gc_fini(GpGc *gc) {
  /* No thread runs: neither the GIL nor a stop is needed. Each pass may free
  ** containers that held the last references into other cycles. */
  gp_rc_fini(&gc->rcd);
  while (!all_empty(gc))
    if (!collect_gen(NULL, gc, true)) break;
  /* What is left is leaked (referenced from outside any VM object): forget it,
  ** so a late free does not unlink into this freed state. */
  for (int k = 0; k < 2 * GP_GC_SHARDS; k++) {
    GpGcHead *l = k & 1 ? &gc->shards[k / 2].old : &gc->shards[k / 2].young;
    for (GpGcHead *h = l->next, *next; h != l; h = next) {
      next = h->next;
      h->next = NULL;
      h->prev = 0;
    }
    list_init(l);
  }
  free(gc->buf);
  gc->buf = NULL;
  gc->bufcap = 0;
}
