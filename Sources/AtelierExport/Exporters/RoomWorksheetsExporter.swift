import AtelierKit
import Foundation

/// Worksheets to print for the room, as an OpenDocument text on A4 or A3 paper.
public struct RoomWorksheetsExporter: Exporter {
    /// The paper size.
    public let paper: Paper

    /// Creates the exporter for one paper size.
    public init(paper: Paper) { self.paper = paper }

    public var format: ExportFormat { .worksheets }
    public var writesActions: Bool { false }

    public func fileName(slug: String) -> String { "\(slug)-worksheets-\(paper.rawValue).odt" }

    public func write(
        _ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress
    ) throws {
        let worksheets = RoomWorksheets(workshop: try source.workshopWithoutActions().localized(to: language), language: language, paper: paper, methods: methods)
        try worksheets.write(to: url, flat: false)
    }
}
