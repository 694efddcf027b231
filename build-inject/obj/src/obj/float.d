build-inject/obj/src/obj/float.o: src/obj/float.c src/obj/float.h \
 src/obj/int.h src/obj/bigint.h src/obj/op.h src/obj/runtime.h \
 src/obj/object.h src/obj/value.h src/mem/mem.h src/mem/config.h \
 src/obj/exception.h src/obj/type.h src/obj/qstr.h src/obj/str.h \
 build-inject/genhdr/qstr_rom.h src/obj/float_text.h src/obj/number.h \
 src/obj/tuple.h
src/obj/float.h:
src/obj/int.h:
src/obj/bigint.h:
src/obj/op.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/exception.h:
src/obj/type.h:
src/obj/qstr.h:
src/obj/str.h:
build-inject/genhdr/qstr_rom.h:
src/obj/float_text.h:
src/obj/number.h:
src/obj/tuple.h:
