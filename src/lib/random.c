// The random module: seed(), getrandbits(), randrange(), randint(), choice(), random(),
// uniform() and shuffle(), with CPython's arguments and errors (ints of any size).
//
// The generator is xoshiro128** (four 32-bit words of state, cheap on a microcontroller),
// not CPython's Mersenne Twister: the same seed gives the same stream on every Minnow build,
// but not CPython's numbers. Its state is C data outside the heap, one generator for the
// process, as on MicroPython. Until seed() is called it is seeded from the port's random
// bytes (os.urandom's source), or from its clocks.
#include "lib/modules.h"
#include "obj/float.h"
#include "obj/port.h"
#include "obj/protocol.h"
#include "obj/str.h"

static uint32_t state[4];
static bool seeded;

static uint32_t rotate_left(uint32_t x, int k) {
    return (x << k) | (x >> (32 - k));
}

static uint32_t next_32(void) {
    uint32_t result = rotate_left(state[1] * 5, 7) * 9;
    uint32_t t = state[1] << 9;
    state[2] ^= state[0];
    state[3] ^= state[1];
    state[1] ^= state[2];
    state[0] ^= state[3];
    state[2] ^= t;
    state[3] = rotate_left(state[3], 11);
    return result;
}

static uint64_t next_64(void) {
    uint64_t high = next_32();
    return high << 32 | next_32();
}

// splitmix64: spreads a seed over the state (never all zero).
static uint64_t splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void seed_with(uint64_t seed) {
    for (size_t i = 0; i < 4; i += 2) {
        uint64_t word = splitmix(&seed);
        state[i] = (uint32_t)word;
        state[i + 1] = (uint32_t)(word >> 32);
    }
    seeded = true;
}

// A seed nobody chose: the port's random bytes, else its clocks.
static void seed_from_port(const mn_runtime_t *runtime) {
    const mn_port_t *port = runtime->port;
    uint64_t seed = 0;
    if (port != NULL && port->os != NULL && port->os->urandom != NULL &&
        port->os->urandom(port->os->context, &seed, sizeof seed) == 0) {
        seed_with(seed);
        return;
    }
    if (port != NULL && port->time_ns != NULL) {
        seed ^= (uint64_t)port->time_ns(port->context);
    }
    if (port != NULL && port->clock_ns != NULL) {
        seed ^= port->clock_ns(port->context, MN_CLOCK_CPU) << 17;
    }
    seed_with(seed);
}

static void ensure_seeded(const mn_runtime_t *runtime) {
    if (!seeded) {
        seed_from_port(runtime);
    }
}

// A uniform value in [0, limit), limit > 0, without bias (rejection sampling).
static uint64_t below_64(uint64_t limit) {
    uint64_t mask = limit - 1;
    for (int shift = 1; shift < 64; shift <<= 1) {
        mask |= mask >> shift;
    }
    uint64_t value;
    do {
        value = (mask <= UINT32_MAX ? next_32() : next_64()) & mask;
    } while (value >= limit);
    return value;
}

static bool check_int(mn_runtime_t *runtime, mn_value_t value) {
    if (mn_int_is(value)) {
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError, "'%T' object cannot be interpreted as an integer",
                   value);
    return false;
}

static int int_sign(mn_value_t value) {
    return mn_int_compare(value, mn_small_int(0));
}

// A random int of `bits` bits. may trigger a gc
static mn_value_t random_bits(mn_runtime_t *runtime, uint64_t bits) {
    if (bits <= 64) {
        uint64_t value = bits == 0 ? 0 : next_64() >> (64 - bits);
        return mn_int_from_uint64(runtime, value);
    }
    mn_gc_ref_t refs[2];
    mn_value_t *result = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *chunk = mn_root_push(&runtime->heap, &refs[1]);
    *result = mn_small_int(0);
    bool ok = true;
    for (uint64_t left = bits; ok && left > 0;) {
        // 30 bits at a time: a chunk is a small int on every build.
        unsigned take = left >= 30 ? 30 : (unsigned)left;
        mn_value_t shift = mn_small_int(take);
        *chunk = mn_small_int((mn_small_int_t)(next_32() >> (32 - take)));
        mn_value_t shifted = mn_int_binary(runtime, MN_BINARY_LSHIFT, result, &shift);
        ok = shifted != MN_EXCEPTION;
        if (ok) {
            *result = shifted;
            *result = mn_int_binary(runtime, MN_BINARY_OR, result, chunk);
            ok = *result != MN_EXCEPTION;
        }
        left -= take;
    }
    mn_value_t value = ok ? *result : MN_EXCEPTION;
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return value;
}

// A uniform int in [0, *limit) for a positive int limit of any size. may trigger a gc
static mn_value_t random_below(mn_runtime_t *runtime, const mn_value_t *limit) {
    int64_t small;
    if (mn_int_to_int64(*limit, &small)) {
        return mn_int_from_uint64(runtime, below_64((uint64_t)small));
    }
    mn_int_view_t view;
    mn_int_view(&view, *limit);
    size_t bits = mn_bigint_bit_length(view.digits, view.count);
    for (;;) {
        mn_value_t value = random_bits(runtime, bits);
        if (value == MN_EXCEPTION || mn_int_compare(value, *limit) < 0) {
            return value;
        }
    }
}

// ---- Functions ------------------------------------------------------------------------------

// seed(a=None): None seeds from the port; an int by all its digits; a float, str or bytes
// by its hash (the same on every run: Minnow's str hashes are not randomized).
static mn_value_t seed_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    if (count == 0 || args[0] == MN_NONE) {
        seed_from_port(runtime);
        return MN_NONE;
    }
    mn_value_t value = args[0];
    if (mn_int_is(value)) {
        mn_int_view_t view;
        mn_int_view(&view, value);
        uint64_t seed = view.negative ? 0x5A5A5A5A5A5A5A5Aull : 0;
        for (size_t i = 0; i < view.count; i++) {
            uint64_t mixer = seed ^ view.digits[i];
            seed = splitmix(&mixer);
        }
        seed_with(seed);
        return MN_NONE;
    }
    if (!mn_float_is(value) && !mn_is_qstr(value) && !mn_is_tagged(value, MN_TAG_STR) &&
        !mn_is_tagged(value, MN_TAG_BYTES) && !mn_is_tagged(value, MN_TAG_BYTEARRAY)) {
        return mn_raise(runtime, &mn_type_TypeError,
                        "The only supported seed types are: None,\n"
                        "int, float, str, bytes, and bytearray.");
    }
    uint64_t seed;
    if (mn_is_tagged(value, MN_TAG_BYTEARRAY)) {
        seed = 0x42; // contents may change; a bytearray seeds as its type
    } else {
        mn_value_t hash = mn_hash(runtime, &args[0]);
        if (hash == MN_EXCEPTION) {
            return MN_EXCEPTION;
        }
        seed = (uint64_t)mn_small_int_value(hash);
    }
    seed_with(seed ^ 0x1234567ull);
    return MN_NONE;
}

// getrandbits(k): a non-negative int of k random bits.
static mn_value_t getrandbits_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                     mn_value_t keywords) {
    (void)count, (void)keywords;
    if (!check_int(runtime, args[0])) {
        return MN_EXCEPTION;
    }
    if (int_sign(args[0]) < 0) {
        return mn_raise(runtime, &mn_type_ValueError, "number of bits must be non-negative");
    }
    int64_t bits;
    if (!mn_int_to_int64(args[0], &bits) || bits > (int64_t)1 << 40) {
        return mn_raise(runtime, &mn_type_OverflowError,
                        "Python int too large to convert to C int");
    }
    ensure_seeded(runtime);
    return random_bits(runtime, (uint64_t)bits);
}

// randrange(start, stop=None, step=1), as CPython 3.11 computes it (and words its errors).
static mn_value_t randrange(mn_runtime_t *runtime, mn_value_t *args, size_t count) {
    for (size_t i = 0; i < count; i++) {
        if (!(i == 1 && args[1] == MN_NONE) && !check_int(runtime, args[i])) {
            return MN_EXCEPTION;
        }
    }
    ensure_seeded(runtime);
    if (count < 2 || args[1] == MN_NONE) {
        if (count == 3) {
            return mn_raise(runtime, &mn_type_TypeError, "Missing a non-None stop argument");
        }
        if (int_sign(args[0]) <= 0) {
            return mn_raise(runtime, &mn_type_ValueError, "empty range for randrange()");
        }
        return random_below(runtime, &args[0]);
    }
    mn_gc_ref_t refs[3];
    mn_value_t *width = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *n = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *step = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t result = MN_EXCEPTION;
    *step = count == 3 ? args[2] : mn_small_int(1);
    *width = mn_int_binary(runtime, MN_BINARY_SUBTRACT, &args[1], &args[0]);
    int step_sign = int_sign(*step);
    if (*width == MN_EXCEPTION) {
        // raised
    } else if (*step == mn_small_int(1)) {
        if (int_sign(*width) <= 0) {
            int64_t start, stop, span;
            if (mn_int_to_int64(args[0], &start) && mn_int_to_int64(args[1], &stop) &&
                mn_int_to_int64(*width, &span) && start > INT32_MIN && start < INT32_MAX &&
                stop > INT32_MIN && stop < INT32_MAX) {
                result = mn_raise(runtime, &mn_type_ValueError,
                                  "empty range for randrange() (%d, %d, %d)", (int)start, (int)stop,
                                  (int)span);
            } else {
                result = mn_raise(runtime, &mn_type_ValueError, "empty range for randrange()");
            }
        } else if ((*n = random_below(runtime, width)) != MN_EXCEPTION) {
            result = mn_int_binary(runtime, MN_BINARY_ADD, &args[0], n);
        }
    } else if (step_sign == 0) {
        result = mn_raise(runtime, &mn_type_ValueError, "zero step for randrange()");
    } else {
        // n = (width + step -+ 1) // step
        mn_value_t adjust = mn_small_int(step_sign > 0 ? -1 : 1);
        bool ok = (*n = mn_int_binary(runtime, MN_BINARY_ADD, width, step)) != MN_EXCEPTION &&
                  (*n = mn_int_binary(runtime, MN_BINARY_ADD, n, &adjust)) != MN_EXCEPTION &&
                  (*n = mn_int_binary(runtime, MN_BINARY_FLOOR_DIVIDE, n, step)) != MN_EXCEPTION;
        if (ok && int_sign(*n) <= 0) {
            result = mn_raise(runtime, &mn_type_ValueError, "empty range for randrange()");
        } else if (ok && (*n = random_below(runtime, n)) != MN_EXCEPTION &&
                   (*n = mn_int_binary(runtime, MN_BINARY_MULTIPLY, n, step)) != MN_EXCEPTION) {
            result = mn_int_binary(runtime, MN_BINARY_ADD, &args[0], n);
        }
    }
    mn_root_pop(&runtime->heap, &refs[2]);
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

static mn_value_t randrange_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)keywords;
    return randrange(runtime, args, count);
}

// randint(a, b): randrange(a, b + 1).
static mn_value_t randint_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count, (void)keywords;
    if (!check_int(runtime, args[0]) || !check_int(runtime, args[1])) {
        return MN_EXCEPTION;
    }
    mn_value_t one = mn_small_int(1);
    mn_value_t stop = mn_int_binary(runtime, MN_BINARY_ADD, &args[1], &one);
    if (stop == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    args[1] = stop; // an args slot: rooted
    return randrange(runtime, args, 2);
}

// choice(seq): seq[randbelow(len(seq))].
static mn_value_t choice_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count, (void)keywords;
    mn_value_t length = mn_len(runtime, &args[0]);
    if (length == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    if (mn_small_int_value(length) == 0) {
        return mn_raise(runtime, &mn_type_IndexError, "Cannot choose from an empty sequence");
    }
    ensure_seeded(runtime);
    mn_value_t index = mn_small_int((mn_small_int_t)below_64((uint64_t)mn_small_int_value(length)));
    return mn_subscript(runtime, &args[0], &index, NULL);
}

// A float in [0, 1) with 53 random bits.
static double random_double(void) {
    return (double)(next_64() >> 11) * (1.0 / 9007199254740992.0);
}

static mn_value_t random_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)args, (void)count, (void)keywords;
    ensure_seeded(runtime);
    return mn_float_new(runtime, random_double());
}

// uniform(a, b): a + (b - a) * random(), with the operands' own operators (as CPython's).
static mn_value_t uniform_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count, (void)keywords;
    ensure_seeded(runtime);
    mn_gc_ref_t refs[2];
    mn_value_t *span = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *fraction = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_EXCEPTION;
    if ((*span = mn_binary(runtime, MN_BINARY_SUBTRACT, &args[1], &args[0])) != MN_EXCEPTION &&
        (*fraction = mn_float_new(runtime, random_double())) != MN_EXCEPTION &&
        (*span = mn_binary(runtime, MN_BINARY_MULTIPLY, span, fraction)) != MN_EXCEPTION) {
        result = mn_binary(runtime, MN_BINARY_ADD, &args[0], span);
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// shuffle(x): x's items in a random order, in place (Fisher-Yates, as CPython's).
static mn_value_t shuffle_native(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count, (void)keywords;
    mn_value_t length = mn_len(runtime, &args[0]);
    if (length == MN_EXCEPTION) {
        return MN_EXCEPTION;
    }
    ensure_seeded(runtime);
    mn_gc_ref_t refs[2];
    mn_value_t *first = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *second = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = MN_NONE;
    for (mn_small_int_t i = mn_small_int_value(length) - 1; i > 0 && result != MN_EXCEPTION; i--) {
        mn_value_t at_i = mn_small_int(i);
        mn_value_t at_j = mn_small_int((mn_small_int_t)below_64((uint64_t)i + 1));
        if ((*first = mn_subscript(runtime, &args[0], &at_i, NULL)) == MN_EXCEPTION ||
            (*second = mn_subscript(runtime, &args[0], &at_j, NULL)) == MN_EXCEPTION ||
            mn_subscript(runtime, &args[0], &at_i, second) == MN_EXCEPTION ||
            mn_subscript(runtime, &args[0], &at_j, first) == MN_EXCEPTION) {
            result = MN_EXCEPTION;
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

// ---- The module -----------------------------------------------------------------------------

static MN_NATIVE(seed_fn, MN_QSTR_seed, 0, 1, 0, seed_native);
static MN_NATIVE(choice_fn, MN_QSTR_choice, 1, 1, 0, choice_native);
static MN_NATIVE(random_fn, MN_QSTR_random, 0, 0, 0, random_native);
static MN_NATIVE(randint_fn, MN_QSTR_randint, 2, 2, 0, randint_native);
static MN_NATIVE(shuffle_fn, MN_QSTR_shuffle, 1, 1, 0, shuffle_native);
static MN_NATIVE(uniform_fn, MN_QSTR_uniform, 2, 2, 0, uniform_native);
static MN_NATIVE(randrange_fn, MN_QSTR_randrange, 1, 3, 0, randrange_native);
static MN_NATIVE(getrandbits_fn, MN_QSTR_getrandbits, 1, 1, 0, getrandbits_native);

// Sorted by qstr id: by name length, then bytes.
static const mn_attr_entry_t random_attrs[] = {
    MN_ATTR(MN_QSTR_seed, &seed_fn),           MN_ATTR(MN_QSTR_choice, &choice_fn),
    MN_ATTR(MN_QSTR_random, &random_fn),       MN_ATTR(MN_QSTR_randint, &randint_fn),
    MN_ATTR(MN_QSTR_shuffle, &shuffle_fn),     MN_ATTR(MN_QSTR_uniform, &uniform_fn),
    MN_ATTR(MN_QSTR_randrange, &randrange_fn), MN_ATTR(MN_QSTR_getrandbits, &getrandbits_fn),
};
MN_ATTR_TABLE(random_attr_table, random_attrs);

const mn_rom_module_t mn_module_random = {
    .header = MN_ROM_MODULE_HEADER,
    .name = MN_QSTR_VALUE(MN_QSTR_random),
    .attrs = &random_attr_table,
};
