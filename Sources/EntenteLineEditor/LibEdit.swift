import CLibedit

/// libedit's functions, opened with dlopen the first time the REPL starts (see CLibedit/shim.h).
struct LibEdit: @unchecked Sendable {
    /// The filled table; never freed, as the library stays open for the life of the process.
    let table: UnsafePointer<entente_libedit>

    /// nil when libedit or one of its functions is missing. A static `let` loads it exactly once,
    /// thread-safely.
    static let loaded: LibEdit? = {
        let table = UnsafeMutablePointer<entente_libedit>.allocate(capacity: 1)
        guard entente_libedit_load(table) == 0 else {
            table.deallocate()
            return nil
        }
        return LibEdit(table: UnsafePointer(table))
    }()
}
