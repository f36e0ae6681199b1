#ifndef ATELIER_CQRENCODE_SHIM_H
#define ATELIER_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
