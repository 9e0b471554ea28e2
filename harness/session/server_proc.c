/*
** server_proc.c — the loopback server's process (see server_proc.h).
**
** Protocol with the child, over a pipe: the child starts the server and
** writes one frame, the port (2 bytes, 0 if it failed) and on failure the
** reason, then closes its end and waits for SIGTERM. The parent reads the
** frame, so the port is known and listening before any run starts.
*/
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "gb.h"
#include "server_proc.h"

#define GB_SERVER_GRACE_MS 2000

static void gb_server_child(const GbServerOptions *o, int fd, pid_t parent) {
  signal(SIGINT, SIG_IGN);
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  sigset_t term;
  sigemptyset(&term);
  sigaddset(&term, SIGTERM);
  sigprocmask(SIG_BLOCK, &term, NULL); /* taken by sigwait below */
  char msg[258] = {0};
  GbServer *s = getppid() == parent ? gb_server_start(o, msg + 2, sizeof msg - 2) : NULL;
  uint16_t port = s ? gb_server_port(s) : 0;
  memcpy(msg, &port, 2);
  size_t len = s ? 2 : 2 + strlen(msg + 2);
  if (write(fd, msg, len) != (ssize_t)len) _exit(1);
  close(fd);
  if (!s) _exit(1);
  int sig;
  sigwait(&term, &sig);
  gb_server_stop(s);
  _exit(0);
}

int gb_server_proc_start(const GbServerOptions *o, GbServerProc *p, char *err, size_t errlen) {
  int pipes[1][2], *fds = pipes[0];
  *p = (GbServerProc){0};
  pid_t parent = getpid();
  pid_t pid = gb_fork_pipes(pipes, 1, err, errlen);
  if (pid < 0) return -1;
  if (pid == 0) {
    close(fds[0]);
    gb_server_child(o, fds[1], parent);
  }
  close(fds[1]);
  char msg[258] = {0};
  size_t got = 0;
  for (ssize_t n; got < sizeof msg - 1; got += (size_t)n) {
    n = read(fds[0], msg + got, sizeof msg - 1 - got);
    if (n < 0 && errno == EINTR)
      n = 0;
    else if (n <= 0)
      break;
  }
  close(fds[0]);
  uint16_t port = 0;
  if (got >= 2) memcpy(&port, msg, 2);
  p->pid = pid;
  if (port == 0) {
    snprintf(err, errlen, "%s", got > 2 ? msg + 2 : "its process exited before it listened");
    gb_server_proc_stop(p);
    return -1;
  }
  p->port = port;
  return 0;
}

void gb_server_proc_stop(GbServerProc *p) {
  if (p->pid <= 0) return;
  kill(p->pid, SIGTERM);
  struct timespec tick = {0, 10 * 1000 * 1000};
  int st;
  for (int waited = 0; waitpid(p->pid, &st, WNOHANG) == 0; waited += 10) {
    if (waited >= GB_SERVER_GRACE_MS) {
      kill(p->pid, SIGKILL);
      waitpid(p->pid, &st, 0);
      break;
    }
    nanosleep(&tick, NULL);
  }
  p->pid = 0;
}
