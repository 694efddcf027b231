build-inject-asan/obj/src/mem/verify.o: src/mem/verify.c src/mem/mem.h \
  src/mem/config.h

src/mem/mem.h:

src/mem/config.h:
