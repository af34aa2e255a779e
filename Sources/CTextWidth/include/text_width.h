#ifndef SHOPDASH_TEXT_WIDTH_H
#define SHOPDASH_TEXT_WIDTH_H
#include <stdint.h>

/// wcwidth() of one Unicode scalar, measured in the C.UTF-8 locale whatever the process locale is,
/// so widths are the same in tests, under LANG=C and on the terminal.
int shopdash_wcwidth(uint32_t scalar);

#endif
