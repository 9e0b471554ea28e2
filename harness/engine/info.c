/*
** info.c — the machine and the tool: hwloc's topology, /proc/cpuinfo's CPU
** model, /etc/os-release, uname, the frequency governor, and the compiler
** and flags this binary was built with (compile-time definitions from CMake).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "info.h"

#ifndef GB_GIT
#define GB_GIT "unknown"
#endif
#ifndef GB_BUILD_TYPE
#define GB_BUILD_TYPE "unknown"
#endif
#ifndef GB_CFLAGS
#define GB_CFLAGS ""
#endif

#if defined(__clang__)
#define GB_COMPILER "clang " __clang_version__
#elif defined(__GNUC__)
#define GB_COMPILER "gcc " __VERSION__
#else
#define GB_COMPILER "unknown"
#endif

/* The value of the first "key<space>*:<space>value" line of a file. */
static bool gb_read_field(const char *path, const char *key, char sep, char *out, size_t len) {
  FILE *f = fopen(path, "r");
  char line[512];
  size_t kl = strlen(key);
  bool found = false;
  if (!f) return false;
  while (!found && fgets(line, sizeof line, f)) {
    if (strncmp(line, key, kl) != 0) continue;
    char *p = line + kl;
    while (*p == ' ' || *p == '\t')
      p++;
    if (*p != sep) continue;
    p++;
    while (*p == ' ' || *p == '"')
      p++;
    p[strcspn(p, "\"\n")] = '\0';
    snprintf(out, len, "%s", p);
    found = true;
  }
  fclose(f);
  return found;
}

static bool gb_read_line(const char *path, char *out, size_t len) {
  FILE *f = fopen(path, "r");
  bool ok = f && fgets(out, (int)len, f);
  if (f) fclose(f);
  if (ok) out[strcspn(out, "\n")] = '\0';
  return ok;
}

static void gb_cpu_model(GbTopo *tp, char *out, size_t len) {
  if (gb_read_field("/proc/cpuinfo", "model name", ':', out, len)) return;
  hwloc_obj_t pkg = hwloc_get_obj_by_type(tp->t, HWLOC_OBJ_PACKAGE, 0);
  const char *m = pkg ? hwloc_obj_get_info_by_name(pkg, "CPUModel") : NULL;
  snprintf(out, len, "%s", m ? m : "unknown");
}

static const char *gb_cache_kind(hwloc_obj_cache_type_t t) {
  return t == HWLOC_OBJ_CACHE_DATA          ? "data"
         : t == HWLOC_OBJ_CACHE_INSTRUCTION ? "instruction"
                                            : "unified";
}

static json_t *gb_caches(GbTopo *tp) {
  static const hwloc_obj_type_t types[] = {
      HWLOC_OBJ_L1CACHE, HWLOC_OBJ_L1ICACHE, HWLOC_OBJ_L2CACHE, HWLOC_OBJ_L2ICACHE,
      HWLOC_OBJ_L3CACHE, HWLOC_OBJ_L3ICACHE, HWLOC_OBJ_L4CACHE, HWLOC_OBJ_L5CACHE};
  json_t *a = json_array();
  for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
    int n = hwloc_get_nbobjs_by_type(tp->t, types[i]);
    hwloc_obj_t o = hwloc_get_obj_by_type(tp->t, types[i], 0);
    if (n <= 0 || !o) continue;
    json_array_append_new(a,
                          json_pack("{s:i, s:s, s:I, s:i, s:i}", "level", (int)o->attr->cache.depth,
                                    "type", gb_cache_kind(o->attr->cache.type), "size_bytes",
                                    (json_int_t)o->attr->cache.size, "line_bytes",
                                    (int)o->attr->cache.linesize, "count", n));
  }
  return a;
}

json_t *gb_info_machine(GbTopo *tp) {
  char host[256] = "unknown", model[256], os[256] = "unknown", gov[64], cpuset[256];
  struct utsname u;
  gethostname(host, sizeof host);
  gb_cpu_model(tp, model, sizeof model);
  gb_read_field("/etc/os-release", "PRETTY_NAME", '=', os, sizeof os);
  uname(&u);
  char *kernel = gb_asprintf("%s %s %s", u.sysname, u.release, u.machine);
  gb_topo_format(hwloc_topology_get_allowed_cpuset(tp->t), cpuset, sizeof cpuset);
  hwloc_obj_t root = hwloc_get_root_obj(tp->t);
  json_t *topo = json_pack("{s:i, s:i, s:i, s:i, s:I, s:o}", "packages", tp->npackages,
                           "numa_nodes", tp->nnuma, "cores", tp->ncores, "pus", tp->npus,
                           "memory_bytes", (json_int_t)root->total_memory, "caches", gb_caches(tp));
  json_t *m = json_pack("{s:s, s:s, s:s, s:s, s:o, s:s}", "hostname", host, "cpu_model", model,
                        "os", os, "kernel", kernel, "topology", topo, "cpuset", cpuset);
  free(kernel);
  json_object_set_new(
      m, "governor",
      gb_read_line("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", gov, sizeof gov)
          ? json_string(gov)
          : json_null());
  return m;
}

json_t *gb_info_tool(void) {
  return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "name", "gilbench", "version", GB_VERSION_STR,
                   "git", GB_GIT, "build_type", GB_BUILD_TYPE, "compiler", GB_COMPILER, "cflags",
                   GB_CFLAGS);
}

json_t *gb_info_timer(void) {
  struct timespec res, a, b;
  clock_getres(CLOCK_MONOTONIC, &res);
  long best = -1;
  for (int i = 0; i < 1000; i++) {
    clock_gettime(CLOCK_MONOTONIC, &a);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long d = (b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec);
    if (best < 0 || d < best) best = d;
  }
  return json_pack("{s:s, s:I, s:I}", "clock", "CLOCK_MONOTONIC", "resolution_ns",
                   (json_int_t)(res.tv_sec * 1000000000L + res.tv_nsec), "read_ns",
                   (json_int_t)best);
}

static void gb_info_text(json_t *m, json_t *tool, json_t *timer) {
  json_t *t = json_object_get(m, "topology");
  json_t *gov = json_object_get(m, "governor");
  printf("host      %s\n", json_string_value(json_object_get(m, "hostname")));
  printf("cpu       %s\n", json_string_value(json_object_get(m, "cpu_model")));
  printf("topology  %lld package(s), %lld NUMA node(s), %lld core(s), %lld PU(s), %.1f GiB\n",
         json_integer_value(json_object_get(t, "packages")),
         json_integer_value(json_object_get(t, "numa_nodes")),
         json_integer_value(json_object_get(t, "cores")),
         json_integer_value(json_object_get(t, "pus")),
         (double)json_integer_value(json_object_get(t, "memory_bytes")) / (1 << 30));
  size_t i;
  json_t *c;
  json_array_foreach(json_object_get(t, "caches"), i, c) {
    long long size = json_integer_value(json_object_get(c, "size_bytes"));
    printf("cache     L%lld %-11s %lld x %lld KiB (line %lld B)\n",
           json_integer_value(json_object_get(c, "level")),
           json_string_value(json_object_get(c, "type")),
           json_integer_value(json_object_get(c, "count")), size / 1024,
           json_integer_value(json_object_get(c, "line_bytes")));
  }
  printf("cpuset    %s\n", json_string_value(json_object_get(m, "cpuset")));
  printf("governor  %s\n", json_is_string(gov) ? json_string_value(gov) : "(not available)");
  printf("os        %s\n", json_string_value(json_object_get(m, "os")));
  printf("kernel    %s\n", json_string_value(json_object_get(m, "kernel")));
  printf("gilbench  %s (git %s, %s)\n", json_string_value(json_object_get(tool, "version")),
         json_string_value(json_object_get(tool, "git")),
         json_string_value(json_object_get(tool, "build_type")));
  printf("compiler  %s\n", json_string_value(json_object_get(tool, "compiler")));
  printf("cflags    %s\n", json_string_value(json_object_get(tool, "cflags")));
  printf("gilpy     %s (GIL models: new, legacy, none, fifo, priority, fair)\n", GP_VERSION);
  printf("timer     %s, resolution %lld ns, read cost %lld ns\n",
         json_string_value(json_object_get(timer, "clock")),
         json_integer_value(json_object_get(timer, "resolution_ns")),
         json_integer_value(json_object_get(timer, "read_ns")));
}

int gb_info_print(GbTopo *tp, bool as_json) {
  json_t *m = gb_info_machine(tp), *tool = gb_info_tool(), *timer = gb_info_timer();
  if (as_json) {
    json_t *all = json_pack("{s:O, s:O, s:O, s:s}", "machine", m, "tool", tool, "timer", timer,
                            "interpreter_version", GP_VERSION);
    json_dumpf(all, stdout, JSON_INDENT(2));
    putchar('\n');
    json_decref(all);
  } else {
    gb_info_text(m, tool, timer);
  }
  json_decref(m);
  json_decref(tool);
  json_decref(timer);
  return 0;
}
