// Tests of Python's float (src/obj/float.c) and of the number dispatch the VM calls
// (mn_number_*): arithmetic with CPython's special cases and errors, ints mixed with floats
// (converted exactly, compared without conversion), hashes equal to CPython's, text both
// ways, round(), the 12-byte layout on 32-bit targets, and MemoryError.
//
// The tables were computed with CPython 3.11.7 (the Python expression is in each table's
// comment). Results are written as CPython prints them, an exception as "!Type: message";
// where CPython gives a complex (a negative number to a fractional power), the table has
// Minnow's ValueError. Operands "2**1100" and "-2**1100" are ints the test computes.
// The same tests run in the GC-stress build, where every allocation moves every object.
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "obj/exception.h"
#include "obj/float_text.h"
#include "obj/int.h"
#include "obj/number.h"
#include "obj/str.h"
#include "obj/tuple.h"
#include "testing.h"

static mn_runtime_t runtime;
static mn_word_t arena[64 * 1024 / sizeof(mn_word_t)];

// The values of a test live in a root region: the collector updates them when they move.
#define SLOT_COUNT 8
static mn_value_t slots[SLOT_COUNT];
static size_t slot_count = SLOT_COUNT;

static bool setup(size_t bytes) {
    memset(slots, 0, sizeof slots);
    return mn_runtime_init(&runtime, arena, bytes) &&
           mn_root_add_region(&runtime.heap, slots, &slot_count);
}

// A str value of C text. may trigger a gc
static mn_value_t str_of(const char *text, size_t length) {
    mn_str_t *str = mn_str_new(&runtime, text, length);
    return str != NULL ? mn_object_value(str) : mn_raise_memory_error(&runtime);
}

// The number written as text: a float's repr, an int in decimal, True, False, 2**1100 or
// -2**1100. may trigger a gc
static mn_value_t number_of(const char *text) {
    if (strcmp(text, "True") == 0 || strcmp(text, "False") == 0) {
        return text[0] == 'T' ? MN_TRUE : MN_FALSE;
    }
    if (strstr(text, "2**1100") != NULL) {
        mn_value_t two = mn_small_int(2);
        mn_value_t exponent = mn_small_int(1100);
        slots[5] = mn_int_binary(&runtime, MN_BINARY_POWER, &two, &exponent);
        mn_value_t result =
            text[0] == '-' ? mn_int_unary(&runtime, MN_UNARY_NEGATIVE, &slots[5]) : slots[5];
        slots[5] = MN_NULL;
        return result;
    }
    slots[5] = str_of(text, strlen(text));
    mn_value_t result = strpbrk(text, ".en") != NULL ? mn_float_parse_str(&runtime, &slots[5])
                                                     : mn_int_parse(&runtime, &slots[5], 10);
    slots[5] = MN_NULL;
    return result;
}

static char text_buffer[4096];

// Appends the text of the value in slots[slot] to text_buffer at *length. may trigger a gc
static void describe_into(int slot, size_t *length) {
    char *out = text_buffer + *length;
    size_t room = sizeof text_buffer - *length;
    mn_value_t value = slots[slot];
    if (value == MN_EXCEPTION) {
        mn_value_t exception = mn_exception_pending(&runtime);
        const mn_str_t *name = mn_type_name(mn_exception_type(exception));
        const mn_str_t *message = mn_exception_message(exception);
        *length += (size_t)snprintf(out, room, "!%.*s: %.*s", (int)mn_str_length(name), name->bytes,
                                    message != NULL ? (int)mn_str_length(message) : 0,
                                    message != NULL ? message->bytes : "");
        mn_exception_clear(&runtime);
    } else if (value == MN_TRUE || value == MN_FALSE) {
        *length += (size_t)snprintf(out, room, "%s", value == MN_TRUE ? "True" : "False");
    } else if (value == MN_NOT_IMPLEMENTED) {
        *length += (size_t)snprintf(out, room, "NotImplemented");
    } else if (mn_float_is(value)) {
        mn_value_t str = mn_float_to_str(&runtime, mn_float_get(value));
        if (str == MN_EXCEPTION) {
            slots[slot] = MN_EXCEPTION;
            describe_into(slot, length);
            return;
        }
        const mn_str_t *text = mn_object(str);
        *length += (size_t)snprintf(out, room, "%.*s", (int)mn_str_length(text), text->bytes);
    } else if (mn_is_tagged(value, MN_TAG_TUPLE)) {
        size_t items = mn_tuple_length(mn_object(value));
        *length += (size_t)snprintf(out, room, "(");
        for (size_t i = 0; i < items; i++) {
            slots[slot + 1] = ((mn_tuple_t *)mn_object(slots[slot]))->items[i];
            describe_into(slot + 1, length);
            if (i + 1 < items) {
                *length +=
                    (size_t)snprintf(text_buffer + *length, sizeof text_buffer - *length, ", ");
            }
        }
        *length += (size_t)snprintf(text_buffer + *length, sizeof text_buffer - *length, ")");
    } else if (mn_int_is(value)) {
        mn_value_t str = mn_int_to_str(&runtime, &slots[slot], 10, false);
        if (str == MN_EXCEPTION) {
            slots[slot] = MN_EXCEPTION;
            describe_into(slot, length);
            return;
        }
        const mn_str_t *text = mn_object(str);
        size_t text_length = mn_str_length(text);
        if (text_length <= 60) {
            *length += (size_t)snprintf(out, room, "%.*s", (int)text_length, text->bytes);
        } else {
            mn_int_view_t view;
            mn_int_view(&view, slots[slot]);
            *length += (size_t)snprintf(
                out, room, "#%zu:%lld", text_length,
                (long long)mn_bigint_hash(view.digits, view.count, view.negative, true));
        }
    } else {
        *length += (size_t)snprintf(out, room, "?not a number");
    }
}

// The text of a result as the tables write it (valid until the next call). may trigger a gc
static const char *describe(mn_value_t value) {
    slots[SLOT_COUNT - 2] = value;
    size_t length = 0;
    describe_into(SLOT_COUNT - 2, &length);
    slots[SLOT_COUNT - 2] = slots[SLOT_COUNT - 1] = MN_NULL;
    return text_buffer;
}

// Checks the text of a result (testing.h, CHECK_STRING).
#define CHECK_TEXT(actual, expected, ...) CHECK_STRING(describe(actual), expected, __VA_ARGS__)

typedef struct binary_row {
    const char *a;
    const char *b;
    const char *results[8]; // + - * / // % ** divmod
} binary_row_t;

typedef struct compare_row {
    const char *a;
    const char *b;
    int order; // -1, 0, 1, or 2 when unordered (a NaN)
} compare_row_t;

typedef struct hash_row {
    const char *x;
    const char *hash64;
    const char *hash32;
} hash_row_t;

// clang-format off
// {a, b, a + b, a - b, a * b, a / b, a // b, a % b, a ** b, divmod(a, b)} for a and b in
// [0.0, -0.0, 1.5, -2.5, 3.0, 1e308, inf, -inf, nan, 0, 3, -7, True, 10**30, 2**1100], one
// of them a float
static const binary_row_t binary_rows[] = {
    {"0.0", "0.0", {"0.0", "0.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"0.0", "-0.0", {"0.0", "0.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"0.0", "1.5", {"1.5", "-1.5", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "-2.5", {"-2.5", "2.5", "-0.0", "-0.0", "-0.0", "-0.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power", "(-0.0, -0.0)"}},
    {"0.0", "3.0", {"3.0", "-3.0", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "1e+308", {"1e+308", "-1e+308", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "inf", {"inf", "-inf", "nan", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "-inf", {"-inf", "inf", "nan", "-0.0", "-0.0", "-0.0", "inf", "(-0.0, -0.0)"}},
    {"0.0", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"0.0", "0", {"0.0", "0.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"0.0", "3", {"3.0", "-3.0", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "-7", {"-7.0", "7.0", "-0.0", "-0.0", "-0.0", "-0.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power", "(-0.0, -0.0)"}},
    {"0.0", "True", {"1.0", "-1.0", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "1000000000000000000000000000000", {"1e+30", "-1e+30", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0.0", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"-0.0", "0.0", {"0.0", "-0.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-0.0", "-0.0", {"-0.0", "0.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-0.0", "1.5", {"1.5", "-1.5", "-0.0", "-0.0", "-0.0", "0.0", "0.0", "(-0.0, 0.0)"}},
    {"-0.0", "-2.5", {"-2.5", "2.5", "0.0", "0.0", "0.0", "-0.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power", "(0.0, -0.0)"}},
    {"-0.0", "3.0", {"3.0", "-3.0", "-0.0", "-0.0", "-0.0", "0.0", "-0.0", "(-0.0, 0.0)"}},
    {"-0.0", "1e+308", {"1e+308", "-1e+308", "-0.0", "-0.0", "-0.0", "0.0", "0.0", "(-0.0, 0.0)"}},
    {"-0.0", "inf", {"inf", "-inf", "nan", "-0.0", "-0.0", "0.0", "0.0", "(-0.0, 0.0)"}},
    {"-0.0", "-inf", {"-inf", "inf", "nan", "0.0", "0.0", "-0.0", "inf", "(0.0, -0.0)"}},
    {"-0.0", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"-0.0", "0", {"0.0", "-0.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-0.0", "3", {"3.0", "-3.0", "-0.0", "-0.0", "-0.0", "0.0", "-0.0", "(-0.0, 0.0)"}},
    {"-0.0", "-7", {"-7.0", "7.0", "0.0", "0.0", "0.0", "-0.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power", "(0.0, -0.0)"}},
    {"-0.0", "True", {"1.0", "-1.0", "-0.0", "-0.0", "-0.0", "0.0", "-0.0", "(-0.0, 0.0)"}},
    {"-0.0", "1000000000000000000000000000000", {"1e+30", "-1e+30", "-0.0", "-0.0", "-0.0", "0.0", "0.0", "(-0.0, 0.0)"}},
    {"-0.0", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"1.5", "0.0", {"1.5", "1.5", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1.5", "-0.0", {"1.5", "1.5", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1.5", "1.5", {"3.0", "0.0", "2.25", "1.0", "1.0", "0.0", "1.8371173070873836", "(1.0, 0.0)"}},
    {"1.5", "-2.5", {"-1.0", "4.0", "-3.75", "-0.6", "-1.0", "-1.0", "0.36288736930121157", "(-1.0, -1.0)"}},
    {"1.5", "3.0", {"4.5", "-1.5", "4.5", "0.5", "0.0", "1.5", "3.375", "(0.0, 1.5)"}},
    {"1.5", "1e+308", {"1e+308", "-1e+308", "1.5e+308", "1.5e-308", "0.0", "1.5", "!OverflowError: (34, 'Numerical result out of range')", "(0.0, 1.5)"}},
    {"1.5", "inf", {"inf", "-inf", "inf", "0.0", "0.0", "1.5", "inf", "(0.0, 1.5)"}},
    {"1.5", "-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "0.0", "(-1.0, -inf)"}},
    {"1.5", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"1.5", "0", {"1.5", "1.5", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1.5", "3", {"4.5", "-1.5", "4.5", "0.5", "0.0", "1.5", "3.375", "(0.0, 1.5)"}},
    {"1.5", "-7", {"-5.5", "8.5", "-10.5", "-0.21428571428571427", "-1.0", "-5.5", "0.05852766346593507", "(-1.0, -5.5)"}},
    {"1.5", "True", {"2.5", "0.5", "1.5", "1.5", "1.0", "0.5", "1.5", "(1.0, 0.5)"}},
    {"1.5", "1000000000000000000000000000000", {"1e+30", "-1e+30", "1.5000000000000002e+30", "1.5e-30", "0.0", "1.5", "!OverflowError: (34, 'Numerical result out of range')", "(0.0, 1.5)"}},
    {"1.5", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"-2.5", "0.0", {"-2.5", "-2.5", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-2.5", "-0.0", {"-2.5", "-2.5", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-2.5", "1.5", {"-1.0", "-4.0", "-3.75", "-1.6666666666666667", "-2.0", "0.5", "!ValueError: negative number cannot be raised to a fractional power", "(-2.0, 0.5)"}},
    {"-2.5", "-2.5", {"-5.0", "0.0", "6.25", "1.0", "1.0", "-0.0", "!ValueError: negative number cannot be raised to a fractional power", "(1.0, -0.0)"}},
    {"-2.5", "3.0", {"0.5", "-5.5", "-7.5", "-0.8333333333333334", "-1.0", "0.5", "-15.625", "(-1.0, 0.5)"}},
    {"-2.5", "1e+308", {"1e+308", "-1e+308", "-inf", "-2.5e-308", "-1.0", "1e+308", "!OverflowError: (34, 'Numerical result out of range')", "(-1.0, 1e+308)"}},
    {"-2.5", "inf", {"inf", "-inf", "-inf", "-0.0", "-1.0", "inf", "inf", "(-1.0, inf)"}},
    {"-2.5", "-inf", {"-inf", "inf", "inf", "0.0", "0.0", "-2.5", "0.0", "(0.0, -2.5)"}},
    {"-2.5", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"-2.5", "0", {"-2.5", "-2.5", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-2.5", "3", {"0.5", "-5.5", "-7.5", "-0.8333333333333334", "-1.0", "0.5", "-15.625", "(-1.0, 0.5)"}},
    {"-2.5", "-7", {"-9.5", "4.5", "17.5", "0.35714285714285715", "0.0", "-2.5", "-0.0016384", "(0.0, -2.5)"}},
    {"-2.5", "True", {"-1.5", "-3.5", "-2.5", "-2.5", "-3.0", "0.5", "-2.5", "(-3.0, 0.5)"}},
    {"-2.5", "1000000000000000000000000000000", {"1e+30", "-1e+30", "-2.5e+30", "-2.5e-30", "-1.0", "1e+30", "!OverflowError: (34, 'Numerical result out of range')", "(-1.0, 1e+30)"}},
    {"-2.5", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"3.0", "0.0", {"3.0", "3.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"3.0", "-0.0", {"3.0", "3.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"3.0", "1.5", {"4.5", "1.5", "4.5", "2.0", "2.0", "0.0", "5.196152422706632", "(2.0, 0.0)"}},
    {"3.0", "-2.5", {"0.5", "5.5", "-7.5", "-1.2", "-2.0", "-2.0", "0.06415002990995841", "(-2.0, -2.0)"}},
    {"3.0", "3.0", {"6.0", "0.0", "9.0", "1.0", "1.0", "0.0", "27.0", "(1.0, 0.0)"}},
    {"3.0", "1e+308", {"1e+308", "-1e+308", "inf", "2.9999999999999997e-308", "0.0", "3.0", "!OverflowError: (34, 'Numerical result out of range')", "(0.0, 3.0)"}},
    {"3.0", "inf", {"inf", "-inf", "inf", "0.0", "0.0", "3.0", "inf", "(0.0, 3.0)"}},
    {"3.0", "-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "0.0", "(-1.0, -inf)"}},
    {"3.0", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"3.0", "0", {"3.0", "3.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"3.0", "3", {"6.0", "0.0", "9.0", "1.0", "1.0", "0.0", "27.0", "(1.0, 0.0)"}},
    {"3.0", "-7", {"-4.0", "10.0", "-21.0", "-0.42857142857142855", "-1.0", "-4.0", "0.0004572473708276177", "(-1.0, -4.0)"}},
    {"3.0", "True", {"4.0", "2.0", "3.0", "3.0", "3.0", "0.0", "3.0", "(3.0, 0.0)"}},
    {"3.0", "1000000000000000000000000000000", {"1e+30", "-1e+30", "3.0000000000000003e+30", "3e-30", "0.0", "3.0", "!OverflowError: (34, 'Numerical result out of range')", "(0.0, 3.0)"}},
    {"3.0", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"1e+308", "0.0", {"1e+308", "1e+308", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1e+308", "-0.0", {"1e+308", "1e+308", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1e+308", "1.5", {"1e+308", "1e+308", "1.5e+308", "6.666666666666666e+307", "6.666666666666666e+307", "0.5", "!OverflowError: (34, 'Numerical result out of range')", "(6.666666666666666e+307, 0.5)"}},
    {"1e+308", "-2.5", {"1e+308", "1e+308", "-inf", "-4e+307", "-4e+307", "-1.5", "0.0", "(-4e+307, -1.5)"}},
    {"1e+308", "3.0", {"1e+308", "1e+308", "inf", "3.333333333333333e+307", "3.333333333333333e+307", "2.0", "!OverflowError: (34, 'Numerical result out of range')", "(3.333333333333333e+307, 2.0)"}},
    {"1e+308", "1e+308", {"inf", "0.0", "inf", "1.0", "1.0", "0.0", "!OverflowError: (34, 'Numerical result out of range')", "(1.0, 0.0)"}},
    {"1e+308", "inf", {"inf", "-inf", "inf", "0.0", "0.0", "1e+308", "inf", "(0.0, 1e+308)"}},
    {"1e+308", "-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "0.0", "(-1.0, -inf)"}},
    {"1e+308", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"1e+308", "0", {"1e+308", "1e+308", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1e+308", "3", {"1e+308", "1e+308", "inf", "3.333333333333333e+307", "3.333333333333333e+307", "2.0", "!OverflowError: (34, 'Numerical result out of range')", "(3.333333333333333e+307, 2.0)"}},
    {"1e+308", "-7", {"1e+308", "1e+308", "-inf", "-1.4285714285714286e+307", "-1.4285714285714286e+307", "-4.0", "0.0", "(-1.4285714285714286e+307, -4.0)"}},
    {"1e+308", "True", {"1e+308", "1e+308", "1e+308", "1e+308", "1e+308", "0.0", "1e+308", "(1e+308, 0.0)"}},
    {"1e+308", "1000000000000000000000000000000", {"1e+308", "1e+308", "inf", "1e+278", "1e+278", "4.884228303040094e+28", "!OverflowError: (34, 'Numerical result out of range')", "(1e+278, 4.884228303040094e+28)"}},
    {"1e+308", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"inf", "0.0", {"inf", "inf", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"inf", "-0.0", {"inf", "inf", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"inf", "1.5", {"inf", "inf", "inf", "inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "-2.5", {"inf", "inf", "-inf", "-inf", "nan", "nan", "0.0", "(nan, nan)"}},
    {"inf", "3.0", {"inf", "inf", "inf", "inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "1e+308", {"inf", "inf", "inf", "inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "inf", {"inf", "nan", "inf", "nan", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "-inf", {"nan", "inf", "-inf", "nan", "nan", "nan", "0.0", "(nan, nan)"}},
    {"inf", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"inf", "0", {"inf", "inf", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"inf", "3", {"inf", "inf", "inf", "inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "-7", {"inf", "inf", "-inf", "-inf", "nan", "nan", "0.0", "(nan, nan)"}},
    {"inf", "True", {"inf", "inf", "inf", "inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "1000000000000000000000000000000", {"inf", "inf", "inf", "inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"inf", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"-inf", "0.0", {"-inf", "-inf", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-inf", "-0.0", {"-inf", "-inf", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-inf", "1.5", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"-inf", "-2.5", {"-inf", "-inf", "inf", "inf", "nan", "nan", "0.0", "(nan, nan)"}},
    {"-inf", "3.0", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "-inf", "(nan, nan)"}},
    {"-inf", "1e+308", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"-inf", "inf", {"nan", "-inf", "-inf", "nan", "nan", "nan", "inf", "(nan, nan)"}},
    {"-inf", "-inf", {"-inf", "nan", "inf", "nan", "nan", "nan", "0.0", "(nan, nan)"}},
    {"-inf", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"-inf", "0", {"-inf", "-inf", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-inf", "3", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "-inf", "(nan, nan)"}},
    {"-inf", "-7", {"-inf", "-inf", "inf", "inf", "nan", "nan", "-0.0", "(nan, nan)"}},
    {"-inf", "True", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "-inf", "(nan, nan)"}},
    {"-inf", "1000000000000000000000000000000", {"-inf", "-inf", "-inf", "-inf", "nan", "nan", "inf", "(nan, nan)"}},
    {"-inf", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"nan", "0.0", {"nan", "nan", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"nan", "-0.0", {"nan", "nan", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"nan", "1.5", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "-2.5", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "3.0", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "1e+308", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "inf", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "-inf", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "0", {"nan", "nan", "nan", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"nan", "3", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "-7", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "True", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "1000000000000000000000000000000", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"nan", "2**1100", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"0", "0.0", {"0.0", "0.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"0", "-0.0", {"0.0", "0.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"0", "1.5", {"1.5", "-1.5", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0", "-2.5", {"-2.5", "2.5", "-0.0", "-0.0", "-0.0", "-0.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power", "(-0.0, -0.0)"}},
    {"0", "3.0", {"3.0", "-3.0", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0", "1e+308", {"1e+308", "-1e+308", "0.0", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0", "inf", {"inf", "-inf", "nan", "0.0", "0.0", "0.0", "0.0", "(0.0, 0.0)"}},
    {"0", "-inf", {"-inf", "inf", "nan", "-0.0", "-0.0", "-0.0", "inf", "(-0.0, -0.0)"}},
    {"0", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"3", "0.0", {"3.0", "3.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"3", "-0.0", {"3.0", "3.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"3", "1.5", {"4.5", "1.5", "4.5", "2.0", "2.0", "0.0", "5.196152422706632", "(2.0, 0.0)"}},
    {"3", "-2.5", {"0.5", "5.5", "-7.5", "-1.2", "-2.0", "-2.0", "0.06415002990995841", "(-2.0, -2.0)"}},
    {"3", "3.0", {"6.0", "0.0", "9.0", "1.0", "1.0", "0.0", "27.0", "(1.0, 0.0)"}},
    {"3", "1e+308", {"1e+308", "-1e+308", "inf", "2.9999999999999997e-308", "0.0", "3.0", "!OverflowError: (34, 'Numerical result out of range')", "(0.0, 3.0)"}},
    {"3", "inf", {"inf", "-inf", "inf", "0.0", "0.0", "3.0", "inf", "(0.0, 3.0)"}},
    {"3", "-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "0.0", "(-1.0, -inf)"}},
    {"3", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"-7", "0.0", {"-7.0", "-7.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-7", "-0.0", {"-7.0", "-7.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"-7", "1.5", {"-5.5", "-8.5", "-10.5", "-4.666666666666667", "-5.0", "0.5", "!ValueError: negative number cannot be raised to a fractional power", "(-5.0, 0.5)"}},
    {"-7", "-2.5", {"-9.5", "-4.5", "17.5", "2.8", "2.0", "-2.0", "!ValueError: negative number cannot be raised to a fractional power", "(2.0, -2.0)"}},
    {"-7", "3.0", {"-4.0", "-10.0", "-21.0", "-2.3333333333333335", "-3.0", "2.0", "-343.0", "(-3.0, 2.0)"}},
    {"-7", "1e+308", {"1e+308", "-1e+308", "-inf", "-7e-308", "-1.0", "1e+308", "!OverflowError: (34, 'Numerical result out of range')", "(-1.0, 1e+308)"}},
    {"-7", "inf", {"inf", "-inf", "-inf", "-0.0", "-1.0", "inf", "inf", "(-1.0, inf)"}},
    {"-7", "-inf", {"-inf", "inf", "inf", "0.0", "0.0", "-7.0", "0.0", "(0.0, -7.0)"}},
    {"-7", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"True", "0.0", {"1.0", "1.0", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"True", "-0.0", {"1.0", "1.0", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"True", "1.5", {"2.5", "-0.5", "1.5", "0.6666666666666666", "0.0", "1.0", "1.0", "(0.0, 1.0)"}},
    {"True", "-2.5", {"-1.5", "3.5", "-2.5", "-0.4", "-1.0", "-1.5", "1.0", "(-1.0, -1.5)"}},
    {"True", "3.0", {"4.0", "-2.0", "3.0", "0.3333333333333333", "0.0", "1.0", "1.0", "(0.0, 1.0)"}},
    {"True", "1e+308", {"1e+308", "-1e+308", "1e+308", "1e-308", "0.0", "1.0", "1.0", "(0.0, 1.0)"}},
    {"True", "inf", {"inf", "-inf", "inf", "0.0", "0.0", "1.0", "1.0", "(0.0, 1.0)"}},
    {"True", "-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "1.0", "(-1.0, -inf)"}},
    {"True", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "1.0", "(nan, nan)"}},
    {"1000000000000000000000000000000", "0.0", {"1e+30", "1e+30", "0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1000000000000000000000000000000", "-0.0", {"1e+30", "1e+30", "-0.0", "!ZeroDivisionError: float division by zero", "!ZeroDivisionError: float floor division by zero", "!ZeroDivisionError: float modulo", "1.0", "!ZeroDivisionError: float divmod()"}},
    {"1000000000000000000000000000000", "1.5", {"1e+30", "1e+30", "1.5000000000000002e+30", "6.666666666666666e+29", "6.666666666666666e+29", "1.0", "1.0000000000000001e+45", "(6.666666666666666e+29, 1.0)"}},
    {"1000000000000000000000000000000", "-2.5", {"1e+30", "1e+30", "-2.5e+30", "-4.0000000000000004e+29", "-4.0000000000000004e+29", "-1.5", "1e-75", "(-4.0000000000000004e+29, -1.5)"}},
    {"1000000000000000000000000000000", "3.0", {"1e+30", "1e+30", "3.0000000000000003e+30", "3.333333333333333e+29", "3.333333333333333e+29", "1.0", "1.0000000000000001e+90", "(3.333333333333333e+29, 1.0)"}},
    {"1000000000000000000000000000000", "1e+308", {"1e+308", "-1e+308", "inf", "1e-278", "0.0", "1e+30", "!OverflowError: (34, 'Numerical result out of range')", "(0.0, 1e+30)"}},
    {"1000000000000000000000000000000", "inf", {"inf", "-inf", "inf", "0.0", "0.0", "1e+30", "inf", "(0.0, 1e+30)"}},
    {"1000000000000000000000000000000", "-inf", {"-inf", "inf", "-inf", "-0.0", "-1.0", "-inf", "0.0", "(-1.0, -inf)"}},
    {"1000000000000000000000000000000", "nan", {"nan", "nan", "nan", "nan", "nan", "nan", "nan", "(nan, nan)"}},
    {"2**1100", "0.0", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "-0.0", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "1.5", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "-2.5", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "3.0", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "1e+308", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "inf", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "-inf", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
    {"2**1100", "nan", {"!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float", "!OverflowError: int too large to convert to float"}},
};

// {a, b, a ** b}
static const char *const power_rows[][3] = {
    {"2.0", "0.5", "1.4142135623730951"},
    {"-8.0", "0.3333333333333333", "!ValueError: negative number cannot be raised to a fractional power"},
    {"-8.0", "3.0", "-512.0"},
    {"-8.0", "2.0", "64.0"},
    {"-2", "0.5", "!ValueError: negative number cannot be raised to a fractional power"},
    {"0.0", "-1.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"-0.0", "-3.0", "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"0.0", "-1.5", "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"-0.0", "3.0", "-0.0"},
    {"-0.0", "2.0", "0.0"},
    {"0.0", "0.0", "1.0"},
    {"nan", "0.0", "1.0"},
    {"nan", "1.0", "nan"},
    {"1.0", "nan", "1.0"},
    {"-1.0", "inf", "1.0"},
    {"-1.0", "-inf", "1.0"},
    {"0.5", "inf", "0.0"},
    {"0.5", "-inf", "inf"},
    {"2.0", "inf", "inf"},
    {"2.0", "-inf", "0.0"},
    {"inf", "3.0", "inf"},
    {"-inf", "3.0", "-inf"},
    {"-inf", "2.0", "inf"},
    {"-inf", "-3.0", "-0.0"},
    {"-inf", "-2.0", "0.0"},
    {"inf", "0.5", "inf"},
    {"10.0", "400.0", "!OverflowError: (34, 'Numerical result out of range')"},
    {"-10.0", "401.0", "!OverflowError: (34, 'Numerical result out of range')"},
    {"10.0", "-400.0", "0.0"},
    {"1e+308", "2", "!OverflowError: (34, 'Numerical result out of range')"},
    {"2", "-1", "0.5"},
    {"0", "-1", "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"2", "-1074", "5e-324"},
    {"2", "-1075", "0.0"},
    {"-1.0", "1e+300", "1.0"},
    {"-1.0", "3.0", "-1.0"},
    {"1.0", "1e+300", "1.0"},
    {"4.0", "-0.5", "0.5"},
    {"2.0", "1023", "8.98846567431158e+307"},
    {"2.0", "1024", "!OverflowError: (34, 'Numerical result out of range')"},
    {"-2.0", "1025", "!OverflowError: (34, 'Numerical result out of range')"},
    {"2**1100", "-1.0", "!OverflowError: int too large to convert to float"},
    {"0.5", "2**1100", "!OverflowError: int too large to convert to float"},
    {"10", "-2", "0.01"},
    {"-3", "-3", "-0.037037037037037035"},
    {"True", "-1", "1.0"},
    {"1.5", "True", "1.5"},
    {"9.0", "0.5", "3.0"},
};

// {a, b, cmp(a, b) (2: unordered)}: every operator is checked against it, both ways
static const compare_row_t compare_rows[] = {
    {"1", "1.0", 0},
    {"True", "1.0", 0},
    {"False", "-0.0", 0},
    {"0", "-0.0", 0},
    {"9007199254740992", "9007199254740992.0", 0},
    {"9007199254740993", "9007199254740992.0", 1},
    {"9007199254740991", "9007199254740992.0", -1},
    {"10000000000000001", "1e+16", 1},
    {"10000000000000000", "1e+16", 0},
    {"-10000000000000001", "-1e+16", -1},
    {"2**1100", "inf", -1},
    {"2**1100", "1e+308", 1},
    {"-2**1100", "-inf", 1},
    {"-2**1100", "-1e+308", -1},
    {"3", "2.5", 1},
    {"-3", "-2.5", -1},
    {"3", "nan", 2},
    {"1000000000000000000000000000000", "nan", 2},
    {"4611686018427387903", "4.611686018427388e+18", -1},
    {"4611686018427387904", "4.611686018427388e+18", 0},
    {"-4611686018427387904", "-4.611686018427388e+18", 0},
    {"1073741823", "1073741823.5", -1},
    {"-1073741824", "-1073741824.0", 0},
    {"1.5", "1.5", 0},
    {"1.5", "2.5", -1},
    {"nan", "nan", 2},
    {"inf", "inf", 0},
    {"-0.0", "0.0", 0},
    {"0.1", "0.10000000000000002", -1},
    {"1e+308", "inf", -1},
};

// {x, hash(x) on 64-bit, hash(x) on 32-bit}; the 32-bit hash is _Py_HashDouble with
// _PyHASH_BITS = 31, written in Python and checked against hash() with 61 bits
static const hash_row_t hash_rows[] = {
    {"0.0", "0", "0"},
    {"-0.0", "0", "0"},
    {"0.5", "1152921504606846976", "1073741824"},
    {"-0.5", "-1152921504606846976", "-1073741824"},
    {"1.0", "1", "1"},
    {"-1.0", "-2", "-2"},
    {"1.5", "1152921504606846977", "1073741825"},
    {"2.0", "2", "2"},
    {"-2.5", "-1152921504606846978", "-1073741826"},
    {"0.1", "230584300921369408", "1932735308"},
    {"3.141592653589793", "326490430436040707", "864580935"},
    {"1e+16", "10000000000000000", "1879576036"},
    {"1e+300", "1224995262755759164", "260391960"},
    {"-1e+300", "-1224995262755759164", "-260391960"},
    {"1e-300", "482449582752280463", "1685713680"},
    {"5e-324", "16777216", "2048"},
    {"2.305843009213694e+18", "1", "1073741824"},
    {"2.3058430092136934e+18", "2305843009213693440", "1073741312"},
    {"4.611686018427388e+18", "2", "1"},
    {"2147483648.0", "2147483648", "1"},
    {"2147483647.0", "2147483647", "0"},
    {"-2147483648.0", "-2147483648", "-2"},
    {"8.98846567431158e+307", "140737488355328", "1"},
    {"1.7976931348623157e+308", "2234066890152476671", "2147482625"},
    {"123456.789", "1819310134279660096", "150984183"},
    {"inf", "314159", "314159"},
    {"-inf", "-314159", "-314159"},
};

// {text, float(text)}
static const char *const parse_rows[][2] = {
    {"1.5", "1.5"},
    {"  -2.5e3\012", "-2500.0"},
    {"1_000.25", "1000.25"},
    {"1__0.0", "!ValueError: could not convert string to float: '1__0.0'"},
    {"_1.0", "!ValueError: could not convert string to float: '_1.0'"},
    {"inf", "inf"},
    {"-Infinity", "-inf"},
    {"NaN", "nan"},
    {"+nan", "nan"},
    {"1e500", "inf"},
    {"-1e-500", "-0.0"},
    {"0x1p3", "!ValueError: could not convert string to float: '0x1p3'"},
    {"1e", "!ValueError: could not convert string to float: '1e'"},
    {".5", "0.5"},
    {"5.", "5.0"},
    {".", "!ValueError: could not convert string to float: '.'"},
    {"", "!ValueError: could not convert string to float: ''"},
    {" ", "!ValueError: could not convert string to float: ' '"},
    {"x", "!ValueError: could not convert string to float: 'x'"},
    {"1.5.2", "!ValueError: could not convert string to float: '1.5.2'"},
    {"a'b", "!ValueError: could not convert string to float: \"a'b\""},
    {"1,5", "!ValueError: could not convert string to float: '1,5'"},
    {"\011\001\303\251", "!ValueError: could not convert string to float: '\\t\\x01\303\251'"},
    {"9007199254740993", "9007199254740992.0"},
    {"2.2250738585072014e-308", "2.2250738585072014e-308"},
    {"4.9e-324", "5e-324"},
    {"111111111111111111111111111111", "1.111111111111111e+29"},
};

// {x, ndigits ("" for none), round(x, ndigits)}
static const char *const round_rows[][3] = {
    {"2.5", "", "2"},
    {"3.5", "", "4"},
    {"-2.5", "", "-2"},
    {"-0.5", "", "0"},
    {"0.5000000000000001", "", "1"},
    {"1e+300", "", "#301:1224995262755759164"},
    {"inf", "", "!OverflowError: cannot convert float infinity to integer"},
    {"-inf", "", "!OverflowError: cannot convert float infinity to integer"},
    {"nan", "", "!ValueError: cannot convert float NaN to integer"},
    {"2.675", "2", "2.67"},
    {"2.5", "0", "2.0"},
    {"-0.0", "1", "-0.0"},
    {"1234.5678", "-2", "1200.0"},
    {"1e+308", "-400", "0.0"},
    {"1.7976931348623157e+308", "-308", "!OverflowError: rounded value too large to represent"},
    {"1.5", "400", "1.5"},
    {"nan", "2", "nan"},
    {"inf", "-1", "inf"},
    {"0.125", "2", "0.12"},
    {"0.375", "2", "0.38"},
    {"5e-324", "323", "0.0"},
    {"5e-324", "324", "5e-324"},
    {"1.5", "1000000000000000000000000000000", "1.5"},
    {"1.5", "-1000000000000000000000000000000", "0.0"},
    {"15", "", "15"},
    {"15", "-1", "20"},
    {"True", "", "1"},
    {"1.5", "True", "1.5"},
};

// clang-format on

static const mn_binary_op_t binary_ops[7] = {
    MN_BINARY_ADD,          MN_BINARY_SUBTRACT,  MN_BINARY_MULTIPLY, MN_BINARY_TRUE_DIVIDE,
    MN_BINARY_FLOOR_DIVIDE, MN_BINARY_REMAINDER, MN_BINARY_POWER,
};

static void binary_operators(void) {
    CHECK(setup(sizeof arena));
    for (size_t i = 0; i < sizeof binary_rows / sizeof binary_rows[0]; i++) {
        const binary_row_t *row = &binary_rows[i];
        slots[0] = number_of(row->a);
        slots[1] = number_of(row->b);
        for (size_t k = 0; k < 7; k++) {
            mn_binary_op_t op = binary_ops[k];
            const char *symbol = mn_binary_op_symbol(op);
            CHECK_TEXT(mn_number_binary(&runtime, op, &slots[0], &slots[1]), row->results[k],
                       "%s %s %s", row->a, symbol, row->b);
            CHECK_TEXT(mn_float_binary(&runtime, op + MN_BINARY_INPLACE, &slots[0], &slots[1]),
                       row->results[k], "%s %s= %s", row->a, symbol, row->b);
        }
        CHECK_TEXT(mn_number_divmod(&runtime, &slots[0], &slots[1]), row->results[7],
                   "divmod(%s, %s)", row->a, row->b);
        // Floats have no << >> & | ^ @: the VM raises the TypeError.
        static const mn_binary_op_t missing[] = {
            MN_BINARY_LSHIFT, MN_BINARY_RSHIFT, MN_BINARY_AND,
            MN_BINARY_OR,     MN_BINARY_XOR,    MN_BINARY_INPLACE_MATRIX_MULTIPLY};
        for (size_t k = 0; k < sizeof missing / sizeof missing[0]; k++) {
            CHECK_EQ(mn_number_binary(&runtime, missing[k], &slots[0], &slots[1]),
                     MN_NOT_IMPLEMENTED);
        }
    }
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void powers(void) {
    CHECK(setup(sizeof arena));
    for (size_t i = 0; i < sizeof power_rows / sizeof power_rows[0]; i++) {
        slots[0] = number_of(power_rows[i][0]);
        slots[1] = number_of(power_rows[i][1]);
        CHECK_TEXT(mn_number_binary(&runtime, MN_BINARY_POWER, &slots[0], &slots[1]),
                   power_rows[i][2], "%s ** %s", power_rows[i][0], power_rows[i][1]);
    }
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void comparisons(void) {
    CHECK(setup(sizeof arena));
    for (size_t i = 0; i < sizeof compare_rows / sizeof compare_rows[0]; i++) {
        const compare_row_t *row = &compare_rows[i];
        slots[0] = number_of(row->a);
        slots[1] = number_of(row->b);
        for (int op = MN_COMPARE_LESS; op <= MN_COMPARE_GREATER_EQUAL; op++) {
            bool holds =
                row->order == 2 ? op == MN_COMPARE_NOT_EQUAL : mn_compare_op_holds(op, row->order);
            char context[256];
            snprintf(context, sizeof context, "%s %s %s", row->a, mn_compare_op_symbol(op), row->b);
            if (mn_number_compare(op, slots[0], slots[1]) != mn_bool(holds) ||
                mn_number_compare(mn_compare_op_swapped(op), slots[1], slots[0]) !=
                    mn_bool(holds)) {
                test_fail(__FILE__, __LINE__, context);
                return;
            }
        }
        if (row->order == 0) {
            // Equal numbers hash alike, whatever their types.
            CHECK_EQ(mn_number_hash(slots[0]), mn_number_hash(slots[1]));
        }
    }
}

static void hashes(void) {
    CHECK(setup(sizeof arena));
    for (size_t i = 0; i < sizeof hash_rows / sizeof hash_rows[0]; i++) {
        double x;
        const hash_row_t *row = &hash_rows[i];
        CHECK(mn_float_parse(row->x, strlen(row->x), &x));
        char hash[32];
        snprintf(hash, sizeof hash, "%lld", (long long)mn_float_hash(x));
        CHECK_STRING(hash, sizeof(mn_value_t) >= 8 ? row->hash64 : row->hash32, "hash(%s)", row->x);
        slots[0] = mn_float_new(&runtime, x);
        CHECK_EQ(mn_number_hash(slots[0]), mn_float_hash(x));
        // An integral float hashes as its int.
        if (isfinite(x) && x == trunc(x)) {
            slots[1] = mn_int_from_double(&runtime, x);
            CHECK_EQ(mn_number_hash(slots[1]), mn_float_hash(x));
        }
    }
    CHECK_EQ(mn_float_hash(NAN), 0);
}

static void text(void) {
    CHECK(setup(sizeof arena));
    for (size_t i = 0; i < sizeof parse_rows / sizeof parse_rows[0]; i++) {
        slots[0] = str_of(parse_rows[i][0], strlen(parse_rows[i][0]));
        CHECK_TEXT(mn_float_parse_str(&runtime, &slots[0]), parse_rows[i][1], "float(%s)",
                   parse_rows[i][0]);
    }
    // Interned ROM strs parse in place; float()'s message is not cut at 200 characters.
    slots[0] = mn_qstr_value(MN_QSTR_float);
    CHECK_TEXT(mn_float_parse_str(&runtime, &slots[0]),
               "!ValueError: could not convert string to float: 'float'", "float('float')");
    char long_text[300];
    memset(long_text, 'x', sizeof long_text);
    slots[0] = str_of(long_text, sizeof long_text);
    const char *message = describe(mn_float_parse_str(&runtime, &slots[0]));
    CHECK_EQ(strlen(message), strlen("!ValueError: could not convert string to float: ''") + 300);
    // repr/str
    static const double values[] = {1.5, -0.0, 1e16, 1e-5, 0.1, INFINITY, -INFINITY, NAN};
    static const char *const reprs[] = {"1.5", "-0.0", "1e+16", "1e-05",
                                        "0.1", "inf",  "-inf",  "nan"};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        mn_value_t str = mn_float_to_str(&runtime, values[i]);
        CHECK(str != MN_EXCEPTION);
        CHECK(mn_str_equal_bytes(mn_object(str), reprs[i], strlen(reprs[i])));
    }
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void rounding(void) {
    CHECK(setup(sizeof arena));
    for (size_t i = 0; i < sizeof round_rows / sizeof round_rows[0]; i++) {
        slots[0] = number_of(round_rows[i][0]);
        slots[1] = round_rows[i][1][0] == '\0' ? MN_NONE : number_of(round_rows[i][1]);
        CHECK_TEXT(mn_number_round(&runtime, &slots[0], &slots[1]), round_rows[i][2],
                   "round(%s, %s)", round_rows[i][0], round_rows[i][1]);
        if (round_rows[i][1][0] == '\0') {
            CHECK_TEXT(mn_number_round(&runtime, &slots[0], NULL), round_rows[i][2], "round(%s)",
                       round_rows[i][0]);
        }
    }
    slots[0] = number_of("1.5");
    CHECK_TEXT(mn_number_round(&runtime, &slots[0], &slots[0]),
               "!TypeError: 'float' object cannot be interpreted as an integer", "round(1.5, 1.5)");
    slots[1] = mn_small_int(3);
    CHECK_TEXT(mn_number_round(&runtime, &slots[1], &slots[0]),
               "!TypeError: 'float' object cannot be interpreted as an integer", "round(3, 1.5)");
    CHECK_TEXT(mn_number_to_int(&runtime, &slots[0]), "1", "int(1.5)");
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static void unary_operators_and_conversions(void) {
    CHECK(setup(sizeof arena));
    slots[0] = number_of("-1.5");
    CHECK_TEXT(mn_number_unary(&runtime, MN_UNARY_NEGATIVE, &slots[0]), "1.5", "-(-1.5)");
    CHECK_EQ(mn_number_unary(&runtime, MN_UNARY_POSITIVE, &slots[0]), slots[0]);
    CHECK_TEXT(mn_number_unary(&runtime, MN_UNARY_ABSOLUTE, &slots[0]), "1.5", "abs(-1.5)");
    CHECK_EQ(mn_number_unary(&runtime, MN_UNARY_INVERT, &slots[0]), MN_NOT_IMPLEMENTED);
    slots[1] = number_of("-0.0");
    CHECK_TEXT(mn_number_unary(&runtime, MN_UNARY_ABSOLUTE, &slots[1]), "0.0", "abs(-0.0)");
    CHECK_TEXT(mn_number_unary(&runtime, MN_UNARY_NEGATIVE, &slots[1]), "0.0", "-(-0.0)");
    slots[1] = number_of("2.5");
    CHECK_EQ(mn_number_unary(&runtime, MN_UNARY_ABSOLUTE, &slots[1]), slots[1]); // no copy
    CHECK(mn_number_truth(slots[1]) && !mn_number_truth(number_of("-0.0")));
    CHECK(mn_number_truth(number_of("nan")));
    CHECK(mn_number_is(slots[1]) && mn_number_is(MN_TRUE) && !mn_number_is(MN_NONE));

    // mn_float_value: floats, ints exactly (correctly rounded), errors.
    double x;
    CHECK(mn_float_value(&runtime, slots[1], &x) && x == 2.5);
    CHECK(mn_float_value(&runtime, MN_TRUE, &x) && x == 1.0);
    slots[2] = number_of("9007199254740993"); // 2**53 + 1: ties to even
    CHECK(mn_float_value(&runtime, slots[2], &x) && x == 9007199254740992.0);
    slots[2] = number_of("2**1100");
    CHECK(!mn_float_value(&runtime, slots[2], &x));
    CHECK_TEXT(MN_EXCEPTION, "!OverflowError: int too large to convert to float", "float(2**1100)");
    CHECK(!mn_float_value(&runtime, mn_qstr_value(MN_QSTR_float), &x));
    CHECK_TEXT(MN_EXCEPTION, "!TypeError: must be real number, not str", "float('float')");
    slots[3] = mn_qstr_value(MN_QSTR_float);
    CHECK_EQ(mn_number_binary(&runtime, MN_BINARY_ADD, &slots[1], &slots[3]), MN_NOT_IMPLEMENTED);
    CHECK_EQ(mn_number_compare(MN_COMPARE_LESS, slots[1], slots[3]), MN_NOT_IMPLEMENTED);
    CHECK_EQ(mn_number_divmod(&runtime, &slots[3], &slots[1]), MN_NOT_IMPLEMENTED);
    CHECK_TEXT(mn_number_to_int(&runtime, &slots[1]), "2", "int(2.5)");
    slots[1] = number_of("-1e+300");
    CHECK_TEXT(mn_number_to_int(&runtime, &slots[1]), "#302:-1224995262755759164", "int(-1e300)");
    CHECK_TEXT(mn_float_binary_double(&runtime, MN_BINARY_LSHIFT, 1.0, 2.0), "NotImplemented",
               "1.0 << 2.0");
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

// [header][double]: 12 bytes on a 32-bit target, the double at byte 4 read with memcpy.
static void layout(void) {
    CHECK(setup(sizeof arena));
    slots[0] = mn_float_new(&runtime, 0.1);
    CHECK(mn_float_is(slots[0]));
    CHECK_EQ(mn_block_bytes(mn_object(slots[0])), sizeof(mn_word_t) + sizeof(double));
    CHECK_EQ(offsetof(mn_float_t, bytes), sizeof(mn_word_t));
    if (sizeof(mn_word_t) == 4) {
        CHECK_EQ(mn_block_bytes(mn_object(slots[0])), 12);
    }
    mn_gc_collect(&runtime.heap);
    CHECK(mn_float_get(slots[0]) == 0.1);
}

// A full heap: creating a float raises MemoryError and leaves the heap sound.
static void memory_error(void) {
    CHECK(setup(8 * 1024));
    mn_tuple_t *keep = mn_tuple_new(&runtime, 4 * 1024 / sizeof(mn_value_t));
    CHECK(keep != NULL);
    slots[0] = mn_object_value(keep);
    size_t made = 0;
    for (;;) {
        mn_value_t value = mn_float_new(&runtime, (double)made);
        if (value == MN_EXCEPTION) {
            break;
        }
        mn_tuple_t *tuple = mn_object(slots[0]);
        CHECK(made < mn_tuple_length(tuple));
        tuple->items[made++] = value;
    }
    char expected[80];
    snprintf(expected, sizeof expected,
             "!MemoryError: memory allocation failed, allocating %zu bytes", sizeof(mn_float_t));
    CHECK_TEXT(MN_EXCEPTION, expected, "a float in a full heap");
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
    CHECK(made > 10);
    CHECK(mn_float_get(((mn_tuple_t *)mn_object(slots[0]))->items[made - 1]) == (double)(made - 1));
    // Mixed arithmetic in the full heap fails the same way; freeing makes room again.
    slots[1] = mn_small_int(3);
    slots[2] = ((mn_tuple_t *)mn_object(slots[0]))->items[0];
    CHECK_TEXT(mn_number_binary(&runtime, MN_BINARY_MULTIPLY, &slots[1], &slots[2]), expected,
               "3 * 0.0 in a full heap");
    slots[0] = MN_NULL;
    CHECK_TEXT(mn_number_binary(&runtime, MN_BINARY_MULTIPLY, &slots[1], &slots[2]), "0.0",
               "3 * 0.0");
    CHECK(mn_heap_verify(&runtime.heap, NULL) == NULL);
}

static const test_case_t cases[] = {
    {"binary_operators", binary_operators},
    {"powers", powers},
    {"comparisons", comparisons},
    {"hashes", hashes},
    {"text", text},
    {"rounding", rounding},
    {"unary_operators_and_conversions", unary_operators_and_conversions},
    {"layout", layout},
    {"memory_error", memory_error},
};

TEST_MAIN(cases)
