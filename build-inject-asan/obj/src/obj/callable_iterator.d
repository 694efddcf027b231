build-inject-asan/obj/src/obj/callable_iterator.o: \
  src/obj/callable_iterator.c src/obj/iterator.h src/obj/protocol.h \
  src/obj/buffer.h src/obj/str.h src/obj/runtime.h src/obj/object.h \
  src/obj/value.h src/mem/mem.h src/mem/config.h src/obj/native.h \
  src/obj/exception.h src/obj/type.h src/obj/op.h src/obj/qstr.h \
  build-inject-asan/genhdr/qstr_rom.h src/obj/tuple.h

src/obj/iterator.h:

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
