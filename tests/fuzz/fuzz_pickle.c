/*
** fuzz_pickle.c — libFuzzer target: gilpy's pickle.loads (through an
** Unpickler whose find_class allows only a few harmless built-ins, so
** that hostile bytes cannot call os.system). Any bytes must load or
** fail with one of the exceptions pickle can end with; what loads must
** dump at every protocol and load back as the same type. Anything else
** aborts with the traceback. The input crosses as hex, as gp_call
** passes C strings.
*/
#include <stddef.h>
#include <stdint.h>

#include "fuzz_vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char check_src[] =
    "import io\n"
    "import pickle\n"
    "\n"
    "SAFE = {\"builtins\": {\"complex\", \"set\", \"frozenset\", \"bytearray\", \"list\", "
    "\"dict\", \"tuple\",\n"
    "                     \"int\", \"float\", \"str\", \"bytes\", \"getattr\", \"object\"},\n"
    "        \"copyreg\": {\"_reconstructor\", \"__newobj__\"}, \"_codecs\": {\"encode\"}}\n"
    "SAFE[\"__builtin__\"] = SAFE[\"builtins\"]\n"
    "SAFE[\"copy_reg\"] = SAFE[\"copyreg\"]\n"
    "\n"
    "\n"
    "class Restricted(pickle.Unpickler):\n"
    "    def find_class(self, module, name):\n"
    "        if name in SAFE.get(module, ()):\n"
    "            return super().find_class(module, name)\n"
    "        raise pickle.UnpicklingError(\"global '%s.%s' is forbidden\" % (module, name))\n"
    "\n"
    "\n"
    "ALLOWED = (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, "
    "ImportError,\n"
    "           IndexError, KeyError, OverflowError, LookupError, RecursionError, MemoryError)\n"
    "\n"
    "\n"
    "def check(h):\n"
    "    data = bytes.fromhex(h)\n"
    "    try:\n"
    "        v = Restricted(io.BytesIO(data)).load()\n"
    "    except ALLOWED:\n"
    "        return 1\n"
    "    for p in range(pickle.HIGHEST_PROTOCOL + 1):\n"
    "        try:\n"
    "            d = pickle.dumps(v, p)\n"
    "        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):\n"
    "            return 2\n"
    "        again = pickle.loads(d)\n"
    "        assert type(again) is type(v), (v, again)\n"
    "    return 0\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_vm_check_hex(check_src, "fuzz_pickle", data, size);
  return 0;
}
