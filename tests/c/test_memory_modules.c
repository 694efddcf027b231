// The gc and micropython modules' ROM tables (their behaviour is tested by the scripts of
// tests/modules/, run by tests/modules/run.py).
#include "lib/modules.h"
#include "testing.h"

static void tables_sorted(void) {
    const mn_attr_table_t *tables[] = {mn_module_gc.attrs, mn_module_micropython.attrs};
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
        for (size_t i = 1; i < tables[t]->count; i++) {
            CHECK(tables[t]->entries[i - 1].name < tables[t]->entries[i].name);
        }
    }
}

static const test_case_t cases[] = {
    {"tables_sorted", tables_sorted},
};

TEST_MAIN(cases)
