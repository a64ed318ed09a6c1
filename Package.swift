// swift-tools-version:6.0
import PackageDescription

// Modules follow the data flow: model → reading → language → session → line editor → executable.
let package = Package(
    name: "Entente",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "entente", targets: ["entente"]),
    ],
    targets: [
        // The REPL's line editor. Building needs libedit's header (libedit-dev); the library itself is
        // opened with dlopen when the REPL starts, so batch runs and pipes do not load it.
        .systemLibrary(name: "CLibedit"),
        // libxml2's HTML parser reads web pages (and the XML inside DOCX files). LibXML.swift loads it
        // with dlopen when the first such file is read; CLibxml2 declares the part of its ABI used.
        .systemLibrary(name: "CLibxml2"),
        // zlib inflates the entries of DOCX (ZIP) archives.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "EntenteModel"),
        .target(name: "EntenteReading", dependencies: ["EntenteModel", "CLibxml2", "CZlib"]),
        .target(name: "EntenteExtraction", dependencies: ["EntenteModel", "EntenteReading"]),
        .target(name: "EntenteLanguage", dependencies: ["EntenteModel"]),
        .target(name: "EntenteSession", dependencies: ["EntenteModel", "EntenteReading", "EntenteExtraction", "EntenteLanguage"]),
        .target(name: "EntenteLineEditor", dependencies: ["CLibedit"]),
        .executableTarget(
            name: "entente",
            dependencies: ["EntenteSession", "EntenteLineEditor"]
        ),
        .testTarget(name: "EntenteModelTests", dependencies: ["EntenteModel"]),
        .testTarget(name: "EntenteReadingTests", dependencies: ["EntenteReading"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "EntenteExtractionTests", dependencies: ["EntenteExtraction", "EntenteReading"]),
        .testTarget(name: "EntenteLanguageTests", dependencies: ["EntenteLanguage", "EntenteExtraction"]),
        .testTarget(name: "EntenteSessionTests", dependencies: ["EntenteSession"],
                    resources: [.copy("Transcripts")]),
        .testTarget(name: "EntenteLineEditorTests", dependencies: ["EntenteLineEditor"]),
        .testTarget(name: "EntenteEndToEndTests", dependencies: ["entente"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
