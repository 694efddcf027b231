build-inject/obj/src/obj/qstr.o: src/obj/qstr.c src/obj/qstr.h \
 src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
 src/mem/config.h src/obj/str.h build-inject/genhdr/qstr_rom.h
src/obj/qstr.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/str.h:
build-inject/genhdr/qstr_rom.h:
