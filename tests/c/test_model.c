// Randomized model test of the memory system (src/mem).
//
// Each sequence sets up a heap of random size and runs random steps on it: allocate (1 word
// to several KB), link, unlink, pin, unpin, drop a root, push and pop GC references, build
// deep chains, collect, reserve and release words of the reserved top (the VM stack), shrink
// a block, grow the last block in place. A plain C model shadows the heap: every object's
// type, size, links and pin state, and every root, the words of the reserved top included.
// After every step the heap must agree with the model:
//   - every object reachable from the roots is where the references say, with its header,
//     id word, raw words and links exactly as the model says; a pinned one never moved;
//   - the blocks that tile the heap are exactly the model's allocated objects: the reachable
//     ones plus the garbage made since the last collection, which a collection then frees;
//     the top of the heap is the end of the last of them;
//   - the reserved top is exactly the model's stack: it never moves, its words are values
//     that the collector updates, and new words are zero;
//   - mn_heap_stats agrees with the model exactly, mn_roots_visit sees every root that holds
//     a reference, and mn_heap_verify finds nothing;
//   - an allocation or a reservation fails only when live data plus the reserved top plus the
//     request exceed the heap (when nothing is pinned), and after a failure the heap is sound
//     and allocation goes on; growing in place succeeds exactly when the block is the last
//     one, the heap is unlocked and the free top has room.
//
// The model never keeps a heap pointer in a C local across an allocation or a collection:
// after each one the addresses of all objects are found again by walking from the roots.
// Raw words hold patterns that look like headers and like aligned pointers into the heap, and
// reference slots hold small ints and pointers just outside the arena, to prove that the
// collector reads and rewrites exactly the reference words the type table names.
//
// Run more sequences from a given seed (options go after the case name):
//     build/tests/test_model model_fixed_seeds --seed N --count M [--trace]
#include <assert.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem/mem.h"
#include "testing.h"

// Under ASan/UBSan a crash is reported by the sanitizer, which then calls a death callback;
// elsewhere a signal handler names the sequence that was running (SIGABRT always: that is
// how the library's verifier stops).
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define MODEL_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MODEL_SANITIZED 1
#endif
#ifdef MODEL_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

// ---- Sizes of the runs -------------------------------------------------------------------
//
// The stress build collects at every allocation, so its heaps are smaller and its chains
// shorter; each configuration stays well under a minute.

#if MN_GC_STRESS
#define HEAP_SIZE_LOG2_MIN 10 // heaps of 1 KiB ...
#define HEAP_SIZE_LOG2_MAX 13 // ... to 16 KiB
#define STEPS_MIN 20
#define STEPS_MAX 200
#define CHAIN_NODES_MAX 200
#else
#define HEAP_SIZE_LOG2_MIN 11 // heaps of 2 KiB ...
#define HEAP_SIZE_LOG2_MAX 15 // ... to 64 KiB
#define STEPS_MIN 20
#define STEPS_MAX 200
#define CHAIN_NODES_MAX 400
#endif

#define FIXED_SEEDS_FIRST 1
#define FIXED_SEEDS_COUNT 10000
#define TINY_STACK_SEEDS_FIRST 1000001
#define TINY_STACK_SEEDS_COUNT 300
#define EXACT_FIT_SEEDS_FIRST 2000001
#define EXACT_FIT_SEEDS_COUNT 500

#define HEAP_BYTES_MAX ((size_t)1 << (HEAP_SIZE_LOG2_MAX + 1))
#define STACK_WORDS_MAX (HEAP_BYTES_MAX / sizeof(mn_word_t)) // the whole arena, at most
#define RESERVE_WORDS_MAX 64    // an ordinary reservation (a call frame); rarely more
#define LARGE_OBJECT_BYTES 6144 // "several KB": the largest ordinary request
#define PINS_MAX 6              // pinned objects at once: enough to fragment, not to choke

// ---- Failure reports ---------------------------------------------------------------------

// The sequence being run, for failure messages and the crash handler.
static uint64_t current_seed;
static unsigned current_step;
static const char *current_op = "setup";
static bool tracing;
static bool summary; // --summary: print what the run covered
static char failure[1024];

// What a run covered (printed with --summary), to keep the distributions honest.
static struct coverage {
    unsigned long long sequences, steps, allocations, failures, failures_unpinned,
        failures_near_fit, implicit_collections, explicit_collections, freed, chain_nodes,
        longest_chain, pins, tiny_stack_sequences, bytes_moved, reserves, reserve_failures,
        reserve_failures_unpinned, reserve_collections, releases, deepest_stack, shrinks,
        shrinks_of_last, grows, grows_refused;
} coverage;

__attribute__((format(printf, 2, 3))) static bool expect_failed(int line, const char *format, ...) {
    if (failure[0] == '\0') {
        int used = snprintf(failure, sizeof failure,
                            "seed %llu step %u (%s), line %d: ", (unsigned long long)current_seed,
                            current_step, current_op, line);
        va_list args;
        va_start(args, format);
        vsnprintf(failure + used, sizeof failure - (size_t)used, format, args);
        va_end(args);
    }
    return false;
}

// Inside the checks: fail the sequence with a message naming the seed and step.
#define EXPECT(condition, ...)                                                                     \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            return expect_failed(__LINE__, __VA_ARGS__);                                           \
        }                                                                                          \
    } while (0)

#define HEX(value) ((unsigned long long)(value))

// The verifier built into the library (MN_GC_VERIFY) aborts on a violation; say which
// sequence was running so that it can be replayed.
static const char *current_case = "model_fixed_seeds";

static void report_death(void) {
    fprintf(stderr,
            "test_model: died in %s, seed %llu step %u (%s); replay with\n"
            "  %s %s --seed %llu --count 1 --trace\n",
            current_case, (unsigned long long)current_seed, current_step, current_op, test_argv[0],
            current_case, (unsigned long long)current_seed);
}

static void report_signal(int signal_number) {
    report_death();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

// ---- Random numbers (splitmix64 to seed, xorshift64* to run; never rand()) ----------------

static uint64_t splitmix64(uint64_t x) {
    x += 0x9e3779b97f4a7c15u;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

static uint64_t rng_state; // never 0

// The fuzzer (tests/fuzz/fuzz_heap.c) defines MN_MODEL_RANDOM: its input makes the choices.
#ifdef MN_MODEL_RANDOM
uint64_t MN_MODEL_RANDOM(void);
#endif

static uint64_t rng_next(void) {
#ifdef MN_MODEL_RANDOM
    return MN_MODEL_RANDOM();
#endif
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1du;
}

// Uniform in [0, n); 0 when n <= 1.
static size_t rng_below(size_t n) {
    return n <= 1 ? 0 : (size_t)(rng_next() % n);
}

// Uniform in [low, high].
static size_t rng_range(size_t low, size_t high) {
    return low + rng_below(high - low + 1);
}

static bool rng_percent(unsigned percent) {
    return rng_below(100) < percent;
}

// ---- The test's heap types ---------------------------------------------------------------
//
//   node    [header][raw: ref count n][raw: id][n refs][raw data ...]   ref_range function
//   leaf    [header][raw: id][raw data ...]                             no refs
//   vector  [header][raw: id][refs to the end ...]                      MN_REFS_TO_END
//   pair    [header][raw: id][raw data][ref][ref][raw data ...]         fixed range 3..4
//   atom    [header]                                                    empty range at the end

enum { TAG_NODE = 1, TAG_LEAF, TAG_VECTOR, TAG_PAIR, TAG_ATOM, TAG_COUNT };

#define NODE_COUNT_WORD 1
#define NODE_ID_WORD 2
#define NODE_FIRST_REF 3
#define ID_WORD 1        // leaf, vector, pair
#define PAIR_FIRST_REF 3 // a raw word before the refs: the range must not start early
#define PAIR_REFS 2
#define VECTOR_FIRST_REF 2

static const char *const tag_names[TAG_COUNT] = {"free", "node", "leaf", "vector", "pair", "atom"};

// Set when the collector asks for a node's range with a block whose count word cannot be
// right (it must read only raw words, with the real block size).
static bool ref_range_misused;

static void node_ref_range(const mn_word_t *block, size_t block_words, size_t *first_ref,
                           size_t *ref_count) {
    mn_word_t count = block[NODE_COUNT_WORD];
    *first_ref = NODE_FIRST_REF;
    *ref_count = 0;
    if (block_words < NODE_FIRST_REF || count > block_words - NODE_FIRST_REF) {
        ref_range_misused = true;
        return;
    }
    *ref_count = (size_t)count;
}

static const mn_gc_type_t test_types[TAG_COUNT] = {
    [TAG_NODE] = {"node", 'N', 0, 0, node_ref_range},
    [TAG_LEAF] = {"leaf", 'L', 2, 0, NULL},
    [TAG_VECTOR] = {"vector", 'V', VECTOR_FIRST_REF, MN_REFS_TO_END, NULL},
    [TAG_PAIR] = {"pair", 'P', PAIR_FIRST_REF, PAIR_REFS, NULL},
    [TAG_ATOM] = {"atom", 0, 1, MN_REFS_TO_END, NULL},
};

// ---- The model ---------------------------------------------------------------------------

// What a reference slot (a root or an object's ref field) holds: an object id (>= 0), or a
// value the collector must leave alone.
typedef int32_t link_t;
enum {
    LINK_NULL = -1,         // 0
    LINK_ROM = -2,          // an aligned pointer outside the arena ("ROM")
    LINK_BELOW_HEAP = -3,   // the aligned address one word below the arena
    LINK_HEAP_END = -4,     // heap->arena_end: one past the arena
    LINK_ODD_IN_HEAP = -5,  // inside the arena with bit 0 set
    LINK_UNALIGNED = -6,    // inside the arena, bit 0 clear but not word-aligned
    LINK_SMALL_INT_0 = -16, // small int n is LINK_SMALL_INT_0 - n: the word (n << 1) | 1
};
#define SMALL_INT_LIMIT (1 << 20)

#define NO_OBJECT UINT32_MAX

typedef struct object {
    uint8_t tag;
    bool allocated; // its block is in the heap: reachable, or garbage not collected yet
    bool pinned;
    uint32_t words; // block size, header included
    uint32_t first_ref;
    uint32_t ref_count;
    size_t first_link; // its ref_count links start here in model.links
    uint32_t born;     // model.collections when it was allocated
    mn_word_t address; // exact whenever no collection ran since the last walk
    mn_word_t address_at_last_walk;
    mn_word_t pin_address;
    uint32_t walk_mark;  // == model.walk_stamp: reached by the current walk
    uint32_t reach_mark; // == model.reach_stamp: reachable in the model
} object_t;

// Roots: region A (length varies), region B (registered or not), pushed GC references, and
// the words of the reserved top of the arena (the stack). Root number r is a slot of region A,
// then region B, then the reference stack, then stack word r - FIRST_STACK_ROOT. Stack word k
// is at arena_end - 1 - k: the stack grows down, its newest words are the lowest.
#define REGION_A_SLOTS 24
#define REGION_B_SLOTS 4
#define REF_SLOTS 8
#define ROOT_SLOTS (REGION_A_SLOTS + REGION_B_SLOTS + REF_SLOTS) // roots outside the arena
#define FIRST_B_ROOT REGION_A_SLOTS
#define FIRST_REF_ROOT (REGION_A_SLOTS + REGION_B_SLOTS)
#define FIRST_STACK_ROOT ROOT_SLOTS

static mn_word_t region_a[REGION_A_SLOTS];
static size_t region_a_length;
static mn_word_t region_b[REGION_B_SLOTS];
static const size_t region_b_length = REGION_B_SLOTS;
static mn_gc_ref_t gc_refs[REF_SLOTS];

static mn_word_t heap_buffer[HEAP_BYTES_MAX / sizeof(mn_word_t) + 2];
static mn_heap_t heap;
static const mn_word_t rom_words[4] = {0x11, 0x22, 0x33, 0x44};

enum {
    OP_ALLOC,
    OP_LINK,
    OP_UNLINK,
    OP_PIN,
    OP_UNPIN,
    OP_DROP_ROOT,
    OP_ROOTS,
    OP_PUSH,
    OP_POP,
    OP_COLLECT,
    OP_CHAIN,
    OP_LOCKED,
    OP_RESERVE,
    OP_RELEASE,
    OP_SHRINK,
    OP_GROW,
    OP_COUNT
};
static const char *const op_names[OP_COUNT] = {
    "alloc", "link",    "unlink", "pin",          "unpin",   "drop root", "roots",  "push",
    "pop",   "collect", "chain",  "locked alloc", "reserve", "release",   "shrink", "grow",
};

typedef struct model {
    // Fixed for the sequence.
    mn_word_t heap_start; // (mn_word_t)heap.start
    mn_word_t arena_end;  // (mn_word_t)heap.arena_end
    size_t heap_words;    // of the whole arena, the reserved top included
    size_t total_bytes;
    size_t threshold;
    bool clock;
    unsigned weights[OP_COUNT];
    unsigned weight_sum;

    object_t *objects; // indexed by id; ids are never reused within a sequence
    size_t object_count;
    size_t object_capacity;
    link_t *links;
    size_t link_count;
    size_t link_capacity;
    uint32_t *allocated_ids; // ids of the allocated objects, in no order
    size_t allocated_count;
    uint32_t *reached; // the last walk's reachable ids, in visit order (also its queue)
    size_t reached_count;
    uint32_t *scratch; // model_reach's queue, check_tiling's sort
    uint32_t walk_stamp;
    uint32_t reach_stamp;

    link_t root_links[ROOT_SLOTS + STACK_WORDS_MAX]; // meaningful for active roots
    mn_word_t *ref_slots[REF_SLOTS];
    size_t ref_depth;
    bool region_b_registered;
    size_t stack_words;  // words of the reserved top: heap.end is arena_end - stack_words
    uint32_t last_block; // the allocated object with the highest address (NO_OBJECT: none)

    // Expected statistics and counters.
    size_t allocated_bytes;
    size_t pinned_count; // allocated pinned objects
    size_t peak_allocated;
    uint32_t collections;
    uint64_t bytes_moved; // as the stats said at the last walk
    uint64_t collect_us;
    size_t allocated_since_collect;
    uint32_t collections_since_walk;
    bool expect_all_moved; // stress build: the last collection had to move every block
    bool addresses_fresh;  // no collection since the last walk
    uint64_t fake_time;
} model_t;

static model_t model;

static uint64_t fake_clock_us(void) {
    model.fake_time += 3;
    return model.fake_time;
}

static void ensure_object_capacity(size_t needed) {
    if (needed <= model.object_capacity) {
        return;
    }
    size_t capacity = model.object_capacity == 0 ? 1024 : model.object_capacity;
    while (capacity < needed) {
        capacity *= 2;
    }
    model.objects = realloc(model.objects, capacity * sizeof *model.objects);
    model.allocated_ids = realloc(model.allocated_ids, capacity * sizeof(uint32_t));
    model.reached = realloc(model.reached, capacity * sizeof(uint32_t));
    model.scratch = realloc(model.scratch, capacity * sizeof(uint32_t));
    if (!model.objects || !model.allocated_ids || !model.reached || !model.scratch) {
        fprintf(stderr, "test_model: out of host memory\n");
        exit(2);
    }
    model.object_capacity = capacity;
}

static size_t new_links(size_t count) {
    if (model.link_count + count > model.link_capacity) {
        size_t capacity = model.link_capacity == 0 ? 4096 : model.link_capacity;
        while (capacity < model.link_count + count) {
            capacity *= 2;
        }
        model.links = realloc(model.links, capacity * sizeof *model.links);
        if (model.links == NULL) {
            fprintf(stderr, "test_model: out of host memory\n");
            exit(2);
        }
        model.link_capacity = capacity;
    }
    size_t first = model.link_count;
    for (size_t i = 0; i < count; i++) {
        model.links[first + i] = LINK_NULL;
    }
    model.link_count += count;
    return first;
}

// Registers a block just allocated at `address`; every ref field starts as 0 (LINK_NULL).
static uint32_t model_new_object(unsigned tag, size_t words, size_t ref_count, mn_word_t address) {
    ensure_object_capacity(model.object_count + 1);
    uint32_t id = (uint32_t)model.object_count++;
    object_t *object = &model.objects[id];
    memset(object, 0, sizeof *object);
    object->tag = (uint8_t)tag;
    object->allocated = true;
    object->words = (uint32_t)words;
    object->ref_count = (uint32_t)ref_count;
    object->first_ref = tag == TAG_NODE     ? NODE_FIRST_REF
                        : tag == TAG_PAIR   ? PAIR_FIRST_REF
                        : tag == TAG_VECTOR ? VECTOR_FIRST_REF
                                            : 1;
    object->first_link = new_links(ref_count);
    object->born = model.collections;
    object->address = address;
    object->address_at_last_walk = address;
    model.allocated_ids[model.allocated_count++] = id;
    model.allocated_bytes += words * MN_WORD_BYTES;
    model.allocated_since_collect += words * MN_WORD_BYTES;
    if (model.allocated_bytes > model.peak_allocated) {
        model.peak_allocated = model.allocated_bytes;
    }
    return id;
}

// One past the last root number in use: every stack word is a root.
static size_t roots_end(void) {
    return FIRST_STACK_ROOT + model.stack_words;
}

static bool root_active(size_t root) {
    if (root < FIRST_B_ROOT) {
        return root < region_a_length;
    }
    if (root < FIRST_REF_ROOT) {
        return model.region_b_registered;
    }
    if (root < FIRST_STACK_ROOT) {
        return root - FIRST_REF_ROOT < model.ref_depth;
    }
    return root - FIRST_STACK_ROOT < model.stack_words;
}

// The word of stack word `k` (it never moves while it is reserved).
static mn_word_t *stack_word(size_t k) {
    return (mn_word_t *)model.arena_end - 1 - k;
}

static mn_word_t *root_word(size_t root) {
    if (root < FIRST_B_ROOT) {
        return &region_a[root];
    }
    if (root < FIRST_REF_ROOT) {
        return &region_b[root - FIRST_B_ROOT];
    }
    if (root < FIRST_STACK_ROOT) {
        return model.ref_slots[root - FIRST_REF_ROOT];
    }
    return stack_word(root - FIRST_STACK_ROOT);
}

// Marks every object reachable from the active roots, in the model alone (no heap access). Returns
// how many; *live_bytes gets their size and *pinned_live whether one of them is pinned.
static size_t model_reach(size_t *live_bytes, bool *pinned_live) {
    uint32_t stamp = ++model.reach_stamp;
    uint32_t *queue = model.scratch;
    size_t queued = 0;
    for (size_t root = 0; root < roots_end(); root++) {
        link_t link = model.root_links[root];
        if (root_active(root) && link >= 0 && model.objects[link].reach_mark != stamp) {
            model.objects[link].reach_mark = stamp;
            queue[queued++] = (uint32_t)link;
        }
    }
    size_t bytes = 0;
    bool pinned = false;
    for (size_t next = 0; next < queued; next++) {
        const object_t *object = &model.objects[queue[next]];
        bytes += object->words * MN_WORD_BYTES;
        pinned = pinned || object->pinned;
        for (size_t k = 0; k < object->ref_count; k++) {
            link_t link = model.links[object->first_link + k];
            if (link >= 0 && model.objects[link].reach_mark != stamp) {
                model.objects[link].reach_mark = stamp;
                queue[queued++] = (uint32_t)link;
            }
        }
    }
    if (live_bytes != NULL) {
        *live_bytes = bytes;
    }
    if (pinned_live != NULL) {
        *pinned_live = pinned;
    }
    return queued;
}

// A collection ran: every allocated object the roots do not reach is gone. Returns how many.
static size_t model_collect(void) {
    model_reach(NULL, NULL);
    size_t freed = 0;
    for (size_t i = 0; i < model.allocated_count;) {
        uint32_t id = model.allocated_ids[i];
        object_t *object = &model.objects[id];
        if (object->reach_mark == model.reach_stamp) {
            i++;
            continue;
        }
        object->allocated = false;
        if (object->pinned) {
            object->pinned = false;
            model.pinned_count--;
        }
        model.allocated_bytes -= object->words * MN_WORD_BYTES;
        model.allocated_ids[i] = model.allocated_ids[--model.allocated_count];
        freed++;
    }
    model.collections++;
    model.collections_since_walk++;
    model.allocated_since_collect = 0;
    model.addresses_fresh = false;
    return freed;
}

// ---- Values ------------------------------------------------------------------------------

// The word a slot holds for `link`. An object's address must be exact (addresses_fresh).
static mn_word_t link_value(link_t link) {
    if (link >= 0) {
        return model.objects[link].address;
    }
    mn_word_t middle = model.heap_start + (model.heap_words / 2) * MN_WORD_BYTES;
    switch (link) {
    case LINK_NULL:
        return 0;
    case LINK_ROM:
        return (mn_word_t)&rom_words[1];
    case LINK_BELOW_HEAP:
        return model.heap_start - MN_WORD_BYTES;
    case LINK_HEAP_END:
        return model.arena_end;
    case LINK_ODD_IN_HEAP:
        return middle + 1;
    case LINK_UNALIGNED:
        return middle + 2;
    default:
        assert(link <= LINK_SMALL_INT_0);
        return ((mn_word_t)(LINK_SMALL_INT_0 - link) << 1) | 1;
    }
}

// Raw data word `index` of object `id`: mostly odd patterns (they could pass for headers),
// some aligned pointers into the heap, some the address of the first block. The collector
// must never follow or rewrite any of them.
static mn_word_t raw_pattern(uint32_t id, size_t index) {
    uint32_t hash = id * 2654435761u ^ (uint32_t)index * 0x9e3779b9u;
    hash = (hash ^ (hash >> 15)) * 0x2c1b3c6du;
    hash ^= hash >> 12;
    switch (hash & 15) {
    case 0:
        return model.heap_start;
    case 1:
        return model.heap_start + MN_WORD_BYTES * (mn_word_t)((hash >> 4) % model.heap_words);
    default:
        return (((mn_word_t)hash << (MN_WORD_BITS - 32)) ^ (id * 2654435761u + index * 40503u)) | 1;
    }
}

static bool is_ref_word(const object_t *object, size_t index) {
    return index >= object->first_ref && index < object->first_ref + object->ref_count;
}

// The raw (non-reference) word `index` of object `id`.
static mn_word_t expected_raw(uint32_t id, const object_t *object, size_t index) {
    if (object->tag == TAG_NODE) {
        if (index == NODE_COUNT_WORD) {
            return object->ref_count;
        }
        if (index == NODE_ID_WORD) {
            return id;
        }
    } else if (index == ID_WORD) {
        return id;
    }
    return raw_pattern(id, index);
}

static mn_word_t expected_header(const object_t *object) {
    return mn_header_make(object->tag, object->words) | (object->pinned ? MN_HEADER_PIN : 0);
}

// ---- Checking the heap against the model --------------------------------------------------

// Where a slot is, for messages: a root, or word `index` of object `owner`.
static const char *slot_name(uint32_t owner, size_t index) {
    static char name[64];
    if (owner == NO_OBJECT && index >= FIRST_STACK_ROOT) {
        snprintf(name, sizeof name, "stack word %zu (root %zu)", index - FIRST_STACK_ROOT, index);
    } else if (owner == NO_OBJECT) {
        snprintf(name, sizeof name, "root %zu", index);
    } else {
        snprintf(name, sizeof name, "object %u (%s) word %zu", owner,
                 tag_names[model.objects[owner].tag], index);
    }
    return name;
}

// Checks that `value`, found in a slot, is what the model says the slot holds. The first
// reference to an object in a walk checks its block and queues it for its contents.
static bool check_slot(link_t expected, mn_word_t value, uint32_t owner, size_t index) {
    if (expected < 0) {
        EXPECT(value == link_value(expected), "%s holds %#llx, expected the non-reference %#llx",
               slot_name(owner, index), HEX(value), HEX(link_value(expected)));
        return true;
    }
    object_t *target = &model.objects[expected];
    assert(target->allocated);
    if (target->walk_mark == model.walk_stamp) {
        EXPECT(value == target->address, "%s holds %#llx, expected object %d at %#llx",
               slot_name(owner, index), HEX(value), expected, HEX(target->address));
        return true;
    }
    EXPECT(mn_heap_contains(&heap, value), "%s holds %#llx: not a heap block, expected object %d",
           slot_name(owner, index), HEX(value), expected);
    const mn_word_t *block = (const mn_word_t *)value;
    EXPECT((size_t)(heap.top - block) >= target->words,
           "%s refers to object %d at offset %lld, which runs past the top",
           slot_name(owner, index), expected, (long long)(value - model.heap_start));
    EXPECT(block[0] == expected_header(target),
           "%s refers to offset %lld: header %#llx, expected object %d's %#llx (%s, %u words%s)",
           slot_name(owner, index), (long long)(value - model.heap_start), HEX(block[0]), expected,
           HEX(expected_header(target)), tag_names[target->tag], target->words,
           target->pinned ? ", pinned" : "");
    EXPECT(!target->pinned || value == target->pin_address,
           "pinned object %d moved from offset %lld to %lld", expected,
           (long long)(target->pin_address - model.heap_start),
           (long long)(value - model.heap_start));
    target->walk_mark = model.walk_stamp;
    target->address = value;
    model.reached[model.reached_count++] = (uint32_t)expected;
    return true;
}

static bool check_contents(uint32_t id) {
    const object_t *object = &model.objects[id];
    const mn_word_t *block = (const mn_word_t *)object->address;
    for (size_t index = 1; index < object->words; index++) {
        if (is_ref_word(object, index)) {
            link_t link = model.links[object->first_link + index - object->first_ref];
            if (!check_slot(link, block[index], id, index)) {
                return false;
            }
        } else {
            EXPECT(block[index] == expected_raw(id, object, index),
                   "%s (raw) is %#llx, expected %#llx", slot_name(id, index), HEX(block[index]),
                   HEX(expected_raw(id, object, index)));
        }
    }
    return true;
}

// Walks from the roots: checks every reachable object and records its address.
static bool walk_heap(void) {
    model.walk_stamp++;
    model.reached_count = 0;
    for (size_t root = 0; root < roots_end(); root++) {
        if (root_active(root) &&
            !check_slot(model.root_links[root], *root_word(root), NO_OBJECT, root)) {
            return false;
        }
    }
    for (size_t next = 0; next < model.reached_count; next++) {
        if (!check_contents(model.reached[next])) {
            return false;
        }
    }
    model.addresses_fresh = true;
    return true;
}

// Which objects moved since the last walk, against stats.bytes_moved; the stress build's
// promise to move every block.
static bool check_moves(const mn_heap_stats_t *stats) {
    uint64_t moved_bytes = 0;
    for (size_t i = 0; i < model.reached_count; i++) {
        object_t *object = &model.objects[model.reached[i]];
        if (object->address != object->address_at_last_walk) {
            moved_bytes += object->words * MN_WORD_BYTES;
        } else {
            // The stress build moves every block at a collection when nothing is pinned and
            // the heap had room (see allocate); an object born after it is exempt.
            EXPECT(!model.expect_all_moved || object->born == model.collections,
                   "stress build: object %u (%s, %u words) at offset %lld did not move at the "
                   "allocation's collection",
                   model.reached[i], tag_names[object->tag], object->words,
                   (long long)(object->address - model.heap_start));
        }
        object->address_at_last_walk = object->address;
    }
    EXPECT(stats->bytes_moved >= model.bytes_moved, "bytes_moved went down");
    uint64_t counted = stats->bytes_moved - model.bytes_moved;
#if MN_GC_STRESS
    // The stress build may copy a block twice in one collection (it shifts the heap too).
    EXPECT(counted >= moved_bytes, "bytes_moved grew by %llu, but %llu bytes of objects moved",
           (unsigned long long)counted, (unsigned long long)moved_bytes);
#else
    if (model.collections_since_walk <= 1) {
        EXPECT(counted == moved_bytes, "bytes_moved grew by %llu, but %llu bytes of objects moved",
               (unsigned long long)counted, (unsigned long long)moved_bytes);
    } else {
        EXPECT(counted >= moved_bytes, "bytes_moved grew by %llu, but %llu bytes of objects moved",
               (unsigned long long)counted, (unsigned long long)moved_bytes);
    }
#endif
    coverage.bytes_moved += counted;
    model.bytes_moved = stats->bytes_moved;
    model.collections_since_walk = 0;
    model.expect_all_moved = false;
    return true;
}

static int compare_by_address(const void *left, const void *right) {
    mn_word_t a = model.objects[*(const uint32_t *)left].address;
    mn_word_t b = model.objects[*(const uint32_t *)right].address;
    return a < b ? -1 : a > b;
}

// The blocks that tile [start, top) are exactly the model's allocated objects (reachable or
// not yet collected), with their headers; the rest is free blocks.
static bool check_tiling(void) {
    uint32_t *sorted = model.scratch;
    memcpy(sorted, model.allocated_ids, model.allocated_count * sizeof *sorted);
    qsort(sorted, model.allocated_count, sizeof *sorted, compare_by_address);
    size_t next = 0;
    for (const mn_word_t *block = heap.start; block < heap.top;) {
        mn_word_t header = block[0];
        long long offset = (long long)((mn_word_t)block - model.heap_start);
        EXPECT(header & MN_HEADER_FLAG, "the word at offset %lld is not a header: %#llx", offset,
               HEX(header));
        size_t words = mn_header_words(header);
        EXPECT(words >= 1 && words <= (size_t)(heap.top - block),
               "the block at offset %lld has %zu words: past the top", offset, words);
        EXPECT((header & MN_HEADER_MARK) == 0, "the block at offset %lld is still marked", offset);
        if (mn_header_tag(header) == MN_TAG_FREE) {
            EXPECT((header & MN_HEADER_PIN) == 0, "the free block at offset %lld is pinned",
                   offset);
        } else {
            EXPECT(next < model.allocated_count &&
                       model.objects[sorted[next]].address <= (mn_word_t)block,
                   "the block at offset %lld (tag %u, %zu words) is no object of the model: "
                   "garbage that should be gone, or a stray",
                   offset, mn_header_tag(header), words);
            const object_t *object = &model.objects[sorted[next]];
            EXPECT(object->address == (mn_word_t)block,
                   "object %u (%s, %u words) is missing from offset %lld", sorted[next],
                   tag_names[object->tag], object->words,
                   (long long)(object->address - model.heap_start));
            EXPECT(header == expected_header(object),
                   "object %u at offset %lld: header %#llx, expected %#llx", sorted[next], offset,
                   HEX(header), HEX(expected_header(object)));
            next++;
        }
        block += words;
    }
    EXPECT(next == model.allocated_count, "%zu model objects are missing above the top",
           model.allocated_count - next);
    // Only shrinking the last block lowers the top, and compaction ends it after the last
    // live block: the top is the end of the last object. (The stress build's pad is a free
    // block at the start, the only block when nothing is allocated.)
    model.last_block = model.allocated_count > 0 ? sorted[model.allocated_count - 1] : NO_OBJECT;
    if (model.last_block != NO_OBJECT) {
        const object_t *last = &model.objects[model.last_block];
        EXPECT((mn_word_t)heap.top == last->address + last->words * MN_WORD_BYTES,
               "the top is at offset %lld, but the last object (%u, %u words) ends at %lld",
               (long long)((mn_word_t)heap.top - model.heap_start), model.last_block, last->words,
               (long long)(last->address + last->words * MN_WORD_BYTES - model.heap_start));
    } else {
        EXPECT(MN_GC_STRESS || heap.top == heap.start,
               "nothing is allocated, but the top is at offset %lld",
               (long long)((mn_word_t)heap.top - model.heap_start));
    }
    return true;
}

typedef struct root_visits {
    unsigned count[ROOT_SLOTS + STACK_WORDS_MAX]; // the first roots_end() are counted
    unsigned strays;
} root_visits_t;

static void record_root_visit(mn_heap_t *visited_heap, mn_word_t *slot, void *context) {
    (void)visited_heap;
    root_visits_t *visits = context;
    mn_word_t address = (mn_word_t)slot;
    if (address < model.arena_end &&
        address >= model.arena_end - model.stack_words * MN_WORD_BYTES) {
        visits->count[FIRST_STACK_ROOT + (size_t)(stack_word(0) - slot)]++;
        return;
    }
    for (size_t root = 0; root < FIRST_STACK_ROOT; root++) {
        if (root_active(root) && root_word(root) == slot) {
            visits->count[root]++;
            return;
        }
    }
    visits->strays++;
}

// mn_roots_visit visits every root slot once, whatever it holds, and nothing else. Slots
// that are not roots (past region A's length, region B while removed) hold the address of
// the first block, and the collector must not have touched them. The reserved top is
// exactly the model's stack.
static bool check_roots(void) {
    static root_visits_t visits;
    memset(visits.count, 0, roots_end() * sizeof visits.count[0]);
    visits.strays = 0;
    EXPECT((mn_word_t)heap.arena_end == model.arena_end &&
               heap.end == (mn_word_t *)model.arena_end - model.stack_words,
           "the reserved top is [offset %lld, %lld), expected %zu words below %lld",
           (long long)((mn_word_t)heap.end - model.heap_start),
           (long long)((mn_word_t)heap.arena_end - model.heap_start), model.stack_words,
           (long long)(model.arena_end - model.heap_start));
    mn_roots_visit(&heap, record_root_visit, &visits);
    EXPECT(visits.strays == 0, "mn_roots_visit visited %u slots that are not roots", visits.strays);
    for (size_t root = 0; root < roots_end(); root++) {
        EXPECT(!root_active(root) || visits.count[root] == 1,
               "mn_roots_visit visited root %zu %u times", root, visits.count[root]);
    }
    for (size_t slot = region_a_length; slot < REGION_A_SLOTS; slot++) {
        EXPECT(region_a[slot] == model.heap_start, "region A slot %zu past the length changed",
               slot);
    }
    for (size_t slot = 0; slot < REGION_B_SLOTS && !model.region_b_registered; slot++) {
        EXPECT(region_b[slot] == model.heap_start, "removed region B's slot %zu changed", slot);
    }
    return true;
}

static bool check_stats(const mn_heap_stats_t *stats) {
    mn_heap_type_stats_t per_type[MN_TAG_COUNT_MAX];
    memset(per_type, 0, sizeof per_type);
    size_t blocks_16 = 0;
    size_t blocks_32 = 0;
    size_t largest = 0;
    for (size_t i = 0; i < model.allocated_count; i++) {
        const object_t *object = &model.objects[model.allocated_ids[i]];
        size_t bytes = object->words * MN_WORD_BYTES;
        per_type[object->tag].blocks++;
        per_type[object->tag].bytes += bytes;
        blocks_16 += bytes <= 16;
        blocks_32 += bytes > 16 && bytes <= 32;
        largest = bytes > largest ? bytes : largest;
    }
    EXPECT(stats->total_bytes == model.total_bytes, "total_bytes %zu, expected %zu",
           stats->total_bytes, model.total_bytes);
    EXPECT(stats->allocated_bytes == model.allocated_bytes, "allocated_bytes %zu, expected %zu",
           stats->allocated_bytes, model.allocated_bytes);
    EXPECT(heap.allocated_bytes == model.allocated_bytes, "heap->allocated_bytes %zu, expected %zu",
           heap.allocated_bytes, model.allocated_bytes);
    EXPECT(stats->allocated_blocks == model.allocated_count, "allocated_blocks %zu, expected %zu",
           stats->allocated_blocks, model.allocated_count);
    EXPECT(stats->reserved_bytes == model.stack_words * MN_WORD_BYTES,
           "reserved_bytes %zu, expected %zu", stats->reserved_bytes,
           model.stack_words * MN_WORD_BYTES);
    EXPECT(stats->free_bytes == stats->total_bytes - stats->allocated_bytes - stats->reserved_bytes,
           "free_bytes %zu is not total - allocated - reserved", stats->free_bytes);
    for (unsigned tag = 1; tag < MN_TAG_COUNT_MAX; tag++) {
        EXPECT(stats->per_type[tag].blocks == per_type[tag].blocks &&
                   stats->per_type[tag].bytes == per_type[tag].bytes,
               "per_type[%u]: %zu blocks, %zu bytes; expected %zu, %zu", tag,
               stats->per_type[tag].blocks, stats->per_type[tag].bytes, per_type[tag].blocks,
               per_type[tag].bytes);
    }
    EXPECT(stats->per_type[MN_TAG_FREE].bytes == stats->free_bytes &&
               stats->per_type[MN_TAG_FREE].blocks == stats->free_blocks,
           "per_type[0] (%zu runs, %zu bytes) is not the free runs (%zu, %zu bytes)",
           stats->per_type[MN_TAG_FREE].blocks, stats->per_type[MN_TAG_FREE].bytes,
           stats->free_blocks, stats->free_bytes);
    EXPECT(stats->blocks_16 == blocks_16 && stats->blocks_32 == blocks_32,
           "blocks_16 %zu, blocks_32 %zu; expected %zu, %zu", stats->blocks_16, stats->blocks_32,
           blocks_16, blocks_32);
    EXPECT(stats->largest_allocated == largest, "largest_allocated %zu, expected %zu",
           stats->largest_allocated, largest);
    size_t top_bytes = (size_t)(heap.end - heap.top) * MN_WORD_BYTES;
    EXPECT(stats->largest_free >= top_bytes && stats->largest_free <= stats->free_bytes,
           "largest_free %zu: not between the free top (%zu) and free_bytes (%zu)",
           stats->largest_free, top_bytes, stats->free_bytes);
    EXPECT((stats->free_bytes == 0) == (stats->free_blocks == 0),
           "free_blocks %zu with free_bytes %zu", stats->free_blocks, stats->free_bytes);
    EXPECT(stats->collections == model.collections, "collections %u, expected %u",
           stats->collections, model.collections);
    EXPECT(stats->peak_allocated == model.peak_allocated, "peak_allocated %zu, expected %zu",
           stats->peak_allocated, model.peak_allocated);
    if (model.clock) {
        EXPECT(stats->collect_us >= model.collect_us && stats->collect_us <= model.fake_time,
               "collect_us %llu is not between %llu and the clock's %llu",
               (unsigned long long)stats->collect_us, (unsigned long long)model.collect_us,
               (unsigned long long)model.fake_time);
        model.collect_us = stats->collect_us;
    } else {
        EXPECT(stats->collect_us == 0, "collect_us %llu without a clock",
               (unsigned long long)stats->collect_us);
    }
    return true;
}

// Everything, after every step.
static bool check_all(void) {
    if (!walk_heap()) {
        return false;
    }
    mn_heap_stats_t stats;
    mn_heap_stats(&heap, &stats);
    if (!check_moves(&stats) || !check_tiling() || !check_roots() || !check_stats(&stats)) {
        return false;
    }
    const void *where = NULL;
    const char *problem = mn_heap_verify(&heap, &where);
    EXPECT(problem == NULL, "mn_heap_verify: %s at offset %lld", problem,
           (long long)((mn_word_t)where - model.heap_start));
    EXPECT(!ref_range_misused, "node_ref_range was called with an inconsistent block");
    return true;
}

// ---- Places: where a step stores a value -------------------------------------------------

typedef struct place {
    uint32_t object; // the object whose ref field it is, or NO_OBJECT for a root
    size_t index;    // ref field number, or root number
} place_t;

// The active roots outside the arena.
static size_t list_active_roots(size_t *roots) {
    size_t count = 0;
    for (size_t root = 0; root < FIRST_STACK_ROOT; root++) {
        if (root_active(root)) {
            roots[count++] = root;
        }
    }
    return count;
}

// A stack word: often one of the newest (the top of a VM stack), else any.
static size_t pick_stack_root(void) {
    assert(model.stack_words > 0);
    size_t newest = model.stack_words < 8 ? model.stack_words : 8;
    size_t k =
        rng_percent(50) ? model.stack_words - 1 - rng_below(newest) : rng_below(model.stack_words);
    return FIRST_STACK_ROOT + k;
}

// A root (a stack word included), or a ref field of an object the last walk reached.
static bool pick_place(place_t *place) {
    if (model.reached_count > 0 && rng_percent(55)) {
        for (int attempt = 0; attempt < 4; attempt++) {
            uint32_t id = model.reached[rng_below(model.reached_count)];
            if (model.objects[id].ref_count > 0) {
                place->object = id;
                place->index = rng_below(model.objects[id].ref_count);
                return true;
            }
        }
    }
    place->object = NO_OBJECT;
    if (model.stack_words > 0 && rng_percent(35)) {
        place->index = pick_stack_root();
        return true;
    }
    size_t roots[ROOT_SLOTS];
    size_t count = list_active_roots(roots);
    if (count == 0) {
        if (model.stack_words == 0) {
            return false;
        }
        place->index = pick_stack_root();
        return true;
    }
    place->index = roots[rng_below(count)];
    return true;
}

static link_t *place_link(const place_t *place) {
    if (place->object == NO_OBJECT) {
        return &model.root_links[place->index];
    }
    const object_t *object = &model.objects[place->object];
    return &model.links[object->first_link + place->index];
}

static mn_word_t *place_word(const place_t *place) {
    if (place->object == NO_OBJECT) {
        return root_word(place->index);
    }
    const object_t *object = &model.objects[place->object];
    return (mn_word_t *)object->address + object->first_ref + place->index;
}

// Stores `value` in the heap (or root) and in the model. Every address must be exact: an
// object this makes unreachable keeps the address it has now until the next collection.
static void store(const place_t *place, link_t value) {
    assert(model.addresses_fresh);
    *place_word(place) = link_value(value);
    *place_link(place) = value;
}

static link_t pick_non_reference(void) {
    unsigned choice = (unsigned)rng_below(100);
    if (choice < 45) {
        return LINK_NULL;
    }
    if (choice < 85) {
        return LINK_SMALL_INT_0 - (link_t)rng_below(SMALL_INT_LIMIT);
    }
    return LINK_ROM - (link_t)rng_below(5); // ROM, below, end, odd, unaligned
}

// A value to store: mostly a reachable object, sometimes garbage not yet collected (which
// comes back to life), `self`, or a non-reference.
static link_t pick_value(uint32_t self) {
    unsigned choice = (unsigned)rng_below(100);
    if (choice < 50 && model.reached_count > 0) {
        return (link_t)model.reached[rng_below(model.reached_count)];
    }
    if (choice < 55 && model.allocated_count > 0) {
        return (link_t)model.allocated_ids[rng_below(model.allocated_count)];
    }
    if (choice < 60 && self != NO_OBJECT) {
        return (link_t)self;
    }
    return pick_non_reference();
}

// ---- Allocation ---------------------------------------------------------------------------

typedef struct shape {
    unsigned tag;
    size_t words; // mn_words_for_bytes(bytes); 0 if no block can hold it
    size_t ref_count;
    size_t bytes; // the request, header included
} shape_t;

static void shape_for_words(shape_t *shape, size_t words) {
    shape->words = words;
    shape->ref_count = 0;
    if (words == 1) {
        shape->tag = TAG_ATOM;
    } else {
        unsigned choice = (unsigned)rng_below(100);
        if (choice < 40 && words >= 3) {
            shape->tag = TAG_NODE;
            size_t room = words - NODE_FIRST_REF;
            shape->ref_count =
                rng_percent(50) ? rng_below((room < 4 ? room : 4) + 1) : rng_below(room + 1);
        } else if (choice < 60) {
            shape->tag = TAG_VECTOR;
            shape->ref_count = words - VECTOR_FIRST_REF;
        } else if (choice < 75 && words >= PAIR_FIRST_REF + PAIR_REFS) {
            shape->tag = TAG_PAIR;
            shape->ref_count = PAIR_REFS;
        } else {
            shape->tag = TAG_LEAF;
        }
    }
    // Ask for bytes that round up to the words, sometimes not a whole number of words.
    shape->bytes = words * MN_WORD_BYTES;
    if (rng_percent(30)) {
        shape->bytes -= rng_below(MN_WORD_BYTES);
    }
    if (words == 1 && rng_percent(20)) {
        shape->bytes = 0; // a request of 0 bytes still gets its header
    }
    assert(mn_words_for_bytes(shape->bytes) == words);
}

// Mostly small (1-16 words), sometimes up to several KB, rarely more than the heap.
static void choose_shape(shape_t *shape) {
    unsigned choice = (unsigned)rng_below(1000);
    size_t large_words = LARGE_OBJECT_BYTES / MN_WORD_BYTES;
    if (choice < 700) {
        shape_for_words(shape, rng_range(1, 16));
    } else if (choice < 900) {
        shape_for_words(shape, rng_range(17, 128));
    } else if (choice < 985) {
        shape_for_words(shape, rng_range(129, large_words));
    } else if (choice < 995) {
        shape_for_words(shape, rng_range(model.heap_words - 2, model.heap_words + 2));
    } else {
        // A request no block can hold.
        shape->tag = TAG_LEAF;
        shape->ref_count = 0;
        shape->bytes = rng_percent(50) ? (size_t)-1 : (size_t)-1 / 2 + rng_below(1000);
        shape->words = mn_words_for_bytes(shape->bytes);
    }
}

// Runs one mn_heap_alloc and brings the model along: the collections it ran, and the new
// object (id in *new_id, raw words written, refs 0). *block is NULL when it failed, which
// is checked against the failure rule. Returns false when a check failed.
// may trigger a gc
static bool allocate(const shape_t *shape, void **block, uint32_t *new_id) {
    size_t top_words_before = (size_t)(heap.end - heap.top);
    bool pinned_any = model.pinned_count > 0;
    size_t since_collect = model.allocated_since_collect;
    uint32_t collections_before = heap.collections;

    void *result = mn_heap_alloc(&heap, shape->tag, shape->bytes);

    uint32_t collections = heap.collections - collections_before;
#if MN_GC_STRESS
    EXPECT(collections <= 2, "one allocation ran %u collections", collections);
#else
    EXPECT(collections <= (model.threshold != 0 ? 2u : 1u), "one allocation ran %u collections",
           collections);
#endif
    for (uint32_t i = 0; i < collections; i++) {
        coverage.freed += model_collect();
    }
    coverage.allocations++;
    coverage.implicit_collections += collections;
    // The stress build moves every block at the collection of an allocation, as long as
    // nothing is pinned and the free top of the heap had two words (a full heap cannot
    // move). Only checked when this was the one collection since the last walk.
    if (collections > 0) {
        model.expect_all_moved = MN_GC_STRESS && collections == 1 &&
                                 model.collections_since_walk == 1 && !pinned_any &&
                                 top_words_before >= 2;
    }
    if (tracing) {
        printf("    alloc %s %zu words (%zu bytes): %s, %u collections\n", tag_names[shape->tag],
               shape->words, shape->bytes, result ? "ok" : "NULL", collections);
    }
    *block = result;
    if (result == NULL) {
        // The allocation changed no root: what is live now was live during it.
        size_t live_bytes;
        bool pinned_live;
        model_reach(&live_bytes, &pinned_live);
        // The heap for blocks: the arena without its reserved top.
        size_t heap_bytes = model.total_bytes - model.stack_words * MN_WORD_BYTES;
        coverage.failures++;
        coverage.failures_unpinned += !pinned_live;
        // Failures that the failure rule checks tightly: the request would nearly have fit.
        coverage.failures_near_fit +=
            !pinned_live && shape->words != 0 &&
            live_bytes + shape->words * MN_WORD_BYTES <= heap_bytes + 8 * MN_WORD_BYTES;
        EXPECT(heap.last_failure == MN_ALLOC_NO_MEMORY, "failed allocation: last_failure %d",
               (int)heap.last_failure);
        EXPECT(heap.last_failure_bytes == shape->bytes, "last_failure_bytes %zu, expected %zu",
               heap.last_failure_bytes, shape->bytes);
        // Without pins, a request fails only when live data plus the request exceed the heap.
        EXPECT(pinned_live || shape->words == 0 ||
                   live_bytes + shape->words * MN_WORD_BYTES > heap_bytes,
               "a request of %zu bytes failed with %zu live bytes in a heap of %zu (%zu reserved) "
               "and no pin",
               shape->bytes, live_bytes, model.total_bytes, model.stack_words * MN_WORD_BYTES);
        return true;
    }
    EXPECT(shape->words != 0, "a request of %zu bytes succeeded", shape->bytes);
#if MN_GC_STRESS
    EXPECT(collections >= 1, "stress build: an allocation did not collect");
#endif
    EXPECT(collections > 0 || model.threshold == 0 || since_collect <= model.threshold,
           "%zu bytes allocated since the last collection, threshold %zu, and no collection",
           since_collect, model.threshold);
    mn_word_t address = (mn_word_t)result;
    EXPECT(mn_heap_contains(&heap, address) &&
               (size_t)(heap.top - (mn_word_t *)result) >= shape->words,
           "new block at %#llx is not inside [start, top)", HEX(address));
    mn_word_t *words = result;
    EXPECT(words[0] == mn_header_make(shape->tag, shape->words),
           "new block header %#llx, expected %#llx", HEX(words[0]),
           HEX(mn_header_make(shape->tag, shape->words)));
    for (size_t index = 1; index < shape->words; index++) {
        EXPECT(words[index] == 0, "word %zu of a new block is %#llx, not 0", index,
               HEX(words[index]));
    }

    uint32_t id = model_new_object(shape->tag, shape->words, shape->ref_count, address);
    const object_t *object = &model.objects[id];
    for (size_t index = 1; index < object->words; index++) {
        if (!is_ref_word(object, index)) {
            words[index] = expected_raw(id, object, index);
        }
    }
    *new_id = id;
    return true;
}

// ---- The reserved top ---------------------------------------------------------------------

// Runs one mn_heap_reserve_top of `words` (under mn_heap_lock when `locked`) and brings the
// model along: the collections it ran, and the new stack words, which must be 0. *reserved
// says whether it succeeded, which is checked against the failure rule. Returns false when a
// check failed.
// may trigger a gc
static bool reserve(size_t words, bool locked, bool *reserved) {
    size_t top_words_before = (size_t)(heap.end - heap.top);
    bool pinned_any = model.pinned_count > 0;
    mn_word_t *end_before = heap.end;
    uint32_t collections_before = heap.collections;
    unsigned depth = locked ? (unsigned)rng_range(1, 2) : 0;
    for (unsigned i = 0; i < depth; i++) {
        mn_heap_lock(&heap);
    }

    mn_word_t *result = mn_heap_reserve_top(&heap, words);

    for (unsigned i = 0; i < depth; i++) {
        mn_heap_unlock(&heap);
    }
    uint32_t collections = heap.collections - collections_before;
    for (uint32_t i = 0; i < collections; i++) {
        coverage.freed += model_collect();
    }
    coverage.reserves++;
    coverage.reserve_collections += collections;
    // The stress build's first collection is an ordinary one: it moves every block (see
    // allocate).
    if (collections > 0) {
        model.expect_all_moved = MN_GC_STRESS && collections == 1 &&
                                 model.collections_since_walk == 1 && !pinned_any &&
                                 top_words_before >= 2;
    }
    if (tracing) {
        printf("    reserve %zu words%s (%zu free at the top): %s, %u collections\n", words,
               locked ? " locked" : "", top_words_before, result ? "ok" : "NULL", collections);
    }
    // A locked heap never collects. Otherwise the stress build collects at every reservation
    // and once more, packing the heap, when that did not make room; the other builds collect
    // only when the free top is too small.
    if (locked) {
        EXPECT(collections == 0, "a reservation under mn_heap_lock collected");
    } else if (MN_GC_STRESS) {
        EXPECT(collections >= 1 && collections <= 2,
               "stress build: a reservation ran %u collections", collections);
    } else {
        EXPECT(collections == (top_words_before >= words ? 0u : 1u),
               "a reservation of %zu words with %zu free at the top ran %u collections", words,
               top_words_before, collections);
    }
    *reserved = result != NULL;
    if (result == NULL) {
        // The reservation changed no root: what is live now was live during it.
        size_t live_bytes;
        bool pinned_live;
        model_reach(&live_bytes, &pinned_live);
        coverage.reserve_failures++;
        coverage.reserve_failures_unpinned += !pinned_live && !locked;
        EXPECT(heap.last_failure == (locked ? MN_ALLOC_LOCKED : MN_ALLOC_NO_MEMORY),
               "failed reservation%s: last_failure %d", locked ? " (locked)" : "",
               (int)heap.last_failure);
        EXPECT(heap.last_failure_bytes == words * MN_WORD_BYTES,
               "failed reservation of %zu words: last_failure_bytes %zu", words,
               heap.last_failure_bytes);
        EXPECT(heap.end == end_before, "a failed reservation moved the end of the heap");
        EXPECT((size_t)(heap.end - heap.top) < words,
               "a reservation of %zu words failed with %zu free words at the top", words,
               (size_t)(heap.end - heap.top));
        // Without pins, it fails only when live data, the reserved top and the request
        // exceed the heap.
        EXPECT(locked || pinned_live ||
                   live_bytes + (model.stack_words + words) * MN_WORD_BYTES > model.total_bytes,
               "a reservation of %zu words failed with %zu live bytes and %zu reserved in a heap "
               "of %zu and no pin",
               words, live_bytes, model.stack_words * MN_WORD_BYTES, model.total_bytes);
        return true;
    }
    EXPECT(result == end_before - words && heap.end == result,
           "a reservation of %zu words returned offset %lld, end at %lld, was %lld", words,
           (long long)((mn_word_t)result - model.heap_start),
           (long long)((mn_word_t)heap.end - model.heap_start),
           (long long)((mn_word_t)end_before - model.heap_start));
    for (size_t i = 0; i < words; i++) {
        EXPECT(result[i] == 0, "word %zu of a new reservation is %#llx, not 0", i, HEX(result[i]));
    }
    for (size_t k = model.stack_words; k < model.stack_words + words; k++) {
        model.root_links[FIRST_STACK_ROOT + k] = LINK_NULL;
    }
    model.stack_words += words;
    if (model.stack_words > coverage.deepest_stack) {
        coverage.deepest_stack = model.stack_words;
    }
    return true;
}

// Gives back the newest `words` of the stack: what only they referred to is garbage now.
// no allocation is done
static void release(size_t words) {
    assert(words <= model.stack_words);
    mn_heap_release_top(&heap, words);
    model.stack_words -= words;
    coverage.releases++;
}

// ---- Steps --------------------------------------------------------------------------------

// Allocate an object, fill some refs, and store it in a root or a field (or drop it).
// may trigger a gc
static bool op_alloc(void) {
    place_t place;
    bool placed = !rng_percent(8) && pick_place(&place);
    shape_t shape;
    choose_shape(&shape);
    void *block;
    uint32_t id;
    if (!allocate(&shape, &block, &id)) {
        return false;
    }
    if (block == NULL) {
        // After a failure the heap is sound and smaller requests go on.
        if (!check_all()) {
            return false;
        }
        if (rng_percent(50)) {
            return true;
        }
        shape_for_words(&shape, rng_range(1, 4));
        if (!allocate(&shape, &block, &id)) {
            return false;
        }
        if (block == NULL) {
            return check_all();
        }
    }
    // The allocation may have moved everything: find the objects again (the new one is not
    // linked yet; only its address, just returned, is known).
    if (!check_all()) {
        return false;
    }
    const object_t *object = &model.objects[id];
    for (size_t k = 0; k < object->ref_count; k++) {
        if (rng_percent(50)) {
            place_t field = {id, k};
            store(&field, pick_value(id));
        }
    }
    if (placed) {
        store(&place, (link_t)id);
    }
    return check_all();
}

static bool op_link(void) {
    place_t place;
    if (!pick_place(&place)) {
        return true;
    }
    store(&place, pick_value(place.object));
    return check_all();
}

// Clear a slot that holds a reference (or any slot, if few do).
static bool op_unlink(void) {
    place_t place;
    bool found = false;
    for (int attempt = 0; attempt < 6 && !found; attempt++) {
        found = pick_place(&place) && *place_link(&place) >= 0;
    }
    if (!found && !pick_place(&place)) {
        return true;
    }
    store(&place, pick_non_reference());
    return check_all();
}

static bool op_pin(void) {
    if (model.pinned_count >= PINS_MAX || model.allocated_count == 0) {
        return true;
    }
    for (int attempt = 0; attempt < 4; attempt++) {
        // Mostly a reachable object; sometimes garbage (pinned, it is still freed).
        uint32_t id = model.reached_count > 0 && rng_percent(85)
                          ? model.reached[rng_below(model.reached_count)]
                          : model.allocated_ids[rng_below(model.allocated_count)];
        object_t *object = &model.objects[id];
        if (!object->pinned) {
            assert(model.addresses_fresh);
            mn_heap_pin((void *)object->address);
            object->pinned = true;
            object->pin_address = object->address;
            model.pinned_count++;
            coverage.pins++;
            return check_all();
        }
    }
    return true;
}

static bool op_unpin(void) {
    if (model.pinned_count == 0) {
        return true;
    }
    size_t skip = rng_below(model.pinned_count);
    for (size_t i = 0; i < model.allocated_count; i++) {
        object_t *object = &model.objects[model.allocated_ids[i]];
        if (object->pinned && skip-- == 0) {
            mn_heap_unpin((void *)object->address);
            object->pinned = false;
            model.pinned_count--;
            return check_all();
        }
    }
    assert(false && "pinned_count is wrong");
    return false;
}

// Overwrite a root (a stack word included) that holds a reference with a non-reference.
static bool op_drop_root(void) {
    size_t count = 0;
    for (size_t root = 0; root < roots_end(); root++) {
        count += root_active(root) && model.root_links[root] >= 0;
    }
    if (count == 0) {
        return true;
    }
    size_t skip = rng_below(count);
    size_t root = 0;
    for (;; root++) {
        if (root_active(root) && model.root_links[root] >= 0 && skip-- == 0) {
            break;
        }
    }
    place_t place = {NO_OBJECT, root};
    store(&place, pick_non_reference());
    return check_all();
}

// Resize region A, or remove / re-add region B: roots appear and disappear as a whole.
static bool op_roots(void) {
    unsigned choice = (unsigned)rng_below(3);
    if (choice == 0 && region_a_length < REGION_A_SLOTS) {
        size_t length = rng_range(region_a_length + 1, REGION_A_SLOTS);
        for (size_t slot = region_a_length; slot < length; slot++) {
            model.root_links[slot] = pick_value(NO_OBJECT);
            region_a[slot] = link_value(model.root_links[slot]);
        }
        region_a_length = length;
    } else if (choice == 1 && region_a_length > 0) {
        size_t length = rng_below(region_a_length);
        for (size_t slot = length; slot < region_a_length; slot++) {
            model.root_links[slot] = LINK_NULL;
            region_a[slot] = model.heap_start; // not a root: the collector must not touch it
        }
        region_a_length = length;
    } else if (model.region_b_registered) {
        mn_root_remove_region(&heap, region_b);
        model.region_b_registered = false;
        for (size_t slot = 0; slot < REGION_B_SLOTS; slot++) {
            model.root_links[FIRST_B_ROOT + slot] = LINK_NULL;
            region_b[slot] = model.heap_start;
        }
    } else {
        for (size_t slot = 0; slot < REGION_B_SLOTS; slot++) {
            model.root_links[FIRST_B_ROOT + slot] = pick_value(NO_OBJECT);
            region_b[slot] = link_value(model.root_links[FIRST_B_ROOT + slot]);
        }
        EXPECT(mn_root_add_region(&heap, region_b, &region_b_length),
               "mn_root_add_region failed with %u regions", heap.root_region_count);
        model.region_b_registered = true;
    }
    return check_all();
}

// Pushes a GC reference; returns its root number.
static bool push_ref(size_t *root) {
    size_t depth = model.ref_depth;
    assert(depth < REF_SLOTS);
    gc_refs[depth].value = (mn_word_t)0xdeadbeef; // mn_root_push must clear it
    mn_word_t *slot = mn_root_push(&heap, &gc_refs[depth]);
    EXPECT(slot != NULL && *slot == 0, "mn_root_push gave a slot holding %#llx",
           HEX(slot ? *slot : 0));
    model.ref_slots[depth] = slot;
    model.ref_depth++;
    *root = FIRST_REF_ROOT + depth;
    model.root_links[*root] = LINK_NULL;
    return true;
}

static void pop_ref(void) {
    assert(model.ref_depth > 0 && model.addresses_fresh);
    model.ref_depth--;
    mn_root_pop(&heap, &gc_refs[model.ref_depth]);
    model.root_links[FIRST_REF_ROOT + model.ref_depth] = LINK_NULL;
}

static bool op_push(void) {
    if (model.ref_depth + 2 >= REF_SLOTS) { // leave two for chains
        return true;
    }
    size_t root;
    if (!push_ref(&root)) {
        return false;
    }
    if (rng_percent(70)) {
        place_t place = {NO_OBJECT, root};
        store(&place, pick_value(NO_OBJECT));
    }
    return check_all();
}

static bool op_pop(void) {
    if (model.ref_depth == 0) {
        return true;
    }
    pop_ref();
    return check_all();
}

// An explicit collection: returns the number of blocks freed, moves what it must.
static bool op_collect(void) {
    size_t reachable = model_reach(NULL, NULL);
    size_t garbage = model.allocated_count - reachable;
    uint32_t collections_before = heap.collections;
    size_t freed = mn_gc_collect(&heap);
    EXPECT(heap.collections == collections_before + 1, "mn_gc_collect counted %u collections",
           heap.collections - collections_before);
    model_collect();
    coverage.explicit_collections++;
    coverage.freed += freed;
    EXPECT(freed == garbage, "mn_gc_collect freed %zu blocks, expected %zu", freed, garbage);
    if (!check_all()) {
        return false;
    }
#if !MN_GC_STRESS
    // Without pins, compaction leaves one free run at the top.
    if (model.pinned_count == 0) {
        mn_heap_stats_t stats;
        mn_heap_stats(&heap, &stats);
        EXPECT(stats.largest_free == stats.free_bytes && stats.free_blocks <= 1,
               "after a collection without pins: largest_free %zu, free_bytes %zu, %zu free runs",
               stats.largest_free, stats.free_bytes, stats.free_blocks);
    }
#endif
    return true;
}

// The shape of a chain link: every kind has at least one ref.
static void chain_shape(shape_t *shape, unsigned kind) {
    if (kind == 3) {
        kind = (unsigned)rng_below(3);
    }
    if (kind == 0) {
        shape->tag = TAG_NODE;
        shape->ref_count = rng_range(1, 2);
        shape->words = NODE_FIRST_REF + shape->ref_count + rng_below(3);
    } else if (kind == 1) {
        shape->tag = TAG_VECTOR;
        shape->words = rng_range(VECTOR_FIRST_REF + 1, VECTOR_FIRST_REF + 2);
        shape->ref_count = shape->words - VECTOR_FIRST_REF;
    } else {
        shape->tag = TAG_PAIR;
        shape->ref_count = PAIR_REFS;
        shape->words = rng_range(PAIR_FIRST_REF + PAIR_REFS, PAIR_FIRST_REF + PAIR_REFS + 1);
    }
    shape->bytes = shape->words * MN_WORD_BYTES;
}

// Builds a linked list of up to hundreds of nodes, held only by GC references or by words
// of the stack while it grows (so no walk is needed between allocations: those roots follow
// the moves), then hangs it somewhere. Prepending links each new node to the old head (links
// point down in memory); appending links the old tail to the new node (links point up) and
// sometimes back to the head (cycles). Deep chains overflow a tiny mark stack.
// may trigger a gc
static bool op_chain(void) {
    bool append = rng_percent(50);
    size_t holders = append ? 2 : 1; // the head, and the tail when appending
    bool on_stack = rng_percent(30);
    if (on_stack) {
        if (!reserve(holders, false, &on_stack) || !check_all()) {
            return false;
        }
    }
    if (!on_stack && model.ref_depth + 2 > REF_SLOTS) {
        return true;
    }
    size_t live_bytes;
    model_reach(&live_bytes, NULL);
    size_t room_words = (model.total_bytes - live_bytes) / MN_WORD_BYTES - model.stack_words;
    size_t max_nodes = room_words / 5;
    size_t limit = heap.mark_stack_limit <= 2 ? CHAIN_NODES_MAX : CHAIN_NODES_MAX / 4;
    if (max_nodes > limit) {
        max_nodes = limit;
    }
    if (max_nodes == 0) {
        if (on_stack) {
            release(holders);
            return check_all();
        }
        return true;
    }
    size_t nodes = rng_range((max_nodes + 1) / 2, max_nodes);
    unsigned kind = (unsigned)rng_below(4);
    size_t head_root;
    size_t tail_root = 0;
    if (on_stack) {
        head_root = FIRST_STACK_ROOT + model.stack_words - holders;
        tail_root = head_root + 1;
    } else if (!push_ref(&head_root) || (append && !push_ref(&tail_root))) {
        return false;
    }
    if (tracing) {
        printf("    chain of %zu, %s, kind %u%s\n", nodes, append ? "append" : "prepend", kind,
               on_stack ? ", on the stack" : "");
    }
    for (size_t i = 0; i < nodes; i++) {
        shape_t shape;
        chain_shape(&shape, kind);
        void *block;
        uint32_t id;
        if (!allocate(&shape, &block, &id)) {
            return false;
        }
        if (block == NULL) {
            break;
        }
        coverage.chain_nodes++;
        if (i + 1 > coverage.longest_chain) {
            coverage.longest_chain = i + 1;
        }
        // No walk since the allocation: only the new block's address and the values of the
        // GC references are exact. Every store here overwrites a 0, so nothing becomes
        // unreachable with a stale address.
        const object_t *node = &model.objects[id];
        mn_word_t *words = block;
        mn_word_t *head = root_word(head_root);
        if (!append) {
            words[node->first_ref] = *head;
            model.links[node->first_link] = model.root_links[head_root];
            *head = (mn_word_t)block;
            model.root_links[head_root] = (link_t)id;
            continue;
        }
        mn_word_t *tail = root_word(tail_root);
        link_t tail_id = model.root_links[tail_root];
        if (tail_id < 0) {
            *head = (mn_word_t)block;
            model.root_links[head_root] = (link_t)id;
        } else {
            const object_t *tail_object = &model.objects[tail_id];
            size_t field = tail_object->ref_count - 1;
            mn_word_t *tail_words = (mn_word_t *)*tail;
            tail_words[tail_object->first_ref + field] = (mn_word_t)block;
            model.links[tail_object->first_link + field] = (link_t)id;
        }
        *tail = (mn_word_t)block;
        model.root_links[tail_root] = (link_t)id;
        if (node->ref_count > 1 && rng_percent(25)) {
            words[node->first_ref] = *head;
            model.links[node->first_link] = model.root_links[head_root];
        }
    }
    if (!check_all()) {
        return false;
    }
    place_t place;
    if (rng_percent(90) && pick_place(&place)) {
        store(&place, model.root_links[head_root]);
    }
    if (on_stack) {
        release(holders);
    } else {
        if (append) {
            pop_ref();
        }
        pop_ref();
    }
    return check_all();
}

// Allocation under mn_heap_lock fails at once, without a collection.
static bool op_locked(void) {
    shape_t shape;
    shape_for_words(&shape, rng_range(1, 8));
    unsigned depth = (unsigned)rng_range(1, 2);
    for (unsigned i = 0; i < depth; i++) {
        mn_heap_lock(&heap);
    }
    uint32_t collections_before = heap.collections;
    void *block = mn_heap_alloc(&heap, shape.tag, shape.bytes);
    for (unsigned i = 0; i < depth; i++) {
        mn_heap_unlock(&heap);
    }
    EXPECT(block == NULL, "allocation under mn_heap_lock succeeded");
    EXPECT(heap.collections == collections_before, "a locked allocation collected");
    EXPECT(heap.last_failure == MN_ALLOC_LOCKED && heap.last_failure_bytes == shape.bytes,
           "locked allocation: last_failure %d, %zu bytes", (int)heap.last_failure,
           heap.last_failure_bytes);
    return check_all();
}

// Reserve words of the stack (mostly a call frame's worth; sometimes about what fits after a
// collection, or more than the arena) and push values into some of them.
// may trigger a gc
static bool op_reserve(void) {
    size_t live_bytes;
    model_reach(&live_bytes, NULL);
    size_t fit_words = (model.total_bytes - live_bytes) / MN_WORD_BYTES - model.stack_words;
    size_t words;
    unsigned choice = (unsigned)rng_below(100);
    if (choice < 90) {
        words = rng_range(1, RESERVE_WORDS_MAX);
    } else if (choice < 96) {
        words = rng_range(fit_words > 1 ? fit_words - 1 : 1, fit_words + 1);
    } else {
        words = rng_range(model.heap_words - model.stack_words + 1, model.heap_words + 8);
    }
    bool reserved;
    if (!reserve(words, rng_percent(8), &reserved) || !check_all()) {
        return false;
    }
    if (!reserved) {
        return true;
    }
    // Push: fill most words of a small frame, a few scattered words of a large one.
    for (size_t i = 0; i < words && i < 16; i++) {
        if (rng_percent(60)) {
            size_t k = model.stack_words - 1 - (words <= 16 ? i : rng_below(words));
            place_t place = {NO_OBJECT, FIRST_STACK_ROOT + k};
            store(&place, pick_value(NO_OBJECT));
        }
    }
    return check_all();
}

// Release some words of the stack (a frame's worth, or any number), or all of them
// (sometimes under mn_heap_lock: releasing allocates nothing).
static bool op_release(void) {
    if (model.stack_words == 0) {
        return true;
    }
    size_t most = model.stack_words < RESERVE_WORDS_MAX ? model.stack_words : RESERVE_WORDS_MAX;
    unsigned choice = (unsigned)rng_below(100);
    size_t words = choice < 25   ? model.stack_words
                   : choice < 50 ? rng_range(1, model.stack_words)
                                 : rng_range(1, most);
    bool locked = rng_percent(10);
    if (locked) {
        mn_heap_lock(&heap);
    }
    release(words);
    if (locked) {
        mn_heap_unlock(&heap);
    }
    if (tracing) {
        printf("    release %zu words, %zu left\n", words, model.stack_words);
    }
    return check_all();
}

// The smallest size a block of `tag` can shrink to with its layout intact: a node keeps its
// count and id words (its count may go down), a pair its fixed reference range.
static size_t min_words_of(unsigned tag) {
    return tag == TAG_NODE ? NODE_FIRST_REF : tag == TAG_PAIR ? PAIR_FIRST_REF + PAIR_REFS : 1;
}

// Sets the number of reference words of object `id`; new ones hold 0 (LINK_NULL).
static void set_ref_count(uint32_t id, size_t count) {
    object_t *object = &model.objects[id];
    if (count > object->ref_count) {
        size_t first = new_links(count);
        memcpy(&model.links[first], &model.links[object->first_link],
               object->ref_count * sizeof *model.links);
        object->first_link = first;
    }
    object->ref_count = (uint32_t)count;
}

// Vectors and atoms have references up to the end of the block: their count follows the size.
static void follow_size(uint32_t id) {
    object_t *object = &model.objects[id];
    if (object->tag == TAG_VECTOR || object->tag == TAG_ATOM) {
        set_ref_count(id,
                      object->words > object->first_ref ? object->words - object->first_ref : 0);
    }
}

// A reachable object to resize: often the last block, when the last walk reached it.
static uint32_t pick_resized(unsigned last_percent) {
    uint32_t last = model.last_block;
    if (last != NO_OBJECT && model.objects[last].walk_mark == model.walk_stamp &&
        rng_percent(last_percent)) {
        return last;
    }
    return model.reached[rng_below(model.reached_count)];
}

// A request of `words` words as bytes, sometimes not a whole number of words.
static size_t bytes_for_words(size_t words) {
    size_t bytes = words * MN_WORD_BYTES;
    if (rng_percent(30)) {
        bytes -= rng_below(MN_WORD_BYTES);
    }
    if (words == 1 && rng_percent(20)) {
        bytes = 0;
    }
    assert(mn_words_for_bytes(bytes) == words);
    return bytes;
}

// Shrink a reachable object: the last block gives its tail back to the free top, any other
// leaves a free block behind it, listed as a hole when it has two words or more. A node whose
// references would not fit lowers its count first, as a list being truncated would.
static bool op_shrink(void) {
    if (model.reached_count == 0) {
        return true;
    }
    uint32_t id = pick_resized(40);
    object_t *object = &model.objects[id];
    size_t old_words = object->words;
    size_t min_words = min_words_of(object->tag);
    size_t new_words = old_words;
    if (old_words > min_words && !rng_percent(5)) {
        size_t cut = old_words - min_words;
        new_words = rng_percent(50) ? old_words - rng_range(1, cut < 4 ? cut : 4)
                                    : rng_range(min_words, old_words - 1);
    }
    size_t bytes = bytes_for_words(new_words);
    mn_word_t *block = (mn_word_t *)object->address;
    bool last = id == model.last_block;
    mn_word_t *top_before = heap.top;
    if (object->tag == TAG_NODE && NODE_FIRST_REF + object->ref_count > new_words) {
        // The words that stop being references are raw data from now on.
        size_t old_refs_end = NODE_FIRST_REF + object->ref_count;
        size_t count = rng_below(new_words - NODE_FIRST_REF + 1);
        block[NODE_COUNT_WORD] = count;
        set_ref_count(id, count);
        for (size_t index = NODE_FIRST_REF + count; index < old_refs_end; index++) {
            block[index] = expected_raw(id, &model.objects[id], index);
        }
    }
    bool locked = rng_percent(10); // shrinking allocates nothing: it works under a lock
    if (locked) {
        mn_heap_lock(&heap);
    }
    mn_heap_shrink(&heap, block, bytes);
    if (locked) {
        mn_heap_unlock(&heap);
    }
    if (tracing) {
        printf("    shrink object %u (%s%s) from %zu to %zu words\n", id, tag_names[object->tag],
               last ? ", last" : "", old_words, new_words);
    }
    size_t freed = old_words - new_words;
    object->words = (uint32_t)new_words;
    follow_size(id);
    object = &model.objects[id];
    model.allocated_bytes -= freed * MN_WORD_BYTES;
    coverage.shrinks++;
    coverage.shrinks_of_last += last;
    EXPECT(block[0] == expected_header(object), "shrunk object %u: header %#llx, expected %#llx",
           id, HEX(block[0]), HEX(expected_header(object)));
    if (last) {
        EXPECT(heap.top == block + new_words,
               "shrinking the last block to %zu words left the top %lld words past it", new_words,
               (long long)(heap.top - block));
        return check_all();
    }
    EXPECT(heap.top == top_before, "shrinking object %u, not the last block, moved the top", id);
    if (freed > 0) {
        EXPECT(block[new_words] == mn_header_make(MN_TAG_FREE, freed),
               "the %zu words given back by object %u: header %#llx, expected a free block", freed,
               id, HEX(block[new_words]));
        bool listed = false;
        for (const mn_word_t *hole = heap.holes; hole != NULL && !listed;
             hole = (const mn_word_t *)hole[1]) {
            listed = hole == block + new_words;
        }
        EXPECT(listed == (freed >= 2), "the %zu words given back by object %u are %s the holes",
               freed, id, listed ? "in" : "not in");
    }
    return check_all();
}

// Grow a reachable object in place: that works exactly when it is the last block, the heap
// is unlocked and the free top holds the new size; otherwise nothing changes. The new words
// are zero: reference words stay so, raw words get their patterns; a node may raise its
// count over them.
static bool op_grow(void) {
    if (model.reached_count == 0) {
        return true;
    }
    uint32_t id = pick_resized(70);
    object_t *object = &model.objects[id];
    size_t old_words = object->words;
    mn_word_t *block = (mn_word_t *)object->address;
    // The most words the block can have: up to the end of the heap (the reserved top).
    size_t room_words = (size_t)((mn_word_t *)model.arena_end - model.stack_words - block);
    size_t new_words;
    unsigned choice = (unsigned)rng_below(100);
    if (choice < 50) {
        new_words = rng_range(old_words, room_words < old_words + 32 ? room_words : old_words + 32);
    } else if (choice < 62) {
        new_words = room_words;
    } else if (choice < 74) {
        new_words = room_words + rng_range(1, 3);
    } else if (choice < 84) {
        new_words = old_words > 1 ? rng_range(1, old_words - 1) : 2;
    } else if (choice < 92) {
        new_words = old_words;
    } else if (choice < 96) {
        new_words = old_words + rng_range(1, 256);
    } else {
        new_words = 0; // a request no block can hold
    }
    size_t bytes = new_words != 0 ? bytes_for_words(new_words) : (size_t)-1 - rng_below(64);
    bool locked = rng_percent(10);
    bool expected = new_words != 0 && id == model.last_block && !locked && new_words >= old_words &&
                    new_words <= room_words;
    mn_word_t *top_before = heap.top;
    mn_word_t header_before = block[0];
    if (locked) {
        mn_heap_lock(&heap);
    }
    bool grown = mn_heap_grow_in_place(&heap, block, bytes);
    if (locked) {
        mn_heap_unlock(&heap);
    }
    if (tracing) {
        printf("    grow object %u (%s%s%s) from %zu to %zu words (room %zu): %s\n", id,
               tag_names[object->tag], id == model.last_block ? ", last" : "",
               locked ? ", locked" : "", old_words, new_words, room_words,
               grown ? "grown" : "refused");
    }
    coverage.grows++;
    coverage.grows_refused += !grown;
    EXPECT(grown == expected,
           "growing object %u (%s, %zu words%s%s) to %zu words (%zu bytes) with room for %zu: "
           "%s",
           id, tag_names[object->tag], old_words, id == model.last_block ? ", the last block" : "",
           locked ? ", locked" : "", new_words, bytes, room_words,
           grown ? "grown, expected a refusal" : "refused, expected to grow");
    if (!grown) {
        EXPECT(block[0] == header_before && heap.top == top_before,
               "a refused growth changed the header or the top");
        return check_all();
    }
    EXPECT(heap.top == block + new_words, "object %u grew to %zu words but the top is %lld past it",
           id, new_words, (long long)(heap.top - block));
    for (size_t index = old_words; index < new_words; index++) {
        EXPECT(block[index] == 0, "word %zu of object %u, grown in place, is %#llx, not 0", index,
               id, HEX(block[index]));
    }
    size_t added_bytes = (new_words - old_words) * MN_WORD_BYTES;
    model.allocated_bytes += added_bytes;
    model.allocated_since_collect += added_bytes;
    if (model.allocated_bytes > model.peak_allocated) {
        model.peak_allocated = model.allocated_bytes;
    }
    object->words = (uint32_t)new_words;
    follow_size(id);
    object = &model.objects[id];
    if (object->tag == TAG_NODE && rng_percent(50)) {
        // Raw words that become references are cleared first, as a list's append would.
        size_t count = rng_range(object->ref_count, new_words - NODE_FIRST_REF);
        for (size_t index = NODE_FIRST_REF + object->ref_count; index < NODE_FIRST_REF + count;
             index++) {
            block[index] = 0;
        }
        block[NODE_COUNT_WORD] = count;
        set_ref_count(id, count);
        object = &model.objects[id];
    }
    for (size_t index = old_words; index < new_words; index++) {
        if (!is_ref_word(object, index)) {
            block[index] = expected_raw(id, object, index);
        }
    }
    EXPECT(block[0] == expected_header(object), "grown object %u: header %#llx, expected %#llx", id,
           HEX(block[0]), HEX(expected_header(object)));
    return check_all();
}

static bool (*const op_functions[OP_COUNT])(void) = {
    op_alloc, op_link,    op_unlink, op_pin,    op_unpin,   op_drop_root, op_roots,  op_push,
    op_pop,   op_collect, op_chain,  op_locked, op_reserve, op_release,   op_shrink, op_grow,
};

// ---- Sequences ----------------------------------------------------------------------------

// Relative weight of each step; each sequence scales them at random.
static const unsigned base_weights[OP_COUNT] = {
    [OP_ALLOC] = 40,  [OP_LINK] = 14,     [OP_UNLINK] = 8, [OP_PIN] = 3,
    [OP_UNPIN] = 3,   [OP_DROP_ROOT] = 6, [OP_ROOTS] = 3,  [OP_PUSH] = 3,
    [OP_POP] = 3,     [OP_COLLECT] = 6,   [OP_CHAIN] = 1,  [OP_LOCKED] = 1,
    [OP_RESERVE] = 4, [OP_RELEASE] = 3,   [OP_SHRINK] = 4, [OP_GROW] = 4,
};

typedef struct sequence_options {
    bool tiny_mark_stack; // force a mark stack of 1 or 2 entries and many chains
} sequence_options_t;

static bool set_up_sequence(uint64_t seed, const sequence_options_t *options) {
    rng_state = splitmix64(seed) | 1;
    ensure_object_capacity(1);
    model.object_count = 0;
    model.link_count = 0;
    model.allocated_count = 0;
    model.reached_count = 0;
    for (size_t root = 0; root < ROOT_SLOTS; root++) {
        model.root_links[root] = LINK_NULL;
    }
    model.ref_depth = 0;
    model.stack_words = 0;
    model.last_block = NO_OBJECT;
    model.allocated_bytes = 0;
    model.pinned_count = 0;
    model.peak_allocated = 0;
    model.collections = 0;
    model.bytes_moved = 0;
    model.collect_us = 0;
    model.allocated_since_collect = 0;
    model.collections_since_walk = 0;
    model.expect_all_moved = false;
    model.fake_time = 0;

    unsigned size_log2 = (unsigned)rng_range(HEAP_SIZE_LOG2_MIN, HEAP_SIZE_LOG2_MAX);
    size_t heap_bytes = rng_range((size_t)1 << size_log2, ((size_t)2 << size_log2) - 1);
    size_t offset = rng_percent(15) ? rng_range(1, MN_WORD_BYTES - 1) : 0;
    char *buffer = (char *)heap_buffer + offset;
    memset(heap_buffer, 0xdb, sizeof heap_buffer); // allocation must clear what it hands out
    memset(&heap, 0xa5, sizeof heap);              // mn_heap_init must set every field
    EXPECT(mn_heap_init(&heap, buffer, heap_bytes, test_types, TAG_COUNT),
           "mn_heap_init failed for %zu bytes", heap_bytes);
    EXPECT((mn_word_t)heap.start % MN_WORD_BYTES == 0 && (char *)heap.start >= buffer &&
               (char *)heap.end <= buffer + heap_bytes &&
               (size_t)((char *)heap.end - (char *)heap.start) + 2 * MN_WORD_BYTES >= heap_bytes &&
               heap.top == heap.start,
           "mn_heap_init: arena [%p, %p) in a buffer [%p, +%zu)", (void *)heap.start,
           (void *)heap.end, (void *)buffer, heap_bytes);
    EXPECT(heap.arena_end == heap.end, "mn_heap_init reserved %lld words",
           (long long)(heap.arena_end - heap.end));
    model.heap_start = (mn_word_t)heap.start;
    model.arena_end = (mn_word_t)heap.arena_end;
    model.heap_words = (size_t)(heap.end - heap.start);
    model.total_bytes = model.heap_words * MN_WORD_BYTES;

    if (options->tiny_mark_stack || rng_percent(20)) {
        heap.mark_stack_limit = rng_range(1, 2);
    } else if (rng_percent(15)) {
        heap.mark_stack_limit = rng_range(3, MN_GC_MARK_STACK_MAX);
    }
    model.threshold = rng_percent(25) ? rng_range(64, model.total_bytes / 2) : 0;
    mn_heap_set_threshold(&heap, model.threshold);
    mn_heap_set_auto_collect(&heap, true);
    model.clock = rng_percent(50);
    heap.clock_us = model.clock ? fake_clock_us : NULL;

    model.weight_sum = 0;
    for (unsigned op = 0; op < OP_COUNT; op++) {
        model.weights[op] = base_weights[op] * (unsigned)rng_range(1, 4) / 2;
    }
    if (heap.mark_stack_limit <= 2) {
        model.weights[OP_CHAIN] = options->tiny_mark_stack ? 10 : 5;
    }
    if (model.weights[OP_ALLOC] == 0) {
        model.weights[OP_ALLOC] = 1;
    }
    for (unsigned op = 0; op < OP_COUNT; op++) {
        model.weight_sum += model.weights[op];
    }

    region_a_length = rng_range(1, 8);
    for (size_t slot = 0; slot < REGION_A_SLOTS; slot++) {
        region_a[slot] = slot < region_a_length ? 0 : model.heap_start;
    }
    for (size_t slot = 0; slot < REGION_B_SLOTS; slot++) {
        region_b[slot] = 0;
    }
    EXPECT(mn_root_add_region(&heap, region_a, &region_a_length), "mn_root_add_region failed");
    EXPECT(mn_root_add_region(&heap, region_b, &region_b_length), "mn_root_add_region failed");
    model.region_b_registered = true;
    model.walk_stamp = 0;
    model.reach_stamp = 0;

    mn_heap_stats_t stats;
    mn_heap_stats(&heap, &stats);
    EXPECT(stats.total_bytes == model.total_bytes && stats.allocated_bytes == 0 &&
               stats.reserved_bytes == 0 && stats.collections == 0 &&
               stats.largest_free == model.total_bytes,
           "fresh heap: total %zu (arena %zu), allocated %zu, largest free %zu", stats.total_bytes,
           model.total_bytes, stats.allocated_bytes, stats.largest_free);
    coverage.sequences++;
    coverage.tiny_stack_sequences += heap.mark_stack_limit <= 2;
    if (tracing) {
        printf("seed %llu: heap %zu bytes (+%zu), mark stack %zu, threshold %zu\n",
               (unsigned long long)seed, model.total_bytes, offset, heap.mark_stack_limit,
               model.threshold);
    }
    return check_all();
}

// Drops every root (the stack is released, or cleared and kept); a collection must then free
// everything.
static bool tear_down_sequence(void) {
    while (model.ref_depth > 0) {
        pop_ref();
    }
    if (rng_percent(50)) {
        release(model.stack_words);
    }
    for (size_t root = 0; root < roots_end(); root++) {
        if (root_active(root) && (root < FIRST_REF_ROOT || root >= FIRST_STACK_ROOT)) {
            place_t place = {NO_OBJECT, root};
            store(&place, rng_percent(50) ? LINK_NULL : pick_non_reference());
        }
    }
    size_t allocated = model.allocated_count;
    size_t freed = mn_gc_collect(&heap);
    model_collect();
    EXPECT(freed == allocated, "the last collection freed %zu of %zu blocks", freed, allocated);
    if (!check_all()) {
        return false;
    }
    mn_heap_stats_t stats;
    mn_heap_stats(&heap, &stats);
    EXPECT(stats.allocated_bytes == 0 && stats.allocated_blocks == 0,
           "%zu blocks left after dropping every root", stats.allocated_blocks);
    return true;
}

static bool run_sequence(uint64_t seed, const sequence_options_t *options) {
    current_seed = seed;
    current_step = 0;
    current_op = "setup";
    if (!set_up_sequence(seed, options)) {
        return false;
    }

    unsigned steps = (unsigned)rng_range(STEPS_MIN, STEPS_MAX);
    for (current_step = 1; current_step <= steps; current_step++) {
        size_t choice = rng_below(model.weight_sum);
        unsigned op = 0;
        while (choice >= model.weights[op]) {
            choice -= model.weights[op++];
        }
        current_op = op_names[op];
        if (tracing) {
            printf("  step %u: %s\n", current_step, current_op);
        }
        coverage.steps++;
        if (!op_functions[op]()) {
            return false;
        }
    }
    current_op = "tear down";
    return tear_down_sequence();
}

// Allocates `words` words with a random shape; `*block` is NULL if it failed.
// may trigger a gc
static bool allocate_words(size_t words, void **block, uint32_t *id) {
    shape_t shape;
    shape_for_words(&shape, words);
    return allocate(&shape, block, id) && check_all();
}

// Some live objects and some garbage; then a request of exactly the free room (kept in a GC
// reference) must succeed; one word more must fail; dropping the big object must make room
// for it again.
static bool run_exact_fit(uint64_t seed, const sequence_options_t *options) {
    current_seed = seed;
    current_step = 0;
    current_op = "setup";
    if (!set_up_sequence(seed, options)) {
        return false;
    }
    current_op = "fill";
    size_t objects = rng_below(40);
    for (current_step = 1; current_step <= objects; current_step++) {
        coverage.steps++;
        place_t place;
        bool keep = rng_percent(60) && pick_place(&place);
        void *block;
        uint32_t id;
        if (!allocate_words(rng_range(1, 16), &block, &id)) {
            return false;
        }
        if (block != NULL && keep) {
            store(&place, (link_t)id);
            if (!check_all()) {
                return false;
            }
        }
        // Stack frames in between, holding some of the objects.
        if (rng_percent(25)) {
            size_t frame = rng_range(1, 16);
            bool reserved;
            if (!reserve(frame, false, &reserved) || !check_all()) {
                return false;
            }
            EXPECT(reserved, "a reservation of %zu words failed in a heap less than half full",
                   frame);
            place_t slot = {NO_OBJECT, pick_stack_root()};
            store(&slot, pick_value(NO_OBJECT));
            if (!check_all()) {
                return false;
            }
        }
        if (model.allocated_bytes + model.stack_words * MN_WORD_BYTES > model.total_bytes / 2) {
            break;
        }
    }
    current_op = "exact fit";
    size_t live_bytes;
    model_reach(&live_bytes, NULL);
    size_t words = (model.total_bytes - live_bytes) / MN_WORD_BYTES - model.stack_words;
    size_t root;
    if (!push_ref(&root)) {
        return false;
    }
    place_t big_place = {NO_OBJECT, root};
    void *block;
    uint32_t id;
    if (!allocate_words(words, &block, &id)) {
        return false;
    }
    EXPECT(block != NULL, "a request of %zu bytes failed with %zu live bytes in a heap of %zu",
           words * MN_WORD_BYTES, live_bytes, model.total_bytes);
    store(&big_place, (link_t)id);
    if (!check_all()) {
        return false;
    }
    current_op = "one word more";
    if (!allocate_words(1, &block, &id)) {
        return false;
    }
    EXPECT(block == NULL, "a word was allocated in a heap full of live data");
    current_op = "reserve one word more";
    bool reserved;
    if (!reserve(1, false, &reserved) || !check_all()) {
        return false;
    }
    EXPECT(!reserved, "a word was reserved in a heap full of live data");
    pop_ref();
    if (!check_all()) {
        return false;
    }
    // The same room, taken by the stack: the big object is garbage now.
    if (rng_percent(50)) {
        current_op = "reserve the fit";
        if (!reserve(words, false, &reserved) || !check_all()) {
            return false;
        }
        EXPECT(reserved, "a reservation of %zu words failed with %zu live bytes in a heap of %zu",
               words, live_bytes, model.total_bytes);
        current_op = "one word more past the stack";
        if (!allocate_words(1, &block, &id)) {
            return false;
        }
        EXPECT(block == NULL, "a word was allocated in a heap full of live data and stack");
        if (!reserve(1, false, &reserved) || !check_all()) {
            return false;
        }
        EXPECT(!reserved, "a word was reserved in a heap full of live data and stack");
        release(words);
        if (!check_all()) {
            return false;
        }
    }
    current_op = "fit again";
    if (!allocate_words(words, &block, &id)) {
        return false;
    }
    EXPECT(block != NULL, "a request of %zu bytes failed with %zu live bytes in a heap of %zu",
           words * MN_WORD_BYTES, live_bytes, model.total_bytes);
    current_op = "tear down";
    return tear_down_sequence();
}

// Reads "--seed N", "--count M" and "--trace" after the case name.
static void read_options(uint64_t *first_seed, uint64_t *count) {
    for (int i = 1; i < test_argc; i++) {
        if (strcmp(test_argv[i], "--seed") == 0 && i + 1 < test_argc) {
            *first_seed = strtoull(test_argv[++i], NULL, 0);
        } else if (strcmp(test_argv[i], "--count") == 0 && i + 1 < test_argc) {
            *count = strtoull(test_argv[++i], NULL, 0);
        } else if (strcmp(test_argv[i], "--trace") == 0) {
            tracing = true;
        } else if (strcmp(test_argv[i], "--summary") == 0) {
            summary = true;
        }
    }
}

static void run_sequences(const char *case_name, uint64_t first_seed, uint64_t count,
                          bool (*run)(uint64_t seed, const sequence_options_t *options),
                          const sequence_options_t *options) {
    read_options(&first_seed, &count);
    current_case = case_name;
    signal(SIGABRT, report_signal);
#ifdef MODEL_SANITIZED
    __sanitizer_set_death_callback(report_death);
#else
    signal(SIGSEGV, report_signal);
#endif
    for (uint64_t seed = first_seed; seed < first_seed + count; seed++) {
        failure[0] = '\0';
        if (!run(seed, options)) {
            test_fail(__FILE__, __LINE__, failure);
            printf("  replay: %s %s --seed %llu --count 1 --trace\n", test_argv[0], case_name,
                   (unsigned long long)seed);
            break;
        }
    }
    signal(SIGABRT, SIG_DFL);
#ifdef MODEL_SANITIZED
    __sanitizer_set_death_callback(NULL);
#else
    signal(SIGSEGV, SIG_DFL);
#endif
    if (summary) {
        printf("%s: %llu sequences (%llu with a tiny mark stack), %llu steps, %llu allocations "
               "(%llu failed, %llu without pins, %llu nearly fitting), %llu + %llu explicit "
               "collections freed %llu blocks, moved %llu bytes; %llu chain nodes (longest "
               "%llu), %llu pins\n",
               case_name, coverage.sequences, coverage.tiny_stack_sequences, coverage.steps,
               coverage.allocations, coverage.failures, coverage.failures_unpinned,
               coverage.failures_near_fit, coverage.implicit_collections,
               coverage.explicit_collections, coverage.freed, coverage.bytes_moved,
               coverage.chain_nodes, coverage.longest_chain, coverage.pins);
        printf("  %llu reservations (%llu failed, %llu without pins or lock; %llu collections), "
               "%llu releases, deepest stack %llu words; %llu shrinks (%llu of the last "
               "block), %llu grows in place (%llu refused)\n",
               coverage.reserves, coverage.reserve_failures, coverage.reserve_failures_unpinned,
               coverage.reserve_collections, coverage.releases, coverage.deepest_stack,
               coverage.shrinks, coverage.shrinks_of_last, coverage.grows, coverage.grows_refused);
    }
    memset(&coverage, 0, sizeof coverage);
}

// ---- Cases --------------------------------------------------------------------------------

// The CI run: sequences from a fixed list of seeds.
static void model_fixed_seeds(void) {
    sequence_options_t options = {.tiny_mark_stack = false};
    run_sequences("model_fixed_seeds", FIXED_SEEDS_FIRST, FIXED_SEEDS_COUNT, run_sequence,
                  &options);
}

// A mark stack of one or two entries and many deep chains: marking lives on its overflow
// fallback.
static void model_tiny_mark_stack(void) {
    sequence_options_t options = {.tiny_mark_stack = true};
    run_sequences("model_tiny_mark_stack", TINY_STACK_SEEDS_FIRST, TINY_STACK_SEEDS_COUNT,
                  run_sequence, &options);
}

// Requests that fill the heap exactly: with nothing pinned, live data plus a request equal
// to the heap must fit (after a collection if need be), and one word more must not.
static void model_exact_fit(void) {
    sequence_options_t options = {.tiny_mark_stack = false};
    run_sequences("model_exact_fit", EXACT_FIT_SEEDS_FIRST, EXACT_FIT_SEEDS_COUNT, run_exact_fit,
                  &options);
}

static const test_case_t cases[] = {
    {"model_fixed_seeds", model_fixed_seeds},
    {"model_tiny_mark_stack", model_tiny_mark_stack},
    {"model_exact_fit", model_exact_fit},
};

TEST_MAIN(cases)
