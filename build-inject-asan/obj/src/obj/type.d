build-inject-asan/obj/src/obj/type.o: src/obj/type.c src/obj/type.h \
  src/obj/op.h src/obj/qstr.h src/obj/runtime.h src/obj/object.h \
  src/obj/value.h src/mem/mem.h src/mem/config.h src/obj/str.h \
  build-inject-asan/genhdr/qstr_rom.h src/obj/buffer.h src/obj/bytes.h \
  src/obj/protocol.h src/obj/native.h src/obj/exception.h \
  src/obj/tuple.h src/obj/dict.h src/obj/float.h src/obj/int.h \
  src/obj/bigint.h src/obj/iterator.h src/obj/list.h src/obj/number.h \
  src/obj/range.h src/obj/slice.h src/vm/class.h src/vm/function.h \
  src/vm/module.h

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

src/obj/bytes.h:

src/obj/protocol.h:

src/obj/native.h:

src/obj/exception.h:

src/obj/tuple.h:

src/obj/dict.h:

src/obj/float.h:

src/obj/int.h:

src/obj/bigint.h:

src/obj/iterator.h:

src/obj/list.h:

src/obj/number.h:

src/obj/range.h:

src/obj/slice.h:

src/vm/class.h:

src/vm/function.h:

src/vm/module.h:
