import CLibxml2

/// Small safe accessors over libxml2's tree, shared by the HTML and DOCX decoders.
enum LibXML {
    /// libxml2 must be initialised once before parsers run on several threads; a static `let` runs
    /// its initialiser exactly once, thread-safely.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialise() {
        _ = initialised
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
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        let text = String(String(cString: message).reversed().drop { $0.isWhitespace }.reversed())
        return error.pointee.line > 0 ? "line \(error.pointee.line): \(text)" : text
    }
}
