build-inject/obj/src/mem/heap.o: src/mem/heap.c src/mem/collect.h \
 src/mem/mem.h src/mem/config.h
src/mem/collect.h:
src/mem/mem.h:
src/mem/config.h:
