// The heap map of micropython.mem_info(1): one character per 16-byte cell, 64 cells a line
// behind the hex offset of the line. A cell where an allocated block starts shows the
// block's type symbol ('h' for types without one); a cell covered only by the rest of an
// allocated block shows '='; a cell with no allocated byte shows '.'. When several blocks
// start in one cell (blocks are word-granular), the first one is shown. Cells of the
// reserved top of the arena (the VM stack) show '-'. As in MicroPython,
// two or more all-free lines in a row fold into "       (N lines all free)".
#include "mem/mem.h"

#define CELLS_PER_LINE 64

static void write_text(mn_write_fn write, void *context, const char *text) {
    size_t length = 0;
    while (text[length] != '\0') {
        length++;
    }
    write(context, text, length);
}

// Writes `value` as `digits` hex digits (at least; more when the value needs them).
static void write_hex(mn_write_fn write, void *context, uintptr_t value, unsigned digits) {
    char text[2 * sizeof(uintptr_t)];
    unsigned length = 0;
    do {
        text[sizeof text - 1 - length++] = "0123456789abcdef"[value & 15];
        value >>= 4;
    } while (value != 0 || length < digits);
    write(context, text + sizeof text - length, length);
}

static void write_decimal(mn_write_fn write, void *context, size_t value) {
    char text[24];
    unsigned length = 0;
    do {
        text[sizeof text - 1 - length++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    write(context, text + sizeof text - length, length);
}

// Fills `line` with the characters of the cells from `first_cell` on; `cursor` is the first
// block that may reach into them, and is left at the first block reaching past them.
static void render_line(const mn_heap_t *heap, const mn_word_t **cursor, size_t first_cell,
                        size_t cells, char *line) {
    const char *base = (const char *)heap->start;
    size_t line_start = first_cell * MN_HEAPMAP_CELL_BYTES;
    size_t line_end = line_start + cells * MN_HEAPMAP_CELL_BYTES;
    for (size_t i = 0; i < cells; i++) {
        line[i] = '.';
    }
    const mn_word_t *block = *cursor;
    while (block < heap->top) {
        size_t block_start = (size_t)((const char *)block - base);
        size_t block_end = block_start + mn_block_bytes(block);
        if (block_start >= line_end) {
            break;
        }
        unsigned tag = mn_block_tag(block);
        if (tag != MN_TAG_FREE) {
            char symbol = heap->types[tag].map_symbol ? heap->types[tag].map_symbol : 'h';
            size_t head_cell = block_start / MN_HEAPMAP_CELL_BYTES;
            size_t last_cell = (block_end - 1) / MN_HEAPMAP_CELL_BYTES;
            for (size_t cell = head_cell; cell <= last_cell; cell++) {
                if (cell < first_cell || cell >= first_cell + cells) {
                    continue;
                }
                char *shown = &line[cell - first_cell];
                if (cell == head_cell && (*shown == '.' || *shown == '=')) {
                    *shown = symbol;
                } else if (*shown == '.') {
                    *shown = '=';
                }
            }
        }
        if (block_end > line_end) {
            break; // reaches into the next line: keep it as the cursor
        }
        block += mn_block_words(block);
    }
    *cursor = block;
    // The reserved top (the VM stack).
    size_t reserved_start = (size_t)((const char *)heap->end - base);
    for (size_t i = 0; i < cells; i++) {
        size_t cell_end = (first_cell + i + 1) * MN_HEAPMAP_CELL_BYTES;
        if (cell_end > reserved_start && line[i] == '.') {
            line[i] = '-';
        }
    }
}

static bool all_free(const char *line, size_t cells) {
    for (size_t i = 0; i < cells; i++) {
        if (line[i] != '.') {
            return false;
        }
    }
    return true;
}

static void write_line(mn_write_fn write, void *context, size_t offset, const char *line,
                       size_t cells) {
    write_hex(write, context, offset, 8);
    write_text(write, context, ": ");
    write(context, line, cells);
    write_text(write, context, "\n");
}

// A run of full all-free lines: folded when two or more, printed as it is when one.
static void flush_free_lines(mn_write_fn write, void *context, size_t first_cell, size_t lines) {
    if (lines >= 2) {
        write_text(write, context, "       (");
        write_decimal(write, context, lines);
        write_text(write, context, " lines all free)\n");
    } else if (lines == 1) {
        char line[CELLS_PER_LINE];
        for (size_t i = 0; i < CELLS_PER_LINE; i++) {
            line[i] = '.';
        }
        write_line(write, context, first_cell * MN_HEAPMAP_CELL_BYTES, line, CELLS_PER_LINE);
    }
}

void mn_heapmap_print(const mn_heap_t *heap, mn_write_fn write, void *context) {
    size_t total_bytes = (size_t)(heap->arena_end - heap->start) * MN_WORD_BYTES;
    size_t total_cells = (total_bytes + MN_HEAPMAP_CELL_BYTES - 1) / MN_HEAPMAP_CELL_BYTES;
    write_text(write, context, "GC memory layout; from ");
    write_hex(write, context, (uintptr_t)heap->start, 1);
    write_text(write, context, ":\n");

    const mn_word_t *cursor = heap->start;
    size_t free_lines = 0; // full all-free lines not written yet
    size_t free_from = 0;  // the first cell of them
    char line[CELLS_PER_LINE];
    for (size_t first_cell = 0; first_cell < total_cells; first_cell += CELLS_PER_LINE) {
        size_t cells = total_cells - first_cell;
        if (cells > CELLS_PER_LINE) {
            cells = CELLS_PER_LINE;
        }
        render_line(heap, &cursor, first_cell, cells, line);
        if (cells == CELLS_PER_LINE && all_free(line, cells)) {
            if (free_lines++ == 0) {
                free_from = first_cell;
            }
            continue;
        }
        flush_free_lines(write, context, free_from, free_lines);
        free_lines = 0;
        write_line(write, context, first_cell * MN_HEAPMAP_CELL_BYTES, line, cells);
    }
    flush_free_lines(write, context, free_from, free_lines);
}
