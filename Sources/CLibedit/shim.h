#ifndef ENTENTE_CLIBEDIT_SHIM_H
#define ENTENTE_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <locale.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <histedit.h>

/*
 * el_set, el_get and history are C variadics, which Swift cannot call: these fixed-arity wrappers
 * cover exactly the operations the line editor uses. Swift 6 also rejects C's mutable globals
 * (stdin, stdout, stderr), so they are handed over by functions.
 */

typedef char *(*entente_prompt_fn)(EditLine *);
typedef unsigned char (*entente_key_fn)(EditLine *, int);

static inline FILE *entente_stdin(void) { return stdin; }
static inline FILE *entente_stdout(void) { return stdout; }
static inline FILE *entente_stderr(void) { return stderr; }

/* Editing. */

/* Prompt with `ignore` bracketing invisible characters (colour escapes) so they take no width. */
static inline int entente_el_set_prompt(EditLine *el, entente_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}
static inline int entente_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int entente_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int entente_el_set_hist(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int entente_el_add_function(EditLine *el, const char *name, const char *help, entente_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
/* `bind KEY FUNCTION` in the current keymap (KEY in libedit's notation, e.g. "^I"). */
static inline int entente_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
/* `setty MODE FLAG`, e.g. ("-d", "-isig"): ISIG off in the edit-mode settings only, i.e. while el_gets runs. */
static inline int entente_el_setty(EditLine *el, const char *mode, const char *flag) {
    return el_set(el, EL_SETTY, mode, flag, (const char *)NULL);
}
static inline int entente_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *entente_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int entente_el_set_getc_function(EditLine *el, el_rfunc_t fn) {
    return el_set(el, EL_GETCFN, fn);
}
/* Turns the terminal's editing mode on (1) or restores the cooked mode (0), e.g. around a suspend. */
static inline int entente_el_prep_term(EditLine *el, int on) {
    return el_set(el, EL_PREP_TERM, on);
}
static inline int entente_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}
static inline FILE *entente_el_output_file(EditLine *el) {
    FILE *fp = NULL;
    if (el_get(el, EL_GETFP, 1, &fp) != 0) return NULL;
    return fp;
}

/* History. Each returns history()'s result: -1 on failure. */

static inline int entente_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int entente_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int entente_history_enter(History *h, const char *entry) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, entry);
}
static inline int entente_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int entente_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}
static inline int entente_history_save_fp(History *h, FILE *fp) {
    HistEvent ev;
    return history(h, &ev, H_SAVE_FP, fp);
}
static inline int entente_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}
/* Walking the history: the oldest entry is H_LAST, newer ones follow with H_PREV. NULL at the end. */
static inline const char *entente_history_last(History *h) {
    HistEvent ev;
    return history(h, &ev, H_LAST) == -1 ? NULL : ev.str;
}
static inline const char *entente_history_prev(History *h) {
    HistEvent ev;
    return history(h, &ev, H_PREV) == -1 ? NULL : ev.str;
}

/* Terminal. */

/* Columns of the terminal on `fd`, or 0 when it is not a terminal or does not say. */
static inline int entente_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
