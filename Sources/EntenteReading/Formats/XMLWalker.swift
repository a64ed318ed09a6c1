import CLibxml2

/// Walks a subtree in document order without recursion (a page can nest elements thousands deep):
/// `enter` says whether to descend into an element; `leave` is called for every element entered.
struct XMLWalker {
    enum Step { case descend, skip }

    static func walk(children root: xmlNodePtr, enter: (xmlNodePtr) -> Step, leave: (xmlNodePtr) -> Void) {
        var node = root.pointee.children
        while let current = node {
            if enter(current) == .descend, LibXML.isElement(current) {
                if let child = current.pointee.children {
                    node = child
                    continue
                }
                leave(current)
            }
            // Climb until a node has a next sibling, leaving each element on the way up.
            var climbing: xmlNodePtr? = current
            node = nil
            while let up = climbing {
                if let next = up.pointee.next {
                    node = next
                    break
                }
                guard let parent = up.pointee.parent, parent != root else { break }
                leave(parent)
                climbing = parent
            }
        }
    }
}
