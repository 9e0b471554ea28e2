/* embed.c — the smallest complete use of gilpy.h: open a VM, load a
** module from a string, call one of its functions, read the result. */
#include <gilpy.h>
#include <stdio.h>

int main(void) {
  gp_Options o;
  gp_options_default(&o);
  char err[200];
  gp_VM *vm = gp_open(&o, err, sizeof err);
  if (!vm) return fprintf(stderr, "%s\n", err), 1;
  gp_Thread *t = gp_attach(vm);
  const char *src = "def cpu_task(n):\n"
                    "    total = 0\n"
                    "    for i in range(n):\n"
                    "        total += i * i\n"
                    "    return total\n";
  gp_Result r;
  gp_Arg n = {.kind = GP_ARG_INT, .i = 10000000};
  if (gp_load_string(t, src, "work.py", "work") != 0 ||
      gp_call(t, "work", "cpu_task", 1, &n, &r) != 0) {
    fprintf(stderr, "%s", gp_error(t));
    return 1;
  }
  printf("cpu_task(10**7) = %s\n", r.kind == GP_RES_INT ? "an int64" : r.s);
  gp_result_free(&r);
  gp_detach(t);
  gp_close(vm);
  return 0;
}
