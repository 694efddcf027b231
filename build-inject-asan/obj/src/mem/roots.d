build-inject-asan/obj/src/mem/roots.o: src/mem/roots.c src/mem/mem.h \
  src/mem/config.h

src/mem/mem.h:

src/mem/config.h:
