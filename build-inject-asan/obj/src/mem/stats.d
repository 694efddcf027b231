build-inject-asan/obj/src/mem/stats.o: src/mem/stats.c src/mem/mem.h \
  src/mem/config.h

src/mem/mem.h:

src/mem/config.h:
