/*
** fuzz_mpwire.c — libFuzzer target: multiprocessing's wire reader
** (gp_wire_load, interp/src/modules/mpwire.c), which decodes bytes another
** process wrote: hostile input is normal input. Whatever the bytes, the
** result is a value or a raised exception (never a crash, a leak, a read
** outside the message or undefined behaviour). __main__ defines a class,
** a slotted class, an exception and a function, so that messages naming
** them (the seeds in corpus_mpwire/, real messages) reach the instance
** and global paths.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "mpwire.h"
#include "vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char prelude[] = "class Point:\n"
                              "    def __init__(self, x):\n"
                              "        self.x = x\n"
                              "class Slotted:\n"
                              "    __slots__ = ('a', 'b')\n"
                              "class Failure(Exception):\n"
                              "    pass\n"
                              "def square(x):\n"
                              "    return x * x\n";

static GpThread *th;

static void open_vm(void) {
  gp_Options o;
  char err[256];
  gp_options_default(&o);
  gp_VM *vm = gp_open(&o, err, sizeof err);
  th = vm ? (GpThread *)gp_attach(vm) : NULL;
  if (!th || gp_load_string((gp_Thread *)th, prelude, "<fuzz>", "__main__") != 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!th) open_vm();
  GpValue v = gp_wire_load(th, data, size);
  if (GP_IS_ERR(v)) {
    if (GP_IS_NONE(th->exc)) abort(); /* an error always raises */
    GP_DECREF(th->exc);
    th->exc = GP_NONEV;
    return 0;
  }
  /* what the receiver does next: look at it */
  GpValue r = gp_repr(th, v);
  if (GP_IS_ERR(r)) {
    GP_DECREF(th->exc);
    th->exc = GP_NONEV;
  }
  GP_DECREF(r);
  GP_DECREF(v);
  return 0;
}
