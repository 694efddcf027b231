build-inject-asan/obj/src/compile/lexer.o: src/compile/lexer.c \
  src/compile/lexer.h src/compile/literal.h

src/compile/lexer.h:

src/compile/literal.h:
