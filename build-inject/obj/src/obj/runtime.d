build-inject/obj/src/obj/runtime.o: src/obj/runtime.c src/obj/runtime.h \
 src/obj/object.h src/obj/value.h src/mem/mem.h src/mem/config.h \
 src/obj/exception.h src/obj/type.h src/obj/op.h src/obj/qstr.h \
 src/obj/str.h build-inject/genhdr/qstr_rom.h
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/exception.h:
src/obj/type.h:
src/obj/op.h:
src/obj/qstr.h:
src/obj/str.h:
build-inject/genhdr/qstr_rom.h:
