build-inject/obj/src/compile/compile.o: src/compile/compile.c \
 src/compile/compile.h src/obj/runtime.h src/obj/object.h src/obj/value.h \
 src/mem/mem.h src/mem/config.h src/compile/literal.h src/compile/lexer.h \
 src/compile/parse.h src/compile/ast.h src/obj/op.h src/obj/buffer.h \
 src/obj/str.h src/obj/exception.h src/obj/type.h src/obj/qstr.h \
 build-inject/genhdr/qstr_rom.h src/obj/float.h src/obj/int.h \
 src/obj/bigint.h src/obj/list.h src/obj/protocol.h src/obj/native.h \
 src/obj/tuple.h src/vm/code.h src/vm/opcode.h
src/compile/compile.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/compile/literal.h:
src/compile/lexer.h:
src/compile/parse.h:
src/compile/ast.h:
src/obj/op.h:
src/obj/buffer.h:
src/obj/str.h:
src/obj/exception.h:
src/obj/type.h:
src/obj/qstr.h:
build-inject/genhdr/qstr_rom.h:
src/obj/float.h:
src/obj/int.h:
src/obj/bigint.h:
src/obj/list.h:
src/obj/protocol.h:
src/obj/native.h:
src/obj/tuple.h:
src/vm/code.h:
src/vm/opcode.h:
