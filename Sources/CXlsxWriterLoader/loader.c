#include "loader.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const library = "libxlsxwriter.so.4";
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void *handle;
static char failure[512];

static void load(void) {
    handle = dlopen(library, RTLD_LAZY | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "cannot load %s (%s); install Debian's libxlsxwriter4 (sudo apt install libxlsxwriter4)",
                 library, reason ? reason : "unknown reason");
    }
}

int coop_xlsxwriter_load(char *message, unsigned long size) {
    pthread_once(&once, load);
    if (handle) return 0;
    if (message && size) snprintf(message, size, "%s", failure);
    return -1;
}

void *coop_xlsxwriter_function(void **slot, const char *name) {
    void *function = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (function) return function;
    char message[sizeof failure];
    if (coop_xlsxwriter_load(message, sizeof message) != 0) {
        fprintf(stderr, "coopchart: %s\n", message);
        exit(1);
    }
    function = dlsym(handle, name);
    if (!function) {
        fprintf(stderr, "coopchart: %s has no function %s; install the libxlsxwriter4 version coopchart was built with\n", library, name);
        exit(1);
    }
    __atomic_store_n(slot, function, __ATOMIC_RELEASE);
    return function;
}
