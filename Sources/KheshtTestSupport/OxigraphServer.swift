import Foundation

/// A real Oxigraph server for integration tests: `oxigraph serve --location DIR --bind 127.0.0.1:PORT` on a free
/// port, ready once it answers a query. A missing `oxigraph` fails the test (`ExternalTool.Missing`), never skips.
public final class OxigraphServer: @unchecked Sendable {
    public let port: Int
    public let location: URL
    public var url: String { "http://127.0.0.1:\(port)" }
    private var process: Process?
    private let log: URL

    /// Starts a server over a fresh data folder (or `location`, to restart over the same data).
    public init(location: URL? = nil, port: Int? = nil) throws {
        let binary = try ExternalTool.locate("oxigraph")
        self.location = location ?? FileManager.default.temporaryDirectory.appendingPathComponent("khesht-oxigraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.location, withIntermediateDirectories: true)
        self.port = try port ?? OxigraphServer.freePort()
        log = self.location.appendingPathExtension("log")
        try start(binary)
    }

    private func start(_ binary: String) throws {
        // A watchdog shell owns the server: it stops it when told to (SIGTERM) and also when the test process is
        // gone, so a crashed or interrupted test run leaves no server behind (suites keep servers in statics,
        // which are never deinitialised), and removes its data folder then.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let parent = ProcessInfo.processInfo.processIdentifier
        process.arguments = ["-c", """
            "$0" serve --location "$1" --bind "127.0.0.1:$2" & server=$!
            trap 'kill -9 $server 2>/dev/null; wait $server; exit 0' TERM INT
            while kill -0 \(parent) 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 0.2; done
            kill -9 $server 2>/dev/null; wait $server; rm -rf "$1" "$1.log"
            """, binary, location.path, String(port)]
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if !process.isRunning {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw ExternalTool.Failed(command: "oxigraph serve", status: process.terminationStatus, stderr: text)
            }
            if answers() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw ExternalTool.Failed(command: "oxigraph serve", status: -1, stderr: "did not answer on port \(port) within 20 s")
    }

    /// True when the query endpoint answers HTTP (any status).
    private func answers() -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    /// Stops the server (SIGTERM, then waits). Safe to call twice.
    public func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
        self.process = nil
    }

    /// Stops the server and starts it again on the same port over the same data.
    public func restart() throws {
        stop()
        try start(try ExternalTool.locate("oxigraph"))
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: location)
        try? FileManager.default.removeItem(at: log)
    }

    /// A port the kernel just handed out (bound to port 0, then released).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ExternalTool.Failed(command: "socket", status: errno, stderr: "cannot open a socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw ExternalTool.Failed(command: "bind", status: errno, stderr: "cannot bind port 0") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
