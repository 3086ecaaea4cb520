#ifndef KALTURA_CLIBXML2_SHIM_H
#define KALTURA_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; its <unicode/*.h> clash with Foundation's private ICU module.
// Nothing here needs libxml2's ICU entry points, so switch them off before the headers see them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#endif
