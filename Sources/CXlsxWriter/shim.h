#ifndef COOPCHART_CXLSXWRITER_SHIM_H
#define COOPCHART_CXLSXWRITER_SHIM_H
// libxlsxwriter (Debian's libxlsxwriter-dev), used only through CoopSpreadsheets/Writer.
#include <xlsxwriter.h>
#endif
