// swift-tools-version:6.0
import PackageDescription

/// The built-in method modules, one target each under `Sources/Methods/<Name>`.
///
/// Each is declared in the built-in registry (`methods/builtin/<id>.yaml`) by its module name. The
/// `new-method` plugin appends to this list.
let methodModules: [String] = [
    "SWOT",
    "Brainwriting",
    "PrioritisationMatrix",
    "DotVoting",
    "ActionPlan",
    "Teams",
]

let package = Package(
    name: "Atelier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "atelier", targets: ["atelier"]),
        .library(name: "AtelierKit", targets: ["AtelierKit"]),
        .library(name: "AtelierExport", targets: ["AtelierExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "AtelierKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                "AtelierODF",
                "AtelierXML",
            ]
        ),
        .target(
            name: "AtelierDemo",
            dependencies: ["AtelierKit"],
            resources: [.copy("Resources/demo")]
        ),
        .executableTarget(
            name: "atelier",
            dependencies: [
                "AtelierKit",
                "AtelierDemo",
                "AtelierExport",
                "AtelierPanel",
                "AtelierServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + methodModules.map { .target(name: "\($0)Method") },
            plugins: ["EmbedRegistry"]
        ),
        .executableTarget(name: "atelier-embed"),
        .plugin(name: "EmbedRegistry", capability: .buildTool(), dependencies: ["atelier-embed"]),
        .systemLibrary(
            name: "CLibZ",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "AtelierXML", dependencies: ["CLibXML2"]),
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(
            name: "AtelierPanel",
            dependencies: ["AtelierKit", "CGLPK", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "AtelierPanelTests", dependencies: ["AtelierPanel", "AtelierKit"], exclude: ["Fixtures"]),
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(
            name: "AtelierServer",
            dependencies: [
                "AtelierKit",
                "AtelierExport",
                "CQREncode",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ]
        ),
        .testTarget(
            name: "AtelierServerTests",
            dependencies: [
                "AtelierServer",
                "AtelierKit",
                "BrainwritingMethod",
                "DotVotingMethod",
                "PrioritisationMatrixMethod",
                "SWOTMethod",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
            ]
        ),
        .target(
            name: "AtelierODF",
            dependencies: ["AtelierXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "AtelierExport",
            dependencies: [
                "AtelierKit",
                "AtelierODF",
                "AtelierXML",
                "CLibZ",
            ]
        ),
        .executableTarget(
            name: "atelier-bench",
            dependencies: [
                "AtelierKit",
                "AtelierExport",
                "AtelierXML",
                "DotVotingMethod",
                "PrioritisationMatrixMethod",
                "TeamsMethod",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ]
        ),
        .target(
            name: "AtelierFuzzing",
            dependencies: ["AtelierKit", .target(name: "DotVotingMethod")]
        ),
        .executableTarget(name: "atelier-fuzz-csv", dependencies: ["AtelierFuzzing"]),
        .executableTarget(name: "atelier-fuzz-registry", dependencies: ["AtelierFuzzing"]),
        .testTarget(
            name: "FuzzCorpusTests",
            dependencies: ["AtelierFuzzing", "AtelierKit"]
        ),
        .testTarget(
            name: "AtelierXMLTests",
            dependencies: ["AtelierXML", "CLibXML2"],
            exclude: ["Fixtures"]
        ),
        .target(
            name: "ODFSchemas", dependencies: ["AtelierXML", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ODFSchemas", exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AtelierExportTests",
            dependencies: [
                "ODFSchemas",
                "AtelierExport",
                "AtelierXML",
                "AtelierKit",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AtelierCLITests",
            dependencies: [
                "atelier", "AtelierKit", "AtelierXML", "ODFSchemas", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AtelierKitTests",
            dependencies: [
                "AtelierKit", "AtelierODF", "ODFSchemas", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "MethodTests",
            dependencies: [
                "AtelierKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ] + methodModules.map { .target(name: "\($0)Method") },
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PluginTests",
            dependencies: ["AtelierKit", "AtelierXML", "ODFSchemas"]
        ),
        .plugin(
            name: "NewMethod",
            capability: .command(
                intent: .custom(
                    verb: "new-method",
                    description: "Create a built-in method module with its manifest, page and test, wired into atelier."),
                permissions: [
                    .writeToPackageDirectory(reason: """
                        new-method creates the method's module in Sources/Methods, its manifest and page in methods/builtin/ \
                        and its test in Tests/MethodTests, and adds the module to Package.swift and to \
                        Sources/atelier/BuiltinMethods.swift.
                        """),
                ]
            )
        ),
    ] + methodModules.map { name in
        .target(name: "\(name)Method", dependencies: ["AtelierKit"], path: "Sources/Methods/\(name)")
    }
)
