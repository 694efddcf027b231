build-inject/obj/src/obj/buffer.o: src/obj/buffer.c src/obj/buffer.h \
 src/obj/str.h src/obj/runtime.h src/obj/object.h src/obj/value.h \
 src/mem/mem.h src/mem/config.h src/obj/qstr.h \
 build-inject/genhdr/qstr_rom.h
src/obj/buffer.h:
src/obj/str.h:
src/obj/runtime.h:
src/obj/object.h:
src/obj/value.h:
src/mem/mem.h:
src/mem/config.h:
src/obj/qstr.h:
build-inject/genhdr/qstr_rom.h:
