#ifndef KALTURA_CLIBEDIT_SHIM_H
#define KALTURA_CLIBEDIT_SHIM_H
// libedit's readline-compatible interface (BSD licence): readline(), its history and the
// attempted-completion hook. Its header uses FILE without including <stdio.h> itself.
#include <stdio.h>
#include <editline/readline.h>

// libedit's settings are C globals, which Swift 6 refuses to touch outside an actor; these
// accessors are the only places that read or write them, from the one thread that reads lines.

/// Names the program for ~/.editrc, makes words break only at blanks and installs `complete`.
static inline void kaltura_editline_configure(rl_completion_func_t *complete) {
    static char blanks[] = " \t\n";
    rl_readline_name = "kaltura";
    rl_basic_word_break_characters = blanks;
    rl_completer_word_break_characters = blanks;
    rl_attempted_completion_function = complete;
}

/// The line being edited (valid during a completion).
static inline const char *kaltura_editline_line(void) { return rl_line_buffer; }

/// Stops libedit from falling back to file-name completion, and sets what follows a sole match.
static inline void kaltura_editline_completion_done(int append_character) {
    rl_attempted_completion_over = 1;
    rl_completion_append_character = append_character;
}
#endif
