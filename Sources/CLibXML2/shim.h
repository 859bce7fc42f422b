// libxml2's headers pull in the system ICU headers, whose UErrorCode clashes with Foundation's bundled
// _FoundationICU module. Khesht needs no ICU from libxml2, so switch it off before any other header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/encoding.h>
