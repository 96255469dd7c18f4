#ifndef COOPCHART_XLSXWRITER_LOADER_H
#define COOPCHART_XLSXWRITER_LOADER_H
// libxlsxwriter, loaded when a workbook is first written rather than when coopchart starts
// (scripts/generate-xlsxwriter-loader.py explains why). Swift calls libxlsxwriter through CXlsxWriter as usual.

/// Loads libxlsxwriter now: 0 when it is there, otherwise -1 with the reason in `message` (a program that will
/// write workbooks later, the server, calls this at start so a missing library stops it there).
int coop_xlsxwriter_load(char *message, unsigned long size);

#endif
