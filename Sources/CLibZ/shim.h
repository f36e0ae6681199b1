#ifndef ATELIER_CLIBZ_SHIM_H
#define ATELIER_CLIBZ_SHIM_H
#include <zlib.h>

/* `deflateInit2` is a macro, which Swift cannot call; this passes the version and size it adds. */
static inline int atelier_deflate_init(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
