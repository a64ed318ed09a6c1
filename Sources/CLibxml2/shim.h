#ifndef ENTENTE_CLIBXML2_SHIM_H
#define ENTENTE_CLIBXML2_SHIM_H
/*
 * libxml2's HTML and XML parsers and its tree; the include path comes from pkg-config libxml-2.0.
 *
 * Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull the system's ICU headers into
 * this module, where they clash with the ICU copy inside Foundation (_FoundationICU). Entente never
 * touches the ICU members of xmlCharEncodingHandler (it only passes encodings by name), so the ICU
 * part is switched off before the headers that would include it.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
