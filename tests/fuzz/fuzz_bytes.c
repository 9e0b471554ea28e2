/*
** fuzz_bytes.c — libFuzzer target: gilpy's readers of outside bytes,
** bytes.fromhex, bytes.decode (utf-8, ascii, latin-1 under each error
** handler) and int.from_bytes, with bytearray and memoryview over the
** same data. Each must give a value that round-trips or CPython's
** exception, with a sane position; anything else aborts with the
** traceback. The input crosses as hex, as gp_call passes C strings.
*/
#include <stddef.h>
#include <stdint.h>

#include "fuzz_vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char check_src[] =
    "def check(h):\n"
    "    data = bytes.fromhex(h)\n"
    "    assert data.hex() == h\n"
    "    text = data.decode('latin-1')\n"
    "    try:\n"
    "        parsed = bytes.fromhex(text)\n"
    "    except ValueError as e:\n"
    "        assert 'fromhex() arg at position' in str(e), e\n"
    "    else:\n"
    "        assert bytes.fromhex(parsed.hex()) == parsed\n"
    "    for enc in ('utf-8', 'ascii', 'latin-1'):\n"
    "        for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):\n"
    "            try:\n"
    "                s = data.decode(enc, errors)\n"
    "            except UnicodeDecodeError as e:\n"
    "                assert errors == 'strict' and 0 <= e.start < e.end <= len(data), e\n"
    "            else:\n"
    "                if errors == 'strict':\n"
    "                    assert s.encode(enc) == data\n"
    "    for order in ('big', 'little'):\n"
    "        for signed in (False, True):\n"
    "            n = int.from_bytes(data, order, signed=signed)\n"
    "            assert n.to_bytes(len(data), order, signed=signed) == data\n"
    "    ba = bytearray(data)\n"
    "    view = memoryview(ba)\n"
    "    assert view.tobytes() == data and bytes(view[::-1]) == data[::-1]\n"
    "    view.release()\n"
    "    ba.reverse()\n"
    "    ba[len(ba) // 2:] = b''\n"
    "    assert ba == data[::-1][:len(data) // 2]\n"
    "    return 0\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_vm_check_hex(check_src, "fuzz_bytes", data, size);
  return 0;
}
