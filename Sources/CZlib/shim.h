#ifndef KALTURA_CZLIB_SHIM_H
#define KALTURA_CZLIB_SHIM_H
// The system zlib (zlib1g-dev): gzip and deflate response bodies on the socket transport.
#include <zlib.h>
#endif
