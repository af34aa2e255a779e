/// Problems with an ingest as a whole, as opposed to one bad line.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotRead(String, String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let why): "\(path): cannot read: \(why)"
        case .cannotWrite(let path, let why): "\(path): cannot write: \(why)"
        }
    }
}
