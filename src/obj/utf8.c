#include "obj/utf8.h"

size_t mn_utf8_decode(const char *text, size_t length, uint32_t *code_point) {
    const unsigned char *bytes = (const unsigned char *)text;
    unsigned char lead = bytes[0];
    size_t size = lead < 0xc0 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (size > length) {
        size = 1;
    }
    uint32_t value = size == 1 ? lead : lead & (0x7f >> size);
    for (size_t i = 1; i < size; i++) {
        if ((bytes[i] & 0xc0) != 0x80) {
            *code_point = lead;
            return 1;
        }
        value = (value << 6) | (bytes[i] & 0x3f);
    }
    *code_point = value;
    return size;
}

size_t mn_utf8_decode_last(const char *text, size_t length, uint32_t *code_point) {
    size_t start = length - 1;
    while (start > 0 && length - start < 4 && mn_utf8_is_continuation(text[start])) {
        start--;
    }
    size_t size = mn_utf8_decode(text + start, length - start, code_point);
    if (start + size != length) { // not a whole character: the last byte alone
        *code_point = 0xfffd;
        return 1;
    }
    return size;
}

size_t mn_utf8_encode(uint32_t code_point, char *out) {
    if (code_point < 0x80) {
        out[0] = (char)code_point;
        return 1;
    }
    if (code_point < 0x800) {
        out[0] = (char)(0xc0 | (code_point >> 6));
        out[1] = (char)(0x80 | (code_point & 0x3f));
        return 2;
    }
    if (code_point < 0x10000) {
        out[0] = (char)(0xe0 | (code_point >> 12));
        out[1] = (char)(0x80 | ((code_point >> 6) & 0x3f));
        out[2] = (char)(0x80 | (code_point & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (code_point >> 18));
    out[1] = (char)(0x80 | ((code_point >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((code_point >> 6) & 0x3f));
    out[3] = (char)(0x80 | (code_point & 0x3f));
    return 4;
}

size_t mn_utf8_count(const char *text, size_t length) {
    size_t count = 0;
    for (size_t i = 0; i < length; i++) {
        count += !mn_utf8_is_continuation(text[i]);
    }
    return count;
}

size_t mn_utf8_offset(const char *text, size_t length, size_t index) {
    size_t i = 0;
    for (; i < length; i++) {
        if (!mn_utf8_is_continuation(text[i])) {
            if (index == 0) {
                break;
            }
            index--;
        }
    }
    return i;
}

const char *mn_utf8_error_reason(mn_utf8_error_t error) {
    switch (error) {
    case MN_UTF8_INVALID_START:
        return "invalid start byte";
    case MN_UTF8_INVALID_CONTINUATION:
        return "invalid continuation byte";
    default:
        return "unexpected end of data";
    }
}

size_t mn_utf8_check(const char *text, size_t length, uint32_t *code_point, mn_utf8_error_t *error,
                     size_t *error_length) {
    const unsigned char *bytes = (const unsigned char *)text;
    unsigned first = bytes[0];
    if (first < 0x80) {
        *code_point = first;
        return 1;
    }
    size_t size;
    unsigned low = 0x80;  // the range of the second byte, narrowed for the lead bytes that
    unsigned high = 0xbf; // would otherwise allow overlong forms, surrogates or > U+10FFFF
    uint32_t value;
    if (first >= 0xc2 && first <= 0xdf) {
        size = 2;
        value = first & 0x1f;
    } else if (first >= 0xe0 && first <= 0xef) {
        size = 3;
        value = first & 0x0f;
        low = first == 0xe0 ? 0xa0 : 0x80;
        high = first == 0xed ? 0x9f : 0xbf;
    } else if (first >= 0xf0 && first <= 0xf4) {
        size = 4;
        value = first & 0x07;
        low = first == 0xf0 ? 0x90 : 0x80;
        high = first == 0xf4 ? 0x8f : 0xbf;
    } else {
        *error = MN_UTF8_INVALID_START;
        *error_length = 1;
        return 0;
    }
    for (size_t i = 1; i < size; i++) {
        if (i >= length) {
            *error = MN_UTF8_END_OF_DATA;
            *error_length = i;
            return 0;
        }
        unsigned c = bytes[i];
        if (c < low || c > high) {
            *error = MN_UTF8_INVALID_CONTINUATION;
            *error_length = i;
            return 0;
        }
        low = 0x80;
        high = 0xbf;
        value = (value << 6) | (c & 0x3f);
    }
    *code_point = value;
    return size;
}

bool mn_utf8_is_space(uint32_t c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

bool mn_utf8_is_line_break(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) ||
           c == 0x85 || c == 0x2028 || c == 0x2029;
}
