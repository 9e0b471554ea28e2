/*
** gilmod.c — the `gil` module (this project's own, absent from CPython):
** which model runs, the switch interval, the counters and the trace.
**
**   gil.model()                 'new', 'legacy', 'none', 'fifo', 'priority' or 'fair'
**   gil.setswitchinterval(s)    as sys.setswitchinterval
**   gil.getswitchinterval()
**   gil.stats()                 {'acquisitions': …, 'switches': …, 'forced_switches': …,
**                                'drop_requests': …, 'wait_ns': …, 'hold_ns': …} (VM totals)
**   gil.thread_stats()          the same for the calling thread
**   gil.trace_start()           clears and starts the trace (into the VM's buffer,
**                               or one of GILMOD_TRACE_CAP events made on demand)
**   gil.trace_stop()            stops it: [(thread_id, 'take'|'drop'|'request'|'wait', ns), …]
*/
#include <stdlib.h>

#include "vm.h"

/* Events kept by gil.trace_start() when the VM was opened without a trace
** buffer (gp_Options.trace_capacity = 0, the gilpy command's default). */
#define GILMOD_TRACE_CAP ((size_t)1 << 16)

static GpValue gilmod_model(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "model", nargs, kwnames)) return GP_ERRV;
  return gp_str_cstr(t, gp_gil_model_name(t->vm->gil.model));
}

static GpValue gilmod_getswitchinterval(GpThread *t, const GpValue *args, int nargs,
                                        GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "getswitchinterval", nargs, kwnames)) return GP_ERRV;
  return gp_floatv(gp_gil_get_interval(&t->vm->gil));
}

static GpValue gilmod_dict(GpThread *t, const gp_GilStats *s) {
  const struct {
    const char *name;
    uint64_t v;
  } f[] = {{"acquisitions", s->acquisitions},
           {"switches", s->switches},
           {"forced_switches", s->forced_switches},
           {"drop_requests", s->drop_requests},
           {"wait_ns", s->wait_ns},
           {"hold_ns", s->hold_ns}};
  GpValue d = gp_dict_new(t);
  if (GP_IS_ERR(d)) return d;
  for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
    if (gp_dict_set_str(t, d.as.o, f[i].name, gp_intv((int64_t)f[i].v)) < 0) {
      GP_DECREF(d);
      return GP_ERRV;
    }
  }
  return d;
}

static GpValue gilmod_stats(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "stats", nargs, kwnames)) return GP_ERRV;
  gp_GilStats s;
  gp_gil_totals(&t->vm->gil, &s);
  return gilmod_dict(t, &s);
}

static GpValue gilmod_thread_stats(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "thread_stats", nargs, kwnames)) return GP_ERRV;
  gp_GilStats s;
  gp_gil_thread_stats(&t->vm->gil, t, &s);
  return gilmod_dict(t, &s);
}

static GpValue gilmod_trace_start(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "trace_start", nargs, kwnames)) return GP_ERRV;
  if (gp_gil_trace_reserve(&t->vm->gil, GILMOD_TRACE_CAP) < 0) return gp_raise_nomem(t);
  gp_gil_trace_start(&t->vm->gil);
  return GP_NONEV;
}

static GpValue gilmod_event(GpThread *t, const gp_TraceEvent *e) {
  static const char *const kinds[] = {"?", "take", "drop", "request", "wait"};
  GpValue items[3];
  items[0] = gp_intv(e->thread);
  items[1] = gp_str_cstr(t, kinds[e->kind <= GP_EV_WAIT ? e->kind : 0]);
  if (GP_IS_ERR(items[1])) return GP_ERRV;
  items[2] = gp_intv((int64_t)e->t_ns);
  GpValue tu = gp_tuple_pack(t, 3, items);
  GP_DECREF(items[1]);
  return tu;
}

static GpValue gilmod_trace_stop(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  (void)args;
  if (gp_arg_none(t, "trace_stop", nargs, kwnames)) return GP_ERRV;
  GpGil *g = &t->vm->gil;
  gp_gil_trace_stop(g);
  size_t cap = gp_gil_trace_capacity(g);
  gp_TraceEvent *ev = cap ? malloc(cap * sizeof *ev) : NULL;
  if (cap && !ev) return gp_raise_nomem(t);
  size_t n = ev ? gp_gil_trace_read(g, ev, cap) : 0;
  GpValue list = gp_list_new(t, n);
  for (size_t i = 0; i < n && !GP_IS_ERR(list); i++) {
    GpValue e = gilmod_event(t, &ev[i]);
    if (GP_IS_ERR(e) || gp_list_append(t, list.as.o, e) < 0) {
      GP_DECREF(list);
      list = GP_ERRV;
    }
    GP_DECREF(e);
  }
  free(ev);
  return list;
}

int gp_open_gil(GpThread *t, GpObj *d) {
  static const GpMethodDef fns[] = {
      {"model", gilmod_model},
      {"setswitchinterval", gp_sys_setswitchinterval},
      {"getswitchinterval", gilmod_getswitchinterval},
      {"stats", gilmod_stats},
      {"thread_stats", gilmod_thread_stats},
      {"trace_start", gilmod_trace_start},
      {"trace_stop", gilmod_trace_stop},
      {NULL, NULL},
  };
  return gp_module_add_functions(t, d, fns);
}
