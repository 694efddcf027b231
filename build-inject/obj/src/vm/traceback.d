build-inject/obj/src/vm/traceback.o: src/vm/traceback.c \
 src/vm/traceback.h src/obj/protocol.h src/obj/buffer.h src/obj/str.h \
 src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
 src/mem/config.h src/obj/native.h src/obj/exception.h src/obj/type.h \
 src/obj/op.h src/obj/qstr.h build-inject/genhdr/qstr_rom.h \
 src/obj/tuple.h src/vm/class.h src/vm/code.h
src/vm/traceback.h:
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
src/vm/class.h:
src/vm/code.h:
