build-inject-asan/obj/src/mem/compact.o: src/mem/compact.c \
  src/mem/collect.h src/mem/mem.h src/mem/config.h

src/mem/collect.h:

src/mem/mem.h:

src/mem/config.h:
