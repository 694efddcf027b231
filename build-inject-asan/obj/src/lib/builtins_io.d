build-inject-asan/obj/src/lib/builtins_io.o: src/lib/builtins_io.c \
  src/lib/builtins.h src/obj/protocol.h src/obj/buffer.h src/obj/str.h \
  src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
  src/mem/config.h src/obj/native.h src/obj/exception.h src/obj/type.h \
  src/obj/op.h src/obj/qstr.h build-inject-asan/genhdr/qstr_rom.h \
  src/obj/tuple.h src/obj/bytes.h src/obj/file.h src/obj/iterator.h \
  src/obj/port.h src/obj/text.h

src/lib/builtins.h:

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

src/obj/bytes.h:

src/obj/file.h:

src/obj/iterator.h:

src/obj/port.h:

src/obj/text.h:
