import EntenteModel

extension Session {
    /// Writes results: to the file of `.once`, else the file of `.output`, else the sink.
    func writeResult(_ text: String) {
        if let onceFile {
            onceFile.write(text)
        } else if let outputFile {
            outputFile.write(text)
        } else {
            sink.write(text)
        }
    }

    /// Ends a `.once` redirection: its file is complete and takes its name.
    func finishOnce() {
        guard let file = onceFile else { return }
        onceFile = nil
        commit(file)
    }

    /// Ends an `.output` redirection.
    func finishOutputFile() {
        guard let file = outputFile else { return }
        outputFile = nil
        commit(file)
    }

    private func commit(_ file: AtomicFile) {
        do {
            try file.commit()
        } catch {
            report(Diagnostic(code: "output-unwritable", message: error.description, file: file.destination),
                   source: nil, firstLine: 1)
        }
    }

    /// The session as a script (`.save FILE`); with `withOutput`, as a transcript holding each
    /// statement's output, made by replaying the script the way `entente --check` will.
    func savedText(scriptPath: String, withOutput: Bool) -> String {
        let script = SavedScript.render(steps, scriptPath: scriptPath, withOutput: withOutput, parameters: parameters)
        guard withOutput else { return script }
        return Transcript.replay(script, file: FilePaths.lastComponent(scriptPath), directory: FilePaths.directory(of: scriptPath),
                                 parameters: parameters)
    }
}
