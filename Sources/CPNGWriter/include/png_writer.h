#ifndef COOPCHART_PNG_WRITER_H
#define COOPCHART_PNG_WRITER_H
#include <stddef.h>
#include <stdint.h>

/// Receives the encoded bytes as libpng produces them; returns 0 to go on, non-zero to stop.
typedef int (*coop_png_write_fn)(void *context, const uint8_t *bytes, size_t length);

/// Encodes a Cairo ARGB32 image (premultiplied, native-endian 32-bit pixels, `stride` bytes a row) as PNG
/// through libpng: RGB when every pixel is opaque, else RGBA with the colour unpremultiplied, as Cairo's
/// own writer does. `level` is zlib's compression level (0–9), rows are written unfiltered (a chart's flat areas gain
/// nothing from PNG's row filters, which cost time), and
/// `pixels_per_metre` (when > 0) is written as a pHYs chunk. Returns 0 on success, else -1 with a
/// message of at most `message_size` bytes in `message` (libpng reports its errors by longjmp, which
/// only C can catch; this is why the call lives in C).
int coop_png_encode_argb32(const uint8_t *data, int width, int height, int stride,
                           int level, uint32_t pixels_per_metre,
                           coop_png_write_fn write, void *context,
                           char *message, size_t message_size);
#endif
