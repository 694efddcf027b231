#include "vm/code.h"

uint32_t mn_code_line(const mn_code_t *code, size_t offset) {
    const mn_str_t *table = mn_object(code->lines);
    const uint8_t *entry = (const uint8_t *)table->bytes;
    const uint8_t *end = entry + mn_str_length(table);
    size_t position = 0;
    intptr_t line = mn_small_int_value(code->first_line);
    while (entry < end) {
        size_t delta = mn_code_read_var(&entry);
        size_t line_delta = mn_code_read_var(&entry);
        if (position + delta > offset) {
            break;
        }
        position += delta;
        line += (intptr_t)(line_delta >> 1) ^ -(intptr_t)(line_delta & 1);
    }
    return (uint32_t)line;
}
