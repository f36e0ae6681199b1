#ifndef ATELIER_CLIBXML2_SHIM_H
#define ATELIER_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull the system's ICU headers into this
   module. Their UErrorCode clashes with the one Foundation ships (_FoundationICU) in every module that
   imports both, sometimes fatally. Atelier never touches libxml2's ICU converters (only pointers to the
   encoding handler), so the ICU parts of the headers are left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* Frees memory libxml2 allocated. `xmlFree` is a global function-pointer variable, which Swift 6
   refuses to read as shared mutable state; this inline function reads it on the C side. */
static inline void atelier_xml_free(void *pointer) { xmlFree(pointer); }
#endif
