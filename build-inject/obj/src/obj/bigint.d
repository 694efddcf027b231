build-inject/obj/src/obj/bigint.o: src/obj/bigint.c src/obj/bigint.h
src/obj/bigint.h:
