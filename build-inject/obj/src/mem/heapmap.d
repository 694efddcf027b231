build-inject/obj/src/mem/heapmap.o: src/mem/heapmap.c src/mem/mem.h \
 src/mem/config.h
src/mem/mem.h:
src/mem/config.h:
