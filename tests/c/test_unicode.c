// Tests of the Unicode lookups (obj/unicode.c over the generated obj/unicode_table.c): spot
// checks of the mappings and classes, and sweeps over every code point whose counts and
// checksums were computed from CPython 3.11 (Unicode 14.0.0) with the same loops, e.g.
//   sum(1 for c in range(0x110000) if chr(c).isalpha())
// and, for each mapping, the number of code points it changes and a checksum of the results
// (h = h * 31 + len(result), then h = h * 31 + each code point, modulo 2**32).
#include <string.h>

#include "obj/unicode.h"
#include "testing.h"

typedef size_t (*mapping_t)(uint32_t, uint32_t[3]);

// Checks that mapping(code_point) is the code points of `expected` (0-terminated).
static bool maps_to(mapping_t mapping, uint32_t code_point, const uint32_t *expected) {
    uint32_t out[3] = {0, 0, 0};
    size_t count = mapping(code_point, out);
    for (size_t i = 0; i < count; i++) {
        if (expected[i] != out[i]) {
            return false;
        }
    }
    return expected[count] == 0;
}

#define MAPS(mapping, code_point, ...)                                                             \
    CHECK(maps_to(mapping, code_point, (const uint32_t[]){__VA_ARGS__, 0}))

static void test_mappings(void) {
    MAPS(mn_unicode_upper, 'a', 'A');
    MAPS(mn_unicode_upper, 'A', 'A');
    MAPS(mn_unicode_lower, 'Z', 'z');
    MAPS(mn_unicode_upper, 0xe9, 0xc9);            // é
    MAPS(mn_unicode_lower, 0xc9, 0xe9);            // É
    MAPS(mn_unicode_upper, 0xff, 0x178);           // ÿ -> Ÿ
    MAPS(mn_unicode_upper, 0xdf, 'S', 'S');        // ß
    MAPS(mn_unicode_title, 0xdf, 'S', 's');        // ß
    MAPS(mn_unicode_fold, 0xdf, 's', 's');         // ß
    MAPS(mn_unicode_fold, 0x1e9e, 's', 's');       // ẞ
    MAPS(mn_unicode_lower, 0x1e9e, 0xdf);          // ẞ
    MAPS(mn_unicode_upper, 0xfb01, 'F', 'I');      // ﬁ
    MAPS(mn_unicode_title, 0xfb01, 'F', 'i');      // ﬁ
    MAPS(mn_unicode_upper, 0xfb03, 'F', 'F', 'I'); // ﬃ
    MAPS(mn_unicode_lower, 0x130, 'i', 0x307);     // İ
    MAPS(mn_unicode_upper, 0x131, 'I');            // ı
    MAPS(mn_unicode_fold, 0x131, 0x131);
    MAPS(mn_unicode_upper, 0x17f, 'S'); // ſ
    MAPS(mn_unicode_fold, 0x17f, 's');
    MAPS(mn_unicode_lower, 0x212a, 'k');  // Kelvin sign
    MAPS(mn_unicode_upper, 0x101, 0x100); // Latin Extended-A pairs
    MAPS(mn_unicode_lower, 0x100, 0x101);
    MAPS(mn_unicode_title, 0x1c6, 0x1c5); // ǆ -> ǅ
    MAPS(mn_unicode_upper, 0x1c5, 0x1c4);
    MAPS(mn_unicode_lower, 0x1c5, 0x1c6);
    MAPS(mn_unicode_title, 0x1c4, 0x1c5);
    MAPS(mn_unicode_lower, 0x3a3, 0x3c3); // Σ (no context)
    MAPS(mn_unicode_upper, 0x3c2, 0x3a3); // ς
    MAPS(mn_unicode_fold, 0x3c2, 0x3c3);
    MAPS(mn_unicode_upper, 0x390, 0x399, 0x308, 0x301); // ΐ
    MAPS(mn_unicode_upper, 0x1f80, 0x1f08, 0x399);      // ᾀ
    MAPS(mn_unicode_title, 0x1f80, 0x1f88);
    MAPS(mn_unicode_title, 0x1fb2, 0x1fba, 0x345);
    MAPS(mn_unicode_upper, 0x436, 0x416);        // ж
    MAPS(mn_unicode_lower, 0x531, 0x561);        // Armenian
    MAPS(mn_unicode_upper, 0x587, 0x535, 0x552); // և
    MAPS(mn_unicode_upper, 0x10d0, 0x1c90);      // Georgian: Mkhedruli upper is Mtavruli ...
    MAPS(mn_unicode_title, 0x10d0, 0x10d0);      // ... but its title case is itself
    MAPS(mn_unicode_lower, 0x13a0, 0xab70);      // Cherokee
    MAPS(mn_unicode_fold, 0x13a0, 0x13a0);       // folds to the uppercase
    MAPS(mn_unicode_fold, 0xab70, 0x13a0);
    MAPS(mn_unicode_lower, 0xff21, 0xff41);   // full-width A
    MAPS(mn_unicode_lower, 0x10400, 0x10428); // Deseret
    MAPS(mn_unicode_upper, 0x1e922, 0x1e900); // Adlam
    MAPS(mn_unicode_upper, 0x4e00, 0x4e00);   // CJK
    MAPS(mn_unicode_upper, 0xd800, 0xd800);   // a surrogate
    MAPS(mn_unicode_upper, 0x10ffff, 0x10ffff);
    MAPS(mn_unicode_upper, 0x110000, 0x110000); // beyond Unicode: itself
}

static void test_flags(void) {
    CHECK_EQ(mn_unicode_flags('a'), MN_UNICODE_ALPHA | MN_UNICODE_LOWER | MN_UNICODE_XID_START |
                                        MN_UNICODE_XID_CONTINUE | MN_UNICODE_PRINTABLE);
    CHECK_EQ(mn_unicode_flags('7'), MN_UNICODE_DECIMAL | MN_UNICODE_DIGIT | MN_UNICODE_NUMERIC |
                                        MN_UNICODE_XID_CONTINUE | MN_UNICODE_PRINTABLE);
    CHECK_EQ(mn_unicode_flags('_'), MN_UNICODE_XID_CONTINUE | MN_UNICODE_PRINTABLE);
    CHECK_EQ(mn_unicode_flags('\''), MN_UNICODE_CASE_IGNORABLE | MN_UNICODE_PRINTABLE);
    CHECK_EQ(mn_unicode_flags(' '), MN_UNICODE_PRINTABLE);
    CHECK_EQ(mn_unicode_flags(0), 0);
    CHECK_EQ(mn_unicode_flags(0xa0), 0); // no-break space: not printable
    CHECK(mn_unicode_flags(0xc9) & MN_UNICODE_UPPER);
    CHECK(mn_unicode_flags(0x101) & MN_UNICODE_LOWER);
    CHECK(mn_unicode_flags(0x100) & MN_UNICODE_UPPER);
    CHECK(mn_unicode_flags(0x1c5) & MN_UNICODE_TITLE);
    CHECK(mn_unicode_flags(0xaa) & MN_UNICODE_LOWER);    // ª: Other_Lowercase, no mapping
    CHECK(mn_unicode_flags(0x3d2) & MN_UNICODE_UPPER);   // ϒ: uppercase without a lowercase
    CHECK(mn_unicode_flags(0x1d400) & MN_UNICODE_UPPER); // mathematical bold A
    CHECK(mn_unicode_flags(0x1d41a) & MN_UNICODE_LOWER);
    CHECK(mn_unicode_flags(0x661) & MN_UNICODE_DECIMAL);   // Arabic-Indic one
    CHECK(!(mn_unicode_flags(0xb2) & MN_UNICODE_DECIMAL)); // ²
    CHECK(mn_unicode_flags(0xb2) & MN_UNICODE_DIGIT);
    CHECK(mn_unicode_flags(0xbd) & MN_UNICODE_NUMERIC); // ½
    CHECK(!(mn_unicode_flags(0xbd) & MN_UNICODE_DIGIT));
    CHECK(mn_unicode_flags(0x4e00) & MN_UNICODE_ALPHA);
    CHECK(mn_unicode_flags(0x4e00) & MN_UNICODE_XID_START);
    CHECK(mn_unicode_flags(0x4e5d) & MN_UNICODE_NUMERIC); // 九
    CHECK(mn_unicode_flags(0x301) & MN_UNICODE_CASE_IGNORABLE);
    CHECK(!(mn_unicode_flags(0x301) & MN_UNICODE_XID_START));
    CHECK(mn_unicode_flags(0x301) & MN_UNICODE_XID_CONTINUE);
    CHECK_EQ(mn_unicode_flags(0x378), 0);  // unassigned
    CHECK_EQ(mn_unicode_flags(0xe000), 0); // private use
    CHECK_EQ(mn_unicode_flags(0xd800), 0); // surrogate
    CHECK_EQ(mn_unicode_flags(0x10ffff), 0);
    CHECK_EQ(mn_unicode_flags(0xffffffff), 0);
    CHECK(mn_unicode_flags(0xe0100) & MN_UNICODE_XID_CONTINUE); // variation selector 17
    CHECK(mn_unicode_flags(0x1f600) & MN_UNICODE_PRINTABLE);
    CHECK(mn_unicode_flags(0x2a6df) & MN_UNICODE_ALPHA); // CJK extension B's last
    CHECK(mn_unicode_flags(0x3134a) & MN_UNICODE_ALPHA); // CJK extension G's last
    CHECK_EQ(strcmp(mn_unicode_version, "14.0.0"), 0);
}

static void test_final_sigma(void) {
    static const char text[] = "A\xce\xa3 \xce\xa3"
                               "A'\xce\xa3'"; // AΣ ΣA'Σ'
    size_t length = sizeof text - 1;
    uint32_t out[3];
    CHECK_EQ(mn_unicode_lower_in_context(text, length, 1, 0x3a3, out), 1);
    CHECK_EQ(out[0], 0x3c2); // after A, before a space: final
    mn_unicode_lower_in_context(text, length, 4, 0x3a3, out);
    CHECK_EQ(out[0], 0x3c3); // after a space: not final
    mn_unicode_lower_in_context(text, length, 8, 0x3a3, out);
    CHECK_EQ(out[0], 0x3c2); // A'Σ' : the apostrophes are case-ignorable
    mn_unicode_lower_in_context(text, length, 0, 'A', out);
    CHECK_EQ(out[0], 'a');
}

static void test_flag_counts(void) {
    static const struct {
        unsigned flag;
        unsigned count;
    } expected[] = {
        {MN_UNICODE_ALPHA, 131756},     {MN_UNICODE_DECIMAL, 660},
        {MN_UNICODE_DIGIT, 788},        {MN_UNICODE_NUMERIC, 1872},
        {MN_UNICODE_LOWER, 2471},       {MN_UNICODE_UPPER, 1951},
        {MN_UNICODE_TITLE, 31},         {MN_UNICODE_CASE_IGNORABLE, 2602},
        {MN_UNICODE_XID_START, 131974}, {MN_UNICODE_XID_CONTINUE, 135053},
        {MN_UNICODE_PRINTABLE, 144516},
    };
    unsigned counts[sizeof expected / sizeof expected[0]] = {0};
    for (uint32_t c = 0; c <= 0x10ffff; c++) {
        unsigned flags = mn_unicode_flags(c);
        CHECK(!(flags & MN_UNICODE_AUTO_CASE));
        for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
            counts[i] += (flags & expected[i].flag) != 0;
        }
    }
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        CHECK_EQ(counts[i], expected[i].count);
    }
}

static void test_mapping_checksums(void) {
    static const struct {
        mapping_t mapping;
        unsigned changed;
        uint32_t checksum;
    } expected[] = {
        {mn_unicode_upper, 1525, 0xc8644d2bu},
        {mn_unicode_lower, 1433, 0x519f4fc8u},
        {mn_unicode_title, 1452, 0x3807ecd5u},
        {mn_unicode_fold, 1530, 0x2e547872u},
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        unsigned changed = 0;
        uint32_t checksum = 0;
        for (uint32_t c = 0; c <= 0x10ffff; c++) {
            uint32_t out[3];
            size_t count = expected[i].mapping(c, out);
            CHECK(count >= 1 && count <= 3);
            if (count == 1 && out[0] == c) {
                continue;
            }
            changed++;
            checksum = checksum * 31 + (uint32_t)count;
            for (size_t j = 0; j < count; j++) {
                checksum = checksum * 31 + out[j];
            }
        }
        CHECK_EQ(changed, expected[i].changed);
        CHECK_EQ(checksum, expected[i].checksum);
    }
}

static const test_case_t tests[] = {
    {"mappings", test_mappings},
    {"flags", test_flags},
    {"final_sigma", test_final_sigma},
    {"flag_counts", test_flag_counts},
    {"mapping_checksums", test_mapping_checksums},
};

TEST_MAIN(tests)
