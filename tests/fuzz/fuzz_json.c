/*
** fuzz_json.c — libFuzzer target: json.loads, gilpy's reader of outside
** data. Any text must decode or fail with JSONDecodeError (or the
** RecursionError, surrogate and int-digit-limit ValueErrors CPython's json
** can end with too); what decodes must encode, and its encoding must decode
** and encode to the same text. Anything else aborts with the traceback.
** The input bytes become a str with no byte lost (fuzz_vm_check_text).
*/
#include "fuzz_vm.h"
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char check_src[] =
    "import json\n"
    "def check(h):\n"
    "    s = ''.join([chr(int(h[i:i + 6], 16)) for i in range(0, len(h), 6)])\n"
    "    try:\n"
    "        v = json.loads(s)\n"
    "    except json.JSONDecodeError as e:\n"
    "        assert 0 <= e.pos <= len(s) and e.lineno >= 1 and e.colno >= 1, e\n"
    "        return 1\n"
    "    except RecursionError:\n"
    "        return 2\n"
    "    except ValueError as e:\n"
    "        msg = str(e)\n"
    "        if 'surrogate' in msg or msg.startswith('Exceeds the limit'):\n"
    "            return 3\n"
    "        raise\n"
    "    text = json.dumps(v)\n"
    "    again = json.dumps(json.loads(text))\n"
    "    assert again == text, (text, again)\n"
    "    return 0\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_vm_check_text(check_src, "fuzz_json", data, size);
  return 0;
}
