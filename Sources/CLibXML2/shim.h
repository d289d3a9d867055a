#ifndef RECIT_CLIBXML2_SHIM_H
#define RECIT_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, whose headers clash with Foundation's bundled ICU module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>

// `xmlFree` is a function-pointer variable, which Swift 6 refuses: call it through a function.
static inline void recit_xml_free(void *pointer) { xmlFree(pointer); }

#endif
