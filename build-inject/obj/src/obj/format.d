build-inject/obj/src/obj/format.o: src/obj/format.c src/obj/format.h \
 src/obj/float_text.h
src/obj/format.h:
src/obj/float_text.h:
