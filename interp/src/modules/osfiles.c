/*
** osfiles.c — os's file descriptors and file-system calls: open, read,
** write, close, lseek, ftruncate, isatty, fsync, remove/unlink, rmdir,
** mkdir, listdir, rename/replace, symlink, readlink, access, chdir, chmod,
** the O_*, SEEK_* and *_OK constants, _stat (the fields os.stat_result is
** made of, in osmod.c's Python) and _scandir (the entries os.scandir's
** DirEntry objects are made of, in osdir_py.c) and _terminal_size
** (os.get_terminal_size's two numbers).
** io's file objects (iomod_py.c) are Python over these, as CPython's
** _pyio is over FileIO. Calls that may block (open on a FIFO, read, write,
** fsync) release the GIL, as CPython's do; errors are OSError subclasses
** with errno and the file name, from gp_raise_errno.
*/
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "class.h"
#include "module.h"
#include "obj.h"
#include "vm.h"

/* The path a str or an os.PathLike (its __fspath__'s str) names, NUL-free;
** *hold keeps the str alive (release it with GP_DECREF). */
static const char *path_of(GpThread *t, const char *fn, GpValue v, GpValue *hold) {
  *hold = GP_NONEV;
  if (!GP_IS_TYPE(v, gp_type_str) && gp_is_inst(v) && gp_inst_has(v, "__fspath__")) {
    GpValue m = gp_getattr(t, v, gp_intern_cstr("__fspath__"));
    *hold = GP_IS_ERR(m) ? m : gp_vm_call(t, m, NULL, 0, NULL);
    GP_DECREF(m);
    if (GP_IS_ERR(*hold)) return NULL;
    v = *hold;
  }
  if (!GP_IS_TYPE(v, gp_type_str)) {
    gp_raise(t, &gp_exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fn,
             gp_type_name(v));
    GP_DECREF(*hold);
    *hold = GP_NONEV;
    return NULL;
  }
  const GpStr *s = GP_STR(v);
  if (strlen(s->data) != s->len) {
    gp_raise(t, &gp_exc_ValueError, "%s: embedded null character in path", fn);
    GP_DECREF(*hold);
    *hold = GP_NONEV;
    return NULL;
  }
  return s->data;
}

/* An int argument that must fit a C int (file descriptors, flags, modes);
** socketmod.c's too. */
int gp_os_int_arg(GpThread *t, GpValue v, int *out) {
  int64_t n;
  if (gp_as_index(t, v, &n) < 0) return -1;
  if (n < INT_MIN || n > INT_MAX) {
    gp_raise(t, &gp_exc_OverflowError, "signed integer is greater than maximum");
    return -1;
  }
  *out = (int)n;
  return 0;
}

/* open(path, flags, mode=0o777): a new descriptor, close-on-exec as CPython's. */
static GpValue os_open(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"path", "flags", "mode"};
  GpValue a[3], hold;
  int flags, mode = 0777;
  if (gp_parse_args(t, "open", args, nargs, kw, names, 3, 2, a) < 0 ||
      gp_os_int_arg(t, a[1], &flags) < 0 || (!GP_IS_ERR(a[2]) && gp_os_int_arg(t, a[2], &mode) < 0))
    return GP_ERRV;
  const char *p = path_of(t, "open", a[0], &hold);
  if (!p) return GP_ERRV;
  GP_BEGIN_ALLOW_THREADS(t);
  int fd = open(p, flags | O_CLOEXEC, (mode_t)mode), err = errno;
  GP_END_ALLOW_THREADS(t);
  GpValue r = fd < 0 ? gp_raise_errno(t, err, p) : gp_intv(fd);
  GP_DECREF(hold);
  return r;
}

/* The descriptor that begins a call's n arguments: 0, or -1 raised. */
static int fd_args(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw, int n,
                   int *fd) {
  if ((n == 1 ? gp_arg_one(t, fn, nargs, kw) : gp_arg_count(t, fn, nargs, kw, n, n)) < 0) return -1;
  return gp_os_int_arg(t, args[0], fd);
}

/* The arguments (fd, n) of read and ftruncate: 0, or -1 raised. */
static int fd_and_size(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                       int *fd, int64_t *n) {
  if (fd_args(t, fn, args, nargs, kw, 2, fd) < 0) return -1;
  return gp_as_index(t, args[1], n);
}

/* read(fd, n): at most n bytes, b'' at the end of the file. */
static GpValue os_read(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd;
  int64_t n;
  if (fd_and_size(t, "read", args, nargs, kw, &fd, &n) < 0) return GP_ERRV;
  if (n < 0) return gp_raise_errno(t, EINVAL, NULL);
  char *buf = malloc(n ? (size_t)n : 1);
  if (!buf) return gp_raise_nomem(t);
  GP_BEGIN_ALLOW_THREADS(t);
  ssize_t got;
  do
    got = read(fd, buf, (size_t)n);
  while (got < 0 && errno == EINTR);
  int err = errno;
  GP_END_ALLOW_THREADS(t);
  GpValue r = got < 0 ? gp_raise_errno(t, err, NULL) : gp_bytes_new(t, buf, (size_t)got);
  free(buf);
  return r;
}

/* write(fd, data): the number of bytes written (perhaps fewer than given). */
static GpValue os_write(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd;
  if (fd_args(t, "write", args, nargs, kw, 2, &fd) < 0) return GP_ERRV;
  if (!gp_is_buffer(args[1]))
    return gp_raise(t, &gp_exc_TypeError, "a bytes-like object is required, not '%s'",
                    gp_type_name(args[1]));
  GpValue b = gp_buffer_copy(t, args[1]);
  if (GP_IS_ERR(b)) return b;
  const GpBytes *by = (const GpBytes *)b.as.o;
  GP_BEGIN_ALLOW_THREADS(t);
  ssize_t w;
  do
    w = write(fd, by->data, by->len);
  while (w < 0 && errno == EINTR);
  int err = errno;
  GP_END_ALLOW_THREADS(t);
  GP_DECREF(b);
  return w < 0 ? gp_raise_errno(t, err, NULL) : gp_intv(w);
}

/* The calls that take one descriptor and give nothing back. */
static GpValue fd_call(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                       int (*call)(int)) {
  int fd;
  if (fd_args(t, fn, args, nargs, kw, 1, &fd) < 0) return GP_ERRV;
  GP_BEGIN_ALLOW_THREADS(t);
  int r = call(fd), err = errno;
  GP_END_ALLOW_THREADS(t);
  return r < 0 ? gp_raise_errno(t, err, NULL) : GP_NONEV;
}

static GpValue os_close(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return fd_call(t, "close", args, nargs, kw, close);
}

/* pipe() -> (read fd, write fd), both close-on-exec as CPython's. */
static GpValue os_pipe(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  (void)args;
  if (gp_arg_none(t, "pipe", nargs, kw) < 0) return GP_ERRV;
  int fd[2];
  if (pipe2(fd, O_CLOEXEC) < 0) return gp_raise_errno(t, errno, NULL);
  GpValue v[2] = {gp_intv(fd[0]), gp_intv(fd[1])};
  return gp_tuple_pack(t, 2, v);
}

static GpValue os_fsync(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return fd_call(t, "fsync", args, nargs, kw, fsync);
}

static GpValue os_lseek(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd, how;
  int64_t pos;
  if (fd_args(t, "lseek", args, nargs, kw, 3, &fd) < 0 || gp_as_index(t, args[1], &pos) < 0 ||
      gp_os_int_arg(t, args[2], &how) < 0)
    return GP_ERRV;
  off_t r = lseek(fd, (off_t)pos, how);
  return r < 0 ? gp_raise_errno(t, errno, NULL) : gp_intv((int64_t)r);
}

static GpValue os_ftruncate(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd;
  int64_t n;
  if (fd_and_size(t, "ftruncate", args, nargs, kw, &fd, &n) < 0) return GP_ERRV;
  return ftruncate(fd, (off_t)n) < 0 ? gp_raise_errno(t, errno, NULL) : GP_NONEV;
}

static GpValue os_isatty(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd;
  if (fd_args(t, "isatty", args, nargs, kw, 1, &fd) < 0) return GP_ERRV;
  return gp_boolv(isatty(fd) == 1);
}

/* _terminal_size(fd): (columns, lines) of the terminal on fd, or the
** OSError CPython's get_terminal_size raises when fd is not one. */
static GpValue os_terminal_size(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int fd;
  struct winsize w;
  if (fd_args(t, "_terminal_size", args, nargs, kw, 1, &fd) < 0) return GP_ERRV;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0) return gp_raise_errno(t, errno, NULL);
  GpValue items[2] = {gp_intv(w.ws_col), gp_intv(w.ws_row)};
  return gp_tuple_take(t, 2, items);
}

/* call(path, arg), an OSError with the path if it fails: the calls that
** take a path (and perhaps a mode). */
static GpValue on_path(GpThread *t, const char *fn, GpValue path, int arg,
                       int (*call)(const char *, int)) {
  GpValue hold;
  const char *p = path_of(t, fn, path, &hold);
  if (!p) return GP_ERRV;
  GpValue r = call(p, arg) < 0 ? gp_raise_errno(t, errno, p) : GP_NONEV;
  GP_DECREF(hold);
  return r;
}

/* The system calls in on_path's shape. */
static int unlink_path(const char *p, int unused) {
  (void)unused;
  return unlink(p);
}

static int rmdir_path(const char *p, int unused) {
  (void)unused;
  return rmdir(p);
}

static int chdir_path(const char *p, int unused) {
  (void)unused;
  return chdir(p);
}

static int chmod_path(const char *p, int mode) {
  return chmod(p, (mode_t)mode);
}

static int mkdir_path(const char *p, int mode) {
  return mkdir(p, (mode_t)mode);
}

/* The calls that take one path. */
static GpValue path_call(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                         int (*call)(const char *, int)) {
  if (gp_arg_one(t, fn, nargs, kw) < 0) return GP_ERRV;
  return on_path(t, fn, args[0], 0, call);
}

static GpValue os_remove(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return path_call(t, "remove", args, nargs, kw, unlink_path);
}

static GpValue os_unlink(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return path_call(t, "unlink", args, nargs, kw, unlink_path);
}

static GpValue os_rmdir(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return path_call(t, "rmdir", args, nargs, kw, rmdir_path);
}

static GpValue os_chdir(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return path_call(t, "chdir", args, nargs, kw, chdir_path);
}

static GpValue os_chmod(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  int mode;
  if (gp_arg_count(t, "chmod", nargs, kw, 2, 2) < 0 || gp_os_int_arg(t, args[1], &mode) < 0)
    return GP_ERRV;
  return on_path(t, "chmod", args[0], mode, chmod_path);
}

static GpValue os_mkdir(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"path", "mode"};
  GpValue a[2];
  int mode = 0777;
  if (gp_parse_args(t, "mkdir", args, nargs, kw, names, 2, 1, a) < 0 ||
      (!GP_IS_ERR(a[1]) && gp_os_int_arg(t, a[1], &mode) < 0))
    return GP_ERRV;
  return on_path(t, "mkdir", a[0], mode, mkdir_path);
}

/* access(path, mode): whether the real user may, False for a missing path. */
static GpValue os_access(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  static const char *const names[] = {"path", "mode"};
  GpValue a[2], hold;
  int mode;
  if (gp_parse_args(t, "access", args, nargs, kw, names, 2, 2, a) < 0 ||
      gp_os_int_arg(t, a[1], &mode) < 0)
    return GP_ERRV;
  const char *p = path_of(t, "access", a[0], &hold);
  if (!p) return GP_ERRV;
  GpValue r = gp_boolv(access(p, mode) == 0);
  GP_DECREF(hold);
  return r;
}

/* readlink(path): what a symbolic link points to. */
static GpValue os_readlink(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue hold;
  if (gp_arg_one(t, "readlink", nargs, kw) < 0) return GP_ERRV;
  const char *p = path_of(t, "readlink", args[0], &hold);
  if (!p) return GP_ERRV;
  char buf[PATH_MAX];
  ssize_t n = readlink(p, buf, sizeof buf);
  GpValue r = n < 0 ? gp_raise_errno(t, errno, p) : gp_str_new(t, buf, (size_t)n);
  GP_DECREF(hold);
  return r;
}

/* OSError(errno, strerror, src, None, dst): "[Errno 2] ...: 'a' -> 'b'". */
static GpValue raise_two(GpThread *t, int err, GpValue src, GpValue dst) {
  GpValue msg = gp_str_cstr(t, strerror(err));
  if (GP_IS_ERR(msg)) return msg;
  GpValue a[5] = {gp_intv(err), msg, src, GP_NONEV, dst};
  GpValue e = gp_vm_call(t, gp_objv(&gp_exc_OSError.ob), a, 5, NULL);
  GP_DECREF(msg);
  if (GP_IS_ERR(e)) return e;
  gp_raise_value(t, e);
  GP_DECREF(e);
  return GP_ERRV;
}

/* The calls that take two paths, src and dst. */
static GpValue two_paths(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                         int (*call)(const char *, const char *)) {
  GpValue hs, hd;
  if (gp_arg_count(t, fn, nargs, kw, 2, 2) < 0) return GP_ERRV;
  const char *s = path_of(t, fn, args[0], &hs);
  if (!s) return GP_ERRV;
  const char *d = path_of(t, fn, args[1], &hd);
  GpValue r = !d ? GP_ERRV : call(s, d) < 0 ? raise_two(t, errno, args[0], args[1]) : GP_NONEV;
  GP_DECREF(hs);
  GP_DECREF(hd);
  return r;
}

static GpValue os_rename(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return two_paths(t, "rename", args, nargs, kw, rename);
}

static GpValue os_replace(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return two_paths(t, "replace", args, nargs, kw, rename);
}

static GpValue os_symlink(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return two_paths(t, "symlink", args, nargs, kw, symlink);
}

/* What _scandir gives of an entry: (name, its kind as stat's S_IF* bits,
** 0 if the file system does not say, inode). */
static GpValue typed_entry(GpThread *t, const struct dirent *e) {
  GpValue items[3] = {gp_str_cstr(t, e->d_name), gp_intv(DTTOIF(e->d_type)),
                      gp_intv((int64_t)e->d_ino)};
  if (GP_IS_ERR(items[0])) return items[0];
  GpValue tu = gp_tuple_pack(t, 3, items);
  GP_DECREF(items[0]);
  return tu;
}

/* The entries of directory path (None or missing: '.') in its own order,
** but . and ..: names, or typed_entry's tuples if typed. */
static GpValue dir_entries(GpThread *t, const char *fn, const GpValue *args, int nargs, GpObj *kw,
                           bool typed) {
  static const char *const names[] = {"path"};
  GpValue a[1], hold = GP_NONEV;
  if (gp_parse_args(t, fn, args, nargs, kw, names, 1, 0, a) < 0) return GP_ERRV;
  const char *p = GP_IS_ERR(a[0]) || GP_IS_NONE(a[0]) ? "." : path_of(t, fn, a[0], &hold);
  if (!p) return GP_ERRV;
  DIR *dir = opendir(p);
  GpValue l = dir ? gp_list_new(t, 0) : gp_raise_errno(t, errno, p);
  GP_DECREF(hold);
  struct dirent *e;
  while (!GP_IS_ERR(l) && (e = readdir(dir))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    GpValue v = typed ? typed_entry(t, e) : gp_str_cstr(t, e->d_name);
    if (GP_IS_ERR(v) || gp_list_append(t, l.as.o, v) < 0) {
      GP_DECREF(l);
      l = GP_ERRV;
    }
    GP_DECREF(v);
  }
  if (dir) closedir(dir);
  return l;
}

static GpValue os_listdir(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return dir_entries(t, "listdir", args, nargs, kw, false);
}

static GpValue os_scandir_entries(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  return dir_entries(t, "scandir", args, nargs, kw, true);
}

static GpValue time_of(const struct timespec *ts) {
  return gp_floatv((double)ts->tv_sec + (double)ts->tv_nsec * 1e-9);
}

static GpValue ns_of(const struct timespec *ts) {
  return gp_intv((int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec);
}

/* _stat(path_or_fd, follow): (mode, ino, dev, nlink, uid, gid, size, atime,
** mtime, ctime, atime_ns, mtime_ns, ctime_ns). */
static GpValue os_stat_fields(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  if (gp_arg_count(t, "_stat", nargs, kw, 2, 2) < 0) return GP_ERRV;
  struct stat st;
  int fd, r;
  GpValue hold = GP_NONEV;
  const char *p = NULL;
  if (GP_IS_INT(args[0])) {
    if (gp_os_int_arg(t, args[0], &fd) < 0) return GP_ERRV;
    r = fstat(fd, &st);
  } else {
    int follow = gp_truthy(t, args[1]);
    if (follow < 0 || !(p = path_of(t, "stat", args[0], &hold))) return GP_ERRV;
    r = follow ? stat(p, &st) : lstat(p, &st);
  }
  GpValue res = r < 0 ? gp_raise_errno(t, errno, p) : gp_tuple_new(t, 13);
  GP_DECREF(hold);
  if (GP_IS_ERR(res)) return res;
  GpValue f[13] = {gp_intv(st.st_mode),
                   gp_intv((int64_t)st.st_ino),
                   gp_intv((int64_t)st.st_dev),
                   gp_intv((int64_t)st.st_nlink),
                   gp_intv(st.st_uid),
                   gp_intv(st.st_gid),
                   gp_intv((int64_t)st.st_size),
                   time_of(&st.st_atim),
                   time_of(&st.st_mtim),
                   time_of(&st.st_ctim),
                   ns_of(&st.st_atim),
                   ns_of(&st.st_mtim),
                   ns_of(&st.st_ctim)};
  for (int i = 0; i < 13; i++)
    GP_TUPLE(res)->items[i] = f[i];
  return res;
}

/* _realpath(path): the path with its symbolic links resolved, or None
** when a part of it does not exist (posixpath finishes it lexically). */
GpValue gp_os_realpath(GpThread *t, const GpValue *args, int nargs, GpObj *kw) {
  GpValue hold;
  if (gp_arg_one(t, "_realpath", nargs, kw) < 0) return GP_ERRV;
  const char *p = path_of(t, "realpath", args[0], &hold);
  if (!p) return GP_ERRV;
  char *r = realpath(p, NULL);
  GP_DECREF(hold);
  GpValue v = r ? gp_str_cstr(t, r) : GP_NONEV;
  free(r);
  return v;
}

static const GpMethodDef file_functions[] = {
    {"open", os_open},
    {"read", os_read},
    {"write", os_write},
    {"close", os_close},
    {"pipe", os_pipe},
    {"fsync", os_fsync},
    {"lseek", os_lseek},
    {"ftruncate", os_ftruncate},
    {"isatty", os_isatty},
    {"_terminal_size", os_terminal_size},
    {"remove", os_remove},
    {"unlink", os_unlink},
    {"rmdir", os_rmdir},
    {"mkdir", os_mkdir},
    {"chdir", os_chdir},
    {"chmod", os_chmod},
    {"rename", os_rename},
    {"replace", os_replace},
    {"symlink", os_symlink},
    {"readlink", os_readlink},
    {"access", os_access},
    {"listdir", os_listdir},
    {"_scandir", os_scandir_entries},
    {"_stat", os_stat_fields},
    {NULL, NULL},
};

int gp_os_add_files(GpThread *t, GpObj *d) {
  static const struct {
    const char *name;
    int value;
  } consts[] = {
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},   {"O_RDWR", O_RDWR},
      {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},       {"O_TRUNC", O_TRUNC},
      {"O_APPEND", O_APPEND}, {"O_CLOEXEC", O_CLOEXEC}, {"O_NONBLOCK", O_NONBLOCK},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR},   {"SEEK_END", SEEK_END},
      {"F_OK", F_OK},         {"R_OK", R_OK},           {"W_OK", W_OK},
      {"X_OK", X_OK},
  };
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++)
    if (gp_module_set(t, d, consts[i].name, gp_intv(consts[i].value)) < 0) return -1;
  return gp_module_add_functions(t, d, file_functions);
}
