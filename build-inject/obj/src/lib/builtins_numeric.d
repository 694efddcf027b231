build-inject/obj/src/lib/builtins_numeric.o: src/lib/builtins_numeric.c \
 src/lib/builtins.h src/obj/protocol.h src/obj/buffer.h src/obj/str.h \
 src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
 src/mem/config.h src/obj/native.h src/obj/exception.h src/obj/type.h \
 src/obj/op.h src/obj/qstr.h build-inject/genhdr/qstr_rom.h \
 src/obj/tuple.h src/obj/number.h src/obj/float.h src/obj/int.h \
 src/obj/bigint.h
src/lib/builtins.h:
src/obj/protocol.h:
src/obj/buffer.h:
src/obj/str.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/native.h:
src/obj/exception.h:
src/obj/type.h:
src/obj/op.h:
src/obj/qstr.h:
build-inject/genhdr/qstr_rom.h:
src/obj/tuple.h:
src/obj/number.h:
src/obj/float.h:
src/obj/int.h:
src/obj/bigint.h:
