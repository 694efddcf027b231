build-inject-asan/obj/src/obj/os_error.o: src/obj/os_error.c \
  src/obj/exception.h src/obj/type.h src/obj/op.h src/obj/qstr.h \
  src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
  src/mem/config.h src/obj/str.h build-inject-asan/genhdr/qstr_rom.h \
  src/obj/buffer.h src/obj/int.h src/obj/bigint.h src/obj/protocol.h \
  src/obj/native.h src/obj/tuple.h

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

src/obj/buffer.h:

src/obj/int.h:

src/obj/bigint.h:

src/obj/protocol.h:

src/obj/native.h:

src/obj/tuple.h:
