build-inject-asan/obj/src/obj/utf8.o: src/obj/utf8.c src/obj/utf8.h

src/obj/utf8.h:
