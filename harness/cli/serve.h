/* serve.h — `gilbench serve`: the loopback server alone, until a signal. */
#ifndef GB_SERVE_H
#define GB_SERVE_H

int gb_serve_main(double latency_ms, int port);

#endif
