#ifndef ATELIER_CLIBXML2_SHIM_H
#define ATELIER_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/* Frees memory libxml2 allocated. `xmlFree` is a global function-pointer variable, which Swift 6
   refuses to read as shared mutable state; this inline function reads it on the C side. */
static inline void atelier_xml_free(void *pointer) { xmlFree(pointer); }
#endif
