#ifndef ENTENTE_CLIBXML2_SHIM_H
#define ENTENTE_CLIBXML2_SHIM_H
/*
 * The part of libxml2's public ABI that Entente reads, for LibXML.swift, which loads libxml2 with
 * dlopen when the first HTML or DOCX file is read (linking it would load it, and the ICU libraries
 * it needs, at every start-up). The layouts are those of libxml2's <libxml/tree.h> and
 * <libxml/xmlerror.h>, unchanged since libxml2 2.0. Structs are declared only up to the last field
 * Entente reads: it only reads them through pointers libxml2 returns, never allocates or copies one.
 * The functions themselves are looked up by name; their types are in LibXML.swift.
 */

typedef unsigned char xmlChar;

typedef enum {
    XML_ELEMENT_NODE = 1,
    XML_ATTRIBUTE_NODE = 2,
    XML_TEXT_NODE = 3,
    XML_CDATA_SECTION_NODE = 4
} xmlElementType;

typedef enum {
    XML_PARSE_NOERROR = 1 << 5,
    XML_PARSE_NOWARNING = 1 << 6,
    XML_PARSE_NONET = 1 << 11
} xmlParserOption;

typedef enum {
    HTML_PARSE_RECOVER = 1 << 0,
    HTML_PARSE_NOERROR = 1 << 5,
    HTML_PARSE_NOWARNING = 1 << 6,
    HTML_PARSE_NONET = 1 << 11
} htmlParserOption;

struct _xmlNode;
struct _xmlDoc;

typedef struct _xmlAttr {
    void *_private;
    xmlElementType type;
    const xmlChar *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlAttr *next;
    struct _xmlAttr *prev;
    struct _xmlDoc *doc;
} xmlAttr;

typedef struct _xmlNode {
    void *_private;
    xmlElementType type;
    const xmlChar *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    void *ns;
    xmlChar *content;
    struct _xmlAttr *properties;
} xmlNode;
typedef xmlNode *xmlNodePtr;

typedef struct _xmlDoc {
    void *_private;
    xmlElementType type;
    char *name;
    struct _xmlNode *children;
    struct _xmlNode *last;
    struct _xmlNode *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    int compression;
    int standalone;
    void *intSubset;
    void *extSubset;
    void *oldNs;
    const xmlChar *version;
    const xmlChar *encoding;
} xmlDoc;
typedef xmlDoc *xmlDocPtr;
typedef xmlDoc *htmlDocPtr;

typedef struct _xmlError {
    int domain;
    int code;
    char *message;
    int level;
    char *file;
    int line;
} xmlError;

#endif
