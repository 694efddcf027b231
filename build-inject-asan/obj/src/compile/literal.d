build-inject-asan/obj/src/compile/literal.o: src/compile/literal.c \
  src/compile/literal.h src/compile/lexer.h

src/compile/literal.h:

src/compile/lexer.h:
