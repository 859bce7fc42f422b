// libedit's readline-compatible API: line editing, history, Ctrl-R search and tab completion.
#include <stdio.h>
#include <editline/readline.h>
