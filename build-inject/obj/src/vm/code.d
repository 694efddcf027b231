build-inject/obj/src/vm/code.o: src/vm/code.c src/vm/code.h src/obj/str.h \
 src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
 src/mem/config.h src/obj/tuple.h src/obj/type.h src/obj/op.h \
 src/obj/qstr.h build-inject/genhdr/qstr_rom.h
src/vm/code.h:
src/obj/str.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/tuple.h:
src/obj/type.h:
src/obj/op.h:
src/obj/qstr.h:
build-inject/genhdr/qstr_rom.h:
