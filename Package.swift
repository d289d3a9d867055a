// swift-tools-version:6.0
import PackageDescription

// The libFuzzer targets (docs/FUZZING.md) exist only when RECIT_FUZZ=1, so that the default
// `swift build` and `swift test` neither see nor build them; scripts/fuzz.sh builds one in its
// own scratch folder. The sanitizer flags are given here rather than by `-Xswiftc` or
// `--sanitize`, which would also reach the EmbedTemplates plugin's tool (libFuzzer's `main`
// would replace its own): RecitModel and RecitKit are compiled with the fuzzer's coverage and
// AddressSanitizer, and each fuzz target (whose `main` calls libFuzzer's driver) is linked
// with both runtimes, by lld (gold fails on AddressSanitizer's objects).
let fuzzing = Context.environment["RECIT_FUZZ"] == "1"
let sanitized: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []
let fuzzTargets: [Target] =
  fuzzing
  ? ["FuzzActionFile", "FuzzMarkdown", "FuzzTemplates"].map { name in
    .executableTarget(
      name: name, dependencies: ["RecitKit"],
      swiftSettings: sanitized,
      linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])])
  }
  : []

let package = Package(
  name: "recit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "RecitKit", targets: ["RecitKit"]),
    .executable(name: "recit", targets: ["RecitCLI"]),
    .executable(name: "recit-gen", targets: ["RecitGen"]),
    .executable(name: "recit-rule-index", targets: ["RecitRuleIndex"]),
    .executable(name: "recit-bench", targets: ["RecitBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // libyaml: RecitKit's YAMLReader reads libyaml's event stream through `CYaml`, the C
    // module of libyaml 0.2.5 that Yams builds (a target of Yams, importable because Yams
    // depends on it); Yams itself quotes the values written into scaffolds. Were a later Yams
    // to hide `CYaml`, Debian's libyaml-dev as a system-library target would replace it.
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    // `recit serve` only (the RecitServe target): RecitKit and its tests never depend on it.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    // The EPUB container (`recit build --format epub`): zlib through Debian's zlib1g-dev.
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    // Stored contributions (`recit serve --contributions`): one SQL code path, SQLKit, over
    // SQLite (sqlite-kit, the default, in the project's .recit/) and PostgreSQL (postgres-kit);
    // the facilitator's password is hashed with bcrypt (hummingbird-auth's HummingbirdBcrypt).
    .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
    .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
    .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CCMarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // The domain model: value types, diagnostics and the référentiel. Imports no parser.
    .target(name: "RecitModel", swiftSettings: sanitized),
    .target(
      name: "RecitKit",
      dependencies: [
        "RecitModel", "CCMarkGFM", "CLibXML2",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: sanitized,
      plugins: ["EmbedTemplates"]
    ),
    // Turns Templates/ into Swift source at build time (see Plugins/EmbedTemplates).
    .executableTarget(name: "TemplateEmbedder"),
    .plugin(
      name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
    // Contributions: the store (SQLite or PostgreSQL through SQLKit), the contribution's
    // checks and limits, the facilitator's accounts, and the narrative file an accepted one
    // becomes. No HTTP here: RecitServe serves its forms, RecitCLI its commands.
    .target(
      name: "RecitContributions",
      dependencies: [
        "RecitKit",
        .product(name: "SQLKit", package: "sql-kit"),
        .product(name: "SQLiteKit", package: "sqlite-kit"),
        .product(name: "PostgresKit", package: "postgres-kit"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]
    ),
    // `recit serve`: the HTTP server (Hummingbird), the file watcher and the reload script, in
    // a target of its own so that RecitKit builds and tests without a server.
    .target(
      name: "RecitServe",
      dependencies: [
        "RecitKit", "RecitContributions",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .executableTarget(
      name: "RecitCLI",
      dependencies: [
        "RecitKit", "RecitServe", "RecitContributions",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Rewrites the schemas' rule ids and docs/rules.md from the rule units (`swift run recit-gen`).
    .executableTarget(name: "RecitGen", dependencies: ["RecitKit"]),
    // Writes the Rule enum and the rule registry from the units' source files; depends on
    // nothing, so that it builds while a new unit names a case not generated yet.
    .target(name: "RuleIndex"),
    .executableTarget(name: "RecitRuleIndex", dependencies: ["RuleIndex"]),
    // `recit-bench`: the figures of the Workspace that `recit serve` uses (an edit, then
    // update and build in memory), printed for scripts/bench.sh (docs/PERFORMANCE.md).
    .executableTarget(
      name: "RecitBench",
      dependencies: [
        "RecitKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // What both test targets share: running programs, finding the external validators.
    .target(name: "RecitTestSupport", path: "Tests/RecitTestSupport"),
    .testTarget(
      name: "RecitKitTests",
      dependencies: [
        "RecitKit", "RecitTestSupport", "RuleIndex",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Yams", package: "Yams"),
      ]),
    // Runs the built `recit` binary end to end; depends on it so that it is built first.
    .testTarget(
      name: "RecitCLITests",
      dependencies: [
        "RecitKit", "RecitCLI", "RecitServe", "RecitContributions", "RecitTestSupport",
      ]),
  ] + fuzzTargets
)
