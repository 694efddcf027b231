#include "vm/opcode.h"

const uint8_t mn_opcode_forms[MN_OP_COUNT] = {
#define MN_OPCODE_FORM(name, form) MN_FORM_##form,
    MN_OPCODES(MN_OPCODE_FORM)
#undef MN_OPCODE_FORM
};

const char *const mn_opcode_names[MN_OP_COUNT] = {
#define MN_OPCODE_NAME(name, form) #name,
    MN_OPCODES(MN_OPCODE_NAME)
#undef MN_OPCODE_NAME
};
