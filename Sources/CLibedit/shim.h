#ifndef ENTENTE_CLIBEDIT_SHIM_H
#define ENTENTE_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <locale.h>
#include <langinfo.h>
#include <dlfcn.h>
#include <sys/ioctl.h>
#include <histedit.h>

/*
 * libedit is opened with dlopen when the REPL starts, not linked: linking it made every batch run
 * and pipe load it and the three libraries it depends on. Its functions are reached through a
 * table filled by `entente_libedit_load`.
 *
 * el_set, el_get and history are C variadics, which Swift cannot call: the fixed-arity wrappers
 * below cover exactly the operations the line editor uses, each taking the table. Swift 6 also
 * rejects C's mutable globals (stdin, stdout, stderr), so they are handed over by functions.
 */

typedef struct entente_libedit {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    const char *(*el_gets)(EditLine *, int *);
    const LineInfo *(*el_line)(EditLine *);
    const LineInfoW *(*el_wline)(EditLine *);
    int (*el_insertstr)(EditLine *, const char *);
    void (*el_deletestr)(EditLine *, int);
    int (*el_cursor)(EditLine *, int);
    void (*el_push)(EditLine *, const char *);
    void (*el_resize)(EditLine *);
    int (*el_source)(EditLine *, const char *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} entente_libedit;

/* Fills `lib` from the installed libedit: 0 on success, -1 when the library or one of the functions is missing. */
static inline int entente_libedit_load(entente_libedit *lib) {
    static const char *const names[] = { "libedit.so.2", "libedit.so", "libedit.3.dylib" };
    void *handle = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (handle == NULL) return -1;
#define ENTENTE_LIBEDIT_SYMBOL(name) \
    if ((*(void **)&lib->name = dlsym(handle, #name)) == NULL) { dlclose(handle); return -1; }
    ENTENTE_LIBEDIT_SYMBOL(el_init)
    ENTENTE_LIBEDIT_SYMBOL(el_end)
    ENTENTE_LIBEDIT_SYMBOL(el_set)
    ENTENTE_LIBEDIT_SYMBOL(el_get)
    ENTENTE_LIBEDIT_SYMBOL(el_gets)
    ENTENTE_LIBEDIT_SYMBOL(el_line)
    ENTENTE_LIBEDIT_SYMBOL(el_wline)
    ENTENTE_LIBEDIT_SYMBOL(el_insertstr)
    ENTENTE_LIBEDIT_SYMBOL(el_deletestr)
    ENTENTE_LIBEDIT_SYMBOL(el_cursor)
    ENTENTE_LIBEDIT_SYMBOL(el_push)
    ENTENTE_LIBEDIT_SYMBOL(el_resize)
    ENTENTE_LIBEDIT_SYMBOL(el_source)
    ENTENTE_LIBEDIT_SYMBOL(history_init)
    ENTENTE_LIBEDIT_SYMBOL(history_end)
    ENTENTE_LIBEDIT_SYMBOL(history)
#undef ENTENTE_LIBEDIT_SYMBOL
    return 0;
}

typedef char *(*entente_prompt_fn)(EditLine *);
typedef unsigned char (*entente_key_fn)(EditLine *, int);

static inline FILE *entente_stdin(void) { return stdin; }
static inline FILE *entente_stdout(void) { return stdout; }
static inline FILE *entente_stderr(void) { return stderr; }

/* The functions Swift calls directly, through the table. */
static inline EditLine *entente_el_init(const entente_libedit *lib, const char *program, FILE *in, FILE *out, FILE *err) {
    return lib->el_init(program, in, out, err);
}
static inline void entente_el_end(const entente_libedit *lib, EditLine *el) { lib->el_end(el); }
static inline const char *entente_el_gets(const entente_libedit *lib, EditLine *el, int *count) {
    return lib->el_gets(el, count);
}
static inline const LineInfo *entente_el_line(const entente_libedit *lib, EditLine *el) { return lib->el_line(el); }
static inline const LineInfoW *entente_el_wline(const entente_libedit *lib, EditLine *el) { return lib->el_wline(el); }
static inline int entente_el_insertstr(const entente_libedit *lib, EditLine *el, const char *text) {
    return lib->el_insertstr(el, text);
}
static inline void entente_el_deletestr(const entente_libedit *lib, EditLine *el, int count) { lib->el_deletestr(el, count); }
static inline int entente_el_cursor(const entente_libedit *lib, EditLine *el, int offset) { return lib->el_cursor(el, offset); }
static inline void entente_el_push(const entente_libedit *lib, EditLine *el, const char *text) { lib->el_push(el, text); }
static inline void entente_el_resize(const entente_libedit *lib, EditLine *el) { lib->el_resize(el); }
static inline int entente_el_source(const entente_libedit *lib, EditLine *el, const char *file) { return lib->el_source(el, file); }
static inline History *entente_history_init(const entente_libedit *lib) { return lib->history_init(); }
static inline void entente_history_end(const entente_libedit *lib, History *h) { lib->history_end(h); }

/* Editing. */

/* Prompt with `ignore` bracketing invisible characters (colour escapes) so they take no width. */
static inline int entente_el_set_prompt(const entente_libedit *lib, EditLine *el, entente_prompt_fn fn, char ignore) {
    return lib->el_set(el, EL_PROMPT_ESC, fn, ignore);
}
static inline int entente_el_set_editor(const entente_libedit *lib, EditLine *el, const char *mode) {
    return lib->el_set(el, EL_EDITOR, mode);
}
static inline int entente_el_set_signal(const entente_libedit *lib, EditLine *el, int on) {
    return lib->el_set(el, EL_SIGNAL, on);
}
static inline int entente_el_set_hist(const entente_libedit *lib, EditLine *el, History *h) {
    return lib->el_set(el, EL_HIST, lib->history, h);
}
static inline int entente_el_add_function(const entente_libedit *lib, EditLine *el, const char *name, const char *help, entente_key_fn fn) {
    return lib->el_set(el, EL_ADDFN, name, help, fn);
}
/* `bind KEY FUNCTION` in the current keymap (KEY in libedit's notation, e.g. "^I"). */
static inline int entente_el_bind(const entente_libedit *lib, EditLine *el, const char *key, const char *function) {
    return lib->el_set(el, EL_BIND, key, function, (const char *)NULL);
}
/* `setty MODE FLAG`, e.g. ("-d", "-isig"): ISIG off in the edit-mode settings only, i.e. while el_gets runs. */
static inline int entente_el_setty(const entente_libedit *lib, EditLine *el, const char *mode, const char *flag) {
    return lib->el_set(el, EL_SETTY, mode, flag, (const char *)NULL);
}
static inline int entente_el_set_clientdata(const entente_libedit *lib, EditLine *el, void *data) {
    return lib->el_set(el, EL_CLIENTDATA, data);
}
static inline void *entente_el_get_clientdata(const entente_libedit *lib, EditLine *el) {
    void *data = NULL;
    if (lib->el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
/* Turns the terminal's editing mode on (1) or restores the cooked mode (0), e.g. around a suspend. */
static inline int entente_el_prep_term(const entente_libedit *lib, EditLine *el, int on) {
    return lib->el_set(el, EL_PREP_TERM, on);
}
static inline FILE *entente_el_output_file(const entente_libedit *lib, EditLine *el) {
    FILE *fp = NULL;
    if (lib->el_get(el, EL_GETFP, 1, &fp) != 0) return NULL;
    return fp;
}

/* History. Each returns history()'s result: -1 on failure. */

static inline int entente_history_set_size(const entente_libedit *lib, History *h, int size) {
    HistEvent ev;
    return lib->history(h, &ev, H_SETSIZE, size);
}
static inline int entente_history_set_unique(const entente_libedit *lib, History *h, int unique) {
    HistEvent ev;
    return lib->history(h, &ev, H_SETUNIQUE, unique);
}
static inline int entente_history_enter(const entente_libedit *lib, History *h, const char *entry) {
    HistEvent ev;
    return lib->history(h, &ev, H_ENTER, entry);
}
static inline int entente_history_load(const entente_libedit *lib, History *h, const char *path) {
    HistEvent ev;
    return lib->history(h, &ev, H_LOAD, path);
}
static inline int entente_history_save_fp(const entente_libedit *lib, History *h, FILE *fp) {
    HistEvent ev;
    return lib->history(h, &ev, H_SAVE_FP, fp);
}
/* Walking the history: the oldest entry is H_LAST, newer ones follow with H_PREV. NULL at the end. */
static inline const char *entente_history_last(const entente_libedit *lib, History *h) {
    HistEvent ev;
    return lib->history(h, &ev, H_LAST) == -1 ? NULL : ev.str;
}
static inline const char *entente_history_prev(const entente_libedit *lib, History *h) {
    HistEvent ev;
    return lib->history(h, &ev, H_PREV) == -1 ? NULL : ev.str;
}

/* Terminal. */

/* Columns of the terminal on `fd`, or 0 when it is not a terminal or does not say. */
static inline int entente_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
