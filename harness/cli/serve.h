/* serve.h — `gilbench serve`: the loopback server alone, until a signal. */
#ifndef GB_SERVE_H
#define GB_SERVE_H

#include "server.h"

int gb_serve_main(const GbServerOptions *o);

#endif
