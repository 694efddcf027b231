build-inject-asan/obj/src/mem/mark.o: src/mem/mark.c src/mem/collect.h \
  src/mem/mem.h src/mem/config.h

src/mem/collect.h:

src/mem/mem.h:

src/mem/config.h:
