# Minnow — GNU Make build.
#
#   make                 build/minnow (host, 64-bit)
#   make M32=1           build32/minnow (32-bit, -m32; memory figures are quoted from it)
#   make STRESS=1        build-stress/: every allocation collects and moves every block
#   make SANITIZE=1      build-asan/: clang with AddressSanitizer and UBSan
#   make test            build and run every suite of the chosen configuration
#   make bench           build and run the benchmarks
#   make run             build and run the example
#   make format          clang-format every source file (format-check: only check)
#   EXTRA_CFLAGS=...     more compiler flags (e.g. -DMN_COMPUTED_GOTO=0: the switch dispatch)
#   make INJECT=1        build-inject/: the k-th allocation can fail (make test-inject)
#   make fuzz            build-fuzz/fuzz/: libFuzzer targets (make fuzz-smoke runs them)

M32 ?= 0
STRESS ?= 0
SANITIZE ?= 0
INJECT ?= 0

# make INJECT=1: build-inject/, where the k-th allocation can be made to fail
# (MINNOW_FAIL_ALLOC=k) and the heap is verified after every collection; with SANITIZE=1,
# build-inject-asan/ adds ASan and UBSan. `make test-inject` runs tests/inject/run.py.
ifeq ($(INJECT),1)
ifeq ($(SANITIZE),1)
BUILD ?= build-inject-asan
else
BUILD ?= build-inject
endif
INJECT_FLAGS := -DMN_ALLOC_FAIL_INJECTION=1 -DMN_GC_VERIFY=1
endif

# make FUZZ=1: build-fuzz/, clang with libFuzzer's instrumentation, ASan and UBSan; `make
# fuzz` builds the targets of tests/fuzz, `make fuzz-smoke` runs each for FUZZ_SECONDS.
FUZZ ?= 0
ifeq ($(FUZZ),1)
BUILD ?= build-fuzz
CC := clang
CONFIG_FLAGS := -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer
else ifeq ($(SANITIZE),1)
CC := clang
BUILD ?= build-asan
CONFIG_FLAGS := -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else ifeq ($(STRESS),1)
BUILD ?= build-stress
CONFIG_FLAGS := -O2 -DMN_GC_STRESS=1
else ifeq ($(M32),1)
BUILD ?= build32
CONFIG_FLAGS := -O2 -m32 -msse2 -mfpmath=sse
else
BUILD ?= build
CONFIG_FLAGS := -O2
endif

CC ?= cc
WARNINGS := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS ?=
GENHDR := $(BUILD)/genhdr
CFLAGS += -std=c11 -g $(WARNINGS) $(CONFIG_FLAGS) $(INJECT_FLAGS) $(EXTRA_CFLAGS) -Isrc -Iinclude \
          -I$(GENHDR)
LDFLAGS += $(CONFIG_FLAGS)
# Test builds check the heap after every collection.
TEST_DEFINES := -DMN_GC_VERIFY=1

# Layers, lowest first: mem, obj, compile, vm, lib.
LIB_SRC := $(foreach layer,mem obj compile vm lib,$(wildcard src/$(layer)/*.c))
PORT_SRC := $(wildcard ports/unix/*.c)
# The port's parts that tests link too (everything but main).
PORT_LIB_SRC := $(filter-out ports/unix/main.c,$(PORT_SRC))
TEST_SRC := $(wildcard tests/c/test_*.c)
TEST_SUPPORT_SRC := $(filter-out $(TEST_SRC),$(wildcard tests/c/*.c))
BENCH_SRC := $(wildcard bench/*.c)

LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/qstr_rom.o
LIB_TEST_OBJ := $(LIB_SRC:%.c=$(BUILD)/test-obj/%.o) $(BUILD)/test-obj/qstr_rom.o \
                $(PORT_LIB_SRC:%.c=$(BUILD)/test-obj/%.o)
PORT_OBJ := $(PORT_SRC:%.c=$(BUILD)/obj/%.o)
TEST_SUPPORT_OBJ := $(TEST_SUPPORT_SRC:%.c=$(BUILD)/test-obj/%.o)
TEST_BIN := $(TEST_SRC:tests/c/%.c=$(BUILD)/tests/%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

.PHONY: all test bench bench-build run format format-check clean fuzz fuzz-build fuzz-smoke \
        test-inject
.SECONDARY:
all: $(BUILD)/minnow

$(BUILD)/minnow: $(PORT_OBJ) $(LIB_OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ -lm

# The interned strings in ROM, generated from the MN_QSTR_name uses in the sources.
QSTR_SOURCES := $(LIB_SRC) $(PORT_SRC) $(wildcard src/*/*.h)
$(GENHDR)/qstr_rom.h $(GENHDR)/qstr_rom.c &: $(QSTR_SOURCES) tools/gen_qstr.py
	python3 tools/gen_qstr.py $(GENHDR) $(QSTR_SOURCES)

$(BUILD)/obj/qstr_rom.o $(BUILD)/test-obj/qstr_rom.o: $(GENHDR)/qstr_rom.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/%.o: %.c | $(GENHDR)/qstr_rom.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/test-obj/%.o: %.c | $(GENHDR)/qstr_rom.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(TEST_DEFINES) -Itests/c -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: $(BUILD)/test-obj/tests/c/%.o $(TEST_SUPPORT_OBJ) $(LIB_TEST_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lm

$(BUILD)/bench/%: $(BUILD)/obj/bench/%.o $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ -lm

# tests/cli/test_cli.py runs the unix port's command line (MINNOW names the binary);
# tests/repl/test_repl.py drives its REPL through a pseudo-terminal;
# tests/hostile/test_hostile.py feeds it hostile programs (shallower data under GC stress,
# where every allocation moves every object).
HOSTILE_DEPTH := $(if $(filter 1,$(STRESS)),3000,100000)
test: $(TEST_BIN) $(BUILD)/minnow
	@MINNOW=$(BUILD)/minnow HOSTILE_DEPTH=$(HOSTILE_DEPTH) sh tests/run.sh $(TEST_BIN) \
	    tests/cli/test_cli.py tests/repl/test_repl.py tests/hostile/test_hostile.py \
	    tests/examples/run.py tests/py/suite.sh

# Fuzz targets (tests/fuzz/fuzz_*.c), linked with the test objects (heap verifier on).
FUZZ_BIN := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 20

$(BUILD)/fuzz/fuzz_heap: $(BUILD)/test-obj/tests/c/testing.o
$(BUILD)/fuzz/%: $(BUILD)/test-obj/tests/fuzz/%.o $(LIB_TEST_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -fsanitize=fuzzer -o $@ $^ -lm

fuzz-build: $(FUZZ_BIN)

fuzz:
	@$(MAKE) --no-print-directory FUZZ=1 fuzz-build

fuzz-smoke: fuzz
	@python3 tests/fuzz/run.py --build build-fuzz --seconds $(FUZZ_SECONDS)

# Allocation-failure injection on a sample, in the ASan+UBSan injection build.
INJECT_RUNS ?= 200
test-inject:
	@$(MAKE) --no-print-directory INJECT=1 SANITIZE=1 all
	@python3 tests/inject/run.py --minnow build-inject-asan/minnow --max-runs $(INJECT_RUNS)

bench-build: $(BENCH_BIN)

bench: $(BENCH_BIN)
	@for b in $(BENCH_BIN); do echo "== $$b"; $$b || exit 1; done

# A seed program on a 32 KB heap: memory figures before and after, and the heap map.
run: $(BUILD)/minnow
	cd examples && ../$(BUILD)/minnow -X heapsize=32k mem_report.py

FORMATTED := $(LIB_SRC) $(PORT_SRC) $(wildcard src/*/*.h include/*.h tests/c/*.[ch] bench/*.c) \
             $(wildcard tests/fuzz/*.c)
format:
	clang-format -i $(FORMATTED)

format-check:
	clang-format --dry-run -Werror $(FORMATTED)

clean:
	rm -rf build build32 build-stress build-asan build-inject build-inject-asan build-fuzz

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
