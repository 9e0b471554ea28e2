/*
** forkpipe.c — a child process with pipes to it: the loopback server's
** process, the workload preflight and the CPython driver each make pipes,
** flush stdio and fork, and fail alike when either step does.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gb.h"

static void gb_close_pipes(int fds[][2], int n) {
  for (int i = 0; i < n; i++) {
    close(fds[i][0]);
    close(fds[i][1]);
  }
}

pid_t gb_fork_pipes(int fds[][2], int n, char *err, size_t errlen) {
  for (int i = 0; i < n; i++)
    if (pipe2(fds[i], O_CLOEXEC) < 0) {
      snprintf(err, errlen, "pipe: %s", strerror(errno));
      gb_close_pipes(fds, i);
      return -1;
    }
  fflush(NULL); /* or the child would write the parent's buffered output again */
  pid_t pid = fork();
  if (pid < 0) {
    snprintf(err, errlen, "fork: %s", strerror(errno));
    gb_close_pipes(fds, n);
  }
  return pid;
}
