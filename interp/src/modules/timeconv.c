/*
** timeconv.c — the time module's broken-down time, in C over the C
** library so the TZ environment variable is honoured as in CPython:
** localtime/gmtime (as tuples the Python part of time_py.c wraps in
** struct_time), mktime, strftime, and the zone facts timezone, altzone,
** daylight and tzname. Arguments arrive checked by that Python part.
*/
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "obj.h"
#include "vm.h"

/* The C library's zone state is process-wide: tzset (here at import, in
** mktime, and in every VM of subinterp mode) rewrites tzname and the zone
** strings that localtime's tm_zone and strftime's %Z read. Every call that
** sets or reads that state runs under this lock; names leave it copied. */
static pthread_mutex_t zone_mu = PTHREAD_MUTEX_INITIALIZER;

/* The ints of args[0..n-1] as longs; -1 with OverflowError set. */
static int conv_ints(GpThread *t, const GpValue *args, int n, long *out) {
  for (int i = 0; i < n; i++) {
    int64_t v;
    if (gp_int_to_int64(t, args[i], &v) < 0) return -1;
    if (v < -2147483648LL || v > 2147483647LL) {
      gp_raise(t, &gp_exc_OverflowError, "Python int too large to convert to C int");
      return -1;
    }
    out[i] = (long)v;
  }
  return 0;
}

/* The 11-tuple (year, mon, mday, hour, min, sec, wday Monday=0, yday from
** 1, isdst, zone, gmtoff) of a struct tm. */
static GpValue conv_tuple(GpThread *t, const struct tm *tm) {
  GpValue tup = gp_tuple_new(t, 11);
  if (GP_IS_ERR(tup)) return tup;
  GpValue *it = GP_TUPLE(tup)->items;
  it[0] = gp_intv((int64_t)tm->tm_year + 1900);
  it[1] = gp_intv(tm->tm_mon + 1);
  it[2] = gp_intv(tm->tm_mday);
  it[3] = gp_intv(tm->tm_hour);
  it[4] = gp_intv(tm->tm_min);
  it[5] = gp_intv(tm->tm_sec);
  it[6] = gp_intv((tm->tm_wday + 6) % 7);
  it[7] = gp_intv(tm->tm_yday + 1);
  it[8] = gp_intv(tm->tm_isdst);
  it[9] = gp_str_cstr(t, tm->tm_zone ? tm->tm_zone : "");
  it[10] = gp_intv(tm->tm_gmtoff);
  if (GP_IS_ERR(it[9])) {
    it[9] = GP_NONEV;
    GP_DECREF(tup);
    return GP_ERRV;
  }
  return tup;
}

/* _tm(secs, local): secs an int of seconds since the epoch. */
static GpValue conv_tm(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_tm", nargs, kwnames, 2, 2) < 0) return GP_ERRV;
  int64_t secs;
  if (gp_int_to_int64(t, args[0], &secs) < 0) return GP_ERRV;
  time_t tt = (time_t)secs;
  struct tm tm;
  char zone[64] = "";
  bool local = gp_truthy(t, args[1]);
  pthread_mutex_lock(&zone_mu);
  errno = 0;
  struct tm *ok = local ? localtime_r(&tt, &tm) : gmtime_r(&tt, &tm);
  int err = errno;
  if (ok && tm.tm_zone) snprintf(zone, sizeof zone, "%s", tm.tm_zone);
  pthread_mutex_unlock(&zone_mu);
  if (!ok) return gp_raise_errno(t, err ? err : EINVAL, NULL);
  tm.tm_zone = zone;
  return conv_tuple(t, &tm);
}

/* Fills tm from the 9 ints (year, mon, mday, hour, min, sec, wday, yday,
** isdst) of args, in struct tm's own conventions. */
static int conv_fill(GpThread *t, const GpValue *args, struct tm *tm) {
  long v[9];
  if (conv_ints(t, args, 9, v) < 0) return -1;
  memset(tm, 0, sizeof *tm);
  tm->tm_year = (int)(v[0] - 1900);
  tm->tm_mon = (int)v[1] - 1;
  tm->tm_mday = (int)v[2];
  tm->tm_hour = (int)v[3];
  tm->tm_min = (int)v[4];
  tm->tm_sec = (int)v[5];
  tm->tm_wday = (int)((v[6] + 1) % 7);
  tm->tm_yday = (int)v[7] - 1;
  tm->tm_isdst = (int)v[8];
  return 0;
}

/* _mktime(9 ints): the local time's seconds since the epoch. */
static GpValue conv_mktime(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_mktime", nargs, kwnames, 9, 9) < 0) return GP_ERRV;
  struct tm tm;
  if (conv_fill(t, args, &tm) < 0) return GP_ERRV;
  /* mktime's -1 is also a valid time; a wday it left alone marks failure */
  tm.tm_wday = -1;
  pthread_mutex_lock(&zone_mu);
  time_t r = mktime(&tm);
  pthread_mutex_unlock(&zone_mu);
  if (r == (time_t)-1 && tm.tm_wday == -1)
    return gp_raise(t, &gp_exc_OverflowError, "mktime argument out of range");
  return gp_intv((int64_t)r);
}

/* _strftime(fmt, 9 ints, zone or None, gmtoff): C's strftime, its buffer grown
** until the text fits (an empty result may be a real one: CPython's bound
** of 256 bytes per format byte ends the search). */
static GpValue conv_strftime(GpThread *t, const GpValue *args, int nargs, GpObj *kwnames) {
  if (gp_arg_count(t, "_strftime", nargs, kwnames, 12, 12) < 0) return GP_ERRV;
  struct tm tm;
  if (conv_fill(t, args + 1, &tm) < 0) return GP_ERRV;
  int64_t off;
  if (gp_int_to_int64(t, args[11], &off) < 0) return GP_ERRV;
  /* a plain tuple has no zone: glibc then names tzname[isdst] */
  tm.tm_zone = GP_IS_TYPE(args[10], gp_type_str) ? GP_STR(args[10])->data : NULL;
  tm.tm_gmtoff = (long)off;
  const char *fmt = GP_STR(args[0])->data;
  size_t flen = strlen(fmt);
  if (flen == 0) return gp_str_cstr(t, "");
  for (size_t size = 1024;; size *= 2) {
    char *buf = malloc(size);
    if (!buf) return gp_raise(t, &gp_exc_MemoryError, NULL);
    pthread_mutex_lock(&zone_mu);
    size_t n = strftime(buf, size, fmt, &tm);
    pthread_mutex_unlock(&zone_mu);
    if (n > 0 || size >= 256 * flen) {
      GpValue r = gp_str_new(t, buf, n);
      free(buf);
      return r;
    }
    free(buf);
  }
}

static const GpMethodDef conv_functions[] = {
    {"_tm", conv_tm},
    {"_mktime", conv_mktime},
    {"_strftime", conv_strftime},
    {NULL, NULL},
};

/* timezone, altzone, daylight and tzname as CPython finds them: the
** offsets and names of January 1st and of half a year later, this year;
** where the later one is the larger offset west (the southern hemisphere),
** it is the standard time. */
static int conv_zone(GpThread *t, GpObj *d) {
  const time_t year = (365 * 24 + 6) * 3600;
  time_t jan = (time(NULL) / year) * year, jul = jan + year / 2;
  struct tm a, b;
  char zn[2][64] = {"", ""};
  pthread_mutex_lock(&zone_mu);
  tzset();
  bool ok = localtime_r(&jan, &a) && localtime_r(&jul, &b);
  long janzone = ok ? -a.tm_gmtoff : 0, julzone = ok ? -b.tm_gmtoff : 0;
  bool south = janzone < julzone;
  struct tm *std = south ? &b : &a, *dst = south ? &a : &b;
  if (ok) {
    snprintf(zn[0], sizeof zn[0], "%s", std->tm_zone ? std->tm_zone : "");
    snprintf(zn[1], sizeof zn[1], "%s", dst->tm_zone ? dst->tm_zone : "");
  }
  pthread_mutex_unlock(&zone_mu);
  if (!ok) {
    gp_raise(t, &gp_exc_OSError, "localtime failed");
    return -1;
  }
  GpValue names[2] = {gp_str_cstr(t, zn[0]), gp_str_cstr(t, zn[1])};
  GpValue tzname = GP_ERRV;
  if (!GP_IS_ERR(names[0]) && !GP_IS_ERR(names[1])) tzname = gp_tuple_pack(t, 2, names);
  for (int i = 0; i < 2; i++)
    if (!GP_IS_ERR(names[i])) GP_DECREF(names[i]);
  if (gp_module_set(t, d, "tzname", tzname) < 0) return -1;
  if (gp_module_set(t, d, "timezone", gp_intv(south ? julzone : janzone)) < 0) return -1;
  if (gp_module_set(t, d, "altzone", gp_intv(south ? janzone : julzone)) < 0) return -1;
  return gp_module_set(t, d, "daylight", gp_intv(janzone != julzone));
}

int gp_time_open_conv(GpThread *t, GpObj *d) {
  if (gp_module_add_functions(t, d, conv_functions) < 0) return -1;
  return conv_zone(t, d);
}
