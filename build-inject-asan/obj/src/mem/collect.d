build-inject-asan/obj/src/mem/collect.o: src/mem/collect.c \
  src/mem/collect.h src/mem/mem.h src/mem/config.h

src/mem/collect.h:

src/mem/mem.h:

src/mem/config.h:
