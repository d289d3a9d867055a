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
#include <libxml/xmlreader.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>

// `xmlFree` is a function-pointer variable, which Swift 6 refuses: call it through a function.
static inline void recit_xml_free(void *pointer) { xmlFree(pointer); }

// The calling thread's structured error handler and its context (thread-local in libxml2, and
// reached through macros Swift cannot import), so that a caller can restore them.
static inline xmlStructuredErrorFunc recit_xml_structured_error(void) {
  return xmlStructuredError;
}
static inline void *recit_xml_structured_error_context(void) {
  return xmlStructuredErrorContext;
}

#endif
