build-inject/obj/src/obj/bytes.o: src/obj/bytes.c src/obj/bytes.h \
 src/obj/protocol.h src/obj/buffer.h src/obj/str.h src/obj/runtime.h \
 src/obj/object.h src/obj/value.h src/mem/mem.h src/mem/config.h \
 src/obj/native.h src/obj/exception.h src/obj/type.h src/obj/op.h \
 src/obj/qstr.h build-inject/genhdr/qstr_rom.h src/obj/tuple.h \
 src/obj/int.h src/obj/bigint.h src/obj/list.h src/obj/str_format.h \
 src/obj/text.h src/obj/str_type.h src/obj/utf8.h
src/obj/bytes.h:
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
src/obj/int.h:
src/obj/bigint.h:
src/obj/list.h:
src/obj/str_format.h:
src/obj/text.h:
src/obj/str_type.h:
src/obj/utf8.h:
