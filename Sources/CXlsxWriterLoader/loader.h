#ifndef COOPCHART_XLSXWRITER_LOADER_PRIVATE_H
#define COOPCHART_XLSXWRITER_LOADER_PRIVATE_H
#include <xlsxwriter.h>
#include "xlsxwriter_loader.h"

/// The address of libxlsxwriter's function `name`, kept in `*slot` after the first call; loads the library on
/// first use. A library that cannot be loaded ends the process with the reason (the package depends on it).
void *coop_xlsxwriter_function(void **slot, const char *name);

#endif
