#ifndef COOPCHART_CCSV_SHIM_H
#define COOPCHART_CCSV_SHIM_H
#include <csv.h>
#endif
