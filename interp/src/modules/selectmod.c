/*
** selectmod.c — select: the native _poll (poll(2) over lists of
** descriptors and event masks, the GIL released while it waits, restarted
** after a signal with what is left of the timeout, as PEP 475 asks) and,
** in Python run in the module's dict over it, select(), the poll objects,
** the POLL* constants and error (= OSError).
*/
#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "module.h"
#include "obj.h"
#include "vm.h"

#define POLL_INTERRUPTED (-2)

static int64_t now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* poll() until it returns or fails for good: its result, -1 with *err, or
** POLL_INTERRUPTED for a KeyboardInterrupt. The GIL is not held. */
static int poll_unlocked(GpThread *t, struct pollfd *p, size_t n, int ms, int *err) {
  int64_t deadline = ms >= 0 ? now_ms() + ms : -1;
  for (;;) {
    int r = poll(p, n, ms);
    if (r >= 0) return r;
    *err = errno;
    if (*err != EINTR) return -1;
    if (gp_gil_take_interrupt(&t->vm->gil, t)) return POLL_INTERRUPTED;
    if (deadline >= 0) {
      int64_t left = deadline - now_ms();
      ms = left > 0 ? (int)left : 0;
    }
  }
}

/* Fills p from the lists of descriptors and masks (select's Python half
** has checked them): 0, or -1 raised. */
static int fill(GpThread *t, GpValue fds, GpValue events, struct pollfd *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int64_t fd, ev;
    if (gp_as_index(t, GP_LIST(fds)->items[i], &fd) < 0 ||
        gp_as_index(t, GP_LIST(events)->items[i], &ev) < 0)
      return -1;
    p[i] = (struct pollfd){.fd = (int)fd, .events = (short)ev};
  }
  return 0;
}

/* The (fd, revents) pairs of the descriptors that have events. */
static GpValue ready_list(GpThread *t, const struct pollfd *p, size_t n) {
  GpValue out = gp_list_new(t, 0);
  for (size_t i = 0; i < n && !GP_IS_ERR(out); i++) {
    if (!p[i].revents) continue;
    GpValue pair[2] = {gp_intv(p[i].fd), gp_intv((unsigned short)p[i].revents)};
    GpValue tup = gp_tuple_pack(t, 2, pair);
    if (GP_IS_ERR(tup) || gp_list_append(t, out.as.o, tup) < 0) {
      GP_DECREF(out);
      out = GP_ERRV;
    }
    if (!GP_IS_ERR(tup)) GP_DECREF(tup);
  }
  return out;
}

/* _poll(fds, events, timeout_ms) -> [(fd, revents)]; timeout_ms < 0 waits
** forever. */
static GpValue sel_poll(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int64_t ms;
  if (gp_arg_count(t, "_poll", nargs, kw, 3, 3) < 0) return GP_ERRV;
  if (!GP_IS_TYPE(args[0], gp_type_list) || !GP_IS_TYPE(args[1], gp_type_list) ||
      GP_LIST(args[0])->len != GP_LIST(args[1])->len)
    return gp_raise(t, &gp_exc_TypeError, "_poll() takes two lists of the same length");
  if (gp_as_index(t, args[2], &ms) < 0) return GP_ERRV;
  size_t n = GP_LIST(args[0])->len;
  struct pollfd *p = calloc(n ? n : 1, sizeof *p);
  if (!p) return gp_raise_nomem(t);
  if (fill(t, args[0], args[1], p, n) < 0) {
    free(p);
    return GP_ERRV;
  }
  int err = 0, wait_ms = ms < 0 ? -1 : ms > INT32_MAX ? INT32_MAX : (int)ms;
  GP_BEGIN_ALLOW_THREADS(t);
  int r = poll_unlocked(t, p, n, wait_ms, &err);
  GP_END_ALLOW_THREADS(t);
  GpValue out = r == POLL_INTERRUPTED ? gp_raise_keyboard_interrupt(t)
                : r < 0               ? gp_raise_errno(t, err, NULL)
                                      : ready_list(t, p, n);
  free(p);
  return out;
}

static const GpMethodDef natives[] = {{"_poll", sel_poll}, {NULL, NULL}};

/* The constants from <poll.h>, as CPython takes them. */
static const struct {
  const char *name;
  int value;
} poll_consts[] = {
    {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},       {"POLLOUT", POLLOUT},
    {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},       {"POLLNVAL", POLLNVAL},
    {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
    {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},       {"POLLRDHUP", POLLRDHUP},
};

static const char select_src[] =
    "# select: select() and poll objects over the native _poll (poll(2) with\n"
    "# the GIL released); error is OSError, as in CPython 3.\n"
    "error = OSError\n"
    "\n"
    "_INFINITE = -1\n"
    "\n"
    "\n"
    "def _fileno(obj):\n"
    "    if isinstance(obj, int):\n"
    "        fd = obj\n"
    "    else:\n"
    "        try:\n"
    "            method = obj.fileno\n"
    "        except AttributeError:\n"
    "            raise TypeError('argument must be an int, or have a fileno() method.') from None\n"
    "        fd = method()\n"
    "        if not isinstance(fd, int):\n"
    "            raise TypeError('fileno() returned a non-integer')\n"
    "    if fd < 0:\n"
    "        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')\n"
    "    return fd\n"
    "\n"
    "\n"
    "def _milliseconds(timeout, scale):\n"
    "    \"\"\"timeout (in 1/scale seconds) as whole milliseconds, rounded up as\n"
    "    CPython rounds a timeout; None waits forever.\"\"\"\n"
    "    if timeout is None:\n"
    "        return _INFINITE\n"
    "    if not isinstance(timeout, (int, float)):\n"
    "        return None\n"
    "    ms = timeout * 1000 / scale\n"
    "    whole = int(ms)\n"
    "    return whole + 1 if ms > whole else whole\n"
    "\n"
    "\n"
    "def select(rlist, wlist, xlist, timeout=None, /):\n"
    "    ms = _milliseconds(timeout, 1)\n"
    "    if ms is None:\n"
    "        raise TypeError('timeout must be a float or None')\n"
    "    if timeout is not None and timeout < 0:\n"
    "        raise ValueError('timeout must be non-negative')\n"
    "    try:\n"
    "        lists = [list(rlist), list(wlist), list(xlist)]\n"
    "    except TypeError:\n"
    "        raise TypeError('arguments 1-3 must be sequences') from None\n"
    "    masks = (POLLIN, POLLOUT, POLLPRI)\n"
    "    # what each list's objects are ready for: select(2)'s sets on Linux\n"
    "    ready_bits = (POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI)\n"
    "    wanted = {}\n"
    "    pairs = []\n"
    "    for objs, mask in zip(lists, masks):\n"
    "        fds = [_fileno(obj) for obj in objs]\n"
    "        for fd in fds:\n"
    "            wanted[fd] = wanted.get(fd, 0) | mask\n"
    "        pairs.append(fds)\n"
    "    got = dict(_poll(list(wanted), list(wanted.values()), ms))\n"
    "    if any(bits & POLLNVAL for bits in got.values()):\n"
    "        raise OSError(9, 'Bad file descriptor')\n"
    "    return tuple([obj for obj, fd in zip(objs, fds) if got.get(fd, 0) & bits]\n"
    "                 for objs, fds, bits in zip(lists, pairs, ready_bits))\n"
    "\n"
    "\n"
    "class poll:\n"
    "    \"\"\"A set of descriptors to wait on with poll(2): register, modify,\n"
    "    unregister, poll(timeout in milliseconds).\"\"\"\n"
    "\n"
    "    def __init__(self):\n"
    "        self._fds = {}\n"
    "\n"
    "    def register(self, fd, eventmask=None, /):\n"
    "        self._fds[_fileno(fd)] = POLLIN | POLLPRI | POLLOUT if eventmask is None else "
    "_mask(eventmask)\n"
    "\n"
    "    def modify(self, fd, eventmask, /):\n"
    "        fd = _fileno(fd)\n"
    "        if fd not in self._fds:\n"
    "            raise FileNotFoundError(2, 'No such file or directory')\n"
    "        self._fds[fd] = _mask(eventmask)\n"
    "\n"
    "    def unregister(self, fd, /):\n"
    "        del self._fds[_fileno(fd)]\n"
    "\n"
    "    def poll(self, timeout=None, /):\n"
    "        ms = _milliseconds(timeout, 1000)\n"
    "        if ms is None:\n"
    "            raise TypeError('timeout must be an integer or None')\n"
    "        if ms < 0:\n"
    "            ms = _INFINITE\n"
    "        return _poll(list(self._fds), list(self._fds.values()), ms)\n"
    "\n"
    "\n"
    "def _mask(eventmask):\n"
    "    if not isinstance(eventmask, int):\n"
    "        raise TypeError(f\"'{type(eventmask).__name__}' object cannot be interpreted as an "
    "integer\")\n"
    "    if not 0 <= eventmask <= 0xffff:\n"
    "        raise OverflowError('Python int too large for C unsigned short')\n"
    "    return eventmask\n";

int gp_open_select(GpThread *t, GpObj *d) {
  for (size_t i = 0; i < sizeof poll_consts / sizeof poll_consts[0]; i++)
    if (gp_dict_set_str(t, d, poll_consts[i].name, gp_intv(poll_consts[i].value)) < 0) return -1;
  if (gp_module_add_functions(t, d, natives) < 0) return -1;
  return gp_module_run_source(t, d, select_src, "<select>");
}
