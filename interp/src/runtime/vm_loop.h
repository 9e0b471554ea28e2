/*
** vm_loop.h — the body of the eval loop, included twice by vm.c with
** VM_RUN (the function's name) and VM_LEGACY (1: count ticks before every
** instruction, gil=legacy; 0: poll the eval breaker on backward jumps and
** function entries only). Not a header of its own: nothing else includes it.
**
** Registers: f (the frame), ip (next instruction word), sp (one past the
** top of the value stack); l (the locals) and k (the constants) are macros
** on f and code, not variables: two fewer live values in this big function
** leave the registers to the hot ones (vm.c pins ip). A Python call
** pushes a frame and continues here; RETURN_VALUE of an entry frame leaves.
** On an exception every op leaves sp covering exactly the values it still
** owns and jumps to `error`.
*/

static GpValue VM_RUN(GpThread *t, VmStack *st, Frame *f) {
#if defined(__GNUC__)
#define OP_LABEL(name) &&L_##name,
  static const void *const dispatch_table[OP_NCODES] = {GP_OPCODES(OP_LABEL)};
#undef OP_LABEL
#define TARGET(name) L_##name:
#if defined(GP_PAIR_STATS)
#define GOTO_NEXT()                                                                                \
  do {                                                                                             \
    w = *ip++;                                                                                     \
    RUN_W();                                                                                       \
  } while (0)
#define RUN_W()                                                                                    \
  do {                                                                                             \
    vm_pair_note(GP_OPOF(w));                                                                      \
    goto *dispatch_table[GP_OPOF(w)];                                                              \
  } while (0)
#else
#define GOTO_NEXT() goto *dispatch_table[GP_OPOF(w = *ip++)]
#define RUN_W() goto *dispatch_table[GP_OPOF(w)]
#endif
#else
#define TARGET(name) case OP_##name:
#define GOTO_NEXT() goto dispatch
#define RUN_W() goto run_w
#endif
  /* RUN_W() runs the word in w without fetching one: a superinstruction whose
  ** fast path missed rewrites w as its second half. */

#if VM_LEGACY
/* The tick budget lives in a register; t->ticks is synced around calls.
** CPython 2's rule (`--_Py_Ticker < 0`): a budget of N checks before the
** (N+1)th instruction, every 101 by default. A period of 100 locked the
** switch points of any loop of 4, 5, 10... instructions to one place, and
** E3's `counter += 1` loop then lost no update. */
#define DISPATCH()                                                                                 \
  do {                                                                                             \
    if (__builtin_expect(--ticks < 0, 0)) goto tick;                                               \
    GOTO_NEXT();                                                                                   \
  } while (0)
#define SYNC_TICKS() (t->ticks = ticks)
#define CHECK_BREAKER() ((void)0)
#else
#define DISPATCH() GOTO_NEXT()
#define SYNC_TICKS() ((void)0)
#if defined(GP_NO_EVAL_BREAKER)
/* bench/gil.sh's gilpy-nocheck, which prices the poll below: no forced
** switches, no Ctrl-C. The dead goto keeps `breaker` referenced. */
#define CHECK_BREAKER()                                                                            \
  do {                                                                                             \
    if (0) goto breaker;                                                                           \
  } while (0)
#else
#define CHECK_BREAKER()                                                                            \
  do {                                                                                             \
    if (__builtin_expect(atomic_load_explicit(&g->eval_breaker, memory_order_relaxed), 0))         \
      goto breaker;                                                                                \
  } while (0)
#endif
#endif
#define ARG GP_ARGOF(w)
#define PUSH(v) vm_put(sp++, (v))
#define POP() vm_get(--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define LOAD_REGS()                                                                                \
  do {                                                                                             \
    code = f->code;                                                                                \
    ip = f->ip;                                                                                    \
    sp = f->sp;                                                                                    \
  } while (0)
#define SAVE_REGS()                                                                                \
  do {                                                                                             \
    f->ip = ip;                                                                                    \
    f->sp = sp;                                                                                    \
    SYNC_TICKS();                                                                                  \
  } while (0)

  GpGil *g = &t->vm->gil;
  (void)g;
  const bool cache = !(t->vm->obj_flags & GP_F_ATOMIC);
  GpCode *code;
  register const uint32_t *ip VM_IP_REGISTER;
  GpValue *sp;
#define l FRAME_LOCALS(f)
#define k (code->consts)
  uint32_t w = 0;
  GpValue res;
#if VM_LEGACY
  int ticks = t->ticks;
#endif
  LOAD_REGS();
  if (__builtin_expect(t->exc.tag != GP_T_NONE, 0)) goto error; /* throw() into a generator */
  CHECK_BREAKER();
  DISPATCH();

#if !defined(__GNUC__)
dispatch:
  w = *ip++;
run_w:
  switch (GP_OPOF(w)) {
#endif

    TARGET(NOP) {
      DISPATCH();
    }

    TARGET(POP_TOP) {
      GpValue v = POP();
      GP_DECREF(v);
      DISPATCH();
    }

    TARGET(DUP_TOP) {
      GpValue v = vm_get(&TOP());
      GP_INCREF(v);
      PUSH(v);
      DISPATCH();
    }

    TARGET(DUP_TOP2) {
      GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());
      GP_INCREF(a);
      GP_INCREF(b);
      PUSH(a);
      PUSH(b);
      DISPATCH();
    }

    TARGET(ROT_TWO) {
      GpValue v = vm_get(&TOP());
      TOP() = vm_get(&SECOND());
      SECOND() = v;
      DISPATCH();
    }

    TARGET(ROT_THREE) {
      GpValue v = vm_get(&TOP());
      sp[-1] = vm_get(&sp[-2]);
      sp[-2] = vm_get(&sp[-3]);
      sp[-3] = v;
      DISPATCH();
    }

    TARGET(LOAD_CONST) {
      GpValue v = vm_get(&k[ARG]);
      GP_INCREF(v);
      PUSH(v);
      DISPATCH();
    }

    TARGET(LOAD_FAST) {
      GpValue v = vm_get(&l[ARG]);
      if (__builtin_expect(v.tag == GP_T_ERR, 0)) {
        unbound_local(t, f, ARG);
        goto error;
      }
      GP_INCREF(v);
      PUSH(v);
      DISPATCH();
    }

    TARGET(LOAD_FAST_CONST) {
      GpValue v = vm_get(&l[ARG & 0xfff]);
      if (__builtin_expect(v.tag == GP_T_ERR, 0)) {
        unbound_local(t, f, ARG & 0xfff);
        goto error;
      }
      GP_INCREF(v);
      PUSH(v);
      v = vm_get(&k[ARG >> 12]);
      GP_INCREF(v);
      PUSH(v);
      DISPATCH();
    }

    TARGET(LOAD_FAST2) {
      GpValue v = vm_get(&l[ARG & 0xfff]), v2 = vm_get(&l[ARG >> 12]);
      if (__builtin_expect(v.tag == GP_T_ERR || v2.tag == GP_T_ERR, 0)) {
        unbound_local(t, f, v.tag == GP_T_ERR ? ARG & 0xfff : ARG >> 12);
        goto error;
      }
      GP_INCREF(v);
      GP_INCREF(v2);
      PUSH(v);
      PUSH(v2);
      DISPATCH();
    }

    TARGET(STORE_FAST) {
      GpValue old = vm_get(&l[ARG]);
      vm_put(&l[ARG], POP());
      GP_DECREF(old);
      DISPATCH();
    }

    /* x = y, x = 0, and a, b = ... (two stores) */
    TARGET(LOAD_FAST_STORE) {
      GpValue v = vm_get(&l[ARG & 0xfff]);
      if (__builtin_expect(v.tag == GP_T_ERR, 0)) {
        unbound_local(t, f, ARG & 0xfff);
        goto error;
      }
      GP_INCREF(v);
      GpValue old = vm_get(&l[ARG >> 12]);
      vm_put(&l[ARG >> 12], v);
      GP_DECREF(old);
      DISPATCH();
    }

    TARGET(LOAD_CONST_STORE) {
      GpValue v = vm_get(&k[ARG & 0xfff]);
      GP_INCREF(v);
      GpValue old = vm_get(&l[ARG >> 12]);
      vm_put(&l[ARG >> 12], v);
      GP_DECREF(old);
      DISPATCH();
    }

    TARGET(STORE_FAST2) {
      GpValue old = vm_get(&l[ARG & 0xfff]);
      vm_put(&l[ARG & 0xfff], POP());
      GP_DECREF(old);
      old = vm_get(&l[ARG >> 12]);
      vm_put(&l[ARG >> 12], POP());
      GP_DECREF(old);
      DISPATCH();
    }

    TARGET(DELETE_FAST) {
      GpValue old = l[ARG];
      if (old.tag == GP_T_ERR) {
        unbound_local(t, f, ARG);
        goto error;
      }
      l[ARG] = GP_ERRV;
      GP_DECREF(old);
      DISPATCH();
    }

    TARGET(CLEAR_FAST) {
      GpValue old = l[ARG];
      l[ARG] = GP_ERRV;
      GP_DECREF(old);
      DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
      GpValue *slot = cache ? global_cached(t, f, ARG) : NULL;
      if (__builtin_expect(slot != NULL, 1)) {
        GP_INCREF(*slot);
        PUSH(*slot);
        DISPATCH();
      }
      if (!cache && global_peek_none(t, f, ARG, &res)) {
        PUSH(res);
        DISPATCH();
      }
      res = load_global_slow(t, f, ARG, cache);
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
      GpValue *slot = cache ? global_cached(t, f, ARG) : NULL;
      GpValue v = POP();
      if (slot && f->code->gcache[ARG].dict == f->globals) {
        GpValue old = *slot;
        *slot = v;
        gp_gc_note_store(t, f->globals, v);
        GP_DECREF(old);
        DISPATCH();
      }
      if (store_global_slow(t, f, ARG, v) < 0) goto error;
      DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
      if (delete_global(t, f, ARG) < 0) goto error;
      DISPATCH();
    }

    /* LOAD_FAST + LOAD_ATTR: a hit in the instance dict reads the local in
    ** place, with no push and no reference taken on it. */
    TARGET(LOAD_FAST_ATTR) {
      GpValue o = vm_get(&l[ARG & 0xfff]);
      if (cache && o.tag == GP_T_OBJ) { /* a current way's class is alive: o is an instance */
        GpValue *slot = inst_slot_hit(code, ARG >> 12, o.as.o);
        if (slot) {
          GP_INCREF(*slot);
          PUSH(*slot);
          DISPATCH();
        }
      }
      if (!cache && gp_is_inst(o) && inst_load_hit_none(code, ARG >> 12, o.as.o, &res)) {
        PUSH(res);
        DISPATCH();
      }
      if (!fused_load_fast(t, f, o, &w, OP_LOAD_ATTR)) goto error;
      PUSH(o);
      RUN_W();
    }

    TARGET(LOAD_ATTR) {
      GpValue o = vm_get(&TOP());
      GpValue *slot = cache && o.tag == GP_T_OBJ ? inst_slot_hit(code, ARG, o.as.o) : NULL;
      if (slot) {
        GP_INCREF(*slot);
        TOP() = *slot;
        GP_DECREF(o);
        DISPATCH();
      }
      if (gp_is_inst(o)) {
        if (!cache && inst_load_hit_none(code, ARG, o.as.o, &res)) {
          TOP() = res;
          GP_DECREF(o);
          DISPATCH();
        }
        res = inst_load_attr(t, o, code, ARG);
        if (!GP_IS_ERR(res)) {
          GP_DECREF(o);
          TOP() = res;
          DISPATCH();
        }
      }
      res = gp_getattr(t, o, code->names[ARG]);
      GP_DECREF(o);
      if (GP_IS_ERR(res)) {
        sp--;
        goto error;
      }
      TOP() = res;
      DISPATCH();
    }

    /* LOAD_FAST + STORE_ATTR: [v] -> [], the object a local, read in place on a hit. */
    TARGET(STORE_FAST_ATTR) {
      GpValue o = vm_get(&l[ARG & 0xfff]);
      if (cache && gp_is_inst(o)) {
        GpValue *slot = inst_store_hit(code, ARG >> 12, o.as.o);
        if (slot) { /* the dict takes the stack's reference to v */
          inst_slot_store(t, o.as.o, slot, POP());
          DISPATCH();
        }
      }
      if (!cache && gp_is_inst(o) && inst_store_hit_none(t, code, ARG >> 12, o.as.o, TOP())) {
        sp--;
        DISPATCH();
      }
      if (!fused_load_fast(t, f, o, &w, OP_STORE_ATTR)) goto error;
      PUSH(o);
      RUN_W();
    }

    TARGET(STORE_ATTR) {
      GpValue o = vm_get(&TOP()), v = vm_get(&SECOND());
      GpValue *slot = cache && gp_is_inst(o) ? inst_store_hit(code, ARG, o.as.o) : NULL;
      if (slot || (!cache && gp_is_inst(o) && inst_store_hit_none(t, code, ARG, o.as.o, v))) {
        if (slot) inst_slot_store(t, o.as.o, slot, v); /* the dict takes the stack's v */
        GP_DECREF(o);
        sp -= 2;
        DISPATCH();
      }
      int r = gp_is_inst(o) ? inst_store_attr(t, o, code, ARG, v) : 1;
      if (r > 0) r = gp_setattr(t, o, code->names[ARG], v);
      GP_DECREF(o);
      GP_DECREF(v);
      sp -= 2;
      if (r < 0) goto error;
      DISPATCH();
    }

    /* LOAD_FAST + LOAD_METHOD: a cached method pushes with no stack round trip. */
    TARGET(LOAD_FAST_METHOD) {
      GpValue o = vm_get(&l[ARG & 0xfff]);
      if (gp_is_inst(o)) {
        GpObj *m = cache ? inst_method_hit(code, ARG >> 12, o.as.o)
                         : inst_method_hit_none(code, ARG >> 12, o.as.o);
        if (m) {
          gp_incref_o(m);
          gp_incref_o(o.as.o);
          PUSH(gp_objv(m));
          PUSH(o);
          DISPATCH();
        }
      } else if (cache && o.tag == GP_T_OBJ) { /* s.add(x): a built-in type's method */
        const GpMethodCache *mc = &code->mcache[ARG >> 12];
        if (mc->tp == o.as.o->type && mc->m) {
          gp_incref_o(o.as.o);
          PUSH(method_marker(mc->m));
          PUSH(o);
          DISPATCH();
        }
      }
      if (!fused_load_fast(t, f, o, &w, OP_LOAD_METHOD)) goto error;
      PUSH(o);
      RUN_W();
    }

    /* [obj] -> [method marker, obj] for a method of obj's type (no bound
    ** object is made), else [attribute, unset marker]. */
    TARGET(LOAD_METHOD) {
      GpValue o = vm_get(&TOP());
      if (gp_is_inst(o)) { /* a function of the class: [function, self], no bound method */
        GpObj *m =
            cache ? inst_method_hit(code, ARG, o.as.o) : inst_method_hit_none(code, ARG, o.as.o);
        if (m) {
          gp_incref_o(m);
          TOP() = gp_objv(m);
          PUSH(o);
          DISPATCH();
        }
        GpValue fn = inst_method(t, o, code, ARG);
        if (!GP_IS_ERR(fn)) {
          TOP() = fn;
          PUSH(o);
          DISPATCH();
        }
      }
      const GpMethodDef *m =
          builtin_method(code, ARG, o.tag == GP_T_OBJ ? o.as.o->type : gp_typeof(o), cache);
      if (m) {
        TOP() = method_marker(m);
        PUSH(o);
        DISPATCH();
      }
      GpValue *ma = cache ? module_attr(o, code->names[ARG]) : NULL;
      if (ma) { /* math.sqrt(x): the function, called without self */
        GP_INCREF(*ma);
        TOP() = *ma;
        GP_DECREF(o);
        PUSH(GP_ERRV);
        DISPATCH();
      }
      res = gp_getattr(t, o, code->names[ARG]);
      GP_DECREF(o);
      if (GP_IS_ERR(res)) {
        sp--;
        goto error;
      }
      TOP() = res;
      PUSH(GP_ERRV);
      DISPATCH();
    }

/* An instance's operator method that is a plain function runs as a frame
** (binop_frame); the rest call into the generic protocol. */
#define BINARY_SLOW(OPNUM, FN)                                                                     \
  do {                                                                                             \
    GpValue a_ = vm_get(&SECOND()), b_ = vm_get(&TOP());                                           \
    if (gp_is_inst(a_)) {                                                                          \
      Frame *bf_;                                                                                  \
      int r_ = binop_frame(t, st, sp - 2, OPNUM, FN == gp_inplace_binop, cache, &bf_);             \
      if (r_ < 0) goto error;                                                                      \
      if (r_ > 0) {                                                                                \
        SAVE_REGS();                                                                               \
        f = bf_;                                                                                   \
        LOAD_REGS();                                                                               \
        CHECK_BREAKER();                                                                           \
        DISPATCH();                                                                                \
      }                                                                                            \
    }                                                                                              \
    res = FN(t, OPNUM, a_, b_);                                                                    \
    GP_DECREF(a_);                                                                                 \
    GP_DECREF(b_);                                                                                 \
    sp -= 2;                                                                                       \
    if (GP_IS_ERR(res)) goto error;                                                                \
    PUSH(res);                                                                                     \
  } while (0)

#define BOTH_INT(a, b) (((a).tag == GP_T_INT) & ((b).tag == GP_T_INT))
#define BOTH_FLOAT(a, b) (((a).tag == GP_T_FLOAT) & ((b).tag == GP_T_FLOAT))

#define ARITH(NAME, OPNUM, BUILTIN, CEXPR, FN)                                                     \
  TARGET(NAME) {                                                                                   \
    GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());                                             \
    int64_t r;                                                                                     \
    if (BOTH_INT(a, b)) {                                                                          \
      if (__builtin_expect(!BUILTIN(a.as.i, b.as.i, &r), 1)) {                                     \
        sp--;                                                                                      \
        TOP().as.i = r;                                                                            \
        DISPATCH();                                                                                \
      }                                                                                            \
    } else if (BOTH_FLOAT(a, b)) {                                                                 \
      sp--;                                                                                        \
      TOP().as.f = a.as.f CEXPR b.as.f;                                                            \
      DISPATCH();                                                                                  \
    }                                                                                              \
    BINARY_SLOW(OPNUM, FN);                                                                        \
    DISPATCH();                                                                                    \
  }

    ARITH(BIN_ADD, GP_OP_ADD, __builtin_add_overflow, +, gp_binop)
    ARITH(BIN_SUB, GP_OP_SUB, __builtin_sub_overflow, -, gp_binop)
    ARITH(BIN_MUL, GP_OP_MUL, __builtin_mul_overflow, *, gp_binop)
    ARITH(INPLACE_ADD, GP_OP_ADD, __builtin_add_overflow, +, gp_inplace_binop)
    ARITH(INPLACE_SUB, GP_OP_SUB, __builtin_sub_overflow, -, gp_inplace_binop)
    ARITH(INPLACE_MUL, GP_OP_MUL, __builtin_mul_overflow, *, gp_inplace_binop)

    TARGET(BIN_FLOORDIV) {
      GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());
      int64_t r;
      if (BOTH_INT(a, b) && int_floordiv(a.as.i, b.as.i, &r)) {
        sp--;
        TOP().as.i = r;
        DISPATCH();
      }
      BINARY_SLOW(GP_OP_FLOORDIV, gp_binop);
      DISPATCH();
    }

    TARGET(BIN_MOD) {
      GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());
      int64_t r;
      if (BOTH_INT(a, b) && int_mod(a.as.i, b.as.i, &r)) {
        sp--;
        TOP().as.i = r;
        DISPATCH();
      }
      BINARY_SLOW(GP_OP_MOD, gp_binop);
      DISPATCH();
    }

    /* LOAD_CONST + BIN_ADD / BIN_MOD: an int operand and an int constant
    ** meet here; anything else pushes the constant and runs the plain op. */
#define ARITH_CONST(NAME, PLAIN, INTOP)                                                            \
  TARGET(NAME) {                                                                                   \
    GpValue a = vm_get(&TOP()), b = vm_get(&k[ARG]);                                               \
    int64_t r;                                                                                     \
    if (BOTH_INT(a, b) && INTOP(a.as.i, b.as.i, &r)) {                                             \
      TOP().as.i = r;                                                                              \
      DISPATCH();                                                                                  \
    }                                                                                              \
    GP_INCREF(b);                                                                                  \
    PUSH(b);                                                                                       \
    w = GP_INSTR(PLAIN, 0);                                                                        \
    RUN_W();                                                                                       \
  }

    ARITH_CONST(BIN_ADD_CONST, OP_BIN_ADD, int_add_ok)
    ARITH_CONST(BIN_MOD_CONST, OP_BIN_MOD, int_mod)

    TARGET(BIN_OP) {
      double q;
      if (ARG == GP_OP_TRUEDIV && num_truediv(SECOND(), TOP(), &q)) {
        sp--;
        TOP() = gp_floatv(q);
        DISPATCH();
      }
      BINARY_SLOW((GpBinOp)ARG, gp_binop);
      DISPATCH();
    }

    TARGET(INPLACE_OP) {
      GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());
      int64_t r;
      if (BOTH_INT(a, b)) {
        if (ARG == GP_OP_FLOORDIV && int_floordiv(a.as.i, b.as.i, &r)) goto inplace_int;
        if (ARG == GP_OP_MOD && int_mod(a.as.i, b.as.i, &r)) goto inplace_int;
      }
      BINARY_SLOW((GpBinOp)ARG, gp_inplace_binop);
      DISPATCH();
    inplace_int:
      sp--;
      TOP().as.i = r;
      DISPATCH();
    }

    TARGET(UNARY_OP) {
      GpValue a = vm_get(&TOP());
      if (ARG == GP_UN_NEG && a.tag == GP_T_INT && a.as.i != INT64_MIN) {
        TOP().as.i = -a.as.i;
        DISPATCH();
      }
      if (ARG == GP_UN_NEG && a.tag == GP_T_FLOAT) {
        TOP().as.f = -a.as.f;
        DISPATCH();
      }
      res = gp_unop(t, (GpUnOp)ARG, a);
      GP_DECREF(a);
      if (GP_IS_ERR(res)) {
        sp--;
        goto error;
      }
      TOP() = res;
      DISPATCH();
    }

    TARGET(NOT) {
      GpValue a = vm_get(&TOP());
      int r = a.tag == GP_T_BOOL ? (int)a.as.i : gp_truthy(t, a);
      GP_DECREF(a);
      if (r < 0) {
        sp--;
        goto error;
      }
      TOP() = gp_boolv(!r);
      DISPATCH();
    }

    TARGET(COMPARE_OP) {
      GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());
      if (BOTH_INT(a, b) && ARG <= GP_CMP_GE) {
        sp--;
        TOP() = gp_boolv(int_cmp((int)ARG, a.as.i, b.as.i));
        DISPATCH();
      }
      if (BOTH_FLOAT(a, b) && ARG <= GP_CMP_GE) {
        sp--;
        TOP() = gp_boolv(float_cmp((int)ARG, a.as.f, b.as.f));
        DISPATCH();
      }
      if (is_identity_op((int)ARG)) {
        bool r = is_same(a, b) == (ARG == GP_CMP_IS);
        GP_DECREF(a);
        GP_DECREF(b);
        sp--;
        TOP() = gp_boolv(r);
        DISPATCH();
      }
      res = compare_any(t, (int)ARG, a, b);
      GP_DECREF(a);
      GP_DECREF(b);
      sp -= 2;
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

#define CMP_JUMP(WHEN, BACK)                                                                       \
  do {                                                                                             \
    GpValue a = vm_get(&SECOND()), b = vm_get(&TOP());                                             \
    uint32_t target = *ip++;                                                                       \
    int truth;                                                                                     \
    sp -= 2;                                                                                       \
    if (BOTH_INT(a, b) && ARG <= GP_CMP_GE) {                                                      \
      truth = int_cmp((int)ARG, a.as.i, b.as.i);                                                   \
    } else if (ARG <= GP_CMP_GE && BOTH_FLOAT(a, b)) {                                             \
      truth = float_cmp((int)ARG, a.as.f, b.as.f);                                                 \
    } else if (is_identity_op((int)ARG)) {                                                         \
      truth = is_same(a, b) == (ARG == GP_CMP_IS);                                                 \
      GP_DECREF(a);                                                                                \
      GP_DECREF(b);                                                                                \
    } else if (is_contains_op((int)ARG)) {                                                         \
      truth = contains_op(t, (int)ARG, a, b);                                                      \
      GP_DECREF(a);                                                                                \
      GP_DECREF(b);                                                                                \
      if (truth < 0) goto error;                                                                   \
    } else {                                                                                       \
      res = compare_any(t, (int)ARG, a, b);                                                        \
      GP_DECREF(a);                                                                                \
      GP_DECREF(b);                                                                                \
      if (GP_IS_ERR(res)) goto error;                                                              \
      truth = res.tag == GP_T_BOOL ? (int)res.as.i : gp_truthy(t, res);                            \
      GP_DECREF(res);                                                                              \
      if (truth < 0) goto error;                                                                   \
    }                                                                                              \
    if (truth == (WHEN)) {                                                                         \
      ip = code->code + target;                                                                    \
      if (BACK) CHECK_BREAKER();                                                                   \
    }                                                                                              \
    DISPATCH();                                                                                    \
  } while (0)

/* Int comparisons and an int in a set read the locals in place (they
** keep both alive); anything else runs the unfused pair. */
#define FAST2_CMP_JUMP(WHEN, PLAIN)                                                                \
  do {                                                                                             \
    GpValue a = vm_get(&l[ARG & 0x3ff]), b = vm_get(&l[(ARG >> 10) & 0x3ff]);                      \
    int op_ = (int)(ARG >> 20), truth;                                                             \
    if (BOTH_INT(a, b) && op_ <= GP_CMP_GE) {                                                      \
      truth = int_cmp(op_, a.as.i, b.as.i);                                                        \
    } else if (a.tag == GP_T_INT && is_contains_op(op_) && GP_IS_ANYSET(b)) {                      \
      truth = gp_set_contains(t, b.as.o, a);                                                       \
      if (truth < 0) goto error;                                                                   \
      truth = (truth == 1) == (op_ == GP_CMP_IN);                                                  \
    } else {                                                                                       \
      if (__builtin_expect(a.tag == GP_T_ERR || b.tag == GP_T_ERR, 0)) {                           \
        unbound_local(t, f, a.tag == GP_T_ERR ? ARG & 0x3ff : (ARG >> 10) & 0x3ff);               \
        goto error;                                                                                \
      }                                                                                            \
      GP_INCREF(a);                                                                                \
      GP_INCREF(b);                                                                                \
      PUSH(a);                                                                                     \
      PUSH(b);                                                                                     \
      w = GP_INSTR(PLAIN, op_);                                                                    \
      RUN_W();                                                                                     \
    }                                                                                              \
    uint32_t target = *ip++;                                                                       \
    if (truth == (WHEN)) ip = code->code + target;                                                 \
    DISPATCH();                                                                                    \
  } while (0)

    TARGET(FAST2_CMP_JUMP_IF_TRUE) {
      FAST2_CMP_JUMP(1, OP_CMP_JUMP_IF_TRUE);
    }
    TARGET(FAST2_CMP_JUMP_IF_FALSE) {
      FAST2_CMP_JUMP(0, OP_CMP_JUMP_IF_FALSE);
    }

    TARGET(CMP_JUMP_IF_FALSE) {
      CMP_JUMP(0, 0);
    }
    TARGET(CMP_JUMP_IF_TRUE) {
      CMP_JUMP(1, 0);
    }
    TARGET(CMP_JUMP_BACK_IF_FALSE) {
      CMP_JUMP(0, 1);
    }
    TARGET(CMP_JUMP_BACK_IF_TRUE) {
      CMP_JUMP(1, 1);
    }

    TARGET(JUMP) {
      ip = code->code + ARG;
      DISPATCH();
    }

    TARGET(JUMP_BACK) {
      ip = code->code + ARG;
      CHECK_BREAKER();
      DISPATCH();
    }

#define TRUTH_OF(v, out)                                                                           \
  do {                                                                                             \
    if ((v).tag == GP_T_BOOL)                                                                      \
      (out) = (int)(v).as.i;                                                                       \
    else if ((v).tag == GP_T_NONE)                                                                 \
      (out) = 0;                                                                                   \
    else if ((v).tag == GP_T_INT)                                                                  \
      (out) = (v).as.i != 0;                                                                       \
    else                                                                                           \
      (out) = gp_truthy(t, (v));                                                                   \
  } while (0)

#define POP_JUMP(WHEN, BACK)                                                                       \
  do {                                                                                             \
    GpValue v = POP();                                                                             \
    int r;                                                                                         \
    TRUTH_OF(v, r);                                                                                \
    GP_DECREF(v);                                                                                  \
    if (r < 0) goto error;                                                                         \
    if (r == (WHEN)) {                                                                             \
      ip = code->code + ARG;                                                                       \
      if (BACK) CHECK_BREAKER();                                                                   \
    }                                                                                              \
    DISPATCH();                                                                                    \
  } while (0)

    TARGET(POP_JUMP_IF_FALSE) {
      POP_JUMP(0, 0);
    }
    TARGET(POP_JUMP_IF_TRUE) {
      POP_JUMP(1, 0);
    }
    TARGET(POP_JUMP_BACK_IF_FALSE) {
      POP_JUMP(0, 1);
    }
    TARGET(POP_JUMP_BACK_IF_TRUE) {
      POP_JUMP(1, 1);
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
      GpValue v = vm_get(&TOP());
      int r;
      TRUTH_OF(v, r);
      if (r < 0) goto error;
      if (!r) {
        ip = code->code + ARG;
      } else {
        sp--;
        GP_DECREF(v);
      }
      DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
      GpValue v = vm_get(&TOP());
      int r;
      TRUTH_OF(v, r);
      if (r < 0) goto error;
      if (r) {
        ip = code->code + ARG;
      } else {
        sp--;
        GP_DECREF(v);
      }
      DISPATCH();
    }

    TARGET(BUILD_LIST) {
      int n = (int)ARG;
      res = gp_list_new(t, (size_t)n);
      if (GP_IS_ERR(res)) goto error;
      for (int i = 0; i < n; i++) {
        GpValue v = vm_get(&sp[i - n]);
        if (gp_list_append(t, res.as.o, v) < 0) {
          GP_DECREF(res);
          goto error;
        }
        GP_DECREF(v);
      }
      sp -= n;
      PUSH(res);
      DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
      int n = (int)ARG;
      res = gp_tuple_take(t, (size_t)n, sp - n);
      if (GP_IS_ERR(res)) goto error;
      sp -= n;
      PUSH(res);
      DISPATCH();
    }

    TARGET(BUILD_DICT) {
      int n = (int)ARG;
      res = gp_dict_new(t);
      if (GP_IS_ERR(res)) goto error;
      for (int i = 0; i < n; i++) {
        if (gp_dict_set(t, res.as.o, sp[2 * (i - n)], sp[2 * (i - n) + 1]) < 0) {
          GP_DECREF(res);
          goto error;
        }
      }
      for (int i = 0; i < 2 * n; i++)
        GP_DECREF(sp[i - 2 * n]);
      sp -= 2 * n;
      PUSH(res);
      DISPATCH();
    }

    TARGET(BUILD_SET) {
      int n = (int)ARG;
      res = gp_set_new(t, &gp_type_set, GP_ERRV);
      if (GP_IS_ERR(res)) goto error;
      for (int i = 0; i < n; i++) {
        if (gp_set_add(t, res.as.o, sp[i - n]) < 0) {
          GP_DECREF(res);
          goto error;
        }
      }
      for (int i = 0; i < n; i++)
        GP_DECREF(sp[i - n]);
      sp -= n;
      PUSH(res);
      DISPATCH();
    }

    TARGET(SET_ADD) {
      GpValue v = POP();
      int r = gp_set_add(t, sp[-(int)ARG - 1].as.o, v);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(SET_UPDATE) {
      GpValue v = POP();
      int r = gp_set_update(t, sp[-(int)ARG - 1].as.o, v);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(MAP_ADD) {
      GpValue v = POP(), key = POP();
      int r = gp_dict_set(t, sp[-(int)ARG - 1].as.o, key, v);
      GP_DECREF(key);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(LIST_APPEND) {
      GpValue v = POP();
      int r = gp_list_append(t, sp[-(int)ARG - 1].as.o, v);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(BUILD_STRING) {
      int n = (int)ARG;
      res = gp_str_concat(t, sp - n, (size_t)n);
      for (int i = 0; i < n; i++)
        GP_DECREF(sp[i - n]);
      sp -= n;
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
      GpValue spec = GP_NONEV;
      if (ARG & GP_FMT_SPEC) spec = POP();
      GpValue v = vm_get(&TOP());
      res = format_value(t, v, (int)ARG, spec);
      GP_DECREF(spec);
      GP_DECREF(v);
      if (GP_IS_ERR(res)) {
        sp--;
        goto error;
      }
      TOP() = res;
      DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
      GpValue o = vm_get(&SECOND()), key = vm_get(&TOP());
      if (key.tag == GP_T_INT && GP_IS_TYPE(o, gp_type_list) && !(o.as.o->flags & GP_F_ATOMIC)) {
        GpList *li = GP_LIST(o);
        int64_t i = key.as.i < 0 ? key.as.i + (int64_t)li->len : key.as.i;
        if (i >= 0 && (uint64_t)i < li->len) {
          GpValue v = li->items[i];
          GP_INCREF(v);
          sp--;
          TOP() = v;
          gp_decref_o(o.as.o);
          DISPATCH();
        }
      }
      res = gp_getitem(t, o, key);
      GP_DECREF(o);
      GP_DECREF(key);
      sp -= 2;
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
      GpValue key = vm_get(&sp[-1]), o = vm_get(&sp[-2]), v = vm_get(&sp[-3]);
      sp -= 3;
      if (key.tag == GP_T_INT && GP_IS_TYPE(o, gp_type_list) && !(o.as.o->flags & GP_F_ATOMIC)) {
        GpList *li = GP_LIST(o);
        int64_t i = key.as.i < 0 ? key.as.i + (int64_t)li->len : key.as.i;
        if (i >= 0 && (uint64_t)i < li->len) {
          GpValue old = li->items[i];
          li->items[i] = v;
          GP_DECREF(old);
          gp_decref_o(o.as.o);
          DISPATCH();
        }
      }
      int r = gp_setitem(t, o, key, v);
      GP_DECREF(key);
      GP_DECREF(o);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
      GpValue key = vm_get(&sp[-1]), o = vm_get(&sp[-2]);
      int r = gp_delitem(t, o, key);
      GP_DECREF(key);
      GP_DECREF(o);
      sp -= 2;
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(SLICE_GET) {
      res = gp_getslice(t, sp[-4], sp[-3], sp[-2], sp[-1]);
      for (int i = 1; i <= 4; i++)
        GP_DECREF(sp[-i]);
      sp -= 4;
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(SLICE_SET) {
      int r = gp_setslice(t, sp[-4], sp[-3], sp[-2], sp[-1], sp[-5]);
      for (int i = 1; i <= 5; i++)
        GP_DECREF(sp[-i]);
      sp -= 5;
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(SLICE_DEL) {
      int r = gp_delslice(t, sp[-4], sp[-3], sp[-2], sp[-1]);
      for (int i = 1; i <= 4; i++)
        GP_DECREF(sp[-i]);
      sp -= 4;
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
      GpValue seq = POP();
      int r = unpack_tuple(seq, (int)ARG, sp) ? 0 : unpack(t, seq, (int)ARG, sp);
      GP_DECREF(seq);
      if (r < 0) goto error;
      sp += ARG;
      DISPATCH();
    }

    /* Three slots per loop: [start, stop, step] ints for a range (no
    ** iterator object), [list or tuple, index, None] for those, or
    ** [iterator, None, None]. */
    TARGET(GET_ITER) {
      GpValue v = vm_get(&TOP());
      if (GP_IS_TYPE(v, gp_type_range)) {
        GpRange *r = (GpRange *)v.as.o;
        TOP() = gp_intv(r->start);
        PUSH(gp_intv(r->stop));
        PUSH(gp_intv(r->step));
        gp_decref_o(v.as.o);
        DISPATCH();
      }
      if (GP_IS_TYPE(v, gp_type_list) || GP_IS_TYPE(v, gp_type_tuple)) {
        PUSH(gp_intv(0));
        PUSH(GP_NONEV);
        DISPATCH();
      }
      res = gp_iter(t, v);
      GP_DECREF(v);
      if (GP_IS_ERR(res)) {
        sp--;
        goto error;
      }
      TOP() = res;
      PUSH(GP_NONEV);
      PUSH(GP_NONEV);
      DISPATCH();
    }

#define FOR_ITER_BODY(DELIVER, OP)                                                                 \
  do {                                                                                             \
    GpValue s0 = vm_get(&sp[-3]);                                                                  \
    if (s0.tag == GP_T_INT) {                                                                      \
      int64_t cur = s0.as.i, stop = sp[-2].as.i, step = sp[-1].as.i;                               \
      if (step > 0 ? cur < stop : cur > stop) {                                                    \
        int64_t next;                                                                              \
        sp[-3].as.i = __builtin_add_overflow(cur, step, &next) ? stop : next;                      \
        DELIVER(gp_intv(cur));                                                                     \
        goto JUMP_BACK_TARGET;                                                                     \
      }                                                                                            \
      sp -= 3;                                                                                     \
      DISPATCH();                                                                                  \
    }                                                                                              \
    if (sp[-2].tag == GP_T_INT) {                                                                  \
      uint64_t i = (uint64_t)sp[-2].as.i;                                                          \
      size_t n;                                                                                    \
      const GpValue *items;                                                                        \
      if (s0.as.o->type == &gp_type_list && (s0.as.o->flags & GP_F_ATOMIC)) {                      \
        GpValue v; /* gil=none: a locked read, other threads may move the items */                 \
        if (gp_list_item(s0.as.o, i, &v)) {                                                        \
          sp[-2].as.i++;                                                                           \
          DELIVER(v);                                                                              \
          goto JUMP_BACK_TARGET;                                                                   \
        }                                                                                          \
        n = 0;                                                                                     \
        items = NULL;                                                                              \
      } else if (s0.as.o->type == &gp_type_list) {                                                 \
        n = GP_LIST(s0)->len;                                                                      \
        items = GP_LIST(s0)->items;                                                                \
      } else {                                                                                     \
        n = GP_TUPLE(s0)->len;                                                                     \
        items = GP_TUPLE(s0)->items;                                                               \
      }                                                                                            \
      if (i < n) {                                                                                 \
        GpValue v = items[i];                                                                      \
        GP_INCREF(v);                                                                              \
        sp[-2].as.i++;                                                                             \
        DELIVER(v);                                                                                \
        goto JUMP_BACK_TARGET;                                                                     \
      }                                                                                            \
    } else if (s0.as.o->type == &gp_type_generator &&                                              \
               gen_push_inline(t, (GpGen *)s0.as.o, f, OP)) {                                      \
      SAVE_REGS();                                                                                 \
      f = ((GpGen *)s0.as.o)->f;                                                                   \
      LOAD_REGS();                                                                                 \
      CHECK_BREAKER();                                                                             \
      DISPATCH();                                                                                  \
    } else {                                                                                       \
      GpValue v;                                                                                   \
      int r = gp_next(t, s0, &v);                                                                  \
      if (r > 0) {                                                                                 \
        DELIVER(v);                                                                                \
        goto JUMP_BACK_TARGET;                                                                     \
      }                                                                                            \
      if (r < 0) goto error;                                                                       \
    }                                                                                              \
    gp_decref_o(s0.as.o);                                                                          \
    sp -= 3;                                                                                       \
    DISPATCH();                                                                                    \
  } while (0)

#define DELIVER_PUSH(v) PUSH(v)
#define DELIVER_STORE(v)                                                                           \
  do {                                                                                             \
    GpValue old_ = vm_get(&l[slot]);                                                               \
    vm_put(&l[slot], (v));                                                                         \
    GP_DECREF(old_);                                                                               \
  } while (0)

    TARGET(FOR_ITER) {
#define JUMP_BACK_TARGET for_iter_back
      FOR_ITER_BODY(DELIVER_PUSH, OP_FOR_ITER);
#undef JUMP_BACK_TARGET
    for_iter_back:
      ip = code->code + ARG;
      CHECK_BREAKER();
      DISPATCH();
    }

    TARGET(FOR_ITER_STORE) {
      uint32_t slot = *ip++;
#define JUMP_BACK_TARGET for_iter_store_back
      FOR_ITER_BODY(DELIVER_STORE, OP_FOR_ITER_STORE);
#undef JUMP_BACK_TARGET
    for_iter_store_back:
      ip = code->code + ARG;
      CHECK_BREAKER();
      DISPATCH();
    }

    {
      /* Calls. [callable, args...] or, after LOAD_METHOD, [callable or
      ** method marker, self or unset marker, args...]. */
      int nargs;
      GpObj *kwnames;
      GpValue *callee;
      Frame *nf;
      TARGET(CALL) {
        nargs = (int)ARG;
        kwnames = NULL;
        callee = sp - nargs - 1;
        goto do_call;
      }
      TARGET(CALL_KW) {
        nargs = (int)ARG;
        kwnames = k[*ip++].as.o;
        callee = sp - nargs - 1;
        goto do_call;
      }
      TARGET(CALL_METHOD) {
        nargs = (int)ARG;
        kwnames = NULL;
        goto do_method;
      }
      TARGET(CALL_METHOD_KW) {
        nargs = (int)ARG;
        kwnames = k[*ip++].as.o;
      do_method:
        callee = sp - nargs - 2;
        if (callee[1].tag != GP_T_ERR && callee[0].tag == GP_T_OBJ) { /* fn(self, ...) */
          nargs++;
          goto do_call;
        }
        if (callee[1].tag != GP_T_ERR) { /* a method of self's type: self is args[0] */
          const GpMethodDef *m = (const GpMethodDef *)(uintptr_t)callee[0].as.o;
          SAVE_REGS();
          res = m->fn(t, callee + 1, nargs + 1, kwnames);
          for (GpValue *p = callee + 1; p < sp; p++)
            GP_DECREF(*p);
          sp = callee;
          if (GP_IS_ERR(res)) goto error;
          if (!VM_LEGACY && GP_OPOF(*ip) == OP_POP_TOP) { /* `s.add(x)`: the POP_TOP run here */
            ip++;
            GP_DECREF(res);
            DISPATCH();
          }
          PUSH(res);
          DISPATCH();
        }
        /* no self: drop the unset marker and call like CALL */
        memmove(callee + 1, callee + 2, sizeof(GpValue) * (size_t)nargs);
        sp--;
      do_call:
        if (GP_IS_TYPE(*callee, gp_type_function)) {
          GpFunction *fn = (GpFunction *)callee->as.o;
          GpCode *c = fn->code;
          if (__builtin_expect(
                  !kwnames && nargs == c->nfast && t->depth < t->vm->opt.recursion_limit, 1)) {
            nf = frame_alloc(st, c);
            if (!nf) {
              gp_raise_nomem(t);
              goto error;
            }
            /* the arguments move into the new frame's locals; fn's reference too */
            args_move(FRAME_LOCALS(nf), callee + 1, nargs);
            nf->func = &fn->ob;
            nf->globals = fn->globals;
            nf->prev = f;
            t->frame = nf;
            t->depth++;
            sp = callee;
          } else if (c->flags & GP_CO_GENERATOR) {
            SAVE_REGS();
            res = gen_new(t, fn, callee + 1, nargs, kwnames);
            for (GpValue *p = callee; p < sp; p++)
              GP_DECREF(*p);
            sp = callee;
            if (GP_IS_ERR(res)) goto error;
            PUSH(res);
            DISPATCH();
          } else {
            SAVE_REGS();
            nf = frame_for_call(t, st, fn, callee + 1, nargs, kwnames);
            for (GpValue *p = callee; p < sp; p++)
              GP_DECREF(*p);
            sp = callee;
            if (!nf) goto error;
          }
        push_frame:
          SAVE_REGS();
          f = nf;
          LOAD_REGS();
          CHECK_BREAKER();
          DISPATCH();
        }
        if (!kwnames && GP_IS_TYPE(*callee, gp_type_type) && GP_IS_CLASS((GpType *)callee->as.o)) {
          int r = init_frame(t, st, callee, nargs, cache, &nf);
          if (r < 0) goto error;
          if (r > 0) {
            sp = callee + 1; /* the instance stays for when __init__ returns */
            goto push_frame;
          }
        }
        int64_t rb[3];
        if (GP_OPOF(*ip) == OP_GET_ITER && !kwnames && callee->tag == GP_T_OBJ &&
            callee->as.o == &gp_type_range.ob && range_slots(callee + 1, nargs, rb)) {
          gp_decref_o(callee->as.o); /* the arguments are ints: nothing to release */
          for (int i = 0; i < 3; i++)
            callee[i] = gp_intv(rb[i]);
          sp = callee + 3;
          ip++;
          DISPATCH();
        }
        SAVE_REGS();
        res = call_native_or_other(t, *callee, callee + 1, nargs, kwnames);
        for (GpValue *p = callee; p < sp; p++)
          GP_DECREF(*p);
        sp = callee;
        if (GP_IS_ERR(res)) goto error;
        PUSH(res);
        DISPATCH();
      }
    }

    TARGET(RETURN_VALUE) {
      res = POP();
      GpValue *base = l + code->nlocals;
      while (sp > base) {
        sp--;
        GP_DECREF(*sp);
      }
      Frame *prev = f->prev;
      int entry = f->entry;
      GpGen *gen = f->gen;
      frame_free(t, st, f);
      if (entry) {
        if (entry >= FRAME_BINOP) { /* the operands are still on the caller's stack */
          f = prev;
          LOAD_REGS();
          sp -= 2;
          res = binop_returned(t, entry, sp, res);
          if (GP_IS_ERR(res)) goto error;
          PUSH(res);
          DISPATCH();
        }
        if (entry == FRAME_INIT) { /* the instance is already on the caller's stack */
          f = prev;
          LOAD_REGS();
          if (GP_IS_NONE(res)) DISPATCH();
          init_returned(t, res);
          goto error;
        }
        SYNC_TICKS();
        return res;
      }
      f = prev;
      LOAD_REGS();
      if (__builtin_expect(gen != NULL, 0)) {
        int op = gen->inline_op; /* read before another thread may resume it */
        gen_pop_inline(t, gen, false);
        if (op == OP_YIELD_FROM) { /* the delegating generator goes on */
          GP_DECREF(TOP());
          TOP() = res;
          DISPATCH();
        }
        /* a for loop's generator is exhausted */
        GP_DECREF(res);
        gp_decref_o(sp[-3].as.o);
        sp -= 3;
        DISPATCH();
      }
      PUSH(res);
      DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
      int nd = (int)(ARG & 0xffff);
      GpValue c = POP();
      GpValue closure = ARG & GP_MF_CLOSURE ? POP() : GP_NONEV;
      GpValue ann = ARG & GP_MF_ANNOTATIONS ? POP() : GP_NONEV;
      GpValue kwd = ARG & GP_MF_KWDEFAULTS ? POP() : GP_NONEV;
      res = gp_func_new(t, (GpCode *)c.as.o, f->globals, sp - nd, nd);
      GP_DECREF(c);
      if (!GP_IS_ERR(res)) { /* the function takes both references */
        GpFunction *fn = (GpFunction *)res.as.o;
        fn->closure = GP_IS_NONE(closure) ? NULL : closure.as.o;
        fn->kwdefaults = GP_IS_NONE(kwd) ? NULL : kwd.as.o;
        fn->ann = GP_IS_NONE(ann) ? NULL : ann.as.o;
      } else {
        GP_DECREF(closure);
        GP_DECREF(ann);
        GP_DECREF(kwd);
      }
      for (int i = 1; i <= nd; i++)
        GP_DECREF(sp[-i]);
      sp -= nd;
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(IMPORT_NAME) {
      SAVE_REGS();
      res = gp_import(t, code->names[ARG], f->globals);
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(IMPORT_FROM) {
      res = gp_import_from(t, TOP(), code->names[ARG]);
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(IMPORT_STAR) {
      GpValue m = POP();
      int r = gp_import_star(t, m, f->globals);
      GP_DECREF(m);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(RAISE) {
      if (ARG == 0) {
        if (GP_IS_NONE(t->handling)) {
          gp_raise(t, &gp_exc_RuntimeError, "No active exception to reraise");
          goto error;
        }
        GP_INCREF(t->handling);
        GP_DECREF(t->exc);
        t->exc = t->handling;
        goto reraise; /* as CPython's do_raise: its traceback gets no line for this raise */
      }
      GpValue cause = ARG == 2 ? POP() : GP_NONEV;
      GpValue v = POP();
      do_raise(t, v, cause, ARG == 2);
      GP_DECREF(v);
      GP_DECREF(cause);
      goto error;
    }

    TARGET(PUSH_EXC_INFO) {
      GpValue exc = vm_get(&TOP());
      TOP() = handling_take(t);
      GP_INCREF(exc);
      t->handling = exc;
      PUSH(exc);
      DISPATCH();
    }

    TARGET(POP_EXCEPT) {
      GpValue exc = POP(), prev = POP();
      handling_restore(t, prev);
      GP_DECREF(exc);
      DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
      GpValue tp = POP();
      int r = exc_match(t, TOP(), tp);
      GP_DECREF(tp);
      if (r < 0) goto error;
      PUSH(gp_boolv(r));
      DISPATCH();
    }

    TARGET(EXC_STAR) {
      sp -= gp_exc_star_arity(ARG);
      SAVE_REGS();
      res = gp_exc_star(t, ARG, sp); /* takes the popped values */
      if (GP_IS_ERR(res)) goto error;
      for (size_t i = 0; i < GP_TUPLE(res)->len; i++) {
        GP_INCREF(GP_TUPLE(res)->items[i]);
        PUSH(GP_TUPLE(res)->items[i]);
      }
      GP_DECREF(res);
      DISPATCH();
    }

    TARGET(RERAISE) {
      GpValue exc = POP(), prev = POP();
      handling_restore(t, prev);
      GP_DECREF(t->exc);
      t->exc = exc;
      goto reraise;
    }

    TARGET(WITH_ENTER) {
      GpValue ctx = vm_get(&TOP());
      if (!ctx_has(t, ctx, "__enter__") || !ctx_has(t, ctx, "__exit__")) goto error;
      SAVE_REGS();
      res = ctx_call(t, ctx, "__enter__", &ctx, 1);
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(WITH_EXIT) {
      GpValue ctx = POP();
      SAVE_REGS();
      res = with_exit(t, ctx, GP_NONEV);
      GP_DECREF(ctx);
      if (GP_IS_ERR(res)) goto error;
      GP_DECREF(res);
      DISPATCH();
    }

    /* [ctx, prev, exc]: __exit__(type, exc, None); a true result swallows exc. */
    TARGET(WITH_EXC) {
      GpValue exc = vm_get(&sp[-1]), prev = vm_get(&sp[-2]), ctx = vm_get(&sp[-3]);
      sp -= 3;
      SAVE_REGS();
      res = with_exit(t, ctx, exc);
      int r = -1;
      if (!GP_IS_ERR(res)) {
        TRUTH_OF(res, r);
        GP_DECREF(res);
      }
      GP_DECREF(ctx);
      handling_restore(t, prev);
      if (r < 0) {
        GP_DECREF(exc);
        goto error;
      }
      if (r) {
        GP_DECREF(exc);
        DISPATCH();
      }
      GP_DECREF(t->exc);
      t->exc = exc;
      goto reraise;
    }

    TARGET(LOAD_DEREF) {
      GpValue v = cell_get((GpCell *)l[ARG].as.o);
      if (__builtin_expect(GP_IS_ERR(v), 0)) {
        unbound_cell(t, f, ARG);
        goto error;
      }
      PUSH(v);
      DISPATCH();
    }

    TARGET(STORE_DEREF) {
      cell_set((GpCell *)l[ARG].as.o, POP());
      DISPATCH();
    }

    TARGET(DELETE_DEREF) {
      GpValue old = cell_get((GpCell *)l[ARG].as.o);
      if (GP_IS_ERR(old)) {
        unbound_cell(t, f, ARG);
        goto error;
      }
      GP_DECREF(old);
      cell_set((GpCell *)l[ARG].as.o, GP_ERRV);
      DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
      GpValue c = l[ARG];
      GP_INCREF(c);
      PUSH(c);
      DISPATCH();
    }

    TARGET(MAKE_CELL) {
      res = gp_cell_new(t, l[ARG]); /* takes the parameter's value, if any */
      if (GP_IS_ERR(res)) {
        l[ARG] = GP_ERRV;
        goto error;
      }
      l[ARG] = res;
      DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
      GpTuple *cl = (GpTuple *)((GpFunction *)f->func)->closure;
      for (size_t i = 0; i < cl->len; i++) {
        GP_INCREF(cl->items[i]);
        l[ARG + i] = cl->items[i];
      }
      DISPATCH();
    }

    TARGET(CALL_EX) {
      GpValue kw = ARG & 1 ? POP() : GP_NONEV;
      GpValue args = POP(), fn = POP();
      SAVE_REGS();
      res = call_ex(t, fn, args, kw);
      GP_DECREF(kw);
      GP_DECREF(args);
      GP_DECREF(fn);
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(LIST_EXTEND) {
      GpValue v = POP();
      int d = (int)(ARG & 0xff);
      int r = list_extend(t, sp[-d].as.o, v, ARG >> 8 ? sp[-d - 1] : GP_ERRV);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
      GpValue li = vm_get(&TOP());
      res = gp_tuple_pack(t, GP_LIST(li)->len, GP_LIST(li)->items);
      if (GP_IS_ERR(res)) goto error;
      GP_DECREF(li);
      TOP() = res;
      DISPATCH();
    }

    TARGET(DICT_MERGE) {
      GpValue m = POP();
      int r = dict_merge(t, sp[-(int)ARG].as.o, m, sp[-(int)ARG - 2]);
      GP_DECREF(m);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(DICT_UPDATE) {
      GpValue m = POP();
      int r = dict_update(t, sp[-(int)ARG].as.o, m);
      GP_DECREF(m);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(UNPACK_EX) {
      GpValue seq = POP();
      int before = (int)(ARG & 0xff), after = (int)(ARG >> 8);
      int r = unpack_ex(t, seq, before, after, sp);
      GP_DECREF(seq);
      if (r < 0) goto error;
      sp += before + after + 1;
      DISPATCH();
    }

    TARGET(DELETE_ATTR) {
      GpValue o = POP();
      int r = gp_delattr(t, o, code->names[ARG]);
      GP_DECREF(o);
      if (r < 0) goto error;
      DISPATCH();
    }

    /* A generator frame gen_resume runs is an entry frame: yielding returns
    ** from this invocation of the loop with the frame kept as it is. One a
    ** for loop or `yield from` pushed (gen_push_inline) hands the value to
    ** that instruction in its caller's frame. */
    TARGET(LOAD_FAST_YIELD) { /* `yield x`: the local yielded with no push and pop */
      res = vm_get(&l[ARG & 0xfff]);
      if (__builtin_expect(res.tag == GP_T_ERR, 0)) {
        unbound_local(t, f, ARG & 0xfff);
        goto error;
      }
      GP_INCREF(res);
      f->yielded = ARG >> 12 == GP_YIELD_DROP ? YIELDED_DROP : YIELDED_SEND;
      goto yielded;
    }

    TARGET(YIELD_VALUE) {
      res = POP();
      f->yielded = ARG == GP_YIELD_DROP ? YIELDED_DROP : YIELDED_SEND;
      goto yielded;
    yield:
      f->yielded = YIELDED_SEND;
    yielded:
      SAVE_REGS();
      t->frame = f->prev;
      t->depth--;
      if (f->entry) return res;
      /* to the for loop or `yield from` that resumed it (gen_push_inline) */
      Frame *caller = f->prev; /* read before another thread may resume it */
      int op = f->gen->inline_op;
      gen_pop_inline(t, f->gen, false);
      f = caller;
      LOAD_REGS();
      if (op == OP_YIELD_FROM) { /* the delegating generator yields the value on */
        ip--;
        goto yield;
      }
      if (op == OP_FOR_ITER) { /* deliver, jump back */
        w = ip[-1];
        PUSH(res);
      } else {
        w = ip[-2];
        GpValue old = vm_get(&l[ip[-1]]);
        vm_put(&l[ip[-1]], res);
        GP_DECREF(old);
      }
      ip = code->code + ARG; /* no poll: resuming g polled (gen_push_inline's callers) */
      DISPATCH();
    }

    /* [sub, sent]: one step of the inner iterator; while it yields, this
    ** instruction runs again on resumption with the next sent value. */
    TARGET(YIELD_FROM) {
      GpValue v = POP();
      SAVE_REGS();
      if (GP_IS_NONE(v) &&
          (GP_IS_TYPE(TOP(), gp_type_generator) || GP_IS_TYPE(TOP(), gp_type_coroutine)) &&
          gen_push_inline(t, (GpGen *)TOP().as.o, f, OP_YIELD_FROM)) {
        f = ((GpGen *)TOP().as.o)->f;
        LOAD_REGS();
        CHECK_BREAKER();
        DISPATCH();
      }
      GpValue got; /* not res: taking res's address would keep it in memory */
      /* None sent to an iterator that is no generator (a list's, say):
      ** gen_delegate's gp_next, called directly */
      const GpType *itp = TOP().tag == GP_T_OBJ ? TOP().as.o->type : NULL;
      bool next =
          GP_IS_NONE(v) && itp && itp->next && itp != &gp_type_generator && !GP_IS_CLASS(itp);
      int r = next ? itp->next(t, TOP(), &got) : gen_delegate(t, TOP(), v, &got);
      if (next && r == 0) got = GP_NONEV;
      GP_DECREF(v);
      if (r < 0) goto error;
      if (r == 1) {
        res = got;
        ip--;
        goto yield;
      }
      GP_DECREF(TOP());
      TOP() = got;
      DISPATCH();
    }

    /* [body function, name, bases, (keywords if ARG)] -> the class */
    TARGET(BUILD_CLASS) {
      GpValue kw = ARG ? POP() : GP_NONEV, bases = POP(), name = POP(), body = POP();
      SAVE_REGS();
      res = build_class(t, body, name, bases, ARG ? kw.as.o : NULL, f->globals);
      GP_DECREF(kw);
      GP_DECREF(bases);
      GP_DECREF(name);
      GP_DECREF(body);
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    /* Names in a class body: its namespace (local 0), then globals, builtins. */
    TARGET(LOAD_NAME) {
      GpObj *name = code->names[ARG];
      GpValue v;
      int r = ns_load(t, l[0], name, &v);
      if (r < 0) goto error;
      if (r || gp_dict_get_str(f->globals, name, &v) ||
          gp_dict_get_str(frame_builtins(t, f->globals), name, &v)) {
        PUSH(v);
        DISPATCH();
      }
      gp_raise(t, &gp_exc_NameError, "name '%s' is not defined", GP_STR(gp_objv(name))->data);
      goto error;
    }

    TARGET(STORE_NAME) {
      GpValue v = POP();
      int r = gp_ns_store(t, l[0], code->names[ARG], v);
      GP_DECREF(v);
      if (r < 0) goto error;
      DISPATCH();
    }

    TARGET(DELETE_NAME) {
      int r = ns_del(t, l[0], code->names[ARG]);
      if (r == 0)
        gp_raise(t, &gp_exc_NameError, "name '%s' is not defined",
                 GP_STR(gp_objv(code->names[ARG]))->data);
      if (r != 1) goto error;
      DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
      GpValue v = vm_get(&TOP());
      if (!GP_IS_TYPE(v, gp_type_generator)) {
        res = gp_coro_yield_from_iter(t, v);
        GP_DECREF(v);
        if (GP_IS_ERR(res)) {
          sp--;
          goto error;
        }
        TOP() = res;
      }
      DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
      SAVE_REGS();
      res = gp_coro_get_awaitable(t, TOP());
      if (GP_IS_ERR(res)) goto error;
      GP_DECREF(TOP());
      TOP() = res;
      DISPATCH();
    }

    TARGET(ASYNC_WITH_ENTER) {
      SAVE_REGS();
      res = gp_coro_aenter(t, TOP());
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    TARGET(ASYNC_WITH_EXIT) {
      SAVE_REGS();
      res = gp_coro_aexit(t, TOP(), GP_NONEV);
      if (GP_IS_ERR(res)) goto error;
      GP_DECREF(TOP());
      TOP() = res;
      DISPATCH();
    }

    /* [ctx, prev, exc] -> [prev, exc, __aexit__(type, exc, None)] */
    TARGET(ASYNC_WITH_EXC_CALL) {
      GpValue exc = vm_get(&sp[-1]), prev = vm_get(&sp[-2]), ctx = vm_get(&sp[-3]);
      SAVE_REGS();
      res = gp_coro_aexit(t, ctx, exc);
      GP_DECREF(ctx);
      if (GP_IS_ERR(res)) {
        sp -= 3;
        GP_DECREF(exc);
        handling_restore(t, prev);
        goto error;
      }
      sp[-3] = prev;
      sp[-2] = exc;
      sp[-1] = res;
      DISPATCH();
    }

    /* [prev, exc, awaited result]: a true result swallows exc. */
    TARGET(ASYNC_WITH_EXC_END) {
      GpValue r = POP(), exc = POP(), prev = POP();
      int truth;
      SAVE_REGS();
      TRUTH_OF(r, truth);
      GP_DECREF(r);
      handling_restore(t, prev);
      if (truth) {
        GP_DECREF(exc);
        if (truth < 0) goto error;
        DISPATCH();
      }
      GP_DECREF(t->exc);
      t->exc = exc;
      goto reraise;
    }

    TARGET(GET_AITER) {
      SAVE_REGS();
      res = gp_coro_aiter(t, TOP());
      if (GP_IS_ERR(res)) goto error;
      GP_DECREF(TOP());
      TOP() = res;
      DISPATCH();
    }

    TARGET(GET_ANEXT) {
      SAVE_REGS();
      res = gp_coro_anext(t, TOP());
      if (GP_IS_ERR(res)) goto error;
      PUSH(res);
      DISPATCH();
    }

    /* [aiter, exc]: StopAsyncIteration ends the async for loop. */
    TARGET(END_ASYNC_FOR) {
      GpValue exc = POP(), it = POP();
      GP_DECREF(it);
      if (gp_exc_matches(exc, &gp_exc_StopAsyncIteration)) {
        GP_DECREF(exc);
        DISPATCH();
      }
      GP_DECREF(t->exc);
      t->exc = exc;
      goto reraise;
    }

#if !defined(__GNUC__)
  default:
    abort();
  }
#endif

/* ip is the instruction about to run (after a backward jump, its target),
** and `error` reports ip - 1: step past it, so an exception from a signal
** handler or an interrupt is raised at that instruction, inside the loop's
** try block, not at the one before the loop. */
#if VM_LEGACY
tick:
  SAVE_REGS();
  if (handle_breaker(t) < 0) {
    ip++;
    goto error;
  }
  ticks = t->ticks;
  GOTO_NEXT();
#else
breaker:
  SAVE_REGS();
  if (handle_breaker(t) < 0) {
    ip++;
    goto error;
  }
  DISPATCH();
#endif

error:
  tb_add(t, f, (uint32_t)(ip - code->code) - 1);
reraise:
  for (;;) {
    const GpExcEntry *h = find_handler(code, (uint32_t)(ip - code->code) - 1);
    if (h) {
      GpValue *target = l + code->nlocals + h->depth;
      while (sp > target) {
        sp--;
        GP_DECREF(*sp);
      }
      PUSH(t->exc);
      t->exc = GP_NONEV;
      ip = code->code + h->handler;
      DISPATCH();
    }
    GpValue *base = l + code->nlocals;
    while (sp > base) {
      sp--;
      GP_DECREF(*sp);
    }
    Frame *prev = f->prev;
    int entry = f->entry;
    GpGen *gen = f->gen;
    frame_free(t, st, f);
    if (entry == FRAME_ENTRY) {
      SYNC_TICKS();
      return GP_ERRV;
    }
    if (gen) gen_pop_inline(t, gen, true);
    f = prev;
    LOAD_REGS();
    tb_add(t, f, (uint32_t)(ip - code->code) - 1);
  }

#undef TARGET
#undef l
#undef k
#undef GOTO_NEXT
#undef RUN_W
#undef DISPATCH
#undef CHECK_BREAKER
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef LOAD_REGS
#undef SAVE_REGS
#undef SYNC_TICKS
#undef BINARY_SLOW
#undef BOTH_INT
#undef BOTH_FLOAT
#undef ARITH
#undef TRUTH_OF
#undef FOR_ITER_BODY
#undef CMP_JUMP
#undef POP_JUMP
#undef DELIVER_PUSH
#undef DELIVER_STORE
}
