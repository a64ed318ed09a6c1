#ifndef ENTENTE_CZLIB_SHIM_H
#define ENTENTE_CZLIB_SHIM_H
#include <zlib.h>

/*
 * inflateInit2 is a macro, which Swift cannot call: this wrapper starts a raw inflate (no zlib
 * header, as in ZIP entries) with the largest window.
 */
static inline int entente_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
#endif
