#ifndef KALTURA_CSQLITE_SHIM_H
#define KALTURA_CSQLITE_SHIM_H
// The system SQLite (libsqlite3-dev): the emulator's state store for `kaltura serve --data`.
#include <sqlite3.h>
#endif
