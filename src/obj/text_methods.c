// The methods str, bytes and bytearray share (obj/text.h), written once over byte ranges.
// Each native takes the kind of its result and the wording of its errors from its self:
// a str method takes str arguments ("must be str, not int"), a bytes or bytearray method
// takes bytes-like ones ("a bytes-like object is required, not 'str'"); results are of the
// self's kind. Positions are code points for a str, converted at the edges (text.h).
#include <string.h>

#include "obj/int.h"
#include "obj/list.h"
#include "obj/qstr.h"
#include "obj/str_type.h"
#include "obj/unicode.h"
#include "obj/utf8.h"

mn_text_kind_t mn_text_self_kind(mn_runtime_t *runtime, const mn_value_t *args, const char *name) {
    mn_text_kind_t kind = mn_text_kind(args[0]);
    if (kind == MN_TEXT_NONE) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "descriptor '%s' doesn't apply to a '%T' object", name, args[0]);
    }
    return kind;
}

// ---- Positions -------------------------------------------------------------------------------

// Whether the value's positions are its bytes: bytes, bytearray, an ASCII str.
// no allocation is done
static bool indexed_by_byte(mn_value_t value) {
    return mn_text_kind(value) != MN_TEXT_STR || mn_str_is_ascii(mn_qstr_str(value));
}

// The byte offset of character `index` (at most the length) of the value. no allocation is
// done
static size_t byte_offset(mn_value_t value, size_t index) {
    if (indexed_by_byte(value)) {
        return index;
    }
    size_t length;
    const char *data = mn_text_data(value, &length);
    return mn_utf8_offset(data, length, index);
}

// The character index of byte `offset` of the value. no allocation is done
static size_t char_index(mn_value_t value, size_t offset) {
    if (indexed_by_byte(value)) {
        return offset;
    }
    size_t length;
    const char *data = mn_text_data(value, &length);
    return mn_utf8_count(data, offset);
}

// CPython's ADJUST_INDICES: negative bounds count from the end, then clamp at 0; the end is
// clamped at the length; the start is not. no allocation is done
static void adjust_indices(int64_t *start, int64_t *end, int64_t length) {
    if (*end > length) {
        *end = length;
    } else if (*end < 0) {
        *end = *end < -length ? 0 : *end + length;
    }
    if (*start < 0) {
        *start = *start < -length ? 0 : *start + length;
    }
}

// The size of the character at data[offset], 1 for bytes. no allocation is done
static size_t char_size(mn_text_kind_t kind, const char *data, size_t length, size_t offset) {
    if (kind != MN_TEXT_STR || (unsigned char)data[offset] < 0x80) {
        return 1;
    }
    uint32_t code_point;
    return mn_utf8_decode(data + offset, length - offset, &code_point);
}

// The size of the character that ends at data[end), 1 for bytes. no allocation is done
static size_t char_size_before(mn_text_kind_t kind, const char *data, size_t end) {
    if (kind != MN_TEXT_STR || (unsigned char)data[end - 1] < 0x80) {
        return 1;
    }
    uint32_t code_point;
    return mn_utf8_decode_last(data, end, &code_point);
}

// ---- Arguments -------------------------------------------------------------------------------

// How a str method's message shows the argument at fault.
typedef enum wording {
    WORDING_TYPE,     // the message ends with %T: the type's name ("NoneType")
    WORDING_CLINIC,   // it ends with %s: argument clinic's name ("None" for None)
    WORDING_FUNCTION, // it has one %s, the function's name, and does not show the type
} wording_t;

// The text an argument of a method of `kind` must be: a str for a str, bytes-like for the
// others. On a mismatch raises `str_message` for a str (after the function's name when
// `function` is given), or the bytes-like message. may trigger a gc (only to raise)
static bool check_text_argument(mn_runtime_t *runtime, mn_text_kind_t kind, mn_value_t value,
                                const char *str_message, const char *function, wording_t wording) {
    if (kind == MN_TEXT_STR ? mn_text_kind(value) == MN_TEXT_STR : mn_text_is_binary(value)) {
        return true;
    }
    if (kind != MN_TEXT_STR) {
        (void)mn_text_raise_need_bytes(runtime, value);
    } else if (wording == WORDING_FUNCTION) {
        (void)mn_raise(runtime, &mn_type_TypeError, str_message, function);
    } else if (wording == WORDING_TYPE) {
        (void)mn_raise(runtime, &mn_type_TypeError, str_message, value);
    } else if (function != NULL) {
        (void)mn_raise(runtime, &mn_type_TypeError, str_message, function,
                       mn_text_argument_type(value));
    } else {
        (void)mn_raise(runtime, &mn_type_TypeError, str_message, mn_text_argument_type(value));
    }
    return false;
}

// The optional start and end arguments of find() and the like at args[first], args[first + 1].
// may trigger a gc (only to raise)
static bool start_end(mn_runtime_t *runtime, const mn_value_t *args, size_t count, size_t first,
                      int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    return (count <= first || mn_text_slice_bound(runtime, args[first], start)) &&
           (count <= first + 1 || mn_text_slice_bound(runtime, args[first + 1], end));
}

// An int argument that must fit a C int (CPython's "i" conversions).
// may trigger a gc (only to raise)
static bool c_int_argument(mn_runtime_t *runtime, mn_value_t value, int64_t *out) {
    if (!mn_int_is(value)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", value);
        return false;
    }
    if (!mn_int_to_int64(value, out) || *out < INT32_MIN || *out > INT32_MAX) {
        (void)mn_raise(runtime, &mn_type_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// A count argument (maxsplit, replace's count): any int, negative meaning no limit.
// may trigger a gc (only to raise)
static bool limit_argument(mn_runtime_t *runtime, const mn_value_t *slot, size_t *limit) {
    *limit = SIZE_MAX;
    if (slot == NULL) {
        return true;
    }
    if (!mn_int_is(*slot)) {
        (void)mn_raise(runtime, &mn_type_TypeError,
                       "'%T' object cannot be interpreted as an integer", *slot);
        return false;
    }
    int64_t n;
    if (!mn_int_to_int64(*slot, &n)) {
        (void)mn_raise(runtime, &mn_type_OverflowError,
                       "Python int too large to convert to C ssize_t");
        return false;
    }
    if (n >= 0) {
        *limit = (size_t)n;
    }
    return true;
}

// A text of a new kind with no bytes. may trigger a gc
static mn_value_t empty_of(mn_runtime_t *runtime, mn_text_kind_t kind) {
    return mn_text_new(runtime, kind, "", 0);
}

// ---- find, rfind, index, rindex, count -------------------------------------------------------

typedef enum search_mode { FIND, RFIND, INDEX, RINDEX, COUNT } search_mode_t;

// The needle of find() and the like: a str for a str; bytes-like or an int in 0..255 for the
// others. Points into its value or at *byte; valid until the next allocation.
// may trigger a gc (only to raise)
static bool needle_of(mn_runtime_t *runtime, mn_text_kind_t kind, mn_value_t value,
                      unsigned char *byte, const char **bytes, size_t *length) {
    if (kind == MN_TEXT_STR) {
        if (mn_text_kind(value) != MN_TEXT_STR) {
            (void)mn_raise(runtime, &mn_type_TypeError, "must be str, not %T", value);
            return false;
        }
    } else if (!mn_text_is_binary(value)) {
        if (!mn_int_is(value)) {
            (void)mn_raise(runtime, &mn_type_TypeError,
                           "argument should be integer or bytes-like object, not '%T'", value);
            return false;
        }
        if (!mn_text_byte_value(runtime, value, byte)) {
            return false;
        }
        *bytes = (const char *)byte;
        *length = 1;
        return true;
    }
    *bytes = mn_text_data(value, length);
    return true;
}

// find(), rfind(), index(), rindex() and count(). may trigger a gc (only to raise)
static mn_value_t search(mn_runtime_t *runtime, mn_value_t *args, size_t count, search_mode_t mode,
                         const char *name) {
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    int64_t start;
    int64_t end;
    if (kind == MN_TEXT_NONE || !start_end(runtime, args, count, 2, &start, &end)) {
        return MN_EXCEPTION;
    }
    unsigned char byte;
    const char *needle;
    size_t needle_length;
    if (!needle_of(runtime, kind, args[1], &byte, &needle, &needle_length)) {
        return MN_EXCEPTION;
    }
    // Nothing allocates from here on: the pointers stay valid.
    size_t length;
    const char *data = mn_text_data(args[0], &length);
    int64_t chars = (int64_t)mn_text_length(args[0]);
    int64_t needle_chars = (int64_t)(kind == MN_TEXT_STR ? mn_text_length(args[1]) : needle_length);
    adjust_indices(&start, &end, chars);
    bool reverse = mode == RFIND || mode == RINDEX;
    int64_t found = -1;
    if (mode == COUNT) {
        if (end - start < needle_chars) {
            return mn_small_int(0);
        }
        if (needle_length == 0) {
            return mn_small_int((mn_small_int_t)(end - start + 1));
        }
        size_t n =
            mn_text_count(data, byte_offset(args[0], (size_t)start),
                          byte_offset(args[0], (size_t)end), needle, needle_length, SIZE_MAX);
        return mn_small_int((mn_small_int_t)n);
    }
    if (end - start >= needle_chars) {
        if (needle_length == 0) {
            found = reverse ? end : start;
        } else {
            size_t at =
                mn_text_search(data, byte_offset(args[0], (size_t)start),
                               byte_offset(args[0], (size_t)end), needle, needle_length, reverse);
            if (at != SIZE_MAX) {
                found = (int64_t)char_index(args[0], at);
            }
        }
    }
    if (found < 0 && (mode == INDEX || mode == RINDEX)) {
        return mn_raise(runtime, &mn_type_ValueError,
                        kind == MN_TEXT_STR ? "substring not found" : "subsection not found");
    }
    return mn_small_int((mn_small_int_t)found);
}

static mn_value_t text_find(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)keywords;
    return search(runtime, args, count, FIND, "find");
}

static mn_value_t text_rfind(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return search(runtime, args, count, RFIND, "rfind");
}

static mn_value_t text_index(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return search(runtime, args, count, INDEX, "index");
}

static mn_value_t text_rindex(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return search(runtime, args, count, RINDEX, "rindex");
}

static mn_value_t text_count(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return search(runtime, args, count, COUNT, "count");
}

MN_METHOD(mn_text_find_obj, MN_QSTR_find, 2, 4, 0, text_find);
MN_METHOD(mn_text_rfind_obj, MN_QSTR_rfind, 2, 4, 0, text_rfind);
MN_METHOD(mn_text_index_obj, MN_QSTR_index, 2, 4, 0, text_index);
MN_METHOD(mn_text_rindex_obj, MN_QSTR_rindex, 2, 4, 0, text_rindex);
MN_METHOD(mn_text_count_obj, MN_QSTR_count, 2, 4, 0, text_count);

// ---- startswith, endswith --------------------------------------------------------------------

// Whether the text in `self` has `affix` at the start (or the end) of its [start, end):
// CPython's tailmatch. no allocation is done
static bool tail_match(mn_value_t self, mn_value_t affix, int64_t start, int64_t end, bool at_end) {
    size_t affix_length;
    const char *affix_data = mn_text_data(affix, &affix_length);
    int64_t affix_chars = (int64_t)mn_text_length(affix);
    adjust_indices(&start, &end, (int64_t)mn_text_length(self));
    if (end - affix_chars < start) {
        return false;
    }
    if (affix_length == 0) {
        return true;
    }
    size_t length;
    const char *data = mn_text_data(self, &length);
    size_t limit = byte_offset(self, (size_t)end);
    size_t offset = byte_offset(self, (size_t)(at_end ? end - affix_chars : start));
    return offset + affix_length <= limit && memcmp(data + offset, affix_data, affix_length) == 0;
}

// startswith() and endswith(). may trigger a gc (only to raise)
static mn_value_t affix_match(mn_runtime_t *runtime, mn_value_t *args, size_t count, bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    int64_t start;
    int64_t end;
    if (kind == MN_TEXT_NONE || !start_end(runtime, args, count, 2, &start, &end)) {
        return MN_EXCEPTION;
    }
    mn_value_t affix = args[1];
    if (!mn_is_tagged(affix, MN_TAG_TUPLE)) {
        if (kind == MN_TEXT_STR ? mn_text_kind(affix) != MN_TEXT_STR : !mn_text_is_binary(affix)) {
            return mn_raise(runtime, &mn_type_TypeError,
                            kind == MN_TEXT_STR
                                ? "%s first arg must be str or a tuple of str, not %T"
                                : "%s first arg must be bytes or a tuple of bytes, not %T",
                            name, affix);
        }
        return mn_bool(tail_match(args[0], affix, start, end, at_end));
    }
    size_t items = mn_tuple_length(mn_object(affix));
    for (size_t i = 0; i < items; i++) {
        mn_value_t item = ((const mn_tuple_t *)mn_object(args[1]))->items[i];
        if (kind == MN_TEXT_STR && mn_text_kind(item) != MN_TEXT_STR) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "tuple for %s must only contain str, not %T", name, item);
        }
        if (kind != MN_TEXT_STR && !mn_text_is_binary(item)) {
            return mn_text_raise_need_bytes(runtime, item);
        }
        if (tail_match(args[0], item, start, end, at_end)) {
            return MN_TRUE;
        }
    }
    return MN_FALSE;
}

static mn_value_t text_startswith(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)keywords;
    return affix_match(runtime, args, count, false);
}

static mn_value_t text_endswith(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)keywords;
    return affix_match(runtime, args, count, true);
}

MN_METHOD(mn_text_startswith_obj, MN_QSTR_startswith, 2, 4, 0, text_startswith);
MN_METHOD(mn_text_endswith_obj, MN_QSTR_endswith, 2, 4, 0, text_endswith);

// ---- removeprefix, removesuffix --------------------------------------------------------------

// removeprefix() and removesuffix(). may trigger a gc
static mn_value_t remove_affix(mn_runtime_t *runtime, mn_value_t *args, bool suffix) {
    const char *name = suffix ? "removesuffix" : "removeprefix";
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    if (kind == MN_TEXT_NONE ||
        !check_text_argument(runtime, kind, args[1], "%s() argument must be str, not %s", name,
                             WORDING_CLINIC)) {
        return MN_EXCEPTION;
    }
    size_t length;
    size_t affix_length;
    const char *data = mn_text_data(args[0], &length);
    const char *affix = mn_text_data(args[1], &affix_length);
    size_t offset = 0;
    if (affix_length > 0 && affix_length <= length &&
        memcmp(data + (suffix ? length - affix_length : 0), affix, affix_length) == 0) {
        offset = suffix ? 0 : affix_length;
        length -= affix_length;
    }
    return mn_text_new_slice(runtime, kind, &args[0], offset, length);
}

static mn_value_t text_removeprefix(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return remove_affix(runtime, args, false);
}

static mn_value_t text_removesuffix(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                    mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return remove_affix(runtime, args, true);
}

MN_METHOD(mn_text_removeprefix_obj, MN_QSTR_removeprefix, 2, 2, 0, text_removeprefix);
MN_METHOD(mn_text_removesuffix_obj, MN_QSTR_removesuffix, 2, 2, 0, text_removesuffix);

// ---- split, rsplit, splitlines ---------------------------------------------------------------

// The size of the whitespace character at data[offset] (0 when it is not whitespace): str's
// Unicode whitespace, or bytes' ASCII " \t\n\r\v\f". no allocation is done
static size_t space_at(mn_text_kind_t kind, const char *data, size_t length, size_t offset) {
    unsigned char c = (unsigned char)data[offset];
    if (kind != MN_TEXT_STR) {
        return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
    }
    if (c < 0x80) {
        return mn_utf8_is_space(c) ? 1 : 0;
    }
    uint32_t code_point;
    size_t size = mn_utf8_decode(data + offset, length - offset, &code_point);
    return mn_utf8_is_space(code_point) ? size : 0;
}

// The same for the character that ends at data[end). no allocation is done
static size_t space_before(mn_text_kind_t kind, const char *data, size_t end) {
    unsigned char c = (unsigned char)data[end - 1];
    if (kind != MN_TEXT_STR || c < 0x80) {
        return space_at(kind, data, end, end - 1);
    }
    uint32_t code_point;
    size_t size = mn_utf8_decode_last(data, end, &code_point);
    return mn_utf8_is_space(code_point) ? size : 0;
}

// Appends bytes [offset, offset + length) of *self, as a value of its kind, to the list in
// *list; *piece is a rooted scratch slot. may trigger a gc
static bool add_piece(mn_runtime_t *runtime, const mn_value_t *list, const mn_value_t *self,
                      mn_value_t *piece, size_t offset, size_t length) {
    *piece = mn_text_new_slice(runtime, mn_text_kind(*self), self, offset, length);
    return *piece != MN_EXCEPTION && mn_list_append(runtime, list, piece);
}

// Reverses a list's items in place (rsplit builds its list backwards). no allocation is done
static void reverse_list(mn_value_t list) {
    size_t length = mn_list_length(list);
    mn_value_t *items = mn_list_items(list);
    for (size_t i = 0; i < length / 2; i++) {
        mn_value_t item = items[i];
        items[i] = items[length - 1 - i];
        items[length - 1 - i] = item;
    }
}

// CPython's split_whitespace and rsplit_whitespace (stringlib/split.h). may trigger a gc
static bool split_whitespace(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *list,
                             mn_value_t *piece, size_t limit, bool reverse) {
    mn_text_kind_t kind = mn_text_kind(*self);
    size_t length;
    mn_text_data(*self, &length);
    if (!reverse) {
        size_t i = 0;
        for (; limit > 0; limit--) {
            const char *data = mn_text_data(*self, &length); // re-read after each piece
            size_t size;
            while (i < length && (size = space_at(kind, data, length, i)) != 0) {
                i += size;
            }
            if (i == length) {
                break;
            }
            size_t j = i;
            while (i < length && space_at(kind, data, length, i) == 0) {
                i += char_size(kind, data, length, i);
            }
            if (!add_piece(runtime, list, self, piece, j, i - j)) {
                return false;
            }
        }
        const char *data = mn_text_data(*self, &length);
        size_t size;
        while (i < length && (size = space_at(kind, data, length, i)) != 0) {
            i += size;
        }
        return i == length || add_piece(runtime, list, self, piece, i, length - i);
    }
    size_t i = length; // the end of the part not yet split
    for (; limit > 0; limit--) {
        const char *data = mn_text_data(*self, &length);
        size_t size;
        while (i > 0 && (size = space_before(kind, data, i)) != 0) {
            i -= size;
        }
        if (i == 0) {
            break;
        }
        size_t j = i;
        while (i > 0 && space_before(kind, data, i) == 0) {
            i -= char_size_before(kind, data, i);
        }
        if (!add_piece(runtime, list, self, piece, i, j - i)) {
            return false;
        }
    }
    const char *data = mn_text_data(*self, &length);
    size_t size;
    while (i > 0 && (size = space_before(kind, data, i)) != 0) {
        i -= size;
    }
    if (i > 0 && !add_piece(runtime, list, self, piece, 0, i)) {
        return false;
    }
    reverse_list(*list);
    return true;
}

// CPython's split and rsplit with a separator. may trigger a gc
static bool split_separator(mn_runtime_t *runtime, const mn_value_t *self, const mn_value_t *sep,
                            const mn_value_t *list, mn_value_t *piece, size_t limit, bool reverse) {
    size_t length;
    size_t sep_length;
    mn_text_data(*self, &length);
    mn_text_data(*sep, &sep_length);
    if (!reverse) {
        size_t i = 0;
        for (; limit > 0; limit--) {
            const char *data = mn_text_data(*self, &length);
            const char *separator = mn_text_data(*sep, &sep_length);
            size_t found = mn_text_search(data, i, length, separator, sep_length, false);
            if (found == SIZE_MAX) {
                break;
            }
            if (!add_piece(runtime, list, self, piece, i, found - i)) {
                return false;
            }
            i = found + sep_length;
        }
        return add_piece(runtime, list, self, piece, i, length - i);
    }
    size_t j = length;
    for (; limit > 0; limit--) {
        const char *data = mn_text_data(*self, &length);
        const char *separator = mn_text_data(*sep, &sep_length);
        size_t found = mn_text_search(data, 0, j, separator, sep_length, true);
        if (found == SIZE_MAX) {
            break;
        }
        if (!add_piece(runtime, list, self, piece, found + sep_length, j - found - sep_length)) {
            return false;
        }
        j = found;
    }
    if (!add_piece(runtime, list, self, piece, 0, j)) {
        return false;
    }
    reverse_list(*list);
    return true;
}

// split() and rsplit(). may trigger a gc
static mn_value_t split(mn_runtime_t *runtime, mn_value_t *args, size_t count, mn_value_t keywords,
                        bool reverse) {
    const char *name = reverse ? "rsplit" : "split";
    static const uint16_t allowed[] = {MN_QSTR_sep, MN_QSTR_maxsplit};
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    mn_value_t *sep;
    mn_value_t *maxsplit;
    size_t limit;
    if (kind == MN_TEXT_NONE || !mn_native_check_keywords(runtime, name, keywords, allowed, 2) ||
        !mn_text_argument(runtime, name, args, count, keywords, 1, MN_QSTR_sep, &sep) ||
        !mn_text_argument(runtime, name, args, count, keywords, 2, MN_QSTR_maxsplit, &maxsplit)) {
        return MN_EXCEPTION;
    }
    bool by_separator = sep != NULL && *sep != MN_NONE;
    if (by_separator && !check_text_argument(runtime, kind, *sep, "must be str or None, not %T",
                                             NULL, WORDING_TYPE)) {
        return MN_EXCEPTION;
    }
    if (!limit_argument(runtime, maxsplit, &limit)) {
        return MN_EXCEPTION;
    }
    size_t sep_length = 0;
    if (by_separator && (mn_text_data(*sep, &sep_length), sep_length == 0)) {
        return mn_raise(runtime, &mn_type_ValueError, "empty separator");
    }
    mn_gc_ref_t list_ref;
    mn_gc_ref_t piece_ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &list_ref);
    mn_value_t *piece = mn_root_push(&runtime->heap, &piece_ref);
    mn_value_t result = *list = mn_list_new(runtime, 0);
    if (result != MN_EXCEPTION) {
        bool done = by_separator
                        ? split_separator(runtime, &args[0], sep, list, piece, limit, reverse)
                        : split_whitespace(runtime, &args[0], list, piece, limit, reverse);
        result = done ? *list : MN_EXCEPTION;
    }
    mn_root_pop(&runtime->heap, &piece_ref);
    mn_root_pop(&runtime->heap, &list_ref);
    return result;
}

static mn_value_t text_split(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    return split(runtime, args, count, keywords, false);
}

static mn_value_t text_rsplit(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    return split(runtime, args, count, keywords, true);
}

// The size of the line break at data[offset], 0 when there is none ("\r\n" is one).
// no allocation is done
static size_t line_break_at(mn_text_kind_t kind, const char *data, size_t length, size_t offset) {
    unsigned char c = (unsigned char)data[offset];
    if (c == '\r') {
        return offset + 1 < length && data[offset + 1] == '\n' ? 2 : 1;
    }
    if (kind != MN_TEXT_STR) {
        return c == '\n' ? 1 : 0;
    }
    if (c < 0x80) {
        return mn_utf8_is_line_break(c) ? 1 : 0;
    }
    uint32_t code_point;
    size_t size = mn_utf8_decode(data + offset, length - offset, &code_point);
    return mn_utf8_is_line_break(code_point) ? size : 0;
}

static mn_value_t text_splitlines(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_keepends};
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, "splitlines");
    mn_value_t *keepends_slot;
    int64_t keepends = 0;
    if (kind == MN_TEXT_NONE ||
        !mn_native_check_keywords(runtime, "splitlines", keywords, allowed, 1) ||
        !mn_text_argument(runtime, "splitlines", args, count, keywords, 1, MN_QSTR_keepends,
                          &keepends_slot) ||
        (keepends_slot != NULL && !c_int_argument(runtime, *keepends_slot, &keepends))) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t list_ref;
    mn_gc_ref_t piece_ref;
    mn_value_t *list = mn_root_push(&runtime->heap, &list_ref);
    mn_value_t *piece = mn_root_push(&runtime->heap, &piece_ref);
    mn_value_t result = *list = mn_list_new(runtime, 0);
    size_t i = 0;
    size_t length;
    mn_text_data(args[0], &length);
    while (result != MN_EXCEPTION && i < length) {
        const char *data = mn_text_data(args[0], &length);
        size_t start = i;
        size_t size = 0;
        while (i < length && (size = line_break_at(kind, data, length, i)) == 0) {
            i += char_size(kind, data, length, i);
        }
        size_t end = i + size;
        if (!add_piece(runtime, list, &args[0], piece, start, (keepends ? end : i) - start)) {
            result = MN_EXCEPTION;
        }
        i = end;
    }
    if (result != MN_EXCEPTION) {
        result = *list; // re-read: the appends may have moved it
    }
    mn_root_pop(&runtime->heap, &piece_ref);
    mn_root_pop(&runtime->heap, &list_ref);
    return result;
}

MN_METHOD(mn_text_split_obj, MN_QSTR_split, 1, 3, MN_NATIVE_KEYWORDS, text_split);
MN_METHOD(mn_text_rsplit_obj, MN_QSTR_rsplit, 1, 3, MN_NATIVE_KEYWORDS, text_rsplit);
MN_METHOD(mn_text_splitlines_obj, MN_QSTR_splitlines, 1, 2, MN_NATIVE_KEYWORDS, text_splitlines);

// ---- partition, rpartition -------------------------------------------------------------------

// partition() and rpartition(). may trigger a gc
static mn_value_t partition(mn_runtime_t *runtime, mn_value_t *args, bool reverse) {
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, reverse ? "rpartition" : "partition");
    if (kind == MN_TEXT_NONE ||
        !check_text_argument(runtime, kind, args[1], "must be str, not %T", NULL, WORDING_TYPE)) {
        return MN_EXCEPTION;
    }
    size_t length;
    size_t sep_length;
    const char *data = mn_text_data(args[0], &length);
    const char *sep = mn_text_data(args[1], &sep_length);
    if (sep_length == 0) {
        return mn_raise(runtime, &mn_type_ValueError, "empty separator");
    }
    size_t found = mn_text_search(data, 0, length, sep, sep_length, reverse);
    mn_gc_ref_t refs[3];
    mn_value_t *parts[3];
    for (int i = 0; i < 3; i++) {
        parts[i] = mn_root_push(&runtime->heap, &refs[i]);
    }
    mn_value_t result = MN_NONE;
    if (found == SIZE_MAX) {
        // (self, '', '') or ('', '', self): the self part a copy for a bytearray.
        int self_part = reverse ? 2 : 0;
        for (int i = 0; i < 3 && result != MN_EXCEPTION; i++) {
            result = *parts[i] = i == self_part
                                     ? mn_text_new_slice(runtime, kind, &args[0], 0, length)
                                     : empty_of(runtime, kind);
        }
    } else {
        size_t offsets[3] = {0, found, found + sep_length};
        size_t lengths[3] = {found, sep_length, length - found - sep_length};
        for (int i = 0; i < 3 && result != MN_EXCEPTION; i++) {
            const mn_value_t *source = i == 1 ? &args[1] : &args[0];
            result = *parts[i] =
                mn_text_new_slice(runtime, kind, source, i == 1 ? 0 : offsets[i], lengths[i]);
        }
    }
    if (result != MN_EXCEPTION) {
        mn_tuple_t *tuple = mn_tuple_new(runtime, 3);
        if (tuple == NULL) {
            result = mn_raise_memory_error(runtime);
        } else {
            for (int i = 0; i < 3; i++) {
                tuple->items[i] = *parts[i];
            }
            result = mn_object_value(tuple);
        }
    }
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static mn_value_t text_partition(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                 mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return partition(runtime, args, false);
}

static mn_value_t text_rpartition(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return partition(runtime, args, true);
}

MN_METHOD(mn_text_partition_obj, MN_QSTR_partition, 2, 2, 0, text_partition);
MN_METHOD(mn_text_rpartition_obj, MN_QSTR_rpartition, 2, 2, 0, text_rpartition);

// ---- strip, lstrip, rstrip -------------------------------------------------------------------

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

// Whether code point c is one of the characters of chars[0..length) (UTF-8 for a str).
// no allocation is done
static bool among(mn_text_kind_t kind, const char *chars, size_t length, uint32_t c) {
    if (kind != MN_TEXT_STR || c < 0x80) {
        return memchr(chars, (int)c, length) != NULL; // a byte, or an ASCII character
    }
    for (size_t i = 0; i < length;) {
        uint32_t candidate;
        i += mn_utf8_decode(chars + i, length - i, &candidate);
        if (candidate == c) {
            return true;
        }
    }
    return false;
}

// strip(), lstrip() and rstrip(). may trigger a gc
static mn_value_t strip(mn_runtime_t *runtime, mn_value_t *args, size_t count, int sides) {
    const char *name = sides == STRIP_LEFT ? "lstrip" : sides == STRIP_RIGHT ? "rstrip" : "strip";
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    if (kind == MN_TEXT_NONE) {
        return MN_EXCEPTION;
    }
    bool by_chars = count > 1 && args[1] != MN_NONE;
    if (by_chars && !check_text_argument(runtime, kind, args[1], "%s arg must be None or str", name,
                                         WORDING_FUNCTION)) {
        return MN_EXCEPTION;
    }
    size_t length;
    size_t chars_length = 0;
    const char *data = mn_text_data(args[0], &length);
    const char *chars = by_chars ? mn_text_data(args[1], &chars_length) : NULL;
    size_t start = 0;
    size_t end = length;
    if (sides & STRIP_LEFT) {
        while (start < end) {
            uint32_t c = (unsigned char)data[start];
            size_t size = 1;
            if (kind == MN_TEXT_STR && c >= 0x80) {
                size = mn_utf8_decode(data + start, end - start, &c);
            }
            bool strip_it = by_chars ? among(kind, chars, chars_length, c)
                                     : space_at(kind, data, end, start) != 0;
            if (!strip_it) {
                break;
            }
            start += size;
        }
    }
    if (sides & STRIP_RIGHT) {
        while (end > start) {
            uint32_t c = (unsigned char)data[end - 1];
            size_t size = 1;
            if (kind == MN_TEXT_STR && c >= 0x80) {
                size = mn_utf8_decode_last(data + start, end - start, &c);
            }
            bool strip_it = by_chars ? among(kind, chars, chars_length, c)
                                     : space_before(kind, data + start, end - start) != 0;
            if (!strip_it) {
                break;
            }
            end -= size;
        }
    }
    return mn_text_new_slice(runtime, kind, &args[0], start, end - start);
}

static mn_value_t text_strip(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return strip(runtime, args, count, STRIP_LEFT | STRIP_RIGHT);
}

static mn_value_t text_lstrip(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return strip(runtime, args, count, STRIP_LEFT);
}

static mn_value_t text_rstrip(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return strip(runtime, args, count, STRIP_RIGHT);
}

MN_METHOD(mn_text_strip_obj, MN_QSTR_strip, 1, 2, 0, text_strip);
MN_METHOD(mn_text_lstrip_obj, MN_QSTR_lstrip, 1, 2, 0, text_lstrip);
MN_METHOD(mn_text_rstrip_obj, MN_QSTR_rstrip, 1, 2, 0, text_rstrip);

// ---- replace ---------------------------------------------------------------------------------

static mn_value_t text_replace(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)keywords;
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, "replace");
    size_t limit;
    if (kind == MN_TEXT_NONE ||
        !check_text_argument(runtime, kind, args[1], "replace() argument 1 must be str, not %s",
                             NULL, WORDING_CLINIC) ||
        !check_text_argument(runtime, kind, args[2], "replace() argument 2 must be str, not %s",
                             NULL, WORDING_CLINIC) ||
        !limit_argument(runtime, count > 3 ? &args[3] : NULL, &limit)) {
        return MN_EXCEPTION;
    }
    size_t length;
    size_t old_length;
    size_t new_length;
    const char *data = mn_text_data(args[0], &length);
    const char *old = mn_text_data(args[1], &old_length);
    mn_text_data(args[2], &new_length);
    size_t chars = mn_text_length(args[0]);
    size_t replacements = old_length == 0 ? (chars + 1 < limit ? chars + 1 : limit)
                                          : mn_text_count(data, 0, length, old, old_length, limit);
    if (replacements == 0) {
        return mn_text_new_slice(runtime, kind, &args[0], 0, length);
    }
    // The result's length, which a huge count of replacements could overflow.
    uint64_t result_length = (uint64_t)length - (uint64_t)replacements * old_length;
    if (new_length > 0 && replacements > (UINT64_MAX - result_length) / new_length) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    result_length += (uint64_t)replacements * new_length;
    if (result_length > SIZE_MAX / 2) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    if (mn_text_buffer_init(runtime, &buffer, slot, (size_t)result_length)) {
        size_t i = 0; // the next byte of self to copy
        bool ok = true;
        for (size_t n = 0; n < replacements && ok; n++) {
            data = mn_text_data(args[0], &length);
            old = mn_text_data(args[1], &old_length);
            size_t found;
            if (old_length == 0) {
                found = n == 0 ? 0 : i + char_size(kind, data, length, i);
            } else {
                found = mn_text_search(data, i, length, old, old_length, false);
            }
            ok = mn_text_append_slice(runtime, &buffer, &args[0], i, found - i) &&
                 mn_text_append_slice(runtime, &buffer, &args[2], 0, new_length);
            i = found + old_length;
        }
        if (ok && mn_text_append_slice(runtime, &buffer, &args[0], i, length - i)) {
            result = mn_text_finish(runtime, kind, &buffer);
        }
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

MN_METHOD(mn_text_replace_obj, MN_QSTR_replace, 3, 4, 0, text_replace);

// ---- join ------------------------------------------------------------------------------------

// Whether the value's type can be iterated. no allocation is done
static bool iterable(mn_value_t value) {
    for (const mn_type_t *type = mn_type_of(value); type != NULL; type = type->base) {
        if (type->iter != NULL) {
            return true;
        }
    }
    return false;
}

// The items of a list or tuple, valid until the next allocation. no allocation is done
static const mn_value_t *sequence_items(mn_value_t sequence, size_t *count) {
    if (mn_is_tagged(sequence, MN_TAG_TUPLE)) {
        *count = mn_tuple_length(mn_object(sequence));
        return ((const mn_tuple_t *)mn_object(sequence))->items;
    }
    *count = mn_list_length(sequence);
    return mn_list_items(sequence);
}

// The items of an iterable in a new list. may trigger a gc
static mn_value_t collect(mn_runtime_t *runtime, const mn_value_t *iterable_value) {
    mn_gc_ref_t refs[3];
    mn_value_t *list = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *iterator = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t *item = mn_root_push(&runtime->heap, &refs[2]);
    mn_value_t result = *list = mn_list_new(runtime, 0);
    if (result != MN_EXCEPTION) {
        result = *iterator = mn_iter(runtime, iterable_value);
    }
    while (result != MN_EXCEPTION) {
        *item = mn_next(runtime, iterator);
        if (*item == MN_NULL) {
            result = *list;
            break;
        }
        if (*item == MN_EXCEPTION || !mn_list_append(runtime, list, item)) {
            result = MN_EXCEPTION;
        }
    }
    for (int i = 3; i-- > 0;) {
        mn_root_pop(&runtime->heap, &refs[i]);
    }
    return result;
}

static mn_value_t text_join(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                            mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, "join");
    if (kind == MN_TEXT_NONE) {
        return MN_EXCEPTION;
    }
    mn_gc_ref_t refs[2];
    mn_value_t *items = mn_root_push(&runtime->heap, &refs[0]);
    mn_value_t *slot = mn_root_push(&runtime->heap, &refs[1]);
    mn_value_t result = *items = args[1];
    if (!mn_is_tagged(*items, MN_TAG_TUPLE) && !mn_list_is(*items)) {
        result = iterable(*items)
                     ? (*items = collect(runtime, &args[1]))
                     : mn_raise(runtime, &mn_type_TypeError, "can only join an iterable");
    }
    // Check the items and measure the result; no allocation until the buffer.
    size_t item_count = 0;
    uint64_t total = 0;
    size_t sep_length;
    mn_text_data(args[0], &sep_length);
    if (result != MN_EXCEPTION) {
        const mn_value_t *item = sequence_items(*items, &item_count);
        for (size_t i = 0; i < item_count; i++) {
            bool right = kind == MN_TEXT_STR ? mn_text_kind(item[i]) == MN_TEXT_STR
                                             : mn_text_is_binary(item[i]);
            if (!right) {
                result = mn_raise(runtime, &mn_type_TypeError,
                                  kind == MN_TEXT_STR
                                      ? "sequence item %z: expected str instance, %T found"
                                      : "sequence item %z: expected a bytes-like object, %T found",
                                  i, item[i]);
                break;
            }
            size_t length;
            mn_text_data(item[i], &length);
            total += length + (i > 0 ? sep_length : 0);
        }
    }
    if (result != MN_EXCEPTION && item_count == 1 && kind != MN_TEXT_BYTEARRAY &&
        mn_text_kind(sequence_items(*items, &item_count)[0]) == kind) {
        result = sequence_items(*items, &item_count)[0]; // immutable: the item itself
    } else if (result != MN_EXCEPTION) {
        mn_buffer_t buffer;
        result = MN_EXCEPTION;
        if (total > SIZE_MAX / 2) {
            result = mn_text_raise_too_big(runtime, SIZE_MAX);
        } else if (mn_text_buffer_init(runtime, &buffer, slot, (size_t)total)) {
            bool ok = true;
            for (size_t i = 0; i < item_count && ok; i++) {
                mn_gc_ref_t item_ref;
                mn_value_t *item = mn_root_push(&runtime->heap, &item_ref);
                *item = sequence_items(*items, &item_count)[i];
                size_t length;
                mn_text_data(*item, &length);
                ok = (i == 0 || mn_text_append_slice(runtime, &buffer, &args[0], 0, sep_length)) &&
                     mn_text_append_slice(runtime, &buffer, item, 0, length);
                mn_root_pop(&runtime->heap, &item_ref);
            }
            if (ok) {
                result = mn_text_finish(runtime, kind, &buffer);
            }
        }
    }
    mn_root_pop(&runtime->heap, &refs[1]);
    mn_root_pop(&runtime->heap, &refs[0]);
    return result;
}

MN_METHOD(mn_text_join_obj, MN_QSTR_join, 2, 2, 0, text_join);

// ---- Case ------------------------------------------------------------------------------------

static bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static char to_upper(unsigned char c) {
    return (char)(is_lower(c) ? c - 'a' + 'A' : c);
}
static char to_lower(unsigned char c) {
    return (char)(is_upper(c) ? c - 'A' + 'a' : c);
}

typedef enum case_mode { UPPER, LOWER, CAPITALIZE, TITLE, SWAPCASE, CASEFOLD } case_mode_t;

// Maps ASCII letters in place; every other byte stays. The mapping of bytes, bytearray and
// ASCII strs. no allocation is done
static void map_case(char *bytes, size_t length, case_mode_t mode) {
    bool previous_cased = false;
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)bytes[i];
        switch (mode) {
        case UPPER:
            bytes[i] = to_upper(c);
            break;
        case LOWER:
        case CASEFOLD:
            bytes[i] = to_lower(c);
            break;
        case CAPITALIZE:
            bytes[i] = i == 0 ? to_upper(c) : to_lower(c);
            break;
        case TITLE:
            bytes[i] = previous_cased ? to_lower(c) : to_upper(c);
            previous_cased = is_lower(c) || is_upper(c);
            break;
        case SWAPCASE:
            bytes[i] = is_lower(c) ? to_upper(c) : to_lower(c);
            break;
        }
    }
}

// The case mapping of the UTF-8 text[0..length) of a str, as CPython's: full mappings (one
// character may become up to three), title case for the first letter of capitalize() and
// of each word of title(), the final sigma wherever a character is lowered. Writes it at out
// (NULL: measures it); returns its size in bytes. no allocation is done
static size_t map_case_unicode(const char *text, size_t length, case_mode_t mode, char *out) {
    size_t size = 0;
    bool previous_cased = false;
    for (size_t i = 0; i < length;) {
        uint32_t c;
        size_t c_size = mn_utf8_decode(text + i, length - i, &c);
        uint32_t mapped[3];
        size_t count = 1;
        mapped[0] = c;
        switch (mode) {
        case UPPER:
            count = mn_unicode_upper(c, mapped);
            break;
        case LOWER:
            count = mn_unicode_lower_in_context(text, length, i, c, mapped);
            break;
        case CASEFOLD:
            count = mn_unicode_fold(c, mapped);
            break;
        case CAPITALIZE:
            count = i == 0 ? mn_unicode_title(c, mapped)
                           : mn_unicode_lower_in_context(text, length, i, c, mapped);
            break;
        case TITLE:
            count = previous_cased ? mn_unicode_lower_in_context(text, length, i, c, mapped)
                                   : mn_unicode_title(c, mapped);
            previous_cased = (mn_unicode_flags(c) & MN_UNICODE_CASED) != 0;
            break;
        case SWAPCASE: {
            unsigned flags = mn_unicode_flags(c);
            if (flags & MN_UNICODE_UPPER) {
                count = mn_unicode_lower_in_context(text, length, i, c, mapped);
            } else if (flags & MN_UNICODE_LOWER) {
                count = mn_unicode_upper(c, mapped);
            }
            break;
        }
        }
        for (size_t j = 0; j < count; j++) {
            char scratch[4];
            size += mn_utf8_encode(mapped[j], out != NULL ? out + size : scratch);
        }
        i += c_size;
    }
    return size;
}

// A copy of self with its case mapped. may trigger a gc
static mn_value_t change_case(mn_runtime_t *runtime, mn_value_t *args, case_mode_t mode,
                              const char *name) {
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    if (kind == MN_TEXT_NONE) {
        return MN_EXCEPTION;
    }
    size_t length;
    const char *data = mn_text_data(args[0], &length);
    bool unicode = kind == MN_TEXT_STR && !indexed_by_byte(args[0]);
    size_t size = unicode ? map_case_unicode(data, length, mode, NULL) : length;
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room = NULL;
    if (mn_text_buffer_init(runtime, &buffer, slot, size) &&
        (size == 0 || (room = mn_text_extend(runtime, &buffer, size)) != NULL)) {
        data = mn_text_data(args[0], &length); // re-derived: the allocation may have moved it
        if (size == 0) {
            // nothing to map
        } else if (unicode) {
            map_case_unicode(data, length, mode, room);
        } else {
            memcpy(room, data, length);
            map_case(room, length, mode);
        }
        result = mn_text_finish(runtime, kind, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

static mn_value_t text_upper(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return change_case(runtime, args, UPPER, "upper");
}

static mn_value_t text_lower(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return change_case(runtime, args, LOWER, "lower");
}

static mn_value_t text_capitalize(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return change_case(runtime, args, CAPITALIZE, "capitalize");
}

static mn_value_t text_title(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return change_case(runtime, args, TITLE, "title");
}

static mn_value_t text_swapcase(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    return change_case(runtime, args, SWAPCASE, "swapcase");
}

MN_METHOD(mn_text_upper_obj, MN_QSTR_upper, 1, 1, 0, text_upper);
MN_METHOD(mn_text_lower_obj, MN_QSTR_lower, 1, 1, 0, text_lower);
MN_METHOD(mn_text_capitalize_obj, MN_QSTR_capitalize, 1, 1, 0, text_capitalize);
MN_METHOD(mn_text_title_obj, MN_QSTR_title, 1, 1, 0, text_title);
MN_METHOD(mn_text_swapcase_obj, MN_QSTR_swapcase, 1, 1, 0, text_swapcase);

// ---- Predicates ------------------------------------------------------------------------------

typedef enum predicate {
    IS_ALNUM,
    IS_ALPHA,
    IS_ASCII,
    IS_DECIMAL,
    IS_DIGIT,
    IS_LOWER,
    IS_NUMERIC,
    IS_PRINTABLE,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER
} predicate_t;

// The flags of a code point for the predicates: Unicode's for a str, ASCII's for bytes and
// bytearray (whose bytes beyond ASCII have none). no allocation is done
static unsigned character_flags(bool unicode, uint32_t c) {
    if (unicode) {
        return mn_unicode_flags(c);
    }
    if (c < 0x20 || c >= 0x7f) {
        return 0;
    }
    if (is_lower((unsigned char)c)) {
        return MN_UNICODE_ALPHA | MN_UNICODE_LOWER | MN_UNICODE_PRINTABLE;
    }
    if (is_upper((unsigned char)c)) {
        return MN_UNICODE_ALPHA | MN_UNICODE_UPPER | MN_UNICODE_PRINTABLE;
    }
    if (is_digit((unsigned char)c)) {
        return MN_UNICODE_DECIMAL | MN_UNICODE_DIGIT | MN_UNICODE_NUMERIC | MN_UNICODE_PRINTABLE;
    }
    return MN_UNICODE_PRINTABLE;
}

// The is...() predicates, as CPython's (unicodeobject.c and bytes_methods.c): a str's
// characters are Unicode's, bytes are ASCII. may trigger a gc (only to raise)
static mn_value_t test_characters(mn_runtime_t *runtime, mn_value_t *args, predicate_t predicate,
                                  const char *name) {
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    if (kind == MN_TEXT_NONE) {
        return MN_EXCEPTION;
    }
    size_t length;
    const char *data = mn_text_data(args[0], &length);
    if (predicate == IS_ASCII) {
        for (size_t i = 0; i < length; i++) {
            if ((unsigned char)data[i] >= 0x80) {
                return MN_FALSE;
            }
        }
        return MN_TRUE;
    }
    if (predicate == IS_SPACE) {
        for (size_t i = 0; i < length;) {
            size_t size = space_at(kind, data, length, i);
            if (size == 0) {
                return MN_FALSE;
            }
            i += size;
        }
        return mn_bool(length > 0);
    }
    bool unicode = kind == MN_TEXT_STR && !indexed_by_byte(args[0]);
    bool cased = false;
    bool previous_cased = false;
    for (size_t i = 0; i < length;) {
        uint32_t c = (unsigned char)data[i];
        i += unicode ? mn_utf8_decode(data + i, length - i, &c) : 1;
        unsigned flags = character_flags(unicode, c);
        switch (predicate) {
        case IS_ALNUM:
            if (!(flags & (MN_UNICODE_ALPHA | MN_UNICODE_DECIMAL | MN_UNICODE_DIGIT |
                           MN_UNICODE_NUMERIC))) {
                return MN_FALSE;
            }
            break;
        case IS_ALPHA:
            if (!(flags & MN_UNICODE_ALPHA)) {
                return MN_FALSE;
            }
            break;
        case IS_DECIMAL:
            if (!(flags & MN_UNICODE_DECIMAL)) {
                return MN_FALSE;
            }
            break;
        case IS_DIGIT:
            if (!(flags & MN_UNICODE_DIGIT)) {
                return MN_FALSE;
            }
            break;
        case IS_NUMERIC:
            if (!(flags & MN_UNICODE_NUMERIC)) {
                return MN_FALSE;
            }
            break;
        case IS_PRINTABLE:
            if (!(flags & MN_UNICODE_PRINTABLE)) {
                return MN_FALSE;
            }
            break;
        case IS_LOWER:
            if (flags & (MN_UNICODE_UPPER | MN_UNICODE_TITLE)) {
                return MN_FALSE;
            }
            cased |= (flags & MN_UNICODE_LOWER) != 0;
            break;
        case IS_UPPER:
            if (flags & (MN_UNICODE_LOWER | MN_UNICODE_TITLE)) {
                return MN_FALSE;
            }
            cased |= (flags & MN_UNICODE_UPPER) != 0;
            break;
        default: // IS_TITLE: CPython's rule
            if (flags & (MN_UNICODE_UPPER | MN_UNICODE_TITLE)) {
                if (previous_cased) {
                    return MN_FALSE;
                }
                previous_cased = cased = true;
            } else if (flags & MN_UNICODE_LOWER) {
                if (!previous_cased) {
                    return MN_FALSE;
                }
                previous_cased = cased = true;
            } else {
                previous_cased = false;
            }
            break;
        }
    }
    if (predicate == IS_LOWER || predicate == IS_UPPER || predicate == IS_TITLE) {
        return mn_bool(cased);
    }
    return mn_bool(length > 0 || predicate == IS_PRINTABLE);
}

#define PREDICATE(function, predicate, name)                                                       \
    static mn_value_t function(mn_runtime_t *runtime, mn_value_t *args, size_t count,              \
                               mn_value_t keywords) {                                              \
        (void)count;                                                                               \
        (void)keywords;                                                                            \
        return test_characters(runtime, args, predicate, name);                                    \
    }

PREDICATE(text_isalnum, IS_ALNUM, "isalnum")
PREDICATE(text_isalpha, IS_ALPHA, "isalpha")
PREDICATE(text_isascii, IS_ASCII, "isascii")
PREDICATE(text_isdigit, IS_DIGIT, "isdigit")
PREDICATE(text_islower, IS_LOWER, "islower")
PREDICATE(text_isspace, IS_SPACE, "isspace")
PREDICATE(text_istitle, IS_TITLE, "istitle")
PREDICATE(text_isupper, IS_UPPER, "isupper")

MN_METHOD(mn_text_isalnum_obj, MN_QSTR_isalnum, 1, 1, 0, text_isalnum);
MN_METHOD(mn_text_isalpha_obj, MN_QSTR_isalpha, 1, 1, 0, text_isalpha);
MN_METHOD(mn_text_isascii_obj, MN_QSTR_isascii, 1, 1, 0, text_isascii);
MN_METHOD(mn_text_isdigit_obj, MN_QSTR_isdigit, 1, 1, 0, text_isdigit);
MN_METHOD(mn_text_islower_obj, MN_QSTR_islower, 1, 1, 0, text_islower);
MN_METHOD(mn_text_isspace_obj, MN_QSTR_isspace, 1, 1, 0, text_isspace);
MN_METHOD(mn_text_istitle_obj, MN_QSTR_istitle, 1, 1, 0, text_istitle);
MN_METHOD(mn_text_isupper_obj, MN_QSTR_isupper, 1, 1, 0, text_isupper);

// ---- Padding: center, ljust, rjust, zfill ----------------------------------------------------

// Builds [left fills][self][right fills]; `fill` is the fill character's UTF-8. For zfill the
// sign of self moves in front of the zeros. may trigger a gc
static mn_value_t pad(mn_runtime_t *runtime, mn_value_t *args, mn_text_kind_t kind, int64_t width,
                      const char *fill, size_t fill_size, int alignment) {
    size_t length;
    mn_text_data(args[0], &length);
    int64_t chars = (int64_t)mn_text_length(args[0]);
    if (width <= chars) {
        return mn_text_new_slice(runtime, kind, &args[0], 0, length);
    }
    uint64_t padding = (uint64_t)(width - chars);
    uint64_t left = alignment == '<' ? 0
                    : alignment == '>' || alignment == 'z'
                        ? padding
                        : padding / 2 + (padding & (uint64_t)width & 1);
    if (padding > (SIZE_MAX / 2 - length) / fill_size) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    size_t total = length + (size_t)padding * fill_size;
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, total) &&
        (room = mn_text_extend(runtime, &buffer, total)) != NULL) {
        const char *data = mn_text_data(args[0], &length); // re-read after the allocation
        for (uint64_t i = 0; i < padding; i++) {
            size_t at = (size_t)i * fill_size + (i < left ? 0 : length);
            memcpy(room + at, fill, fill_size);
        }
        memcpy(room + left * fill_size, data, length);
        if (alignment == 'z' && length > 0 && (data[0] == '+' || data[0] == '-')) {
            room[0] = data[0]; // the sign goes in front of the zeros
            room[left] = '0';
        }
        result = mn_text_finish(runtime, kind, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

// center(), ljust() and rjust(). may trigger a gc
static mn_value_t justify(mn_runtime_t *runtime, mn_value_t *args, size_t count, int alignment,
                          const char *name) {
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, name);
    int64_t width;
    if (kind == MN_TEXT_NONE || !mn_text_int_argument(runtime, args[1], &width)) {
        return MN_EXCEPTION;
    }
    char fill[4] = {' '};
    size_t fill_size = 1;
    if (count > 2) {
        size_t length = 0;
        if (kind == MN_TEXT_STR) {
            if (mn_text_kind(args[2]) != MN_TEXT_STR) {
                return mn_raise(runtime, &mn_type_TypeError,
                                "The fill character must be a unicode character, not %T", args[2]);
            }
            if (mn_text_length(args[2]) != 1) {
                return mn_raise(runtime, &mn_type_TypeError,
                                "The fill character must be exactly one character long");
            }
        } else if (!mn_text_is_binary(args[2]) || (mn_text_data(args[2], &length), length != 1)) {
            return mn_raise(runtime, &mn_type_TypeError,
                            "%s() argument 2 must be a byte string of length 1, not %s", name,
                            mn_text_argument_type(args[2]));
        }
        const char *data = mn_text_data(args[2], &length);
        memcpy(fill, data, length);
        fill_size = length;
    }
    return pad(runtime, args, kind, width, fill, fill_size, alignment);
}

static mn_value_t text_center(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                              mn_value_t keywords) {
    (void)keywords;
    return justify(runtime, args, count, '^', "center");
}

static mn_value_t text_ljust(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return justify(runtime, args, count, '<', "ljust");
}

static mn_value_t text_rjust(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)keywords;
    return justify(runtime, args, count, '>', "rjust");
}

static mn_value_t text_zfill(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                             mn_value_t keywords) {
    (void)count;
    (void)keywords;
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, "zfill");
    int64_t width;
    if (kind == MN_TEXT_NONE || !mn_text_int_argument(runtime, args[1], &width)) {
        return MN_EXCEPTION;
    }
    return pad(runtime, args, kind, width, "0", 1, 'z');
}

MN_METHOD(mn_text_center_obj, MN_QSTR_center, 2, 3, 0, text_center);
MN_METHOD(mn_text_ljust_obj, MN_QSTR_ljust, 2, 3, 0, text_ljust);
MN_METHOD(mn_text_rjust_obj, MN_QSTR_rjust, 2, 3, 0, text_rjust);
MN_METHOD(mn_text_zfill_obj, MN_QSTR_zfill, 2, 2, 0, text_zfill);

// ---- expandtabs ------------------------------------------------------------------------------

// Measures (room NULL) or writes the expansion of data[0..length); returns its length, or
// SIZE_MAX when it cannot exist. no allocation is done
static size_t expand_tabs(mn_text_kind_t kind, const char *data, size_t length, int64_t tabsize,
                          char *room) {
    uint64_t column = 0;
    uint64_t total = 0;
    for (size_t i = 0; i < length; i++) {
        char c = data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t spaces = (uint64_t)tabsize - column % (uint64_t)tabsize;
                if (room != NULL) {
                    memset(room + total, ' ', (size_t)spaces);
                }
                column += spaces;
                total += spaces;
                if (total > SIZE_MAX / 2) {
                    return SIZE_MAX;
                }
            }
            continue;
        }
        if (room != NULL) {
            room[total] = c;
        }
        total++;
        if (c == '\n' || c == '\r') {
            column = 0;
        } else if (kind != MN_TEXT_STR || !mn_utf8_is_continuation(c)) {
            column++;
        }
    }
    return (size_t)total;
}

static mn_value_t text_expandtabs(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    static const uint16_t allowed[] = {MN_QSTR_tabsize};
    mn_text_kind_t kind = mn_text_self_kind(runtime, args, "expandtabs");
    mn_value_t *tabsize_slot;
    int64_t tabsize = 8;
    if (kind == MN_TEXT_NONE ||
        !mn_native_check_keywords(runtime, "expandtabs", keywords, allowed, 1) ||
        !mn_text_argument(runtime, "expandtabs", args, count, keywords, 1, MN_QSTR_tabsize,
                          &tabsize_slot) ||
        (tabsize_slot != NULL && !c_int_argument(runtime, *tabsize_slot, &tabsize))) {
        return MN_EXCEPTION;
    }
    size_t length;
    const char *data = mn_text_data(args[0], &length);
    size_t total = expand_tabs(kind, data, length, tabsize, NULL);
    if (total == SIZE_MAX) {
        return mn_text_raise_too_big(runtime, SIZE_MAX);
    }
    if (length == 0 || memchr(data, '\t', length) == NULL) {
        return mn_text_new_slice(runtime, kind, &args[0], 0, length);
    }
    mn_gc_ref_t ref;
    mn_value_t *slot = mn_root_push(&runtime->heap, &ref);
    mn_buffer_t buffer;
    mn_value_t result = MN_EXCEPTION;
    char *room;
    if (mn_text_buffer_init(runtime, &buffer, slot, total) &&
        (room = mn_text_extend(runtime, &buffer, total)) != NULL) {
        data = mn_text_data(args[0], &length);
        expand_tabs(kind, data, length, tabsize, room);
        result = mn_text_finish(runtime, kind, &buffer);
    }
    mn_root_pop(&runtime->heap, &ref);
    return result;
}

MN_METHOD(mn_text_expandtabs_obj, MN_QSTR_expandtabs, 1, 2, MN_NATIVE_KEYWORDS, text_expandtabs);

// ---- The str methods bytes lacks -------------------------------------------------------------

// Whether self is a str; TypeError "descriptor 'name' for 'str' objects doesn't apply to a
// 'X' object" otherwise. may trigger a gc (only to raise)
static bool str_self(mn_runtime_t *runtime, const mn_value_t *args, const char *name) {
    if (mn_text_kind(args[0]) == MN_TEXT_STR) {
        return true;
    }
    (void)mn_raise(runtime, &mn_type_TypeError,
                   "descriptor '%s' for 'str' objects doesn't apply to a '%T' object", name,
                   args[0]);
    return false;
}

static mn_value_t str_casefold(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                               mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!str_self(runtime, args, "casefold")) {
        return MN_EXCEPTION;
    }
    return change_case(runtime, args, CASEFOLD, "casefold");
}

static mn_value_t str_isdecimal(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!str_self(runtime, args, "isdecimal")) {
        return MN_EXCEPTION;
    }
    return test_characters(runtime, args, IS_DECIMAL, "isdecimal");
}

static mn_value_t str_isnumeric(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!str_self(runtime, args, "isnumeric")) {
        return MN_EXCEPTION;
    }
    return test_characters(runtime, args, IS_NUMERIC, "isnumeric");
}

// isidentifier(): XID_Start or '_', then XID_Continue (PEP 3131, without the NFKC
// normalization that only the compiler applies).
static mn_value_t str_isidentifier(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                   mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!str_self(runtime, args, "isidentifier")) {
        return MN_EXCEPTION;
    }
    size_t length;
    const char *data = mn_text_data(args[0], &length);
    for (size_t i = 0; i < length;) {
        uint32_t c;
        size_t size = mn_utf8_decode(data + i, length - i, &c);
        unsigned flags = mn_unicode_flags(c);
        if (i == 0 ? !(flags & MN_UNICODE_XID_START) && c != '_'
                   : !(flags & MN_UNICODE_XID_CONTINUE)) {
            return MN_FALSE;
        }
        i += size;
    }
    return mn_bool(length > 0);
}

static mn_value_t str_isprintable(mn_runtime_t *runtime, mn_value_t *args, size_t count,
                                  mn_value_t keywords) {
    (void)count;
    (void)keywords;
    if (!str_self(runtime, args, "isprintable")) {
        return MN_EXCEPTION;
    }
    return test_characters(runtime, args, IS_PRINTABLE, "isprintable");
}

MN_METHOD(mn_str_casefold_obj, MN_QSTR_casefold, 1, 1, 0, str_casefold);
MN_METHOD(mn_str_isdecimal_obj, MN_QSTR_isdecimal, 1, 1, 0, str_isdecimal);
MN_METHOD(mn_str_isidentifier_obj, MN_QSTR_isidentifier, 1, 1, 0, str_isidentifier);
MN_METHOD(mn_str_isnumeric_obj, MN_QSTR_isnumeric, 1, 1, 0, str_isnumeric);
MN_METHOD(mn_str_isprintable_obj, MN_QSTR_isprintable, 1, 1, 0, str_isprintable);
