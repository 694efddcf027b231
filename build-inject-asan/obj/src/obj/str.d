build-inject-asan/obj/src/obj/str.o: src/obj/str.c src/obj/str.h \
  src/obj/runtime.h src/obj/object.h src/obj/value.h src/mem/mem.h \
  src/mem/config.h

src/obj/str.h:

src/obj/runtime.h:

src/obj/object.h:

src/obj/value.h:

src/mem/mem.h:

src/mem/config.h:
