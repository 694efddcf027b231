// The time module, as MicroPython has it: time(), time_ns(), sleep(), sleep_ms(), sleep_us(),
// the ticks_*() counters and their wrapping arithmetic, CircuitPython's monotonic(), and
// gmtime(), localtime() and mktime() on 8-tuples (year, month, mday, hour, minute, second,
// weekday 0..6 from Monday, yearday 1..366). The clocks, the local time zone and sleeping
// come from the port's hooks (obj/port.h); nothing here reads a clock itself.
//
// The ticks counters wrap at TICKS_PERIOD = 2**30 on every build, as MicroPython's do on a
// 32-bit board, so a program behaves the same on the host and the board: ticks_diff()
// gives a signed difference in [-2**29, 2**29), ticks_add() a value in [0, 2**30).
#include "lib/modules.h"
#include "obj/number.h"
#include "obj/port.h"
#include "obj/sequence.h"
#include "obj/tuple.h"

#include <math.h>

#define TICKS_PERIOD ((int64_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define NS_PER_SECOND 1000000000

// ---- The port's clocks ----------------------------------------------------------------------

static uint64_t clock_ns(const mn_runtime_t *runtime, mn_clock_t clock) {
    const mn_port_t *port = runtime->port;
    return port != NULL && port->clock_ns != NULL ? port->clock_ns(port->context, clock) : 0;
}

static int64_t wall_ns(const mn_runtime_t *runtime) {
    const mn_port_t *port = runtime->port;
    return port != NULL && port->time_ns != NULL ? port->time_ns(port->context) : 0;
}

static int32_t utc_offset(const mn_runtime_t *runtime, int64_t seconds) {
    const mn_port_t *port = runtime->port;
    return port != NULL && port->utc_offset != NULL ? port->utc_offset(port->context, seconds) : 0;
}

static void sleep_ns(const mn_runtime_t *runtime, uint64_t nanoseconds) {
    const mn_port_t *port = runtime->port;
    if (port != NULL && port->sleep_ns != NULL && nanoseconds > 0) {
        port->sleep_ns(port->context, nanoseconds);
    }
}

// An int argument as an int64_t: TypeError "'X' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C long". may trigger a gc (only to raise)
static bool int_arg(mn_runtime_t *runtime, mn_value_t value, int64_t *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    if (!mn_int_to_int64(value, out)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "Python int too large to convert to C long");
        return false;
    }
    return true;
}

// ---- time(), monotonic() and the ticks ------------------------------------------------------

static mn_value_t time_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return mn_float_new(runtime, (double)wall_ns(runtime) / NS_PER_SECOND);
}

static mn_value_t time_ns_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return mn_int_from_int64(runtime, wall_ns(runtime));
}

static mn_value_t monotonic_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return mn_float_new(runtime, (double)clock_ns(runtime, MN_CLOCK_MONOTONIC) / NS_PER_SECOND);
}

static mn_value_t monotonic_ns_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                      mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return mn_int_from_uint64(runtime, clock_ns(runtime, MN_CLOCK_MONOTONIC));
}

static mn_value_t ticks(const mn_runtime_t *runtime, mn_clock_t clock, uint64_t unit_ns) {
    return mn_small_int((mn_small_int_t)((clock_ns(runtime, clock) / unit_ns) & TICKS_MASK));
}

static mn_value_t ticks_ms_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return ticks(runtime, MN_CLOCK_MONOTONIC, 1000000);
}

static mn_value_t ticks_us_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return ticks(runtime, MN_CLOCK_MONOTONIC, 1000);
}

static mn_value_t ticks_cpu_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    return ticks(runtime, MN_CLOCK_CPU, 1);
}

// ticks_add(ticks, delta): (ticks + delta) modulo the period. The delta must be one that
// ticks_diff() can give back: OverflowError "ticks interval overflow" otherwise.
static mn_value_t ticks_add_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count, (void)keywords;
    int64_t base, delta;
    if (!int_arg(runtime, args[0], &base) || !int_arg(runtime, args[1], &delta)) {
        return MN_EXCEPTION;
    }
    if (delta <= -TICKS_PERIOD / 2 || delta >= TICKS_PERIOD / 2) {
        return mn_raise(runtime, &mn_type_OverflowError, "ticks interval overflow");
    }
    return mn_small_int((mn_small_int_t)(((uint64_t)base + (uint64_t)delta) & TICKS_MASK));
}

// ticks_diff(end, start): end - start as a signed distance in [-period/2, period/2).
static mn_value_t ticks_diff_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count, (void)keywords;
    int64_t end, start;
    if (!int_arg(runtime, args[0], &end) || !int_arg(runtime, args[1], &start)) {
        return MN_EXCEPTION;
    }
    uint64_t distance = ((uint64_t)end - (uint64_t)start + TICKS_PERIOD / 2) & TICKS_MASK;
    return mn_small_int((mn_small_int_t)distance - (mn_small_int_t)(TICKS_PERIOD / 2));
}

// ---- Sleeping -------------------------------------------------------------------------------

// sleep(seconds): CPython's errors for NaN, negative and huge values.
static mn_value_t sleep_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count, (void)keywords;
    double seconds;
    if (!mn_number_is(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "'%T' object cannot be interpreted as an integer", args[0]);
    }
    if (!mn_float_value(runtime, args[0], &seconds)) {
        return MN_EXCEPTION;
    }
    if (isnan(seconds)) {
        return mn_raise(runtime, &mn_type_ValueError, "Invalid value NaN (not a number)");
    }
    if (seconds < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "sleep length must be non-negative");
    }
    if (seconds * NS_PER_SECOND >= 9.2e18) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "timestamp too large to convert to C _PyTime_t");
    }
    sleep_ns(runtime, (uint64_t)(seconds * NS_PER_SECOND));
    return MN_NONE;
}

// sleep_ms(ms) and sleep_us(us): ints; a negative time does not sleep (MicroPython).
static mn_value_t sleep_units(mn_runtime_t *runtime, mn_value_t value, uint64_t unit_ns) {
    int64_t amount;
    if (!int_arg(runtime, value, &amount)) {
        return MN_EXCEPTION;
    }
    if (amount > 0) {
        uint64_t limit = UINT64_MAX / unit_ns;
        sleep_ns(runtime, ((uint64_t)amount > limit ? limit : (uint64_t)amount) * unit_ns);
    }
    return MN_NONE;
}

static mn_value_t sleep_ms_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count, (void)keywords;
    return sleep_units(runtime, args[0], 1000000);
}

static mn_value_t sleep_us_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count, (void)keywords;
    return sleep_units(runtime, args[0], 1000);
}

// ---- Calendar -------------------------------------------------------------------------------
//
// Dates of the proleptic Gregorian calendar to and from days since 1970-01-01, after Howard
// Hinnant's days_from_civil / civil_from_days: exact over the whole int64 range used here.

static int64_t floor_divide(int64_t a, int64_t b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static int64_t days_from_civil(int64_t year, int64_t month, int64_t day) {
    year -= month <= 2;
    int64_t era = floor_divide(year, 400);
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

static void civil_from_days(int64_t days, int64_t *year, int *month, int *day) {
    days += 719468;
    int64_t era = floor_divide(days, 146097);
    int64_t day_of_era = days - era * 146097;
    int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int64_t month_index = (5 * day_of_year + 2) / 153;
    *day = (int)(day_of_year - (153 * month_index + 2) / 5 + 1);
    *month = (int)(month_index < 10 ? month_index + 3 : month_index - 9);
    *year = year_of_era + era * 400 + (*month <= 2);
}

static bool is_leap(int64_t year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// Years beyond these are refused: the tuple's year stays a small int on every build, and
// seconds * 10**9 and the day arithmetic stay far from int64's limits.
#define YEAR_LIMIT ((int64_t)100000000)

// The 8-tuple of `seconds` since the epoch, shifted by `offset` seconds. may trigger a gc
static mn_value_t time_tuple(mn_runtime_t *runtime, int64_t seconds) {
    int64_t days = floor_divide(seconds, 86400);
    int64_t in_day = seconds - days * 86400;
    int64_t year;
    int month, day;
    civil_from_days(days, &year, &month, &day);
    if (year <= -YEAR_LIMIT || year >= YEAR_LIMIT) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "timestamp out of range for platform time_t");
    }
    static const int days_before_month[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int64_t fields[8] = {
        year,
        month,
        day,
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60,
        (days % 7 + 7 + 3) % 7, // 1970-01-01 was a Thursday
        days_before_month[month - 1] + day + (month > 2 && is_leap(year)),
    };
    mn_tuple_t *tuple = mn_tuple_new(runtime, 8);
    if (tuple == NULL) {
        return mn_raise_memory_error(runtime);
    }
    for (size_t i = 0; i < 8; i++) {
        tuple->items[i] = mn_small_int((mn_small_int_t)fields[i]);
    }
    return mn_object_value(tuple);
}

// The optional seconds argument of gmtime() and localtime(): now when absent or None; a
// float is floored. may trigger a gc (only to raise)
static bool seconds_arg(mn_runtime_t *runtime, const mn_value_t *args, size_t count,
                        int64_t *seconds) {
    if (count == 0 || args[0] == MN_NONE) {
        *seconds = floor_divide(wall_ns(runtime), NS_PER_SECOND);
        return true;
    }
    if (mn_float_is(args[0])) {
        double value = floor(mn_float_get(args[0]));
        if (isnan(value)) {
            (void)mn_raise(runtime, &mn_type_ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        if (!(value > -9.2e18 && value < 9.2e18)) {
            (void)mn_raise(runtime, &mn_type_OverflowError,
                           "timestamp out of range for platform time_t");
            return false;
        }
        *seconds = (int64_t)value;
        return true;
    }
    if (!mn_int_is(args[0])) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", args[0]);
        return false;
    }
    if (!mn_int_to_int64(args[0], seconds)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "timestamp out of range for platform time_t");
        return false;
    }
    return true;
}

static mn_value_t gmtime_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    int64_t seconds;
    if (!seconds_arg(runtime, args, count, &seconds)) {
        return MN_EXCEPTION;
    }
    return time_tuple(runtime, seconds);
}

static mn_value_t localtime_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)keywords;
    int64_t seconds;
    if (!seconds_arg(runtime, args, count, &seconds)) {
        return MN_EXCEPTION;
    }
    if (seconds < INT64_MIN / 2 || seconds > INT64_MAX / 2) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "timestamp out of range for platform time_t");
    }
    return time_tuple(runtime, seconds + utc_offset(runtime, seconds));
}

// mktime(tuple): the seconds since the epoch (an int, as MicroPython gives) of a local time
// given as an 8- or 9-tuple (weekday, yearday and a daylight-saving flag are ignored; the
// other fields may lie outside their ranges and carry over, as C's mktime does).
static mn_value_t mktime_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count, (void)keywords;
    mn_value_t *items;
    size_t length;
    if (!mn_tuple_is(args[0])) {
        return mn_raise(runtime, &mn_type_TypeError, "Tuple or struct_time argument required");
    }
    if (!mn_sequence_view(args[0], &items, &length) || (length != 8 && length != 9)) {
        return mn_raise(runtime, &mn_type_TypeError, "mktime(): illegal time tuple argument");
    }
    int64_t fields[6];
    for (size_t i = 0; i < 6; i++) {
        if (!int_arg(runtime, ((const mn_tuple_t *)mn_object(args[0]))->items[i], &fields[i])) {
            return MN_EXCEPTION;
        }
        if (fields[i] <= -YEAR_LIMIT * 400 || fields[i] >= YEAR_LIMIT * 400) {
            return mn_raise(runtime, &mn_type_OverflowError, "mktime argument out of range");
        }
    }
    int64_t month_index = fields[1] - 1;
    int64_t year = fields[0] + floor_divide(month_index, 12);
    int64_t month = month_index - floor_divide(month_index, 12) * 12 + 1;
    int64_t local = days_from_civil(year, month, 1) * 86400 + (fields[2] - 1) * 86400 +
                    fields[3] * 3600 + fields[4] * 60 + fields[5];
    // The offset at the instant itself: estimate it at the local reading, then correct once.
    int64_t guess = local - utc_offset(runtime, local);
    int64_t seconds = local - utc_offset(runtime, guess);
    return mn_int_from_int64(runtime, seconds);
}

// ---- The module -----------------------------------------------------------------------------

static MN_NATIVE(time_fn, MN_QSTR_time, 0, 0, 0, time_native);
static MN_NATIVE(sleep_fn, MN_QSTR_sleep, 1, 1, 0, sleep_native);
static MN_NATIVE(gmtime_fn, MN_QSTR_gmtime, 0, 1, 0, gmtime_native);
static MN_NATIVE(mktime_fn, MN_QSTR_mktime, 1, 1, 0, mktime_native);
static MN_NATIVE(time_ns_fn, MN_QSTR_time_ns, 0, 0, 0, time_ns_native);
static MN_NATIVE(sleep_ms_fn, MN_QSTR_sleep_ms, 1, 1, 0, sleep_ms_native);
static MN_NATIVE(sleep_us_fn, MN_QSTR_sleep_us, 1, 1, 0, sleep_us_native);
static MN_NATIVE(ticks_ms_fn, MN_QSTR_ticks_ms, 0, 0, 0, ticks_ms_native);
static MN_NATIVE(ticks_us_fn, MN_QSTR_ticks_us, 0, 0, 0, ticks_us_native);
static MN_NATIVE(localtime_fn, MN_QSTR_localtime, 0, 1, 0, localtime_native);
static MN_NATIVE(monotonic_fn, MN_QSTR_monotonic, 0, 0, 0, monotonic_native);
static MN_NATIVE(ticks_add_fn, MN_QSTR_ticks_add, 2, 2, 0, ticks_add_native);
static MN_NATIVE(ticks_cpu_fn, MN_QSTR_ticks_cpu, 0, 0, 0, ticks_cpu_native);
static MN_NATIVE(ticks_diff_fn, MN_QSTR_ticks_diff, 2, 2, 0, ticks_diff_native);
static MN_NATIVE(monotonic_ns_fn, MN_QSTR_monotonic_ns, 0, 0, 0, monotonic_ns_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t time_attrs[] = {
    MN_ATTR(MN_QSTR_time, &time_fn),
    MN_ATTR(MN_QSTR_sleep, &sleep_fn),
    MN_ATTR(MN_QSTR_gmtime, &gmtime_fn),
    MN_ATTR(MN_QSTR_mktime, &mktime_fn),
    MN_ATTR(MN_QSTR_time_ns, &time_ns_fn),
    MN_ATTR(MN_QSTR_sleep_ms, &sleep_ms_fn),
    MN_ATTR(MN_QSTR_sleep_us, &sleep_us_fn),
    MN_ATTR(MN_QSTR_ticks_ms, &ticks_ms_fn),
    MN_ATTR(MN_QSTR_ticks_us, &ticks_us_fn),
    MN_ATTR(MN_QSTR_localtime, &localtime_fn),
    MN_ATTR(MN_QSTR_monotonic, &monotonic_fn),
    MN_ATTR(MN_QSTR_ticks_add, &ticks_add_fn),
    MN_ATTR(MN_QSTR_ticks_cpu, &ticks_cpu_fn),
    MN_ATTR(MN_QSTR_ticks_diff, &ticks_diff_fn),
    MN_ATTR(MN_QSTR_monotonic_ns, &monotonic_ns_fn),
};
MN_ATTR_TABLE(time_attr_table, time_attrs);

const mn_rom_module_t mn_module_time = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_time),
    .attrs = &time_attr_table,
};
