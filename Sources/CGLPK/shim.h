#ifndef ATELIER_CGLPK_SHIM_H
#define ATELIER_CGLPK_SHIM_H
/* GLPK, the GNU Linear Programming Kit (Debian: libglpk-dev), which ships no pkg-config file. */
#include <glpk.h>
#endif
