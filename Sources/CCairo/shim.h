#ifndef COOPCHART_CCAIRO_SHIM_H
#define COOPCHART_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo-ps.h>
// fontconfig answers "is the font the user asked for installed?" before Cairo silently substitutes one.
#include <fontconfig/fontconfig.h>
#endif
