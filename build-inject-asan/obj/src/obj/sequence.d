build-inject-asan/obj/src/obj/sequence.o: src/obj/sequence.c \
  src/obj/sequence.h src/obj/protocol.h src/obj/buffer.h src/obj/str.h \
  src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
  src/mem/config.h src/obj/native.h src/obj/exception.h src/obj/type.h \
  src/obj/op.h src/obj/qstr.h build-inject-asan/genhdr/qstr_rom.h \
  src/obj/tuple.h src/obj/int.h src/obj/bigint.h src/obj/list.h \
  src/obj/repr.h

src/obj/sequence.h:

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

build-inject-asan/genhdr/qstr_rom.h:

src/obj/tuple.h:

src/obj/int.h:

src/obj/bigint.h:

src/obj/list.h:

src/obj/repr.h:
