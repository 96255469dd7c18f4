#ifndef COOPCHART_CCAIRO_SHIM_H
#define COOPCHART_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo-ps.h>
// fontconfig answers "is the font the user asked for installed?" before Cairo silently substitutes one.
#include <fontconfig/fontconfig.h>
// zlib's crc32, for the resolution chunk written into PNG files (CoopCharts/Backend/PNGResolution).
#include <zlib.h>
#endif
