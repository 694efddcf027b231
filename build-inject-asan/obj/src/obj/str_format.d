build-inject-asan/obj/src/obj/str_format.o: src/obj/str_format.c \
  src/obj/str_format.h src/obj/text.h src/obj/protocol.h \
  src/obj/buffer.h src/obj/str.h src/obj/runtime.h src/obj/object.h \
  src/obj/value.h src/mem/mem.h src/mem/config.h src/obj/native.h \
  src/obj/exception.h src/obj/type.h src/obj/op.h src/obj/qstr.h \
  build-inject-asan/genhdr/qstr_rom.h src/obj/tuple.h src/obj/float.h \
  src/obj/int.h src/obj/bigint.h src/obj/float_text.h src/obj/format.h \
  src/obj/number.h src/obj/str_type.h src/obj/utf8.h src/vm/class.h

src/obj/str_format.h:

src/obj/text.h:

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

src/obj/float.h:

src/obj/int.h:

src/obj/bigint.h:

src/obj/float_text.h:

src/obj/format.h:

src/obj/number.h:

src/obj/str_type.h:

src/obj/utf8.h:

src/vm/class.h:
