build-inject-asan/obj/ports/unix/main.o: ports/unix/main.c \
  ports/unix/options.h ports/unix/run.h

ports/unix/options.h:

ports/unix/run.h:
