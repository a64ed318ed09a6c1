import CLibxml2
import EntenteModel

/// A parsed XML part of the archive, freed when the last copy goes.
final class XMLTree {
    let document: xmlDocPtr
    let root: xmlNodePtr
    private let libxml: LibXMLFunctions

    /// Parses without network access, DTD loading or entity substitution, so a hostile part cannot
    /// reach out or expand entities; libxml2's default limits bound nesting and text sizes.
    init(_ data: [UInt8], name: String, path: String, libxml: LibXMLFunctions) throws(Diagnostic) {
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard data.count < Int(Int32.max) else {
            throw Diagnostic(code: "read-docx-too-large", message: "cannot read \(path): \(name) is larger than 2 GB", file: path)
        }
        let parsed = data.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                libxml.readXML(chars.baseAddress, Int32(chars.count), nil, nil, options)
            }
        }
        guard let parsed else {
            throw Diagnostic(
                code: "read-docx-malformed",
                message: "cannot read \(path): \(name) is not well-formed XML\(LibXML.lastError().map { " (\($0))" } ?? "")", file: path)
        }
        guard let root = libxml.rootElement(parsed) else {
            libxml.freeDocument(parsed)
            throw Diagnostic(code: "read-docx-malformed", message: "cannot read \(path): \(name) is empty", file: path)
        }
        self.document = parsed
        self.root = root
        self.libxml = libxml
    }

    deinit {
        libxml.freeDocument(document)
    }
}
