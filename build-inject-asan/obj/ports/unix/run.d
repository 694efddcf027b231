build-inject-asan/obj/ports/unix/run.o: ports/unix/run.c ports/unix/run.h \
  ports/unix/options.h src/compile/compile.h src/obj/runtime.h \
  src/obj/object.h src/obj/value.h src/mem/mem.h src/mem/config.h \
  src/obj/dict.h src/obj/protocol.h src/obj/buffer.h src/obj/str.h \
  src/obj/native.h src/obj/exception.h src/obj/type.h src/obj/op.h \
  src/obj/qstr.h build-inject-asan/genhdr/qstr_rom.h src/obj/tuple.h \
  src/obj/int.h src/obj/bigint.h ports/unix/port.h src/obj/port.h \
  src/vm/import.h src/vm/module.h src/vm/traceback.h src/vm/vm.h

ports/unix/run.h:

ports/unix/options.h:

src/compile/compile.h:

src/obj/runtime.h:

src/obj/object.h:

src/obj/value.h:

src/mem/mem.h:

src/mem/config.h:

src/obj/dict.h:

src/obj/protocol.h:

src/obj/buffer.h:

src/obj/str.h:

src/obj/native.h:

src/obj/exception.h:

src/obj/type.h:

src/obj/op.h:

src/obj/qstr.h:

build-inject-asan/genhdr/qstr_rom.h:

src/obj/tuple.h:

src/obj/int.h:

src/obj/bigint.h:

ports/unix/port.h:

src/obj/port.h:

src/vm/import.h:

src/vm/module.h:

src/vm/traceback.h:

src/vm/vm.h:
