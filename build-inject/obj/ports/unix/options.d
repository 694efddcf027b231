build-inject/obj/ports/unix/options.o: ports/unix/options.c \
 ports/unix/options.h
ports/unix/options.h:
