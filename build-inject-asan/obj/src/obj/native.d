build-inject-asan/obj/src/obj/native.o: src/obj/native.c src/obj/native.h \
  src/obj/exception.h src/obj/type.h src/obj/op.h src/obj/qstr.h \
  src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
  src/mem/config.h src/obj/str.h build-inject-asan/genhdr/qstr_rom.h \
  src/obj/tuple.h src/obj/buffer.h

src/obj/native.h:

src/obj/exception.h:

src/obj/type.h:

src/obj/op.h:

src/obj/qstr.h:

src/obj/runtime.h:

src/obj/object.h:

src/obj/value.h:

src/mem/mem.h:

src/mem/config.h:

src/obj/str.h:

build-inject-asan/genhdr/qstr_rom.h:

src/obj/tuple.h:

src/obj/buffer.h:
