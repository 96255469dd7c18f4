#ifndef COOPCHART_CFREEXL_SHIM_H
#define COOPCHART_CFREEXL_SHIM_H
#include <freexl.h>
#endif
