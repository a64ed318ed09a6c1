// swift-tools-version:6.0
import PackageDescription

// Modules follow the data flow: model → reading → language → session → line editor → executable.
let package = Package(
    name: "Entente",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "entente", targets: ["entente"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "EntenteModel"),
        .target(name: "EntenteReading", dependencies: ["EntenteModel"]),
        .target(name: "EntenteLanguage", dependencies: ["EntenteModel"]),
        .target(name: "EntenteSession", dependencies: ["EntenteModel", "EntenteReading", "EntenteLanguage"]),
        .target(name: "EntenteLineEditor", dependencies: ["CLibedit"]),
        .executableTarget(
            name: "entente",
            dependencies: [
                "EntenteSession", "EntenteLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "EntenteModelTests", dependencies: ["EntenteModel"]),
        .testTarget(name: "EntenteReadingTests", dependencies: ["EntenteReading"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "EntenteLanguageTests", dependencies: ["EntenteLanguage"]),
        .testTarget(name: "EntenteSessionTests", dependencies: ["EntenteSession"],
                    resources: [.copy("Transcripts")]),
        .testTarget(name: "EntenteLineEditorTests", dependencies: ["EntenteLineEditor"]),
        .testTarget(name: "EntenteEndToEndTests", dependencies: ["entente"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
