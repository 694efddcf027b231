// Fuzz target: sequences of heap operations, checked against a model.
//
// The model test of the memory system (tests/c/test_model.c) runs here with its random
// choices taken from the fuzzer's input, two bytes a choice (then a generator seeded from the
// input when the bytes run out): allocations of 1 word to several KB, links, pins, GC
// references, the reserved top, shrinking, growing in place, locks and collections, with
// every object, root and statistic checked against the model after each step and the heap
// verifier after every collection. The first byte picks the case: an ordinary sequence, one
// with a mark stack of one or two entries, or the exact-fit case. A disagreement aborts
// with the model's message.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MN_MODEL_RANDOM fuzz_random
#define main model_test_main // the fuzzer has its own main
int model_test_main(int argc, char **argv);
#include "test_model.c"
#undef main

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const uint8_t *input;
static size_t input_size, input_position;

uint64_t fuzz_random(void) {
    if (input_position + 2 <= input_size) {
        uint64_t value = (uint64_t)input[input_position] | (uint64_t)input[input_position + 1] << 8;
        input_position += 2;
        return value;
    }
    rng_state ^= rng_state >> 12; // xorshift64*, as the model's own generator
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1du;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1) {
        return 0;
    }
    uint64_t seed = 1469598103934665603u; // FNV-1a of the input seeds the generator
    for (size_t i = 0; i < size; i++) {
        seed = (seed ^ data[i]) * 1099511628211u;
    }
    input = data + 1;
    input_size = size - 1;
    input_position = 0;
    sequence_options_t options = {.tiny_mark_stack = data[0] % 4 == 1};
    bool (*run)(uint64_t, const sequence_options_t *) =
        data[0] % 4 == 2 ? run_exact_fit : run_sequence;
    failure[0] = '\0';
    // set_up_sequence seeds rng_state from the seed: the fallback generator starts there.
    if (!run(seed, &options)) {
        fprintf(stderr, "fuzz_heap: the heap disagrees with the model: %s\n", failure);
        abort();
    }
    return 0;
}
