build-inject-asan/obj/src/obj/types.o: src/obj/types.c src/obj/object.h \
  src/obj/value.h src/mem/mem.h src/mem/config.h

src/obj/object.h:

src/obj/value.h:

src/mem/mem.h:

src/mem/config.h:
