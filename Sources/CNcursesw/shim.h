#ifndef SHOPDASH_CNCURSESW_SHIM_H
#define SHOPDASH_CNCURSESW_SHIM_H

// Wide-character API (wget_wch, setcchar, mvadd_wch) is only declared with these set.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <unistd.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);

// Swift 6 rejects C globals as shared mutable state; these accessors read them on the
// terminal thread only.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stdin(void) { return stdin; }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }
static inline attr_t shim_a_blink(void) { return A_BLINK; }

// The character set of the current locale ("UTF-8" under a UTF-8 locale, "ANSI_X3.4-1968" under C).
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

static inline int shim_key_f0(void) { return KEY_F0; }

static inline mmask_t shim_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t shim_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_button5_pressed(void) { return BUTTON5_PRESSED; }

// One screen cell in one call: cchar_t is awkward to build from Swift, and the extended pair
// number only fits through setcchar's opts pointer. `text` is a NUL-terminated spacing character
// followed by at most CCHARW_MAX - 1 combining characters.
static inline int shim_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, 0, &pair) != OK) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

static inline int shim_cchar_max(void) { return CCHARW_MAX; }

#endif
