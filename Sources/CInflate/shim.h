#ifndef COOPCHART_CINFLATE_SHIM_H
#define COOPCHART_CINFLATE_SHIM_H
#include <zlib.h>
#endif
