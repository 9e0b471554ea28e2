/*
** info.h — what the results say about the machine and the tool, and the
** `gilbench info` command that prints it.
*/
#ifndef GB_INFO_H
#define GB_INFO_H

#include <jansson.h>
#include <stdbool.h>

#include "topo.h"

json_t *gb_info_machine(GbTopo *tp); /* the results' "machine" block */
json_t *gb_info_tool(void);          /* the results' "tool" block */
json_t *gb_info_timer(void);         /* the clock's resolution and read cost */
/* gilbench info: text, or the same data as JSON. Returns the exit status. */
int gb_info_print(GbTopo *tp, bool json);

#endif
