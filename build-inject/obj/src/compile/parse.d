build-inject/obj/src/compile/parse.o: src/compile/parse.c \
 src/compile/parse.h src/compile/ast.h src/obj/object.h src/obj/value.h \
 src/mem/mem.h src/mem/config.h src/obj/op.h src/compile/lexer.h \
 src/obj/runtime.h src/compile/literal.h src/obj/buffer.h src/obj/str.h \
 src/obj/exception.h src/obj/type.h src/obj/qstr.h \
 build-inject/genhdr/qstr_rom.h
src/compile/parse.h:
src/compile/ast.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/op.h:
src/compile/lexer.h:
src/obj/runtime.h:
src/compile/literal.h:
src/obj/buffer.h:
src/obj/str.h:
src/obj/exception.h:
src/obj/type.h:
src/obj/qstr.h:
build-inject/genhdr/qstr_rom.h:
