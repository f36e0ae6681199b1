import AtelierXML
import CLibZ
import Foundation

/// Deflates a byte stream into a raw deflate stream (RFC 1951), in independent blocks compressed on
/// every core while the caller keeps producing the next ones.
///
/// The stream is cut into blocks of ``blockSize`` bytes. Each block is deflated on its own, primed
/// with the last 32 KiB of the block before it (so matches still reach back across the cut), and ends
/// with a sync flush; the last ends the stream. Concatenated in order, the blocks form one valid deflate
/// stream, as pigz does it. The output depends only on the input, the level and the block size, never
/// on how the threads ran: the same input gives the same bytes.
///
/// Memory stays flat: at most ``inFlight`` blocks are waiting or being compressed; when that many are
/// out, ``write(_:)`` waits for the oldest and hands its bytes to the output.
final class BlockDeflater: ByteSink {
    /// What a finished stream amounts to: the zip entry fields.
    struct Summary: Equatable {
        var crc: UInt32
        var uncompressedSize: Int64
        var compressedSize: Int64
    }

    /// Bytes per block: large enough that the flush marks and priming cost nothing measurable
    /// (5 bytes and a 32 KiB dictionary per MiB), small enough that two cores share even a few MiB.
    static let blockSize = 1 << 20
    /// zlib's default level, the one LibreOffice and `gzip` use: a fixed level keeps output reproducible.
    static let level: Int32 = 6
    private static let window = 1 << 15

    private let output: any ByteSink
    private let inFlight: Int
    private var block: [UInt8] = []
    private var dictionary: [UInt8] = []
    private var pending: [BlockJob] = []
    private var crc: UInt32 = 0
    private var uncompressed: Int64 = 0
    private var compressed: Int64 = 0
    private var finished = false

    /// - Parameters:
    ///   - output: Receives the compressed stream, in order.
    ///   - threads: Blocks compressed at the same time (default: one per active core).
    init(output: any ByteSink, threads: Int = BlockDeflater.threads) {
        self.output = output
        inFlight = max(1, threads) + 1
        block.reserveCapacity(Self.blockSize)
    }

    /// One per online core.
    static var threads: Int { min(max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1), 64) }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        precondition(!finished, "write after finish")
        var rest = UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        while !rest.isEmpty {
            let take = min(rest.count, Self.blockSize - block.count)
            block.append(contentsOf: UnsafeBufferPointer(rebasing: rest.prefix(take)))
            rest = UnsafeBufferPointer(rebasing: rest.dropFirst(take))
            if block.count == Self.blockSize { try submit(final: false) }
        }
    }

    /// Compresses what is left, ends the stream and waits for every block to reach the output.
    /// - Returns: The CRC-32 and sizes of the stream.
    func finish() throws -> Summary {
        precondition(!finished, "finish twice")
        try submit(final: true)
        while !pending.isEmpty { try deliverOldest() }
        finished = true
        return Summary(crc: crc, uncompressedSize: uncompressed, compressedSize: compressed)
    }

    private func submit(final: Bool) throws {
        let job = BlockJob(input: block, dictionary: dictionary, final: final)
        uncompressed += Int64(block.count)
        if !final {
            dictionary = Array(block.suffix(Self.window))
            block.removeAll(keepingCapacity: true)
        }
        if final && pending.isEmpty {
            // The last block with nothing before it waiting: no reason to change threads.
            job.run()
            return try deliver(job)
        }
        pending.append(job)
        DispatchQueue.global(qos: .userInitiated).async { job.run() }
        while pending.count >= inFlight { try deliverOldest() }
    }

    private func deliverOldest() throws {
        let job = pending.removeFirst()
        job.done.wait()
        try deliver(job)
    }

    private func deliver(_ job: BlockJob) throws {
        guard job.status == Z_OK || job.status == Z_STREAM_END else {
            throw ZipError.deflateFailed(code: job.status)
        }
        crc = UInt32(crc32_combine(uLong(crc), uLong(job.crc), off_t(job.input.count)))
        compressed += Int64(job.output.count)
        try job.output.withUnsafeBytes { try output.write($0) }
    }
}

/// One block: its input and priming dictionary, and once ``done`` is signalled its compressed bytes
/// and CRC. Written by one worker, then read by the caller after ``done``: never shared at once.
private final class BlockJob: @unchecked Sendable {
    let input: [UInt8]
    let dictionary: [UInt8]
    let final: Bool
    let done = DispatchSemaphore(value: 0)
    private(set) var output: [UInt8] = []
    private(set) var crc: UInt32 = 0
    private(set) var status: Int32 = Z_OK

    init(input: [UInt8], dictionary: [UInt8], final: Bool) {
        self.input = input
        self.dictionary = dictionary
        self.final = final
    }

    func run() {
        defer { done.signal() }
        crc = input.withUnsafeBytes(ZipCRC.checksum)
        var stream = z_stream()
        status = atelier_deflate_init(&stream, BlockDeflater.level)
        guard status == Z_OK else { return }
        defer { deflateEnd(&stream) }
        if !dictionary.isEmpty {
            status = dictionary.withUnsafeBufferPointer {
                deflateSetDictionary(&stream, $0.baseAddress, uInt($0.count))
            }
            guard status == Z_OK else { return }
        }
        // Room for the worst case plus the sync-flush marker, so one call consumes the whole block.
        let capacity = Int(deflateBound(&stream, uLong(input.count))) + 16
        let flush = final ? Z_FINISH : Z_SYNC_FLUSH
        output = [UInt8](unsafeUninitializedCapacity: capacity) { target, produced in
            input.withUnsafeBufferPointer { source in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                status = deflate(&stream, flush)
                produced = target.count - Int(stream.avail_out)
            }
        }
        if stream.avail_in != 0 || status == Z_BUF_ERROR || (final && status != Z_STREAM_END) {
            status = Z_BUF_ERROR
        }
    }
}
