import CLibxml2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EntenteModel

/// The libxml2 functions Entente calls, looked up with dlopen/dlsym the first time an HTML or DOCX
/// file is read. Linking libxml2 would make every start-up load it and the ICU libraries it
/// depends on (about 2 ms), although most sessions read plain text only.
struct LibXMLFunctions: @unchecked Sendable {
    typealias ReadMemory = @convention(c) (
        UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32
    ) -> xmlDocPtr?

    let readXML: ReadMemory
    let readHTML: ReadMemory
    let freeDocument: @convention(c) (xmlDocPtr?) -> Void
    let rootElement: @convention(c) (xmlDocPtr?) -> xmlNodePtr?
    let lastError: @convention(c) () -> UnsafeMutablePointer<xmlError>?

    /// libxml2 2.14 changed the soname from .so.2 to .so.16; the ABI subset used is the same.
    #if canImport(Darwin)
    static let libraryNames = ["libxml2.2.dylib"]
    #else
    static let libraryNames = ["libxml2.so.2", "libxml2.so.16"]
    #endif

    /// nil when the library or one of the functions is missing.
    fileprivate static func load() -> LibXMLFunctions? {
        guard let library = libraryNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        // libxml2 must be initialised once before parsers run on several threads.
        guard let initialise = symbol("xmlInitParser", as: (@convention(c) () -> Void).self),
              let readXML = symbol("xmlReadMemory", as: ReadMemory.self),
              let readHTML = symbol("htmlReadMemory", as: ReadMemory.self),
              let freeDocument = symbol("xmlFreeDoc", as: (@convention(c) (xmlDocPtr?) -> Void).self),
              let rootElement = symbol("xmlDocGetRootElement", as: (@convention(c) (xmlDocPtr?) -> xmlNodePtr?).self),
              let lastError = symbol("xmlGetLastError", as: (@convention(c) () -> UnsafeMutablePointer<xmlError>?).self)
        else { return nil }
        initialise()
        return LibXMLFunctions(
            readXML: readXML, readHTML: readHTML, freeDocument: freeDocument, rootElement: rootElement, lastError: lastError)
    }
}

/// Small safe accessors over libxml2's tree, shared by the HTML and DOCX decoders.
enum LibXML {
    /// A static `let` runs its initialiser exactly once, thread-safely.
    private static let loaded = LibXMLFunctions.load()

    /// The functions, or a located error saying what to install.
    static func functions(format: String, path: String) throws(Diagnostic) -> LibXMLFunctions {
        guard let loaded else {
            throw Diagnostic(
                code: "read-\(format.lowercased())-no-libxml2",
                message: "cannot read \(format) \(path): libxml2 is not installed (apt-get install libxml2)", file: path)
        }
        return loaded
    }

    static func isElement(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_ELEMENT_NODE
    }

    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The element's local name as parsed (the HTML parser lowercases it), "" for other nodes.
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The content of a text or CDATA node.
    static func content(_ node: xmlNodePtr) -> String {
        guard let content = node.pointee.content else { return "" }
        return String(cString: content)
    }

    /// The value of attribute `name` (its local name, any namespace), read from the attribute's
    /// text children so that nothing has to be freed.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The first element child named `name`.
    static func child(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if isElement(current), self.name(current) == name { return current }
            child = current.pointee.next
        }
        return nil
    }

    /// The text of the node's direct text children.
    static func directText(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if isText(current) { text += content(current) }
            child = current.pointee.next
        }
        return text
    }

    /// The most recent libxml2 error as "line N: message", if any.
    static func lastError() -> String? {
        guard let error = loaded?.lastError(), let message = error.pointee.message else { return nil }
        let text = String(String(cString: message).reversed().drop { $0.isWhitespace }.reversed())
        return error.pointee.line > 0 ? "line \(error.pointee.line): \(text)" : text
    }
}
