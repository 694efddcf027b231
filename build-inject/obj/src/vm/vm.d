build-inject/obj/src/vm/vm.o: src/vm/vm.c src/vm/vm.h src/obj/protocol.h \
 src/obj/buffer.h src/obj/str.h src/obj/runtime.h src/obj/object.h \
 src/obj/value.h src/mem/mem.h src/mem/config.h src/obj/native.h \
 src/obj/exception.h src/obj/type.h src/obj/op.h src/obj/qstr.h \
 build-inject/genhdr/qstr_rom.h src/obj/tuple.h src/obj/dict.h \
 src/obj/float.h src/obj/int.h src/obj/bigint.h src/obj/iterator.h \
 src/obj/list.h src/obj/slice.h src/obj/str_format.h src/obj/text.h \
 src/vm/class.h src/vm/code.h src/vm/function.h src/vm/import.h \
 src/vm/opcode.h
src/vm/vm.h:
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
build-inject/genhdr/qstr_rom.h:
src/obj/tuple.h:
src/obj/dict.h:
src/obj/float.h:
src/obj/int.h:
src/obj/bigint.h:
src/obj/iterator.h:
src/obj/list.h:
src/obj/slice.h:
src/obj/str_format.h:
src/obj/text.h:
src/vm/class.h:
src/vm/code.h:
src/vm/function.h:
src/vm/import.h:
src/vm/opcode.h:
