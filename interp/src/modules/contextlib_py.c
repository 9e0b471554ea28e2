/*
** contextlib_py.c — the parts of contextlib that are plain Python classes
** in CPython and are kept as Python here: nullcontext, closing and
** ExitStack (enter_context, push, callback, pop_all, close; the exits run
** in LIFO order, each seeing the exception the previous ones left, and a
** true result suppresses it). Compiled into the module's dict when
** contextlib is imported; a program sees ordinary classes, as in CPython.
*/
#include <string.h>

#include "code.h"
#include "compile.h"
#include "vm.h"

static const char exitstack_src[] =
    "class nullcontext:\n"
    "    def __init__(self, enter_result=None):\n"
    "        self.enter_result = enter_result\n"
    "\n"
    "    def __enter__(self):\n"
    "        return self.enter_result\n"
    "\n"
    "    def __exit__(self, *excinfo):\n"
    "        pass\n"
    "\n"
    "\n"
    "class closing:\n"
    "    def __init__(self, thing):\n"
    "        self.thing = thing\n"
    "\n"
    "    def __enter__(self):\n"
    "        return self.thing\n"
    "\n"
    "    def __exit__(self, *exc_info):\n"
    "        self.thing.close()\n"
    "\n"
    "\n"
    "class ExitStack:\n"
    "    def __init__(self):\n"
    "        self._exit_callbacks = []\n"
    "\n"
    "    def pop_all(self):\n"
    "        new_stack = type(self)()\n"
    "        new_stack._exit_callbacks = self._exit_callbacks\n"
    "        self._exit_callbacks = []\n"
    "        return new_stack\n"
    "\n"
    "    def push(self, exit):\n"
    "        try:\n"
    "            exit_method = type(exit).__exit__\n"
    "        except AttributeError:\n"
    "            self._exit_callbacks.append(exit)\n"
    "        else:\n"
    "            self._exit_callbacks.append(lambda et, ev, tb: exit_method(exit, et, ev, tb))\n"
    "        return exit\n"
    "\n"
    "    def enter_context(self, cm):\n"
    "        cls = type(cm)\n"
    "        try:\n"
    "            enter = cls.__enter__\n"
    "            exit = cls.__exit__\n"
    "        except AttributeError:\n"
    "            raise TypeError(\"'%s.%s' object does not support the context manager protocol\"\n"
    "                            % (getattr(cls, \"__module__\", \"builtins\"), cls.__qualname__)) "
    "from None\n"
    "        result = enter(cm)\n"
    "        self._exit_callbacks.append(lambda et, ev, tb: exit(cm, et, ev, tb))\n"
    "        return result\n"
    "\n"
    "    def callback(self, callback, *args, **kwds):\n"
    "        def _exit_wrapper(exc_type, exc, tb):\n"
    "            callback(*args, **kwds)\n"
    "        self._exit_callbacks.append(_exit_wrapper)\n"
    "        return callback\n"
    "\n"
    "    def close(self):\n"
    "        self.__exit__(None, None, None)\n"
    "\n"
    "    def __enter__(self):\n"
    "        return self\n"
    "\n"
    "    def __exit__(self, exc_type, exc, tb):\n"
    "        received = exc_type is not None\n"
    "        suppressed = False\n"
    "        pending = None\n"
    "        while self._exit_callbacks:\n"
    "            cb = self._exit_callbacks.pop()\n"
    "            try:\n"
    "                if cb(exc_type, exc, tb):\n"
    "                    suppressed = True\n"
    "                    pending = None\n"
    "                    exc_type = exc = tb = None\n"
    "            except BaseException as e:\n"
    "                pending = e\n"
    "                exc_type, exc, tb = type(e), e, None\n"
    "        if pending is not None:\n"
    "            raise pending\n"
    "        return received and suppressed\n";

int gp_contextlib_py_open(GpThread *t, GpObj *d) {
  GpValue code = gp_compile_source(t, exitstack_src, strlen(exitstack_src), "<contextlib>");
  if (GP_IS_ERR(code)) return -1;
  GpValue r = gp_vm_run_module(t, (GpCode *)code.as.o, d);
  GP_DECREF(code);
  if (GP_IS_ERR(r)) return -1;
  GP_DECREF(r);
  return 0;
}
