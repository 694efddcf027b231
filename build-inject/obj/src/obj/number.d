build-inject/obj/src/obj/number.o: src/obj/number.c src/obj/number.h \
 src/obj/float.h src/obj/int.h src/obj/bigint.h src/obj/op.h \
 src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
 src/mem/config.h src/obj/type.h src/obj/qstr.h src/obj/str.h \
 build-inject/genhdr/qstr_rom.h src/obj/exception.h src/obj/float_text.h \
 src/obj/tuple.h src/obj/utf8.h
src/obj/number.h:
src/obj/float.h:
src/obj/int.h:
src/obj/bigint.h:
src/obj/op.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/type.h:
src/obj/qstr.h:
src/obj/str.h:
build-inject/genhdr/qstr_rom.h:
src/obj/exception.h:
src/obj/float_text.h:
src/obj/tuple.h:
src/obj/utf8.h:
