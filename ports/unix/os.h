// The unix port's clocks, sleep and file system for the time and os modules (obj/port.h).
#ifndef MN_UNIX_OS_H
#define MN_UNIX_OS_H

#include "obj/port.h"

extern const mn_os_port_t mn_unix_os;

uint64_t mn_unix_clock_ns(void *context, mn_clock_t clock);
int64_t mn_unix_time_ns(void *context);
int32_t mn_unix_utc_offset(void *context, int64_t seconds);
void mn_unix_sleep_ns(void *context, uint64_t nanoseconds);

#endif
