// The PNG encoder of CoopCharts: libpng with a compression level and filter chosen for charts (large
// flat areas, few colours), which encodes several times faster than cairo_surface_write_to_png's
// zlib default with adaptive filtering, losslessly. Only the setjmp that libpng's error handling needs
// is written here; everything else is libpng.
#include "png_writer.h"
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    coop_png_write_fn write;
    void *context;
    char *message;
    size_t message_size;
} sink_t;

static void on_error(png_structp png, png_const_charp text) {
    sink_t *sink = png_get_error_ptr(png);
    if (sink->message && sink->message_size > 0) snprintf(sink->message, sink->message_size, "libpng: %s", text);
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp text) { (void)png; (void)text; }

static void on_write(png_structp png, png_bytep bytes, size_t length) {
    sink_t *sink = png_get_io_ptr(png);
    if (sink->write(sink->context, bytes, length) != 0) png_error(png, "the output buffer could not grow");
}

static void on_flush(png_structp png) { (void)png; }

static int is_opaque(const uint8_t *data, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(data + (size_t)y * stride);
        for (int x = 0; x < width; x++) if ((row[x] >> 24) != 0xFF) return 0;
    }
    return 1;
}

static uint8_t unpremultiply(uint32_t channel, uint32_t alpha) {
    return alpha == 0 ? 0 : (uint8_t)((channel * 255 + alpha / 2) / alpha);
}

int coop_png_encode_argb32(const uint8_t *data, int width, int height, int stride,
                           int level, uint32_t pixels_per_metre,
                           coop_png_write_fn write, void *context,
                           char *message, size_t message_size) {
    sink_t sink = { write, context, message, message_size };
    if (message && message_size > 0) message[0] = 0;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
    if (!png) { if (message) snprintf(message, message_size, "libpng: no memory for the writer"); return -1; }
    png_infop info = png_create_info_struct(png);
    // volatile: these change between setjmp and a longjmp back into this frame.
    uint8_t *volatile row = NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        free(row);
        png_destroy_write_struct(&png, info ? &info : NULL);
        if (message && message_size > 0 && message[0] == 0) snprintf(message, message_size, "libpng: no memory for the image");
        return -1;
    }
    int opaque = is_opaque(data, width, height, stride);
    int channels = opaque ? 3 : 4;
    png_set_write_fn(png, &sink, on_write, on_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (pixels_per_metre > 0) png_set_pHYs(png, info, pixels_per_metre, pixels_per_metre, PNG_RESOLUTION_METER);
    png_set_compression_level(png, level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_write_info(png, info);
    row = malloc((size_t)width * channels);
    if (!row) png_error(png, "no memory for a row");
    for (int y = 0; y < height; y++) {
        const uint32_t *source = (const uint32_t *)(data + (size_t)y * stride);
        uint8_t *out = row;
        if (opaque) {
            for (int x = 0; x < width; x++, out += 3) {
                uint32_t pixel = source[x];
                out[0] = (uint8_t)(pixel >> 16); out[1] = (uint8_t)(pixel >> 8); out[2] = (uint8_t)pixel;
            }
        } else {
            for (int x = 0; x < width; x++, out += 4) {
                uint32_t pixel = source[x], alpha = pixel >> 24;
                out[0] = unpremultiply(pixel >> 16 & 0xFF, alpha);
                out[1] = unpremultiply(pixel >> 8 & 0xFF, alpha);
                out[2] = unpremultiply(pixel & 0xFF, alpha);
                out[3] = (uint8_t)alpha;
            }
        }
        png_write_row(png, row);
    }
    png_write_end(png, info);
    free(row);
    row = NULL;
    png_destroy_write_struct(&png, &info);
    return 0;
}
