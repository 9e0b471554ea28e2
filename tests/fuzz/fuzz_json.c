/*
** fuzz_json.c — libFuzzer target: json.loads, gilpy's reader of outside
** data. Any text must decode or fail with JSONDecodeError (or the
** RecursionError, surrogate and int-digit-limit ValueErrors CPython's json
** can end with too); what decodes must encode, and its encoding must decode
** and encode to the same text. Anything else aborts with the traceback.
** The input bytes become a str with no byte lost: valid UTF-8 sequences
** their code points, any other byte (NUL included) its Latin-1 code point;
** the str crosses as 6 hex digits a code point, as gp_call passes C strings.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz_vm.h"

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

/* One code point from s[0..n), *len its byte count; a byte that does not
** start a valid, shortest, non-surrogate UTF-8 sequence is itself. */
static uint32_t next_cp(const uint8_t *s, size_t n, size_t *len) {
  static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
  size_t k = s[0] < 0x80         ? 1
             : (s[0] >> 5) == 6  ? 2
             : (s[0] >> 4) == 14 ? 3
             : (s[0] >> 3) == 30 ? 4
                                 : 0;
  uint32_t cp = k == 1 ? s[0] : k == 2 ? s[0] & 0x1fu : k == 3 ? s[0] & 0x0fu : s[0] & 0x07u;
  for (size_t i = 1; i < k; i++) {
    if (i >= n || (s[i] & 0xc0) != 0x80) k = 0;
    if (k) cp = cp << 6 | (s[i] & 0x3fu);
  }
  if (k == 0 || cp < min[k] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    *len = 1;
    return s[0];
  }
  *len = k;
  return cp;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *hex = malloc(size * 6 + 1), *p = hex;
  if (!hex) return 0;
  for (size_t i = 0, n; i < size; i += n)
    p += snprintf(p, 7, "%06x", (unsigned)next_cp(data + i, size - i, &n));
  *p = '\0';
  fuzz_vm_check(check_src, "fuzz_json", hex);
  free(hex);
  return 0;
}
