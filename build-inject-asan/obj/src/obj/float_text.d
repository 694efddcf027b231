build-inject-asan/obj/src/obj/float_text.o: src/obj/float_text.c \
  src/obj/float_text.h

src/obj/float_text.h:
