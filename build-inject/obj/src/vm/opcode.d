build-inject/obj/src/vm/opcode.o: src/vm/opcode.c src/vm/opcode.h
src/vm/opcode.h:
