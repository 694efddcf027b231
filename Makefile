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

ifeq ($(SANITIZE),1)
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
CFLAGS += -std=c11 -g $(WARNINGS) $(CONFIG_FLAGS) $(INJECT_FLAGS) -Isrc -Iinclude -I$(GENHDR)
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

.PHONY: all test bench bench-build run format format-check clean
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
# tests/hostile/test_hostile.py feeds it hostile programs (shallower data under GC stress,
# where every allocation moves every object).
HOSTILE_DEPTH := $(if $(filter 1,$(STRESS)),3000,100000)
test: $(TEST_BIN) $(BUILD)/minnow
	@MINNOW=$(BUILD)/minnow HOSTILE_DEPTH=$(HOSTILE_DEPTH) sh tests/run.sh $(TEST_BIN) \
	    tests/cli/test_cli.py tests/hostile/test_hostile.py tests/py/suite.sh

bench-build: $(BENCH_BIN)

bench: $(BENCH_BIN)
	@for b in $(BENCH_BIN); do echo "== $$b"; $$b || exit 1; done

run: $(BUILD)/minnow
	$(BUILD)/minnow

FORMATTED := $(LIB_SRC) $(PORT_SRC) $(wildcard src/*/*.h include/*.h tests/c/*.[ch] bench/*.c)
format:
	clang-format -i $(FORMATTED)

format-check:
	clang-format --dry-run -Werror $(FORMATTED)

clean:
	rm -rf build build32 build-stress build-asan build-inject build-inject-asan build-fuzz

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
